/**
 * Drawing a component off screen, to export what it draws: mounted into a hidden 1920×1080 host
 * (outside the window, never seen), with its bindable props landing in a plain object, and removed
 * afterwards. Slides are exported this way from the Heat maps page and from a deck.
 */
import { flushSync, mount, unmount, type Component } from 'svelte';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../layout/slide';

/**
 * Mounts `component` with `props`, and the bindable props in `bound` (with their first values: a
 * prop with a fallback may not be bound to undefined) read back into the object `use` is given;
 * runs `use`, then unmounts, whatever `use` does.
 */
export async function withOffscreen<P extends Record<string, unknown>, B extends Record<string, unknown>, T>(
	component: Component<P>,
	props: Omit<P, keyof B>,
	bound: Partial<B>,
	use: (values: Partial<B>) => Promise<T>
): Promise<T> {
	const host = document.createElement('div');
	host.setAttribute('aria-hidden', 'true');
	host.style.cssText = `position:fixed;left:-30000px;top:0;width:${SLIDE_WIDTH}px;height:${SLIDE_HEIGHT}px;pointer-events:none;`;
	document.body.append(host);
	const values: Partial<B> = { ...bound };
	// A plain object with accessors is all mount() needs for a binding.
	const all = { ...props } as Record<string, unknown>;
	for (const name of Object.keys(bound) as (keyof B & string)[]) {
		Object.defineProperty(all, name, {
			get: () => values[name],
			set: (v) => (values[name] = v),
			enumerable: true
		});
	}
	const app = mount(component, { target: host, props: all as P });
	try {
		flushSync();
		return await use(values);
	} finally {
		await unmount(app);
		host.remove();
	}
}

/** The next animation frame. */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
