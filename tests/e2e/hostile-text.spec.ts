// An inventory written to attack the page: names and fields holding HTML, SVG and script. Imported
// through the real UI, every view shows them as text; no dialog opens, no handler runs, and an
// exported chart holds them as text too. (The policy would refuse an inline handler with a console
// error, which the fixture turns into a failure: two locks on one door.)
import fs from 'node:fs';
import Papa from 'papaparse';
import { test, expect, goTo, openOverview } from './fixtures';

const PAYLOADS = [
	'<img src=x onerror="window.pwned=1;alert(1)">',
	'</svg><script>window.pwned=2</script>',
	'javascript:window.pwned=3',
	'{@html "<b onmouseover=alert(4)>x</b>"}',
	'<svg onload="window.pwned=5">'
];

test('hostile names and fields render as text in the list, the application page, every heat map, tooltips and an exported chart', async ({ page }, info) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	const rows = PAYLOADS.map((p, i) => ({
		name: `${p} ${i}`,
		description: p,
		department: `Dept ${p}`,
		vendor: p,
		capability: `Finance > ${p}`,
		annual_cost: String(1000 * (i + 1)),
		lifecycle: 'Active',
		end_of_support: '2030-01-01',
		technical_fit: '3',
		functional_fit: '2',
		website: `javascript:window.pwned=${i}`,
		notes: p
	}));
	const file = info.outputPath('hostile.csv');
	fs.writeFileSync(file, Papa.unparse(rows));

	await openOverview(page);
	await goTo(page, 'Import');
	await page.getByTestId('import-input').setInputFiles(file);
	await page.getByRole('button', { name: 'Continue to preview' }).click();
	await expect(page.getByTestId('count-added')).toHaveText('5');
	await expect(page.getByRole('table', { name: 'Records as stored' })).toContainText(PAYLOADS[0]);
	await page.getByRole('button', { name: 'Import 5 applications' }).click();
	await expect(page.getByTestId('import-done')).toBeVisible();

	await goTo(page, 'Applications');
	const list = page.getByRole('grid', { name: 'Applications' });
	for (const [i, p] of PAYLOADS.entries()) await expect(list).toContainText(`${p} ${i}`);

	await list.getByRole('link', { name: `${PAYLOADS[0]} 0`, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: `${PAYLOADS[0]} 0` })).toBeVisible();
	await expect(page.getByTestId('custom-attributes')).toContainText('javascript:window.pwned=0');
	await expect(page.locator('main a[href^="javascript:" i]')).toHaveCount(0);

	for (const view of ['landscape', 'matrix', 'treemap', 'quadrant', 'roadmap']) {
		await page.goto(`/heatmaps?view=${view}`);
		const chart = page.locator('svg[data-chart]');
		await expect(chart).toBeVisible();
		const mark = chart.locator('[data-mark]').first();
		if (view !== 'matrix') {
			await mark.focus();
			await expect(page.getByRole('tooltip')).toBeVisible();
		}
		expect(await chart.locator('script, img, foreignObject, iframe').count(), view).toBe(0);
	}

	await page.goto('/heatmaps?view=landscape');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export SVG' }).click();
	const svgFile = info.outputPath('chart.svg');
	await (await download).saveAs(svgFile);
	const svg = fs.readFileSync(svgFile, 'utf8');
	const tags = [...svg.matchAll(/<([a-zA-Z][\w:-]*)([^>]*)>/g)];
	expect(tags.filter((t) => ['script', 'img', 'foreignObject', 'iframe'].includes(t[1])).map((t) => t[0])).toEqual([]);
	// Attribute names, with the (escaped) values taken out: no event handler anywhere.
	expect(tags.filter((t) => /\son\w+\s*=/i.test(t[2].replace(/"[^"]*"/g, '""'))).map((t) => t[0])).toEqual([]);
	expect(svg).toContain('&lt;img src=x onerror=');

	expect(dialogs).toEqual([]);
	expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});
