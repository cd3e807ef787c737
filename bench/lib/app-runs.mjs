// Measurements of the real built app in Chromium: the cold start of `/` with the demo portfolio
// (and the requests it makes), and opening the Overview and the Applications list on a large
// stored portfolio, with the JS heap it then holds. Times are read inside the page with
// performance.now(), whose origin is the start of the navigation.
import { freshContext, heapAfterGc, openBenchPage } from './browser.mjs';

const OVERVIEW = '[data-testid="total-applications"]';
/** The applications grid draws only the lines in view: the 12th line is on the first screen. */
const LIST_FIRST_SCREEN = '[role="grid"][aria-label="Applications"] [data-line="11"]';
/** The capability landscape, drawn: its chart element exists once the layout has been drawn. */
const LANDSCAPE = 'svg[data-chart]';
/** The live landscape: a kept one (painted before the records are read) is marked data-kept. */
const LIVE_LANDSCAPE = '[data-testid="chart-frame"]:not([data-kept]) svg[data-chart]';
const COSTLIEST_FIRST = '[data-testid="costliest"] li:first-child a';
const TIMEOUT = 180_000;

/**
 * Runs in the page before its own scripts: notes when `selector` (holding `text`, if given) first
 * appears, then when the frame showing it has painted and the main thread has taken one more task.
 * That last moment is "ready". Long tasks are recorded from the start of the navigation.
 */
function installReadyMark({ selector, text }) {
	const mark = { tasks: [], shownAt: undefined, readyAt: undefined };
	window.__atlasBenchMark = mark;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) mark.tasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
	const found = () => {
		const el = document.querySelector(selector);
		return el !== null && (!text || (el.textContent ?? '').includes(text));
	};
	const observer = new MutationObserver(() => {
		if (mark.shownAt !== undefined || !found()) return;
		mark.shownAt = performance.now();
		observer.disconnect();
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => (mark.readyAt = performance.now());
			channel.port2.postMessage(null);
		});
	});
	observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Drops what the app keeps between visits (db/figures-cache.ts) in its database: the figures of
 * one `view` ('overview', or the Heat maps page's 'landscape'), or all of them.
 */
function forgetKeptFigures(view) {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open('portfolio-atlas');
		request.onerror = () => reject(request.error);
		request.onsuccess = () => {
			const tx = request.result.transaction('figures', 'readwrite');
			const store = tx.objectStore('figures');
			if (!view) store.clear();
			else
				store.openCursor().onsuccess = (event) => {
					const cursor = event.target.result;
					if (!cursor) return;
					if (cursor.value.view === view) cursor.delete();
					cursor.continue();
				};
			tx.oncomplete = () => {
				request.result.close();
				resolve(null);
			};
			tx.onerror = () => reject(tx.error);
		};
	});
}

/** How many figures of `view` the app keeps (0 until the page has kept its own). */
function countKeptFigures(view) {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open('portfolio-atlas');
		request.onerror = () => reject(request.error);
		request.onsuccess = () => {
			const all = request.result.transaction('figures').objectStore('figures').getAll();
			all.onsuccess = () => {
				request.result.close();
				resolve(all.result.filter((f) => f.view === view).length);
			};
		};
	});
}

/** Navigates `page` to `url` and returns the in-page time to ready and the longest task before it. */
async function timeNavigation(page, url) {
	await page.goto(url);
	await page.waitForFunction(() => window.__atlasBenchMark?.readyAt !== undefined, null, { timeout: TIMEOUT, polling: 50 });
	await page.waitForTimeout(50);
	return page.evaluate(() => {
		const m = window.__atlasBenchMark;
		const before = m.tasks.filter((t) => t.start < m.readyAt);
		return { ms: m.readyAt, shownMs: m.shownAt, longestTaskMs: Math.max(0, ...before.map((t) => t.duration)) };
	});
}

/** The floor of opening a stored portfolio: raw IndexedDB reading every record of the app's database. */
function readAllRecords() {
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const request = indexedDB.open('portfolio-atlas');
		request.onerror = () => reject(request.error);
		request.onsuccess = () => {
			const db = request.result;
			// Every record the app stores is in one store of buckets, each holding many records.
			const names = ['buckets'];
			const tx = db.transaction(names, 'readonly');
			const counts = {};
			for (const name of names) {
				const all = tx.objectStore(name).getAll();
				all.onsuccess = () => (counts[name] = all.result.reduce((n, bucket) => n + bucket.records.length, 0));
			}
			tx.oncomplete = () => {
				const ms = performance.now() - start;
				db.close();
				resolve({ ms, counts });
			};
			tx.onerror = () => reject(tx.error);
		};
	});
}

