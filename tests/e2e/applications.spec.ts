import { test, expect, goTo, readCsv, openOverview } from './fixtures';

const apps = readCsv('data/demo/applications.csv');

test('search narrows the list, lives in the URL, and a row opens the application page', async ({ page }) => {
	await openOverview(page);
	await goTo(page, 'Applications');
	const rows = page.getByRole('table', { name: 'Applications' }).locator('tbody tr');
	await expect(rows).toHaveCount(Math.min(apps.length, 200));

	// Pick an application with custom attributes and a multi-word name, and search for it.
	const target = apps.find((r) => r.cost_centre && r.region && r.name.includes(' '))!;
	await page.getByLabel('Search applications').fill(target.name);
	await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(target.name).replace(/%20/g, '(\\+|%20)')}`));
	const expected = apps.filter((r) =>
		target.name.toLowerCase().split(/\s+/).every((w) =>
			[r.name, r.id, r.vendor, r.department, r.description, r.aliases, r.business_owner, r.technical_owner].join(' ').toLowerCase().includes(w)
		)
	).length;
	await expect(rows).toHaveCount(expected);

	await page.reload();
	await expect(page.getByLabel('Search applications')).toHaveValue(target.name);
	await expect(rows).toHaveCount(expected);

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
	await page.goto('/applications?sort=cost&dir=desc');
	const first = page.getByRole('table', { name: 'Applications' }).locator('tbody tr').first();
	const costliest = apps
		.map((r) => ({ name: r.name, cost: ['cost_licence', 'cost_infrastructure', 'cost_support', 'cost_labour'].reduce((s, k) => s + (Number(r[k]) || 0), 0) || Number(r.annual_cost) || 0 }))
		.sort((a, b) => b.cost - a.cost)[0];
	await expect(first.locator('td').first()).toHaveText(costliest.name);
});

test('an unknown application id shows a clear message, not a blank page', async ({ page }) => {
	await openOverview(page);
	await page.goto('/applications/NO-SUCH-APP');
	await expect(page.getByRole('heading', { name: 'No such application' })).toBeVisible();
	await expect(page.getByText('NO-SUCH-APP')).toBeVisible();
});
