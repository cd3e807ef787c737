import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, goTo, openOverview, readCsv } from './fixtures';

const CORPUS = 'tests/unit/import/corpus';
const INVENTORY = `${CORPUS}/tech-stack-inventory.csv`;
const demoCount = readCsv('data/demo/applications.csv').length.toLocaleString('en-US');
const UNCHANGED = 'Nothing was imported, and your data is unchanged.';

/** The inventory a quarter later: Order Desk is being phased out, Stock Keeper costs more, one new row. */
function changedInventory(): string {
	const text = fs.readFileSync(INVENTORY, 'utf8');
	const next = text
		.replace('Acme Corp,AWS,"$1,200.50",03/15/2019,31/12/2027,yes,Live,', 'Acme Corp,AWS,"$1,200.50",03/15/2019,31/12/2027,yes,Sunsetting,')
		.replace(',@dan,@erin,,On-prem,1.2k,', ',@dan,@erin,,On-prem,2.5k,');
	expect(next).not.toBe(text);
	return `${next.trimEnd()}\r\nWarehouse Robots,Pick-and-place robots in Depot 1.,Supply Chain,Tier 2,Orange,@dan,@zed,RoboCo,On-prem,"$75,000",01/10/2025,,no,Pilot,Rust,,,,no,Silver,,CC-1300,#robots,\r\n`;
}

/** Writes `text` to `path` and chooses it on the Import page. */
async function importText(page: Page, path: string, text: string) {
	fs.writeFileSync(path, text);
	await openOverview(page);
	await goTo(page, 'Import');
	await page.getByTestId('import-input').setInputFiles(path);
}

async function totalApplications(page: Page) {
	await goTo(page, 'Overview');
	return page.getByTestId('total-applications');
}

