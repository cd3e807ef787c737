// The architecture map in the built app: an integration drawn by dragging and edited in its panel,
// found again after a reload, undone; an impact analysis checked against the demo files read here
// independently; the SVG exports; and every integration in view drawn (or counted in a bundle).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect, goTo, openOverview, readCsv } from './fixtures';

const apps = readCsv('data/demo/applications.csv');
const integrations = readCsv('data/demo/integrations.csv');
const appIds = new Set(apps.map((a) => a.id));
const nameOf = new Map(apps.map((a) => [a.id, a.name]));
const known = integrations.filter((i) => appIds.has(i.source) && appIds.has(i.target));

/** Everything depending on `start` or that it depends on, by this test's own breadth-first walk. */
function affectedOf(start: string): Set<string> {
	const seen = new Set<string>();
	for (const side of ['down', 'up'] as const) {
		let frontier = [start];
		const reached = new Set<string>([start]);
		while (frontier.length) {
			const next: string[] = [];
			for (const id of frontier)
				for (const i of known) {
					const twoWay = i.direction === 'two-way';
					const from = side === 'down' ? i.source : i.target;
					const to = side === 'down' ? i.target : i.source;
					const hits: string[] = [];
					if (from === id) hits.push(to);
					if (twoWay && to === id) hits.push(from);
					for (const h of hits)
						if (!reached.has(h)) {
							reached.add(h);
							next.push(h);
						}
				}
			frontier = next;
		}
		for (const id of reached) if (id !== start) seen.add(id);
	}
	return seen;
}

/** Waits for the worker's layout, so the map no longer moves under the pointer. */
async function settled(page: Page) {
	await expect(page.getByTestId('map-summary')).toHaveAttribute('data-layout', 'done');
	await page.waitForTimeout(200);
}

async function centreOf(page: Page, selector: string) {
	const box = await page.locator(selector).boundingBox();
	if (!box) throw new Error(`${selector} is not on screen`);
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	for (let s = 1; s <= 10; s++) await page.mouse.move(from.x + ((to.x - from.x) * s) / 10, from.y + ((to.y - from.y) * s) / 10);
	await page.mouse.up();
}

const text = async (download: Download) => fs.readFileSync((await download.path())!, 'utf8');

test('an integration drawn by dragging is edited in its panel, found after a reload, and undone', async ({ page }) => {
	// A focus with an upstream neighbour it does not feed yet: dragging focus → neighbour adds a new integration.
	const pair = known.find((i) => i.direction === 'one-way' && i.source !== i.target && !integrations.some((j) => j.source === i.target && j.target === i.source))!;
	const [focus, other] = [pair.target, pair.source];
	await openOverview(page);
	await page.goto(`/architecture?map=neighbourhood&focus=${focus}`);
	await expect(page.locator(`circle[data-node="${focus}"]`)).toBeAttached();
	await settled(page);
	await expect(page.locator(`path[data-edge="${focus}→${other}"]`)).toHaveCount(0);

	await drag(page, await centreOf(page, `circle[data-node="${focus}"]`), await centreOf(page, `circle[data-node="${other}"]`));
	const panel = page.getByTestId('edge-panel');
	await expect(panel).toBeVisible();
	await expect(panel).toContainText(`${nameOf.get(focus)} → ${nameOf.get(other)}`);
	await expect(page.getByTestId('undo-bar')).toContainText(`Integration “${nameOf.get(focus)}” → “${nameOf.get(other)}” added`);
	await expect(page.locator(`path[data-edge="${focus}→${other}"]`)).toHaveCount(1);
	const id = await panel.getAttribute('data-integration');

	await panel.getByLabel('Protocol').fill('GraphQL');
	await panel.getByLabel('Protocol').press('Tab');
	await expect(page.getByTestId('undo-bar')).toContainText(`Integration “${nameOf.get(focus)}” → “${nameOf.get(other)}” edited`);
	await panel.getByLabel('Type').selectOption({ label: 'Event' });
	await expect(page.locator(`path[data-edge="${focus}→${other}"]`)).toHaveAttribute('stroke-dasharray', /.+/);

	// After a reload it is read back from storage: on the map and in the integrations export.
	await page.reload();
	await expect(page.locator(`path[data-edge="${focus}→${other}"]`)).toHaveCount(1);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Integrations CSV' }).click()]);
	const row = (await text(download)).split('\r\n').find((line) => line.startsWith(`${id},`));
	expect(row).toBe(`${id},${focus},${other},one-way,Event,GraphQL,,,,`);

	// Undo: the type (the edge is drawn solid again, as an API), the protocol, then the integration itself.
	const edge = page.locator(`path[data-edge="${focus}→${other}"]`);
	await page.keyboard.press('Control+z');
	await expect(edge).not.toHaveAttribute('stroke-dasharray', /.+/);
	await expect(page.getByTestId('undo-bar').getByRole('button', { name: 'Redo' })).toBeEnabled();
	await page.keyboard.press('Control+z');
	await expect(page.getByTestId('undo-bar')).toContainText('edited');
	await expect(page.getByTestId('undo-bar').getByRole('button', { name: 'Redo' })).toBeEnabled();
	await page.waitForTimeout(300);
	await page.keyboard.press('Control+z');
	await expect(edge).toHaveCount(0);
});