const emptySide = () => ({ ms: [], longestTaskMs: [] });
const record = (side, sample) => {
	side.ms.push(sample.ms);
	side.longestTaskMs.push(sample.longestTaskMs ?? 0);
};

/** One navigation in a brand-new context; `onRequest` sees every request it makes. */
async function coldNavigation(browser, url, mark, onRequest) {
	const context = await freshContext(browser);
	try {
		const page = await context.newPage();
		if (onRequest) page.on('request', onRequest);
		await page.addInitScript(installReadyMark, mark);
		return await timeNavigation(page, url);
	} finally {
		await context.close();
	}
}

/**
 * Cold start of `/` (first visit: the demo is seeded, then the Overview shows it) against a blank
 * HTML page from the same server, each in a fresh context. Records the requests of the first
 * measured cold start of `/`.
 */
export async function measureColdStart(browser, origin, { warmup, repeats }) {
	const subject = emptySide();
	const floor = emptySide();
	const requests = [];
	for (let i = 0; i < warmup + repeats; i++) {
		const measured = i >= warmup;
		const onRequest = measured && requests.length === 0 ? (r) => requests.push(r.url()) : undefined;
		const app = () => coldNavigation(browser, `${origin}/`, { selector: OVERVIEW }, onRequest);
		const blank = () => coldNavigation(browser, `${origin}/__bench/blank.html`, { selector: '#blank' });
		const [first, second] = i % 2 === 0 ? [blank, app] : [app, blank];
		const a = await first();
		const b = await second();
		if (!measured) continue;
		record(i % 2 === 0 ? floor : subject, a);
		record(i % 2 === 0 ? subject : floor, b);
	}
	return { subject, floor, requests: requests.map((u) => new URL(u).pathname) };
}

/**
 * Seeds the generated portfolio of `size` into the app's database of a fresh context, then opens
 * the Overview and the Applications list (costliest first) on it, and reads the JS heap with the
 * Overview open. Floors: raw IndexedDB reading the same records in the same page, and for the heap,
 * the bench page holding those records as plain objects.
 */
export async function measureStoredPortfolio(browser, origin, size, { warmup, repeats }) {
	const context = await freshContext(browser);
	try {
		const bench = await openBenchPage(context, origin);
		const seeded = await bench.evaluate((n) => window.atlasBench.seedApp(n), size);

		const overviewText = size.toLocaleString('en-US');
		const firstVisit = { subject: emptySide(), floor: emptySide() };
		const overview = { subject: emptySide(), floor: emptySide() };
		const list = { subject: emptySide(), floor: emptySide() };
		const landscapeFirst = { subject: emptySide(), floor: emptySide() };
		const landscape = { subject: emptySide(), floor: emptySide() };
		let appHeap = 0;
		// The Overview twice: as a visit with nothing kept (its kept figures dropped before each run:
		// the first visit of a day, or after a new build), then as a visit that paints the figures
		// kept by the one before (any later visit the same day, after any edit made in Atlas). The
		// landscape the same way: nothing kept, then the landscape kept by the visit before.
		for (const [target, url, mark, forget] of [
			[firstVisit, '/', { selector: OVERVIEW, text: overviewText }, 'overview'],
			[overview, '/', { selector: OVERVIEW, text: overviewText }, null],
			[list, '/applications?sort=score.cost:desc', { selector: LIST_FIRST_SCREEN }, null],
			[landscapeFirst, '/heatmaps', { selector: LANDSCAPE }, 'landscape'],
			[landscape, '/heatmaps', { selector: LANDSCAPE }, null]
		]) {
			const page = await context.newPage();
			page.on('pageerror', (error) => console.error(`app page error: ${error.message}`));
			await page.addInitScript(installReadyMark, mark);
			for (let i = 0; i < warmup + repeats; i++) {
				if (forget) {
					// Left first, so that the page of the run before cannot keep figures after they are dropped.
					await page.goto('about:blank');
					await bench.evaluate(forgetKeptFigures, forget);
				}
				const opened = await timeNavigation(page, `${origin}${url}`);
				// The floor is read in a still page: once a kept landscape has handed over to the live one.
				if (url === '/heatmaps') {
					await page.waitForSelector(LIVE_LANDSCAPE, { timeout: TIMEOUT });
					await page.waitForTimeout(100);
				}
				const read = await page.evaluate(readAllRecords);
				if (i < warmup) continue;
				record(target.subject, opened);
				record(target.floor, read);
			}
			// The Overview keeps its figures once the integrations are read and the page is still; the
			// Heat maps page its landscape once drawn and still. Both in an idle moment, which the runs
			// above, one after another, need not leave: the later visits are measured once they have.
			if (forget) {
				const until = Date.now() + TIMEOUT;
				while ((await page.evaluate(countKeptFigures, forget)) === 0) {
					if (Date.now() > until) throw new Error(`Nothing was kept for ${forget}`);
					await page.waitForTimeout(100);
				}
			}
			if (target === overview) appHeap = await heapAfterGc(page);
			await page.close();
		}
		await bench.close();

		const holder = await openBenchPage(context, origin);
		await holder.evaluate(() => window.atlasBench.holdPortfolio());
		const recordsHeap = await heapAfterGc(holder);
		await holder.close();
		return { seeded, firstVisit, overview, list, landscapeFirst, landscape, heap: { app: appHeap, records: recordsHeap } };
	} finally {
		await context.close();
	}
}