test('a messy inventory goes in through the real UI, is re-imported with changes, merged, and undone', async ({ page }, info) => {
	await openOverview(page);
	await goTo(page, 'Import');

	// 1. Choose the messy file: it is read, its shape named, every column matched or kept.
	await page.getByTestId('import-input').setInputFiles(INVENTORY);
	await expect(page.getByTestId('file-summary')).toContainText('tech-stack-inventory.csv');
	await expect(page.getByTestId('file-summary')).toContainText('30 rows · 24 columns');
	await expect(page.getByTestId('file-summary')).toContainText('comma-separated · CRLF line ends · header on row 1');
	await expect(page.getByTestId('mapping-row')).toHaveCount(24);
	await expect(page.getByTestId('mapping-counts')).toHaveText('24 columns: 13 to Atlas fields, 11 custom attributes, 0 not imported.');
	await expect(page.getByLabel('Where “app_name” goes')).toHaveValue('field:name');
	await expect(page.getByLabel('Where “critical_systems_tier” goes')).toHaveValue('field:criticality');

	// 2. Fix one mapping: the pen-test date is when the application was last reviewed.
	await expect(page.getByLabel('Where “last_pentest” goes')).toHaveValue('custom');
	await page.getByLabel('Where “last_pentest” goes').selectOption({ label: 'Last reviewed' });
	await expect(page.getByTestId('mapping-row').filter({ hasText: 'last_pentest' })).toContainText('Changed by you');
	await page.getByRole('button', { name: 'Continue to preview' }).click();

	// 3. Preview: into a new workspace (the demo is active), every problem listed, records as stored.
	await expect(page.getByLabel('Name of the new workspace')).toHaveValue('Tech stack inventory');
	await expect(page.getByTestId('count-added')).toHaveText('30');
	const problem = page.getByTestId('problem');
	await expect(problem).toHaveCount(1);
	await expect(problem).toContainText('24');
	await expect(problem).toContainText('annual_cost');
	await expect(problem).toContainText('"TBC pending renewal" is not an amount of money');
	const records = page.getByRole('table', { name: 'Records as stored' });
	await expect(records.locator('thead')).toContainText('Last reviewed');
	await expect(records.getByTestId('preview-row').filter({ hasText: 'Order Desk' })).toContainText('2024-11-02');

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download problems as CSV' }).click();
	const problemsFile = info.outputPath('problems.csv');
	await (await download).saveAs(problemsFile);
	expect(fs.readFileSync(problemsFile, 'utf8')).toContain('24,annual_cost,TBC pending renewal');

	await page.getByRole('button', { name: 'Import 30 applications' }).click();
	await expect(page.getByTestId('import-done')).toContainText('Imported into the new workspace “Tech stack inventory”');

	// 4. The portfolio: a scored overview of the rows imported.
	await page.getByRole('link', { name: 'Open the overview' }).click();
	await expect(page.getByTestId('total-applications')).toContainText('30');
	await expect(page.getByLabel('Active workspace').locator('option:checked')).toHaveText('Tech stack inventory');

	// 5. Re-import a changed version: the mapping is remembered, the merge shows the diff field by field.
	const v2 = info.outputPath('tech-stack-inventory-v2.csv');
	fs.writeFileSync(v2, changedInventory());
	await goTo(page, 'Import');
	await page.getByTestId('import-input').setInputFiles(v2);
	await expect(page.getByText('This header was imported before')).toBeVisible();
	await expect(page.getByLabel('Where “last_pentest” goes')).toHaveValue('field:lastReviewed');
	await page.getByRole('button', { name: 'Continue to preview' }).click();
	await expect(page.getByRole('radio', { name: 'Merge into “Tech stack inventory”' })).toBeChecked();
	await expect(page.getByTestId('count-added')).toHaveText('1');
	await expect(page.getByTestId('count-changed')).toHaveText('2');
	await expect(page.getByTestId('count-unchanged')).toHaveText('28');
	const report = page.getByTestId('import-report');
	await expect(report).toContainText('Warehouse Robots');
	const changes = page.getByTestId('changed-value');
	await expect(changes).toHaveCount(2);
	await expect(changes.filter({ hasText: 'Lifecycle' })).toContainText(/Order Desk\s*Lifecycle\s*Active\s*Phase-out/);
	await expect(changes.filter({ hasText: 'Annual cost' })).toContainText(/Stock Keeper\s*Annual cost \(stated\)\s*1,200\s*2,500/);
	await page.getByRole('button', { name: 'Merge 31 applications' }).click();
	await expect(page.getByTestId('import-done')).toContainText('Merged into “Tech stack inventory”');
	await expect(await totalApplications(page)).toContainText('31');
	await page.goto('/applications/app-stock-keeper');
	await expect(page.getByText('$2,500', { exact: true }).first()).toBeVisible();

	// 6. Undo the merge: the previous values are back, and the step is marked undone so it can be redone.
	await goTo(page, 'Import');
	const history = page.getByTestId('history-entry');
	await expect(history).toHaveCount(2);
	await expect(history.first()).toContainText('Merged “tech-stack-inventory-v2.csv”');
	await expect(history.first()).toContainText('1 application added · 2 applications changed');
	await history.first().getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('dialog')).toContainText('Undo this step?');
	await page.getByRole('dialog').getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('status')).toContainText('Undone: Merged “tech-stack-inventory-v2.csv”');
	await expect(history.first()).toContainText('Merged “tech-stack-inventory-v2.csv”');
	await expect(history.first()).toContainText('undone');
	await expect(history.first().getByRole('button', { name: 'Redo' })).toBeVisible();

	await expect(await totalApplications(page)).toContainText('30');
	await page.goto('/applications/app-stock-keeper');
	await expect(page.getByText('$1,200', { exact: true }).first()).toBeVisible();
	await page.goto('/applications/app-warehouse-robots');
	await expect(page.getByRole('heading', { name: 'No such application' })).toBeVisible();
});

