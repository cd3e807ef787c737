// The Content-Security-Policy the built app ships in its index.html, and a walk through every view
// that must not break it. The fixture already fails a test on any console error (a refused script,
// style or request is one); this also listens for the `securitypolicyviolation` events themselves.
import fs from 'node:fs';
import { test, expect, openOverview } from './fixtures';

test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => {
		const w = window as unknown as { cspViolations: string[] };
		w.cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`));
	});
});

test('the built index.html carries a policy: own origin only, no eval, no inline script but SvelteKit\'s, hashed', async ({ request }) => {
	const html = await (await request.get('/')).text();
	const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
	expect(policy, 'a CSP meta tag in index.html').toBeDefined();
	const directives = new Map(policy!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
	expect(directives.get('default-src')).toEqual(["'self'"]);
	expect(directives.get('connect-src')).toEqual(["'self'"]);
	expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
	expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
	expect(directives.get('object-src')).toEqual(["'none'"]);
	const scripts = directives.get('script-src')!;
	expect(scripts[0]).toBe("'self'");
	expect(scripts.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(s)), scripts.join(' ')).toBe(true);
	expect(policy).not.toContain('unsafe-eval');
	expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
	expect(directives.get('style-src')).toEqual(["'self'"]);
	// Every inline script in the page is one the policy hashes.
	const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
	expect(inline.length).toBe(scripts.length - 1);
});

test('no view breaks the policy: every area, every heat map, an application page, an import and an export', async ({ page }, info) => {
	await openOverview(page);
	for (const path of ['/', '/applications', '/architecture', '/present', '/settings', '/import']) {
		await page.goto(path);
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	}
	for (const view of ['landscape', 'matrix', 'treemap', 'quadrant', 'roadmap']) {
		await page.goto(`/heatmaps?view=${view}`);
		await expect(page.locator('svg[data-chart]')).toBeVisible();
	}
	const svg = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export SVG' }).click();
	await (await svg).saveAs(info.outputPath('chart.svg'));
	const png = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export PNG' }).click();
	await (await png).saveAs(info.outputPath('chart.png'));

	await page.goto('/applications');
	await page.getByRole('grid', { name: 'Applications' }).locator('[data-column="name"] a').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	await page.goto('/import');
	const file = info.outputPath('small.csv');
	fs.writeFileSync(file, 'name,department\nCRM,Sales\nERP,Finance\n');
	await page.getByTestId('import-input').setInputFiles(file);
	await page.getByRole('button', { name: 'Continue to preview' }).click();
	await expect(page.getByTestId('count-added')).toHaveText('2');

	expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
