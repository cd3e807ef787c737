/**
 * Copies the computed presentation styles of an SVG subtree onto its elements as attributes, so a
 * serialised copy looks the same outside the app, where our stylesheet and CSS variables do not
 * exist. Only the properties that change how SVG paints are copied.
 */
const PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'paint-order',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'text-anchor',
	'dominant-baseline',
	'visibility',
	'display'
] as const;

/** Returns a deep clone of `source` whose every element carries its computed paint styles inline. */
export function cloneWithInlineStyles(source: SVGSVGElement): SVGSVGElement {
	const clone = source.cloneNode(true) as SVGSVGElement;
	const from = [source, ...source.querySelectorAll('*')];
	const to = [clone, ...clone.querySelectorAll('*')];
	for (let i = 0; i < from.length; i++) {
		const style = getComputedStyle(from[i]);
		const target = to[i] as SVGElement;
		for (const property of PROPERTIES) {
			const value = style.getPropertyValue(property);
			if (value && value !== 'normal' && value !== 'auto') target.setAttribute(property, value);
			// An inline style would win over the attribute, and may name a variable the copy lacks.
			target.style?.removeProperty(property);
		}
		if (target.getAttribute('style')?.trim() === '') target.removeAttribute('style');
		target.removeAttribute('class');
		target.removeAttribute('tabindex');
	}
	return clone;
}