/**
 * An import through the real Import page, as a user makes it: pick the generated applications
 * file, accept the suggested mapping, and commit into a new workspace. Timed inside the page from
 * picking the file until the "Imported" heading shows; the worker reads, normalises, previews and
 * commits. Long tasks on the page's main thread are recorded throughout. The two clicks are
 * Playwright's, so the figure includes a few tens of milliseconds of automation. Floor: papaparse
 * parsing the same file alone, in the bench page of the same browser.
 */
export async function measureUiImport(browser, origin, size, file, runs) {
	return measureImportPage(browser, origin, [file], runs, {
		until: 'stored',
		floor: (bench) => bench.evaluate((n) => window.atlasBench.parseApplications(n), size),
		least: (bench) => bench.evaluate((n) => window.atlasBench.leastImport(n), size)
	});
}

/**
 * An import through the real Import page of `files` (several at once, as a user picks a
 * workspace's three files), timed from picking them until the preview shows (`until: 'preview'`)
 * or until the import is stored (`'stored'`), with the page's long tasks recorded throughout.
 * `floor` measures the floor in the bench page of the same context.
 */
/**
 * Runs in the Import page: notes when the file is chosen and each button is clicked, and when
 * the screen each leads to has painted (the mapping's "Continue to preview", the preview's
 * "Import … applications", then "Imported"; or the preview's counts). Timing the screens in the
 * page, not when Playwright's polling notices them, keeps the harness's waits out of the figure;
 * the time between a screen and the next click is the person's, not the app's.
 */
function installImportMarks(until) {
	const mark = { tasks: [], actions: [], ready: [] };
	window.__atlasImportMark = mark;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) mark.tasks.push(e.duration);
	}).observe({ type: 'longtask' });
	document.addEventListener('change', (e) => e.target instanceof HTMLInputElement && e.target.type === 'file' && mark.actions.push(performance.now()), true);
	document.addEventListener('click', (e) => e.target instanceof Element && e.target.closest('button') && mark.actions.push(performance.now()), true);
	const button = (test) => () => [...document.querySelectorAll('button')].some((b) => !b.disabled && test((b.textContent ?? '').trim()));
	const screens = [
		button((t) => t === 'Continue to preview'),
		until === 'preview' ? () => document.querySelector('[data-testid="count-added"]') !== null : button((t) => /^Import [\d,]+ applications/.test(t)),
		...(until === 'preview' ? [] : [() => document.querySelector('#done-title') !== null])
	];
	let waiting = false;
	const observer = new MutationObserver(() => {
		const next = screens[mark.ready.length];
		// A screen counts once the action that leads to it has happened.
		if (!next || waiting || mark.actions.length <= mark.ready.length || !next()) return;
		waiting = true;
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => {
				mark.ready.push(performance.now());
				waiting = false;
				if (mark.ready.length === screens.length) observer.disconnect();
			};
			channel.port2.postMessage(null);
		});
	});
	observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}

