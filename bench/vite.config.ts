/**
 * The bench page's own small Vite build. It bundles the app's real modules from `src/lib` (the
 * `$lib` and `$data` aliases mirror svelte.config.js) into a page served under `/__bench/`, beside
 * the built app, so both share one origin and one IndexedDB. Only pure and storage modules can be
 * imported: `$app/*` exists only inside SvelteKit's build.
 *
 * The output goes to node_modules/.cache/atlas-bench, not bench/: ESLint lints every folder it is
 * not told to ignore, dot-folders included, and minified bundles are not for linting.
 */
import { fileURLToPath } from 'node:url';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const BENCH_OUT_DIR = at('../node_modules/.cache/atlas-bench/page');

export default defineConfig({
	root: at('./page'),
	base: '/__bench/',
	publicDir: at('./page/public'),
	// The heat-map steps mount the app's own Svelte view components.
	plugins: [svelte({ configFile: false, preprocess: vitePreprocess(), compilerOptions: { runes: true } })],
	logLevel: 'warn',
	resolve: {
		alias: { $lib: at('../src/lib'), $data: at('../data') }
	},
	build: {
		outDir: BENCH_OUT_DIR,
		emptyOutDir: true,
		target: 'es2022',
		reportCompressedSize: false
	}
});
