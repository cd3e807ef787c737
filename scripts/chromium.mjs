// Where Debian's Chromium lives, and the flags it needs here: running as root, with no GPU and no
// network beyond loopback. Shared by the Playwright config, the benchmark and the screenshot tool.
import fs from 'node:fs';

const candidates = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

/** The Chromium executable, or undefined when none is installed. */
export function chromiumPath() {
	return candidates.find((p) => fs.existsSync(p));
}

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];
