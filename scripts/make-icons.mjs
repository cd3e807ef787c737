// Draws the app icons for the web app manifest from static/favicon.svg, in Debian's Chromium:
// 192 and 512 pixel PNGs, and a "maskable" 512 with the artwork inside the safe zone.
//   node scripts/make-icons.mjs
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const svg = fs.readFileSync('static/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage();
for (const [name, size, inset] of [
	['icon-192.png', 192, 0],
	['icon-512.png', 512, 0],
	['icon-maskable-512.png', 512, 0.1]
]) {
	await page.setViewportSize({ width: size, height: size });
	const pad = Math.round(size * inset);
	// The maskable icon fills its square with the icon's own blue, so any mask shape crops cleanly.
	await page.setContent(`<body style="margin:0;background:${inset ? '#1f4e79' : 'transparent'}"><div style="padding:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`);
	await page.screenshot({ path: `static/${name}`, omitBackground: !inset });
}
await browser.close();
