// The built app's weight: every JS and CSS file under build/, raw and gzipped with Node's zlib at
// its default level (what a static host typically serves), in total and for the files a cold start
// of `/` actually fetched.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP_BUILD_DIR } from './paths.mjs';

function* walk(dir) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(path);
		else yield path;
	}
}

const kindOf = (path) => ({ '.js': 'js', '.css': 'css' })[extname(path)];

/**
 * A module that is one template literal, as Vite bundles a `?raw` import (the demo CSV files):
 * data rather than code, worth telling apart in the figures.
 */
const isRawText = (content) => /^(?:var|const|let) \w+=`/.test(content.subarray(0, 64).toString('utf8'));

function sum(files) {
	const total = { js: { files: 0, bytes: 0, gzip: 0, rawTextGzip: 0 }, css: { files: 0, bytes: 0, gzip: 0 } };
	for (const f of files) {
		const t = total[f.kind];
		t.files++;
		t.bytes += f.bytes;
		t.gzip += f.gzip;
		if (f.rawText) t.rawTextGzip += f.gzip;
	}
	return total;
}

/**
 * Sizes of the built JS and CSS.
 * @param {string[]} requestedPaths URL paths fetched during a cold start of `/`
 */
export function measureBundle(requestedPaths) {
	const files = [];
	for (const path of walk(APP_BUILD_DIR)) {
		const kind = kindOf(path);
		if (!kind) continue;
		const content = readFileSync(path);
		files.push({
			path: '/' + relative(APP_BUILD_DIR, path).split(sep).join('/'),
			kind,
			bytes: content.length,
			gzip: gzipSync(content).length,
			rawText: kind === 'js' && isRawText(content)
		});
	}
	const requested = new Set(requestedPaths);
	const initial = files.filter((f) => requested.has(f.path));
	return {
		total: sum(files),
		initial: sum(initial),
		initialFiles: initial.sort((a, b) => b.gzip - a.gzip)
	};
}
