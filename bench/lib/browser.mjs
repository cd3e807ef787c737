// Headless Chromium through Playwright, with the repository's Chromium path and flags, plus the
// two things every measurement needs from it: a fresh context and the JS heap after a full GC.
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

/** Launches Debian's Chromium; throws with the fix when it is missing. */
export async function launchBrowser() {
	const executablePath = chromiumPath();
	if (!executablePath) throw new Error('No Chromium found. Install it with: apt-get update && apt-get install -y chromium');
	return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}

/** A fresh context: empty HTTP cache, empty IndexedDB. */
export function freshContext(browser) {
	return browser.newContext({ viewport: { width: 1440, height: 900 } });
}

/** Collects garbage in the page's isolate, then returns its used JS heap in bytes. */
export async function heapAfterGc(page) {
	const cdp = await page.context().newCDPSession(page);
	try {
		await cdp.send('HeapProfiler.collectGarbage');
		await cdp.send('HeapProfiler.collectGarbage');
		const { usedSize } = await cdp.send('Runtime.getHeapUsage');
		return usedSize;
	} finally {
		await cdp.detach();
	}
}

/** Collects garbage, so that one measurement's garbage is not collected during the next. */
export async function collectGarbage(page) {
	const cdp = await page.context().newCDPSession(page);
	try {
		await cdp.send('HeapProfiler.collectGarbage');
	} finally {
		await cdp.detach();
	}
}

/** Opens the bench page in `context` and waits for `window.atlasBench`. */
export async function openBenchPage(context, origin) {
	const page = await context.newPage();
	page.on('pageerror', (error) => console.error(`bench page error: ${error.message}`));
	await page.goto(`${origin}/__bench/`);
	await page.waitForFunction(() => 'atlasBench' in window);
	return page;
}