for (const [file, message] of [
	['empty.csv', '“empty.csv”: The file is empty: there is nothing to import.'],
	['png-bytes.csv', '“png-bytes.csv”: This looks like an image (PNG), not a CSV file.'],
	['xlsx-bytes.csv', '“xlsx-bytes.csv”: This looks like an Excel workbook (.xlsx), not a CSV file: save it as CSV first.'],
	['only-header.csv', '“only-header.csv” has a header row but no data rows, so there is nothing to import.']
]) {
	test(`a bad file (${file}) is refused with a clear message, and nothing changes`, async ({ page }) => {
		await openOverview(page);
		await goTo(page, 'Import');
		await page.getByTestId('import-input').setInputFiles(`${CORPUS}/${file}`);
		await expect(page.getByTestId('import-error')).toHaveText(`${message} ${UNCHANGED}`);
		await expect(page.getByRole('button', { name: 'Choose files…' })).toBeVisible();
		await expect(page.getByLabel('Active workspace').locator('option')).toHaveCount(1);
		await expect(await totalApplications(page)).toContainText(demoCount);
	});
}

test('a file too large to read is refused before it is read', async ({ page }, info) => {
	const big = info.outputPath('inventory-100mb.csv');
	fs.writeFileSync(big, 'name,owner\n');
	fs.truncateSync(big, 100 * 1024 * 1024);
	await openOverview(page);
	await goTo(page, 'Import');
	await page.getByTestId('import-input').setInputFiles(big);
	await expect(page.getByTestId('import-error')).toContainText('“inventory-100mb.csv”: This file is 100 MB; Atlas reads files up to 64 MB. Split it into smaller files');
	await expect(page.getByTestId('import-error')).toContainText(UNCHANGED);
	fs.rmSync(big);
});

test('a file dropped anywhere opens the import; a second file is refused while it is open; discard changes nothing', async ({ page }) => {
	await openOverview(page);
	const drop = async (name: string, text: string) =>
		page.evaluate(
			([name, text]) => {
				const data = new DataTransfer();
				data.items.add(new File([text], name, { type: 'text/csv' }));
				document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
			},
			[name, text]
		);
	await drop('tech-stack-inventory.csv', fs.readFileSync(INVENTORY, 'utf8'));
	await expect(page).toHaveURL(/\/import$/);
	await expect(page.getByTestId('mapping-row')).toHaveCount(24);

	await drop('other.csv', 'name\nX\n');
	await expect(page.getByRole('status')).toContainText('“other.csv” was not read: the import of “tech-stack-inventory.csv” is still open. Finish it or discard it first.');
	await expect(page.getByTestId('mapping-row')).toHaveCount(24);

	await page.getByRole('button', { name: 'Discard' }).click();
	await expect(page.getByRole('status')).toContainText(`The import of “tech-stack-inventory.csv” was discarded. ${UNCHANGED}`);
	await expect(await totalApplications(page)).toContainText(demoCount);
});

test('a large file shows progress with rows per second and can be cancelled', async ({ page }, info) => {
	const big = info.outputPath('large.csv');
	const row = (i: number) => `APP-${i},Application ${i},Department ${i % 40},Tier ${(i % 4) + 1},"$${(i * 37) % 100000}",Live,@owner${i % 500}`;
	const lines = ['id,name,department,criticality,annual_cost,status,owner'];
	// About 55 MB: large enough that the read is still running when Cancel is clicked.
	for (let i = 0; i < 800_000; i++) lines.push(row(i));
	fs.writeFileSync(big, lines.join('\n'));
	await openOverview(page);
	await goTo(page, 'Import');
	await page.getByTestId('import-input').setInputFiles(big);
	await expect(page.getByTestId('read-progress')).toContainText(/[\d,]+ rows read · [\d,]+ rows per second/);
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('status')).toContainText(`Reading “large.csv” was cancelled. ${UNCHANGED}`);
	await expect(await totalApplications(page)).toContainText(demoCount);
	fs.rmSync(big);
});