test('impact analysis of a demo application lists what the demo files say depends on it, and exports CSV and SVG', async ({ page }) => {
	// The most connected application: its impact is the largest to check.
	const degree = new Map<string, number>();
	for (const i of known) for (const end of [i.source, i.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
	const target = [...degree].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
	const expected = affectedOf(target);
	const broken = known.filter((i) => i.source === target || i.target === target).length;
	expect(broken).toBeGreaterThan(0);

	await openOverview(page);
	await page.goto(`/architecture?impact=${target}`);
	const panel = page.getByTestId('impact-panel');
	await expect(panel).toContainText(nameOf.get(target)!);
	await expect(page.getByTestId('impact-affected')).toHaveText(String(expected.size));
	await expect(page.getByTestId('impact-broken')).toHaveText(String(broken));
	const brokenIds = await page.getByTestId('impact-broken-list').locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-integration')));
	expect(new Set(brokenIds)).toEqual(new Set(known.filter((i) => i.source === target || i.target === target).map((i) => i.id)));
	const listed = await page.getByTestId('impact-list').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-app')));
	expect(new Set(listed)).toEqual(expected);

	const [csv] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export CSV' }).click()]);
	const lines = (await text(csv)).trim().split('\r\n');
	expect(lines[0]).toBe('role,application_id,application,side,hops,path_criticality,capabilities,annual_cost');
	expect(lines.filter((l) => l.startsWith('affected,'))).toHaveLength(expected.size);

	const [svg] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export SVG' }).click()]);
	const content = await text(svg);
	expect(content.startsWith('<svg')).toBe(true);
	// The highlighted subgraph: the application and everything affected, each a node.
	expect(content.match(/<circle data-node=/g)?.length).toBe(expected.size + 1);
	expect(content).toContain(`What if we retire ${nameOf.get(target)}`);
});

test('every integration in view is drawn: on the whole map, under a filter, and with groups collapsed', async ({ page }) => {
	await openOverview(page);
	const drawn = async () => (await page.locator('path[data-edge]').evaluateAll((paths) => paths.map((p) => Number(p.getAttribute('data-count'))))).reduce((a, b) => a + b, 0);

	await page.goto('/architecture?map=map');
	await expect(page.locator('[data-renderer="svg"]')).toBeVisible();
	await expect(page.getByTestId('map-summary')).toHaveAttribute('data-in-view', String(known.length));
	await expect.poll(drawn).toBe(known.length);

	// Under a department filter: integrations with both ends in it are drawn; the rest are counted as outside.
	const department = apps.find((a) => a.department)!.department;
	const inDept = new Set(apps.filter((a) => a.department === department).map((a) => a.id));
	const inView = known.filter((i) => inDept.has(i.source) && inDept.has(i.target)).length;
	await page.goto(`/architecture?map=map&dept=${encodeURIComponent(department)}`);
	await expect(page.getByTestId('map-summary')).toHaveAttribute('data-in-view', String(inView));
	await expect.poll(drawn).toBe(inView);
	await expect(page.getByTestId('map-summary')).toContainText(`${known.length - inView} more lead to applications outside the filter`);

	// Collapsed: bundles carry their counts, and what is inside a group is counted on it.
	await page.goto('/architecture?map=map');
	// The map is read and drawn before its groups can be collapsed.
	await expect(page.getByTestId('map-summary')).toHaveAttribute('data-in-view', String(known.length));
	await page.getByRole('button', { name: 'Collapse all' }).click();
	await expect(page.locator('circle[data-kind="group"]').first()).toBeAttached();
	await expect(page.getByTestId('map-summary')).toHaveAttribute('data-drawn', String(known.length));
	const inside = await page.getByTestId('map-summary').textContent();
	const insideCount = Number(/([\d,]+) are inside collapsed groups/.exec(inside ?? '')?.[1].replace(/,/g, '') ?? 0);
	await expect.poll(drawn).toBe(known.length - insideCount);
	expect(insideCount).toBeGreaterThan(0);
});

test('the flows view draws a chord between groups, and search centres an application', async ({ page }) => {
	await openOverview(page);
	await page.goto('/architecture?map=flows');
	await expect(page.getByRole('img', { name: new RegExp(`${known.length} integrations between`) })).toBeVisible();
	await page.goto('/architecture?map=map');
	await settled(page);
	const app = apps[5];
	await page.getByLabel('Find an application').fill(`${app.name} (${app.id})`);
	await page.getByRole('button', { name: 'Centre' }).click();
	await expect(page.locator('.cursor')).toBeAttached();
	const map = await page.locator('.surface').boundingBox();
	const node = await centreOf(page, `circle[data-node="${app.id}"]`);
	expect(Math.abs(node.x - (map!.x + map!.width / 2))).toBeLessThan(4);
});

test.describe('a large portfolio', () => {
	test('past the SVG limit the map is drawn on a canvas, every integration counted, with the same tooltips, keys and clicks', async ({ page }, info) => {
		test.setTimeout(240_000);
		const dir = info.outputPath('portfolio-3k');
		execFileSync('node', ['scripts/generate-portfolio.mjs', '--apps', '3000', '--out', dir]);
		const files = ['applications', 'integrations', 'capabilities'].map((f) => `${dir}/${f}.csv`);
		const bigApps = new Set(readCsv(files[0]).map((a) => a.id));
		const bigKnown = readCsv(files[1]).filter((i) => bigApps.has(i.source) && bigApps.has(i.target)).length;

		await openOverview(page);
		await goTo(page, 'Import');
		await page.getByTestId('import-input').setInputFiles(files);
		await page.getByRole('button', { name: 'Continue to preview' }).click();
		await page.getByLabel('Name of the new workspace').fill('Three thousand');
		await page.getByRole('button', { name: 'Import 3,000 applications' }).click();
		await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 120_000 });

		// Over a few hundred applications the page opens on a neighbourhood.
		await goTo(page, 'Architecture');
		await expect(page.getByRole('button', { name: 'Neighbourhood' })).toHaveAttribute('aria-pressed', 'true');
		await page.getByRole('button', { name: 'Map', exact: true }).click();
		await expect(page.getByTestId('map-summary')).toHaveAttribute('data-layout', 'done', { timeout: 60_000 });
		await expect(page.locator('[data-renderer="canvas"]')).toBeVisible();
		await expect(page.locator('path[data-edge]')).toHaveCount(0);
		await expect(page.getByTestId('map-summary')).toHaveAttribute('data-in-view', String(bigKnown));
		await expect(page.getByTestId('map-summary')).toHaveAttribute('data-drawn', String(bigKnown));

		// The keys: the cursor is announced; Enter on it selects it for impact analysis.
		const surface = page.getByRole('application', { name: /Integration map/ });
		await surface.focus();
		await page.keyboard.press('ArrowRight');
		const live = page.locator('[aria-live="polite"]').filter({ hasText: /in, \d+ out/ });
		await expect(live).toHaveCount(1);
		const name = (await live.textContent())!.split('. ')[0];
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('impact-panel')).toContainText(name);

		// E steps to one of its integrations, announced; Enter opens it (its panel, or the bundle's list).
		await surface.focus();
		await page.keyboard.press('e');
		await expect(page.locator('[aria-live="polite"]').filter({ hasText: new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (→|⇄)|(→|⇄) ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })).toHaveCount(1);
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('edge-panel').or(page.getByRole('heading', { name: /^\d+ integrations$/ }))).toBeVisible();

		// The pointer: the tooltip over the cursor's node names it, as in SVG.
		const ring = await centreOf(page, '.cursor');
		await page.mouse.move(ring.x, ring.y);
		await expect(page.getByRole('tooltip')).toContainText(name);
	});
});
