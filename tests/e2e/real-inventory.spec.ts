// A real company's kind of tech-stack inventory, through the real UI: imported, reviewed for
// security, drawn by owning team, then merged with its next quarter (two systems and a column
// renamed), the diff filtered to one field, and the merge undone and redone.
import fs from 'node:fs';
import { test, expect, goTo, openOverview } from './fixtures';

const CORPUS = 'tests/unit/import/corpus';
const Q1 = `${CORPUS}/saas-stack-inventory.csv`;
const Q2 = `${CORPUS}/saas-stack-inventory-next-quarter.csv`;

test('a tech-stack inventory shows its security gaps, groups by owning team, and merges its next quarter', async ({ page }, info) => {
	test.setTimeout(120_000);
	await openOverview(page);
	await goTo(page, 'Import');

	// 1. Import: the owning team, the authentication method and the compliance scope are fields.
	await page.getByTestId('import-input').setInputFiles(Q1);
	await expect(page.getByLabel('Where “group_owner” goes')).toHaveValue('field:department');
	await expect(page.getByLabel('Where “authentication_method” goes')).toHaveValue('field:authentication');
	await expect(page.getByLabel('Where “compliance_scope” goes')).toHaveValue('field:complianceScope');
	await page.getByRole('button', { name: 'Continue to preview' }).click();
	// Two rows are named Tableau: both are kept unless the user merges them.
	await expect(page.getByTestId('duplicates')).toContainText('Tableau (rows 35, 36)');
	await expect(page.getByTestId('count-added')).toHaveText('45');
	await page.getByRole('button', { name: 'Import 45 applications' }).click();
	await expect(page.getByTestId('import-done')).toContainText('Imported into the new workspace “Saas stack inventory”');

	// 2. The Overview says what is unknown instead of 0, and counts the security gap.
	await goTo(page, 'Overview');
	await expect(page.getByTestId('total-applications')).toContainText('45');
	await expect(page.getByTestId('total-cost')).toContainText('Unknown');
	await expect(page.getByTestId('total-cost')).toContainText('0 of 45');
	await expect(page.getByTestId('total-past-eos')).toContainText('Unknown');
	await expect(page.getByTestId('overview-security')).toContainText('10');
	await expect(page.getByTestId('least-healthy').getByRole('link')).toHaveCount(0);

	// 3. The security view lists the sensitive applications without single sign-on, for the auditor.
	await goTo(page, 'Security');
	const noSso = page.getByTestId('sensitive-without-sso');
	await expect(noSso.getByTestId('review-row')).toHaveCount(10);
	await expect(noSso.getByTestId('review-row').first()).toContainText(/Stripe\s*Finance\s*Restricted\s*Tier 1\s*Password\s*No/);
	await expect(page.getByTestId('sensitive-unknown').getByTestId('review-row')).toHaveCount(5);
	await expect(page.getByTestId('sec-sox')).toContainText('16');
	const download = page.waitForEvent('download');
	await noSso.getByRole('button', { name: 'Download CSV' }).click();
	const csvFile = info.outputPath('no-sso.csv');
	await (await download).saveAs(csvFile);
	const csv = fs.readFileSync(csvFile, 'utf8');
	expect(csv.split('\r\n')[0]).toBe('Id,Name,Department,Data classification,Criticality,Authentication,Single sign-on,Compliance scope,Business owner,Technical owner');
	expect(csv).toContain('app-stripe,Stripe,Finance,Restricted,Tier 1,Password,No,"PCI DSS, SOX",Priya Shah (VP Finance),omar');

	// 4. The landscape grouped by owning team.
	await goTo(page, 'Heat maps');
	await page.getByLabel('Group by').selectOption({ label: 'Department' });
	await expect(page.getByRole('heading', { name: 'Landscape by department' })).toBeVisible();
	await expect(page).toHaveURL(/by=department/);
	const chart = page.locator('svg[role="img"], svg').filter({ hasText: 'Finance' }).first();
	for (const team of ['Finance', 'Engineering', 'People', 'Security', 'Department: not stated']) await expect(chart).toContainText(team);
	// Any field filters, derived ones too: only the applications without single sign-on.
	await page.getByLabel('More filters').selectOption({ label: 'Single sign-on' });
	await page.locator('[data-column="sso"]').getByRole('checkbox', { name: /^No \d/ }).check();
	await expect(page).toHaveURL(/in\.sso=no/);
	await expect(page.getByText('13 applications grouped by department').first()).toBeVisible();
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(page.getByText('45 applications grouped by department').first()).toBeVisible();

	// 5. The next quarter: two systems and a column renamed, five classifications raised.
	await goTo(page, 'Import');
	await page.getByTestId('import-input').setInputFiles(Q2);
	await page.getByRole('button', { name: 'Continue to preview' }).click();
	await expect(page.getByRole('radio', { name: 'Merge into “Saas stack inventory”' })).toBeChecked();
	const renames = page.getByTestId('rename');
	await expect(renames).toHaveCount(2);
	await expect(renames.first()).toContainText('Greenhouse → Greenhouse Recruiting');
	await expect(page.getByTestId('column-renames')).toContainText('“provisioner (custom)” is now “provisioned_by (custom)”');
	await expect(page.getByTestId('count-added')).toHaveText('3');
	await page.getByRole('button', { name: 'Confirm all renames' }).click();
	await expect(page.getByTestId('count-added')).toHaveText('1');
	await expect(renames.locator('input:checked')).toHaveCount(2);
	await expect(page.getByTestId('field-summary')).toContainText('Data classification changed for 5 applications');
	await page.getByLabel('Show changes to').selectOption({ label: 'Data classification (5)' });
	const changed = page.getByTestId('changed-value');
	await expect(changed).toHaveCount(5);
	await expect(changed.first()).toContainText(/Slack\s*Data classification\s*Confidential\s*Restricted/);
	await page.getByLabel('Show changes to').selectOption({ label: 'Criticality (1)' });
	await expect(changed).toHaveCount(1);
	await expect(changed.first()).toContainText(/Datadog\s*Criticality\s*Tier 2\s*Tier 1/);
	// The report never makes the page scroll sideways.
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
	await page.getByRole('button', { name: 'Merge 46 applications' }).click();
	await expect(page.getByTestId('import-done')).toContainText('Merged into “Saas stack inventory”');
	await goTo(page, 'Overview');
	await expect(page.getByTestId('total-applications')).toContainText('46');

	// 6. Undo, then redo, the merge: the history says which is which.
	await goTo(page, 'Import');
	const history = page.getByTestId('history-entry');
	await expect(history.first()).toContainText('Merged “saas-stack-inventory-next-quarter.csv”');
	await expect(history.first()).toContainText('2 applications renamed');
	await history.first().getByRole('button', { name: 'Undo' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('status')).toContainText('Undone: Merged “saas-stack-inventory-next-quarter.csv”');
	await expect(history.first()).toContainText('undone');
	await expect(history.first()).not.toContainText('Undid');
	await expect(history.first().getByRole('button', { name: 'Redo' })).toBeVisible();
	await goTo(page, 'Overview');
	await expect(page.getByTestId('total-applications')).toContainText('45');

	await goTo(page, 'Import');
	await history.first().getByRole('button', { name: 'Redo' }).click();
	await expect(page.getByRole('dialog')).toContainText('Redo this step?');
	await page.getByRole('dialog').getByRole('button', { name: 'Redo' }).click();
	await expect(page.getByRole('status')).toContainText('Redone: Merged “saas-stack-inventory-next-quarter.csv”');
	await expect(history.first()).toContainText('Merged “saas-stack-inventory-next-quarter.csv”');
	await expect(history.first()).not.toContainText('undone');
	await expect(history.first()).not.toContainText('Redid');
	await expect(history.first().getByRole('button', { name: 'Undo' })).toBeVisible();
	await goTo(page, 'Overview');
	await expect(page.getByTestId('total-applications')).toContainText('46');
});
