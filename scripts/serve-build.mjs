// Serves build/ as a static host would: the files adapter-static wrote, and index.html (the SPA
// fallback, with its Content-Security-Policy meta tag) for any other path. The browser tests run
// against this, so they test the very files a user deploys; `vite preview` instead renders the
// shell through SvelteKit's server, with the policy as a header rather than in the file.
//   node scripts/serve-build.mjs --port 4317
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const ROOT = resolve('build');
const port = Number(process.argv[process.argv.indexOf('--port') + 1]);
if (!Number.isInteger(port) || port <= 0) throw new Error('usage: node scripts/serve-build.mjs --port N');

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.csv': 'text/csv; charset=utf-8'
};

/** The file under build/ for a URL path, or null (also for a path that would escape build/). */
function fileFor(urlPath) {
	const path = normalize(join(ROOT, decodeURIComponent(urlPath)));
	if (!path.startsWith(ROOT + sep) && path !== ROOT) return null;
	try {
		const stat = statSync(path);
		if (stat.isFile()) return path;
		if (stat.isDirectory()) return fileFor(join(urlPath, 'index.html'));
	} catch {
		// no such file
	}
	return null;
}

createServer((request, response) => {
	const { pathname } = new URL(request.url ?? '/', 'http://localhost');
	// Unknown paths without an extension get the shell, which routes on the client.
	const file = fileFor(pathname) ?? (extname(pathname) ? null : join(ROOT, 'index.html'));
	if (!file) {
		response.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: ${pathname}`);
		return;
	}
	response.writeHead(200, {
		'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
		'cache-control': pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
	});
	createReadStream(file).pipe(response);
}).listen(port, '127.0.0.1', () => console.log(`Serving build/ on http://127.0.0.1:${port}`));
