// Installs Debian's Chromium when it is missing, since Playwright cannot download a browser here.
// `--optional` (used by `npm start`) only warns when it cannot install.
import { execSync } from 'node:child_process';
import { chromiumPath } from './chromium.mjs';

const optional = process.argv.includes('--optional');

if (chromiumPath()) process.exit(0);

const asRoot = process.getuid?.() === 0;
const sudo = asRoot ? '' : 'sudo ';
console.log('Chromium is missing: installing Debian\'s chromium package (about a minute)…');
try {
	execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
		stdio: 'inherit'
	});
} catch (error) {
	const message = `Could not install Chromium (${error.message}). Install it with: apt-get install -y chromium`;
	if (optional) {
		console.warn(message);
		process.exit(0);
	}
	console.error(message);
	process.exit(1);
}
if (!chromiumPath()) {
	console.error('apt-get finished but no Chromium binary was found in /usr/lib/chromium or /usr/bin.');
	process.exit(optional ? 0 : 1);
}
