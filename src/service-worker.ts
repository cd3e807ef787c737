/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The service worker: it keeps a copy of the built app (every file Vite wrote, everything in
 * static/, and the app shell) so that after one visit Atlas opens and works with no network. The
 * data was never on the network: it lives in IndexedDB.
 *
 * - Install: the whole build is cached under a name unique to this build, then the new worker
 *   takes over at once (skipWaiting): a page that is open keeps the files it already loaded.
 * - Activate: caches of other builds are deleted, and open pages are claimed.
 * - Fetch: only GET requests to the app's own origin. Opening a page (a navigation) asks the
 *   network first, so a new version is picked up on the next visit, and falls back to the cached
 *   shell offline; the app's own files come from the cache first. Nothing else is cached.
 */
import { build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

/** A short hash of the build's file names: the version name stays the same between builds of one release. */
function hashOf(text: string): string {
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
	return (h >>> 0).toString(36);
}

const CACHE = `atlas-${version}-${hashOf(build.join('\n'))}`;
/** The app shell: adapter-static's fallback page, which every route opens with. */
const SHELL = new URL('./', sw.location.href).pathname;
const ASSETS = new Set([...build, ...files, SHELL]);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll([...ASSETS]);
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE && key.startsWith('atlas-')) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

async function fromNetworkThenShell(request: Request): Promise<Response> {
	try {
		const response = await fetch(request);
		if (response.ok) return response;
		throw new Error(`status ${response.status}`);
	} catch {
		const cache = await caches.open(CACHE);
		return (await cache.match(SHELL)) ?? Response.error();
	}
}

async function fromCacheThenNetwork(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	return (await cache.match(request)) ?? fetch(request);
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (request.mode === 'navigate') event.respondWith(fromNetworkThenShell(request));
	else if (ASSETS.has(url.pathname)) event.respondWith(fromCacheThenNetwork(request));
});
