import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// A fixed version name: the default (the current time) differs between the two places Vite loads
// this config during a build, and the page then boots with a payload name the bundle does not know.
// The commit is part of it, so each build that ships gets its own service worker cache and the
// page can tell a user that Atlas was updated since the last visit.
const { version: release } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
function commit() {
	try {
		return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
	} catch {
		return '';
	}
}
const version = commit() ? `${release}+${commit()}` : release;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A single-page app: every path falls back to the shell, which routes on the client.
		adapter: adapter({ fallback: 'index.html' }),
		alias: { $data: 'data' },
		version: { name: version },
		// Registered by the app once idle (src/lib/state/service-worker.ts), not at start-up.
		serviceWorker: { register: false },
		// The policy goes into the built index.html as a <meta> tag. 'hash' mode hashes the one
		// inline script SvelteKit writes to start the app, so no 'unsafe-inline' script and no eval
		// is allowed; the only origin anything may come from or go to is the app's own.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte sets some style attributes (bar widths, the shell's display: contents); no
				// <style> element may be injected.
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
