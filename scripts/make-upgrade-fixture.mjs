#!/usr/bin/env node
// Makes tests/unit/db/fixtures/v<N>-export.json from a shipped build, for the upgrade test:
//   git worktree add --detach /tmp/vN <commit> && (cd /tmp/vN && npm ci && npx vite build && npx vite preview --port 4341 &)
//   node scripts/make-upgrade-fixture.mjs http://127.0.0.1:4341 tests/unit/db/fixtures/vN-export.json <that checkout>
// It drives the old build as a user would (demo seeded, a TIME decision, a weight, an import, a merge
// and its undo) and dumps every object store of its IndexedDB.
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const origin = process.argv[2];
const out = process.argv[3];
const inventory = `${process.argv[4] ?? '.'}/tests/unit/import/corpus/tech-stack-inventory.csv`;
const text = fs.readFileSync(inventory, 'utf8');
const v2text = `${text
	.replace('Acme Corp,AWS,"$1,200.50",03/15/2019,31/12/2027,yes,Live,', 'Acme Corp,AWS,"$1,200.50",03/15/2019,31/12/2027,yes,Sunsetting,')
	.replace(',@dan,@erin,,On-prem,1.2k,', ',@dan,@erin,,On-prem,2.5k,')
	.trimEnd()}\r\nWarehouse Robots,Pick-and-place robots in Depot 1.,Supply Chain,Tier 2,Orange,@dan,@zed,RoboCo,On-prem,"$75,000",01/10/2025,,no,Pilot,Rust,,,,no,Silver,,CC-1300,#robots,\r\n`;
fs.writeFileSync(join(tmpdir(), 'inventory-v2.csv'), v2text);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage();
page.on('pageerror', (e) => console.error('page error', e.message));
await page.goto(`${origin}/`);
await page.getByTestId('total-applications').waitFor();
// A manual TIME decision and a weight change on the demo.
await page.goto(`${origin}/applications/APP-0061`);
await page.getByLabel('TIME decision').selectOption('eliminate');
await page.waitForTimeout(300);
await page.goto(`${origin}/settings`);
await page.getByLabel('Incidents (12 months)', { exact: true }).fill('5');
await page.waitForTimeout(500);
// An import into a new workspace, then a merge of a newer file, then the merge undone.
await page.goto(`${origin}/import`);
await page.getByTestId('import-input').setInputFiles(inventory);
await page.getByRole('button', { name: 'Continue to preview' }).click();
await page.getByRole('button', { name: 'Import 30 applications' }).click();
await page.getByTestId('import-done').waitFor();
await page.goto(`${origin}/import`);
await page.getByTestId('import-input').setInputFiles(join(tmpdir(), 'inventory-v2.csv'));
await page.getByRole('button', { name: 'Continue to preview' }).click();
await page.getByRole('button', { name: /^Merge \d+ applications/ }).click();
await page.getByTestId('import-done').waitFor();
await page.goto(`${origin}/import`);
const history = page.getByTestId('history-entry');
await history.first().getByRole('button', { name: 'Undo' }).click();
await page.getByRole('dialog').getByRole('button', { name: 'Undo' }).click();
await page.getByRole('status').waitFor();
await page.waitForTimeout(500);
const dump = await page.evaluate(
	() =>
		new Promise((resolve, reject) => {
			const open = indexedDB.open('portfolio-atlas');
			open.onerror = () => reject(open.error);
			open.onsuccess = () => {
				const db = open.result;
				const names = [...db.objectStoreNames];
				const tx = db.transaction(names, 'readonly');
				const out = { version: db.version, stores: {} };
				for (const name of names) {
					const all = tx.objectStore(name).getAll();
					all.onsuccess = () => (out.stores[name] = all.result);
				}
				tx.oncomplete = () => resolve(out);
			};
		})
);
fs.writeFileSync(out, JSON.stringify(dump));
console.log('dumped', Object.fromEntries(Object.entries(dump.stores).map(([k, v]) => [k, v.length])), 'version', dump.version);
await browser.close();
