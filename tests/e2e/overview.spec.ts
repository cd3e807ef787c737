import { test, expect, readCsv, todayIso, holdRecords, logChangeByHand, openOverview } from './fixtures';

// The expected figures are computed here from the shipped CSV files, independently of the app.
const apps = readCsv('data/demo/applications.csv');
const integrations = readCsv('data/demo/integrations.csv');
const num = (s: string | undefined) => (s && s.trim() !== '' ? Number(s) : undefined);
const costOf = (row: Record<string, string>) => {
	const parts = ['cost_licence', 'cost_infrastructure', 'cost_support', 'cost_labour'].map((k) => num(row[k])).filter((x) => x !== undefined);
	return parts.length ? parts.reduce((a, b) => a + b, 0) : num(row.annual_cost);
};
const totalCost = apps.reduce((sum, row) => sum + (costOf(row) ?? 0), 0);
const pastEos = apps.filter((row) => row.end_of_support && row.end_of_support < todayIso()).length;
const compact = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }).format(totalCost);

test('the first visit opens on the demo portfolio with its real totals', async ({ page }) => {
	await openOverview(page);
	await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
	await expect(page.getByTestId('total-applications')).toContainText(apps.length.toLocaleString('en-US'));
	await expect(page.getByTestId('total-integrations')).toContainText(integrations.length.toLocaleString('en-US'));
	await expect(page.getByTestId('total-cost')).toContainText(compact);
	await expect(page.getByTestId('total-past-eos')).toContainText(String(pastEos));
	expect(pastEos).toBeGreaterThan(0);

	// The costliest list is the five largest costs, in order.
	const top = apps
		.map((row) => ({ name: row.name, cost: costOf(row) }))
		.filter((r) => r.cost !== undefined)
		.sort((a, b) => b.cost! - a.cost!)
		.slice(0, 5);
	const listed = page.getByTestId('costliest').getByRole('link');
	await expect(listed).toHaveText(top.map((t) => t.name));

	// Least healthy: five links, each to an application page.
	await expect(page.getByTestId('least-healthy').getByRole('link')).toHaveCount(5);

	// Counts by lifecycle add up to the portfolio.
	const active = apps.filter((r) => r.lifecycle === 'Active').length;
	const labels = await page.getByTestId('by-lifecycle').locator('dt').allInnerTexts();
	const counts = (await page.getByTestId('by-lifecycle').locator('dd').allInnerTexts()).map((t) => Number(t.trim()));
	expect(counts[labels.indexOf('Active')]).toBe(active);
	expect(counts.reduce((a, b) => a + b, 0)).toBe(apps.length);
});

test('every area of the product is one click away', async ({ page }) => {
	await openOverview(page);
	for (const [label, heading] of [
		['Applications', 'Applications'],
		['Heat maps', 'Heat maps'],
		['Architecture', 'Architecture'],
		['Import', 'Import'],
		['Present', 'Present'],
		['Snapshots', 'Snapshots'],
		['Settings', 'Settings'],
		['Overview', 'Overview']
	]) {
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		await expect(page.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
	}
});

test('the dark theme is applied and remembered', async ({ page }) => {
	await openOverview(page);
	await page.getByRole('radio', { name: 'Dark' }).first().click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(background).toBe('rgb(16, 20, 27)');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a later visit paints the figures kept from the last one, kept too after an edit made on another page, and never once the log has moved since', async ({ page, context }) => {
	// Note every source the Overview's figures are painted from, from the first paint on.
	await page.addInitScript(() => {
		const sources: string[] = [];
		(window as unknown as { __sources: string[] }).__sources = sources;
		new MutationObserver(() => {
			const source = document.querySelector('[data-testid="overview-stats"]')?.getAttribute('data-source');
			if (source && sources[sources.length - 1] !== source) sources.push(source);
		}).observe(document, { subtree: true, childList: true, attributes: true });
	});
	const sources = () => page.evaluate(() => (window as unknown as { __sources: string[] }).__sources);
	/** What the database holds: the newest change of the log and the change the kept figures were computed at. */
	const stored = () =>
		page.evaluate(
			() =>
				new Promise<{ latest: number; kept: number[] }>((resolve, reject) => {
					const open = indexedDB.open('portfolio-atlas');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const tx = open.result.transaction(['changes', 'figures']);
						const changes = tx.objectStore('changes').getAll();
						const figures = tx.objectStore('figures').getAll();
						tx.oncomplete = () => {
							open.result.close();
							resolve({ latest: Math.max(0, ...changes.result.map((c: { seq: number }) => c.seq)), kept: figures.result.map((f: { key: { seq: number } }) => f.key.seq) });
						};
					};
				})
		);
	// Another tab holds the records' store, so the Overview's read of the records waits and the kept figures are seen.
	const { hold, release, close } = await holdRecords(context);
	const lifecycleCount = async (label: string) => {
		const labels = await page.getByTestId('by-lifecycle').locator('dt').allInnerTexts();
		const counts = (await page.getByTestId('by-lifecycle').locator('dd').allInnerTexts()).map((t) => Number(t.trim()));
		return counts[labels.indexOf(label)];
	};
	const endOfLife = apps.filter((r) => r.lifecycle === 'End-of-life').length;

	await openOverview(page);
	await expect(page.getByTestId('total-integrations')).toContainText(integrations.length.toLocaleString('en-US'));
	expect(await sources()).toEqual(['live']);
	await expect.poll(async () => (await stored()).kept).toEqual([0]);

	// Nothing changed: the next visit paints the kept figures while the records are read.
	await hold();
	await page.reload();
	await expect(page.getByTestId('overview-stats')).toHaveAttribute('data-source', 'kept');
	await expect(page.getByTestId('total-cost')).toContainText(compact);
	await expect(page.getByTestId('total-applications')).toContainText(apps.length.toLocaleString('en-US'));
	await release();
	await expect(page.getByTestId('overview-stats')).toHaveAttribute('data-source', 'live');
	expect(await sources()).toEqual(['kept', 'live']);
	await expect(page.getByTestId('total-cost')).toContainText(compact);

	// An edit on the application page: the figures are kept again there, for the edited portfolio,
	// and a new visit to the Overview paints them, with the edit, before the records are read.
	await page.goto('/applications/APP-0061');
	await page.getByRole('button', { name: 'Edit Lifecycle', exact: true }).click();
	await page.locator('.editor').getByRole('combobox', { name: 'Lifecycle' }).selectOption({ label: 'End of life' });
	await expect(page.locator('dd[data-field="lifecycle"]')).toContainText('End of life');
	const { latest } = await stored();
	expect(latest).toBeGreaterThan(0);
	await expect.poll(async () => (await stored()).kept).toEqual([latest]);
	await hold();
	await page.goto('/');
	await expect(page.getByTestId('overview-stats')).toHaveAttribute('data-source', 'kept');
	expect(await lifecycleCount('End of life')).toBe(endOfLife + 1);
	await release();
	await expect(page.getByTestId('overview-stats')).toHaveAttribute('data-source', 'live');
	expect(await sources()).toEqual(['kept', 'live']);

	// A change logged while no page of Atlas was open to keep figures for it (written here by hand
	// from a plain page): the kept figures are stale and never shown.
	await logChangeByHand(page, latest + 1);
	await page.goto('/');
	await expect(page.getByTestId('overview-stats')).toHaveAttribute('data-source', 'live');
	expect(await sources()).toEqual(['live']);
	expect(await lifecycleCount('End of life')).toBe(endOfLife + 1);
	await close();
});
