// One small static server on 127.0.0.1: the built app (with the SPA fallback to index.html), the
// bench page under /__bench/, and the generated CSVs under /__bench/data/. One origin for all, so
// the bench page and the app share IndexedDB.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { APP_BUILD_DIR, DATA_DIR, PAGE_BUILD_DIR } from './paths.mjs';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.csv': 'text/csv; charset=utf-8'
};

/** The file under `root` for a URL path, or null when there is none (or the path escapes root). */
function fileIn(root, urlPath) {
	const path = normalize(join(root, decodeURIComponent(urlPath)));
	if (!path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
	try {
		const stat = statSync(path);
		if (stat.isFile()) return path;
		if (stat.isDirectory()) return fileIn(root, join(urlPath, 'index.html'));
	} catch {
		// fall through: no such file
	}
	return null;
}

function resolvePath(pathname) {
	if (pathname.startsWith('/__bench/data/')) return fileIn(DATA_DIR, pathname.slice('/__bench/data/'.length));
	if (pathname.startsWith('/__bench/')) return fileIn(PAGE_BUILD_DIR, pathname.slice('/__bench/'.length));
	// Anything else is the app; unknown paths get the shell, which routes on the client.
	return fileIn(APP_BUILD_DIR, pathname) ?? (extname(pathname) ? null : join(APP_BUILD_DIR, 'index.html'));
}

/** Starts the server on a free loopback port. */
export function startServer() {
	const server = createServer((request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		const file = resolvePath(pathname);
		if (!file) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: ${pathname}`);
			return;
		}
		const headers = {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			// As a static host would serve SvelteKit's hashed files; every cold start is a fresh context.
			'cache-control': pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
		};
		// The bench page is cross-origin isolated, which gives performance.now() 5 µs resolution
		// instead of 100 µs: some steps take well under a millisecond at 1k.
		if (pathname === '/__bench/' || pathname === '/__bench/index.html') {
			headers['cross-origin-opener-policy'] = 'same-origin';
			headers['cross-origin-embedder-policy'] = 'require-corp';
		}
		// A worker the isolated page starts (the map's layout) must be isolated too, or it does not load.
		if (pathname.startsWith('/__bench/assets/') && pathname.includes('worker')) headers['cross-origin-embedder-policy'] = 'require-corp';
		response.writeHead(200, headers);
		createReadStream(file).pipe(response);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => {
					server.closeAllConnections();
					server.close(done);
				}) });
		});
	});
}