test('an import cut short by a reload stores nothing and says so on return', async ({ page }) => {
	await openOverview(page);
	await goTo(page, 'Import');
	await page.getByTestId('import-input').setInputFiles(INVENTORY);
	await expect(page.getByTestId('mapping-row')).toHaveCount(24);
	await page.reload();
	await expect(page.getByRole('status')).toContainText(
		'The import of “tech-stack-inventory.csv” did not finish: the tab was closed or reloaded before it was saved. Nothing from it was stored, and your data is unchanged.'
	);
	await expect(page.getByLabel('Active workspace').locator('option')).toHaveCount(1);
	await expect(await totalApplications(page)).toContainText(demoCount);
});

test('an export of the workspace, imported again as three files, gives the same portfolio', async ({ page }, info) => {
	await openOverview(page);
	// The integrations are read after the applications: wait for the count, not the placeholder.
	await expect(page.getByTestId('total-integrations')).not.toContainText('Reading');
	const integrations = await page.getByTestId('total-integrations').textContent();
	await goTo(page, 'Import');
	const files: string[] = [];
	for (const kind of ['Applications', 'Integrations', 'Capabilities']) {
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: `${kind} CSV` }).click();
		const path = info.outputPath(`${kind.toLowerCase()}.csv`);
		await (await download).saveAs(path);
		files.push(path);
	}
	// Atlas's own documented columns come first, so the files read back with no guessing.
	expect(fs.readFileSync(files[0], 'utf8').split('\r\n')[0]).toMatch(/^id,name,description,aliases,/);

	await page.getByTestId('import-input').setInputFiles(files);
	await expect(page.getByTestId('file-summary')).toHaveCount(3);
	await expect(page.getByTestId('file-summary').first()).toContainText('Atlas CSV');
	await page.getByRole('button', { name: 'Continue to preview' }).click();
	await page.getByLabel('Name of the new workspace').fill('Round trip');
	await expect(page.getByTestId('problem')).toHaveCount(0);
	await page.getByRole('button', { name: `Import ${demoCount} applications` }).click();
	await expect(page.getByTestId('import-done')).toContainText('Imported into the new workspace “Round trip”');
	await goTo(page, 'Overview');
	await expect(page.getByTestId('total-applications')).toContainText(demoCount);
	await expect(page.getByTestId('total-integrations')).toHaveText(integrations!);
});

test('an Archi export chosen as three files imports its components and their flows', async ({ page }) => {
	await openOverview(page);
	await goTo(page, 'Import');
	await page.getByTestId('import-input').setInputFiles(['elements.csv', 'relations.csv', 'properties.csv'].map((f) => `${CORPUS}/archi/${f}`));
	await expect(page.getByTestId('file-summary').first()).toContainText('Archi model (CSV export)');
	await expect(page.getByTestId('import-notices')).toContainText('elements of other types are not applications');
	await page.getByRole('button', { name: 'Continue to preview' }).click();
	await expect(page.getByTestId('problem')).toContainText('no element with the id "id-gone" is in elements.csv');
	await page.getByRole('button', { name: /^Import \d+ applications$/ }).click();
	await expect(page.getByTestId('import-done')).toBeVisible();
	await goTo(page, 'Overview');
	await expect(page.getByTestId('total-integrations')).not.toHaveText(/^Integrations\s*0\b/);
});

test('a second tab cannot start an import while the first has one open', async ({ page, context }) => {
	await openOverview(page);
	await goTo(page, 'Import');
	await page.getByTestId('import-input').setInputFiles(INVENTORY);
	await expect(page.getByTestId('mapping-row')).toHaveCount(24);

	const other = await context.newPage();
	await other.goto('/import');
	await other.getByTestId('import-input').setInputFiles(`${CORPUS}/byor-radar.csv`);
	await expect(other.getByTestId('import-error')).toHaveText(`An import is open in another Atlas tab; finish or discard it there first. ${UNCHANGED}`);

	await page.getByRole('button', { name: 'Discard' }).click();
	await other.getByTestId('import-input').setInputFiles(`${CORPUS}/byor-radar.csv`);
	await expect(other.getByTestId('mapping-row')).not.toHaveCount(0);
	await other.close();
});

