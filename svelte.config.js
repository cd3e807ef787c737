import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';

// A fixed version name: the default (the current time) differs between the two places Vite loads
// this config during a build, and the page then boots with a payload name the bundle does not know.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A single-page app: every path falls back to the shell, which routes on the client.
		adapter: adapter({ fallback: 'index.html' }),
		alias: { $data: 'data' },
		version: { name: version }
	}
};

export default config;
