// An import cut short by a reload (or a closed tab) leaves the workspaces exactly as they were, or,
// when the commit had already finished, holds the whole import: never a part of one.
import fs from 'node:fs';
import { test, expect, goTo, openOverview } from './fixtures';
import type { Page } from '@playwright/test';

const ROWS = 20_000;

/** A large inventory, so that reading and storing take long enough to be interrupted. */
function bigInventory(path: string) {
	const lines = ['id,name,department,lifecycle,annual_cost,business_owner,capabilities'];
	for (let i = 0; i < ROWS; i++) lines.push(`BIG-${i},Big app ${i},Dept ${i % 40},Active,${1000 + i},Owner ${i % 300},Area ${i % 12} > Part ${i % 5}`);
	fs.writeFileSync(path, lines.join('\n'));
}

/**
 * Every workspace's name and application count, read from the database itself. Records stored
 * under no workspace must be an import's staged ones (see import-staging.ts), marked as such so
 * the next import sweeps them: anything else is a part of an import, and fails the test.
 */
async function stored(page: Page): Promise<Record<string, number>> {
	return page.evaluate(
		() =>
			new Promise<Record<string, number>>((resolve, reject) => {
				const open = indexedDB.open('portfolio-atlas');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(['workspaces', 'buckets', 'overlay', 'overlayBatches', 'meta'], 'readonly');
					const meta = tx.objectStore('meta').getAllKeys();
					const workspaces = tx.objectStore('workspaces').getAll();
					const buckets = tx.objectStore('buckets').getAll();
					const overlay = tx.objectStore('overlay').getAll();
					const batches = tx.objectStore('overlayBatches').getAll();
					tx.oncomplete = () => {
						const ids = new Map<string, Set<string>>();
						for (const b of buckets.result) if (b.kind === 'applications') for (const r of b.records) (ids.get(b.workspaceId) ?? ids.set(b.workspaceId, new Set()).get(b.workspaceId)!).add(r.id);
						// Batches in the order they were written, then single entries (see record-store.ts).
						for (const b of batches.result) if (b.kind === 'applications') {
							const set = ids.get(b.workspaceId) ?? ids.set(b.workspaceId, new Set()).get(b.workspaceId)!;
							for (const r of b.records) set.add(r.id);
							for (const id of b.removed) set.delete(id);
						}
						for (const o of overlay.result) if (o.kind === 'applications') {
							const set = ids.get(o.workspaceId) ?? ids.set(o.workspaceId, new Set()).get(o.workspaceId)!;
							if (o.record) set.add(o.id);
							else set.delete(o.id);
						}
						db.close();
						const known = new Set(workspaces.result.map((w: { id: string }) => w.id));
						const markers = new Set(meta.result.map(String));
						const unmarked = [...ids.keys()].filter((id) => !known.has(id) && !markers.has(`staged-import:${id}`));
						if (unmarked.length) return reject(new Error(`records stored under no workspace and not staged: ${unmarked.join(', ')}`));
						resolve(Object.fromEntries(workspaces.result.map((w: { id: string; name: string }) => [w.name, ids.get(w.id)?.size ?? 0])));
					};
				};
			})
	);
}

for (const moment of ['while reading', 'at the preview', 'as the commit starts', 'during the commit'] as const) {
	test(`a reload ${moment} loses nothing and stores no part of the import`, async ({ page }, info) => {
		test.setTimeout(120_000);
		const file = info.outputPath('big-inventory.csv');
		bigInventory(file);
		await openOverview(page);
		const before = await stored(page);
		expect(Object.values(before)).toEqual([250]);

		await goTo(page, 'Import');
		await page.getByTestId('import-input').setInputFiles(file);
		if (moment === 'while reading') {
			await expect(page.getByTestId('read-progress')).toBeVisible();
		} else {
			await page.getByRole('button', { name: 'Continue to preview' }).click();
			await expect(page.getByTestId('count-added')).toHaveText(ROWS.toLocaleString('en-US'), { timeout: 60_000 });
			if (moment !== 'at the preview') {
				await page.getByRole('button', { name: `Import ${ROWS.toLocaleString('en-US')} applications` }).click();
				if (moment === 'during the commit') await page.waitForTimeout(150);
			}
		}
		await page.reload();
		await expect(page.locator('main')).not.toBeEmpty();

		const after = await stored(page);
		if (Object.keys(after).length === 1) expect(after).toEqual(before);
		else {
			// The commit had finished before the reload: then the whole import is there, in its own workspace.
			expect(moment === 'as the commit starts' || moment === 'during the commit').toBe(true);
			expect(Object.values(after).sort()).toEqual([250, ROWS].sort());
		}
		// The app opens on what is stored, and the demo is whole.
		await goTo(page, 'Overview');
		await expect(page.getByTestId('total-applications')).toBeVisible();
	});
}
