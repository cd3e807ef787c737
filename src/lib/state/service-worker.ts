/**
 * Registers the service worker (src/service-worker.ts) once the app has drawn its first screen and
 * the main thread is idle: installing it downloads the whole build again to cache it, which must
 * not compete with the first visit's own loading and demo seeding.
 */
import { dev } from '$app/environment';
import { base } from '$app/paths';

/** Registers the worker when idle; does nothing where service workers are not available. */
export function registerServiceWorkerWhenIdle(): void {
	if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
	const register = () => {
		// A failed registration (a private window that refuses it) leaves the app working online.
		navigator.serviceWorker.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' }).catch(() => undefined);
	};
	if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5000 });
	else setTimeout(register, 2000);
}
