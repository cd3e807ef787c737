import { test, expect, goTo, readCsv, openOverview } from './fixtures';

const apps = readCsv('data/demo/applications.csv');

test('search narrows the list, lives in the URL, and a row opens the application page', async ({ page }) => {
	await openOverview(page);
	await goTo(page, 'Applications');
	const grid = page.getByRole('grid', { name: 'Applications' });
	const count = async () => Number(await grid.getAttribute('aria-rowcount')) - 1;
	await expect.poll(count).toBe(apps.length);

	// Pick an application with custom attributes and a multi-word name, and search for it.
	const target = apps.find((r) => r.cost_centre && r.region && r.name.includes(' '))!;
	await page.getByLabel('Search applications').fill(target.name);
	await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(target.name).replace(/%20/g, '(\\+|%20)')}`));
	const expected = apps.filter((r) =>
		target.name.toLowerCase().split(/\s+/).every((w) =>
			[r.name, r.id, r.vendor, r.department, r.description, r.aliases, r.business_owner, r.technical_owner].join(' ').toLowerCase().includes(w)
		)
	).length;
	await expect.poll(count).toBe(expected);

	await page.reload();
	await expect(page.getByLabel('Search applications')).toHaveValue(target.name);
	await expect.poll(count).toBe(expected);

	await page.getByRole('link', { name: target.name, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: target.name })).toBeVisible();
	await expect(page.getByText(target.id, { exact: true })).toBeVisible();
	const custom = page.getByTestId('custom-attributes');
	await expect(custom).toContainText('cost_centre');
	await expect(custom).toContainText(target.cost_centre);
	await expect(custom).toContainText(target.region);
	await expect(page.getByRole('table', { name: 'Health breakdown' })).toBeVisible();
});

test('sorting by annual cost puts the costliest first and unknown costs last', async ({ page }) => {
	await page.goto('/applications?sort=score.cost:desc');
	const first = page.getByRole('grid', { name: 'Applications' }).locator('[role="row"][data-line="0"]');
	const costliest = apps
		.map((r) => ({ name: r.name, cost: ['cost_licence', 'cost_infrastructure', 'cost_support', 'cost_labour'].reduce((s, k) => s + (Number(r[k]) || 0), 0) || Number(r.annual_cost) || 0 }))
		.sort((a, b) => b.cost - a.cost)[0];
	await expect(first.locator('[data-column="name"]')).toHaveText(costliest.name);
	// Unknown costs sort last, whichever the direction.
	const noCost = apps.filter((r) => !['cost_licence', 'cost_infrastructure', 'cost_support', 'cost_labour', 'annual_cost'].some((k) => Number(r[k]) > 0)).length;
	expect(noCost).toBeGreaterThan(0);
	const grid = page.getByRole('grid', { name: 'Applications' });
	await grid.evaluate((el) => (el.scrollTop = el.scrollHeight));
	const last = grid.locator(`[role="row"][data-line="${apps.length - 1}"] [data-column="score.cost"]`);
	await expect(last).toContainText('—');
});

test('an unknown application id shows a clear message, not a blank page', async ({ page }) => {
	await openOverview(page);
	await page.goto('/applications/NO-SUCH-APP');
	await expect(page.getByRole('heading', { name: 'No such application' })).toBeVisible();
	await expect(page.getByText('NO-SUCH-APP')).toBeVisible();
});