// How long the page's tasks take is the bench's figure ("import through the Import page, 50k:
// longest main-thread task"); a wall-clock limit here failed on a busy machine and passed alone.
// This test holds what does not depend on the machine: progress is shown as the rows are read,
// the page keeps answering (it repaints each progress step), and all 50,000 rows are stored.
test('a 50,000-row inventory is read with progress, previewed and stored', async ({ page }, info) => {
	test.setTimeout(120_000);
	const rows = fs.readFileSync(INVENTORY, 'utf8').trimEnd().split('\r\n');
	const header = rows[0];
	// Data rows without line breaks inside cells, so each line is one row.
	const body = rows.slice(1).filter((line) => /^[A-Z][^"]*,/.test(line));
	const lines = [header];
	for (let i = 0; i < 50_000; i++) lines.push(body[i % body.length].replace(/^([^,]+),/, `$1 ${i},`));
	const file = info.outputPath('inventory-50k.csv');
	fs.writeFileSync(file, lines.join('\r\n'));

	await openOverview(page);
	await goTo(page, 'Import');
	await page.evaluate(() => {
		const w = window as unknown as { progressSeen: string[] };
		w.progressSeen = [];
		new MutationObserver(() => {
			const text = document.querySelector('[data-testid="read-progress"]')?.textContent?.trim();
			if (text && text !== w.progressSeen.at(-1)) w.progressSeen.push(text);
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
	await page.getByTestId('import-input').setInputFiles(file);
	await expect(page.getByTestId('file-summary')).toContainText('50,000 rows', { timeout: 30_000 });
	await page.getByRole('button', { name: 'Continue to preview' }).click();
	await expect(page.getByTestId('count-added')).toHaveText('50,000', { timeout: 30_000 });
	await page.getByRole('button', { name: 'Import 50,000 applications' }).click();
	await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 60_000 });
	const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
	expect(seen.some((text) => /rows? read/.test(text)), `progress shown while reading: ${JSON.stringify(seen)}`).toBe(true);
	await goTo(page, 'Overview');
	await expect(page.getByTestId('total-applications')).toContainText('50,000');
	fs.rmSync(file);
});

test('a sheet without a header gives its money in millions: the preview says so, and the unit chosen in the mapping is used', async ({ page }, info) => {
	// Three rows in the shape of the IT Dashboard's DoD investments (../shared/datasets): no header, spending in $M as text.
	await importText(
		page,
		info.outputPath('investments.csv'),
		'007-000000049,Defense-wide,Armed Forces Health Longitudinal Technology Application,$66.843,Major IT,5,--\r\n' +
			'007-000000155,"Navy, Marine Corps",GLOBAL COMBAT SUPPORT SYSTEM-MARINE CORPS,$73.564,Major IT,4,1\r\n' +
			'007-000000178,Air Force,Defense Enterprise Accounting and Management System,$127.439,Major IT,2,4\r\n'
	);
	await expect(page.getByLabel('Where “Column 4” goes')).toHaveValue('field:annualCost');
	await expect(page.getByLabel('Unit of “Column 4”')).toHaveValue('1');
	await page.getByRole('button', { name: 'Continue to preview' }).click();
	await expect(page.getByTestId('import-notes')).toContainText('“Column 4” states no unit, and its amounts ($66.843, $73.564, …)');

	await page.getByRole('button', { name: /back to the mapping|change the mapping/i }).first().click();
	await page.getByLabel('Unit of “Column 4”').selectOption({ label: 'in millions' });
	await page.getByRole('button', { name: 'Continue to preview' }).click();
	await expect(page.getByTestId('count-added')).toHaveText('3');
	await expect(page.getByTestId('import-notes')).toHaveCount(0);
	await page.getByRole('button', { name: 'Import 3 applications' }).click();
	await expect(page.getByTestId('import-done')).toBeVisible();
	await goTo(page, 'Overview');
	await expect(page.getByTestId('total-cost')).toContainText('$267.8M');
});

test('a sheet with no header row is known again by its name and width: its confirmed mapping and units come back on re-import', async ({ page }, info) => {
	// As the DoD investments file: no header, ids, a department, spending in millions written as text.
	const sheet = info.outputPath('investments.csv');
	fs.writeFileSync(sheet, '007-001,Payroll,Army,66.843\n007-002,Logistics Hub,Navy,12.5\n007-003,Ledger,Air Force,3.25\n');
	await openOverview(page);
	await goTo(page, 'Import');
	await page.getByTestId('import-input').setInputFiles(sheet);
	await page.getByLabel('Where “Column 3” goes').selectOption({ label: 'Department' });
	await page.getByLabel('Where “Column 4” goes').selectOption({ label: 'Annual cost (stated)' });
	await page.getByLabel('Unit of “Column 4”').selectOption({ label: 'in millions' });
	await page.getByRole('button', { name: 'Continue to preview' }).click();
	await page.getByRole('button', { name: 'Import 3 applications' }).click();
	await expect(page.getByTestId('import-done')).toBeVisible();

	// The same file again: the mapping and the unit are the ones confirmed, and the merge changes nothing.
	await goTo(page, 'Import');
	await page.getByTestId('import-input').setInputFiles(sheet);
	await expect(page.getByText('A file named so, with 4 columns and no header row, was imported before')).toBeVisible();
	await expect(page.getByLabel('Where “Column 3” goes')).toHaveValue('field:department');
	await page.getByRole('button', { name: 'Continue to preview' }).click();
	await expect(page.getByTestId('count-changed')).toHaveText('0');
	await expect(page.getByTestId('count-unchanged')).toHaveText('3');
});

test('rows sharing an id merge by default, the preview says how much cost that leaves out, and adding the amounts up counts it', async ({ page }, info) => {
	// A projects file in the shape of the IT Dashboard's (../shared/datasets): each row one project of an investment (its UII).
	await importText(
		page,
		info.outputPath('projects.csv'),
		'Unique Investment Identifier,Investment Title,Project Name,Planned Cost ($ M),Updated Date\r\n' +
			'005-000001723,AMS WAN,Operations,15.297,22/09/2011\r\n' +
			'005-000001723,AMS WAN,Virtualization,0.179,30/11/2011\r\n' +
			'005-000001723,AMS WAN,Refresh,1.46,28/10/2011\r\n' +
			'005-000001724,Payroll,Build,2,01/12/2011\r\n'
	);
	await page.getByRole('button', { name: 'Continue to preview' }).click();

	const duplicates = page.getByTestId('duplicates');
	await expect(duplicates).toContainText('Rows with the same id (1)');
	await expect(duplicates.getByRole('radio', { name: /keeping the first row's amounts/ })).toBeChecked();
	await expect(page.getByTestId('duplicate-costs')).toHaveText(
		"Where a later row gives a different amount, the first row's is kept, so 1.6M of Planned Cost ($ M) from 2 later rows are not counted in any total. To count them, add the amounts up, or keep each row as an application of its own."
	);
	await expect(page.getByTestId('problem').first()).toContainText("where it differs, row 2 was kept: this row's Planned Cost ($ M) “0.179”, Updated Date “30/11/2011” were not imported");

	await duplicates.getByRole('radio', { name: /adding up every row's amounts/ }).check();
	await expect(page.getByTestId('duplicate-costs')).toHaveText("Every row's amount is added up: 1.6M of Planned Cost ($ M) from 2 later rows are counted in their first row's application.");
	await expect(page.getByTestId('count-added')).toHaveText('2');
	await page.getByRole('button', { name: 'Import 2 applications' }).click();
	await expect(page.getByTestId('import-done')).toBeVisible();
	await goTo(page, 'Overview');
	await expect(page.getByTestId('total-cost')).toContainText('18.9M');
});