export async function measureImportPage(browser, origin, files, { warmup, repeats }, { until, floor: measureFloor, least: measureLeast }) {
	const subject = emptySide();
	const floor = emptySide();
	/** The app's time per screen, per run: file to mapping, to preview (and to imported). */
	const screens = [];
	/** `least` (when given): the least import of the same file in the bench page, and its parts per run. */
	const least = emptySide();
	const leastParts = { parse: [], objects: [], store: [] };
	for (let i = 0; i < warmup + repeats; i++) {
		const context = await freshContext(browser);
		try {
			const page = await context.newPage();
			page.on('pageerror', (error) => console.error(`app page error: ${error.message}`));
			await page.goto(`${origin}/`);
			await page.waitForSelector(OVERVIEW, { timeout: TIMEOUT });
			await page.goto(`${origin}/import`);
			await page.waitForSelector('input[type=file]', { state: 'attached', timeout: TIMEOUT });
			await page.evaluate(installImportMarks, until);
			await page.locator('input[type=file]').first().setInputFiles(files);
			await page.getByRole('button', { name: 'Continue to preview' }).click({ timeout: TIMEOUT });
			if (until === 'preview') await page.waitForSelector('[data-testid="count-added"]', { timeout: TIMEOUT });
			else {
				await page.getByRole('button', { name: /^Import [\d,]+ applications/ }).click({ timeout: TIMEOUT });
				await page.waitForSelector('#done-title', { timeout: TIMEOUT });
			}
			await page.waitForFunction((n) => window.__atlasImportMark.ready.length === n, until === 'preview' ? 2 : 3, { timeout: TIMEOUT, polling: 50 });
			const run = await page.evaluate(() => {
				const m = window.__atlasImportMark;
				// The app's time: from each action (the file chosen, each click) to the screen it leads to, painted.
				const screens = m.ready.map((at, k) => at - m.actions[k]);
				const ms = screens.reduce((sum, s) => sum + s, 0);
				return { ms, screens, longestTaskMs: m.tasks.reduce((a, b) => Math.max(a, b), 0) };
			});
			const bench = await openBenchPage(context, origin);
			const parseMs = await measureFloor(bench);
			const leastRun = measureLeast ? await measureLeast(bench) : null;
			if (i < warmup) continue;
			record(subject, run);
			record(floor, { ms: parseMs, longestTaskMs: 0 });
			screens.push(run.screens);
			if (leastRun) {
				record(least, { ms: leastRun.ms });
				for (const part of Object.keys(leastParts)) leastParts[part].push(leastRun[part]);
			}
		} finally {
			await context.close();
		}
	}
	const names = until === 'preview' ? ['mapping', 'preview'] : ['mapping', 'preview', 'imported'];
	const phases = Object.fromEntries(names.map((name, k) => [name, screens.map((s) => s[k])]));
	return { subject, floor, phases, least: measureLeast ? { side: least, parts: leastParts } : null };
}

/**
 * Runs in the Overview page: resolves when the costliest list's first entry reads `name`, and the
 * frame showing it has painted and the main thread has taken one more task; returns that moment in
 * epoch milliseconds (comparable with the writing page's clock).
 */
function watchCostliest({ selector, name }) {
	return new Promise((resolve) => {
		const done = () => {
			requestAnimationFrame(() => {
				const channel = new MessageChannel();
				channel.port1.onmessage = () => resolve(performance.timeOrigin + performance.now());
				channel.port2.postMessage(null);
			});
		};
		const shows = () => document.querySelector(selector)?.textContent?.trim() === name;
		if (shows()) return done();
		const observer = new MutationObserver(() => {
			if (!shows()) return;
			observer.disconnect();
			done();
		});
		observer.observe(document, { childList: true, subtree: true, characterData: true });
	});
}

/**
 * One edit, and a bulk edit of 1,000 applications, written in the bench page (as another tab
 * would, or this tab's own editor) while the Overview of the same stored portfolio is open: timed
 * from the start of the write to the Overview showing the result, painted. The Overview follows
 * the change log, applies the records in place, re-scores and re-ranks. Floor: a raw IndexedDB put
 * of as many application records, in the writing page.
 */
export async function measureEdits(browser, origin, size, { warmup, repeats }) {
	const context = await freshContext(browser);
	try {
		const bench = await openBenchPage(context, origin);
		await bench.evaluate((n) => window.atlasBench.seedApp(n), size);
		const overview = await context.newPage();
		overview.on('pageerror', (error) => console.error(`app page error: ${error.message}`));
		await overview.goto(`${origin}/`);
		await overview.waitForSelector(COSTLIEST_FIRST, { timeout: TIMEOUT });
		const results = {};
		let run = 0;
		for (const [key, count] of [['single', 1], ['bulk', 1000]]) {
			const side = { subject: emptySide(), floor: emptySide() };
			for (let i = 0; i < warmup + repeats; i++) {
				await overview.evaluate(() => {
					const w = window;
					w.__editTasks = [];
					new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__editTasks.push(e.duration))).observe({ type: 'longtask' });
				});
				const expected = await bench.evaluate(({ count, run }) => window.atlasBench.editCosts(count, run), { count, run: run++ });
				const readyAt = await overview.evaluate(watchCostliest, { selector: COSTLIEST_FIRST, name: expected.expectName });
				const longest = await overview.evaluate(() => Math.max(0, ...window.__editTasks));
				const floorMs = await bench.evaluate((n) => window.atlasBench.rawPuts(n), count);
				if (i < warmup) continue;
				record(side.subject, { ms: readyAt - expected.startedAt, longestTaskMs: longest });
				record(side.floor, { ms: floorMs, longestTaskMs: 0 });
			}
			results[key] = side;
		}
		await bench.evaluate(() => window.atlasBench.releaseEditing());
		return results;
	} finally {
		await context.close();
	}
}
