// Every browser test runs through this fixture: it fails the test on any console error, any
// uncaught page error, and any request that leaves the page's own origin (the app must make none).
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import Papa from 'papaparse';

/** Console errors a test causes on purpose, per page; each pattern allows one matching message. */
const expected = new WeakMap<Page, RegExp[]>();

/** Lets `page` log one console error matching `pattern` (a test that provokes one to prove a point). */
export function allowConsoleError(page: Page, pattern: RegExp): void {
	expected.set(page, [...(expected.get(page) ?? []), pattern]);
}

export const test = base.extend<{ guard: void }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const problems: string[] = [];
			const origin = new URL(baseURL!).origin;
			page.on('console', (m) => {
				if (m.type() !== 'error') return;
				const allowed = expected.get(page) ?? [];
				const at = allowed.findIndex((p) => p.test(m.text()));
				if (at >= 0) return void allowed.splice(at, 1);
				problems.push(`console error: ${m.text()}`);
			});
			page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
			page.on('request', (r) => {
				const url = r.url();
				if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) problems.push(`off-origin request: ${url}`);
			});
			await use();
			expect(problems, 'console errors, page errors and off-origin requests').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Rows of a CSV in data/, parsed as the test's own independent reading of the file. */
export function readCsv(path: string): Record<string, string>[] {
	return Papa.parse<Record<string, string>>(fs.readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

/** Today's date in the browser's calendar, as the app computes it. */
export function todayIso(): string {
	const now = new Date();
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Waits until the first-visit demo portfolio has been loaded and the overview shows it. */
export async function openOverview(page: Page) {
	await page.goto('/');
	await expect(page.getByTestId('total-applications')).toBeVisible();
}

/** Clicks an area in the sidebar. */
export async function goTo(page: Page, area: string) {
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area, exact: true }).click();
}

/**
 * Logs change `seq` of the first workspace straight into IndexedDB from a plain page of the app's
 * origin, as a change no open page of Atlas saw (another build, a tab closed mid-way): anything
 * kept for the change before it is then stale.
 */
export async function logChangeByHand(page: Page, seq: number) {
	await page.goto('/theme.js');
	await page.evaluate(
		(seq) =>
			new Promise<void>((done, reject) => {
				const open = indexedDB.open('portfolio-atlas');
				open.onsuccess = () => {
					const tx = open.result.transaction(['changes', 'changeOps', 'workspaces'], 'readwrite');
					const workspaces = tx.objectStore('workspaces').getAll();
					workspaces.onsuccess = () => {
						const workspaceId = workspaces.result[0].id;
						tx.objectStore('changes').add({ workspaceId, seq, at: new Date().toISOString(), action: 'edit', label: 'A change made elsewhere', effect: { type: 'ops', count: 0 } });
						tx.objectStore('changeOps').add({ workspaceId, seq, ops: [] });
					};
					tx.oncomplete = () => {
						open.result.close();
						done();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		seq
	);
}

/**
 * Another tab that holds the records' store in a write, so a page's read of the records waits
 * however fast the machine is and what it paints before them can be seen. A file of the app's
 * origin, not the app: it reads no records of its own.
 */
export async function holdRecords(context: BrowserContext) {
	const page = await context.newPage();
	await page.goto('/theme.js');
	return {
		hold: () =>
			page.evaluate(
				() =>
					new Promise<void>((held) => {
						const w = window as unknown as { __release?: boolean };
						w.__release = false;
						const open = indexedDB.open('portfolio-atlas');
						open.onsuccess = () => {
							const store = open.result.transaction('buckets', 'readwrite').objectStore('buckets');
							// A transaction stays open while it has requests: ask again until released.
							const again = () => {
								if (!w.__release) store.count().onsuccess = again;
								else open.result.close();
							};
							again();
							held();
						};
					})
			),
		release: () => page.evaluate(() => ((window as unknown as { __release?: boolean }).__release = true)),
		close: () => page.close()
	};
}
