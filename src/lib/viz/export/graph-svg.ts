/**
 * The integration map as a standalone SVG file for a slide: every drawn node and edge of the
 * scene (the same geometry the screen uses), arrows for direction, dashes for type, and the
 * impact highlight when there is one. Colours are fixed light-theme values, since a slide has no
 * page theme to read.
 */
import { EDGE_DASH, type Scene } from '../layout/graph-scene';
import { HATCH } from '../hatch';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (x: number) => String(Math.round(x * 10) / 10);

export interface GraphSvgOptions {
	title: string;
	/** Lines under the title (what is shown, what aggregation hides). */
	notes?: string[];
	/** Highlighted node ids ("selected" ringed, "affected" full colour); the rest are faded. */
	emphasis?: ReadonlyMap<string, 'selected' | 'affected'> | null;
	/** Draw every node's name (neighbourhoods, impact subgraphs); otherwise groups' and highlighted ones'. */
	labelAll?: boolean;
	/** Column headings at layout x (a neighbourhood's hops). */
	columns?: { x: number; label: string }[];
}

export function graphSvg(scene: Scene, options: GraphSvgOptions): string {
	const { y0, x1, y1 } = scene.bounds;
	// Column headings are centred on their column and may reach past its nodes.
	const x0 = scene.bounds.x0 - (options.columns?.length ? 80 : 0);
	const pad = 40;
	const head = 28 + 16 * (options.notes?.length ?? 0) + (options.columns?.length ? 24 : 0);
	const width = x1 - x0 + 2 * pad + 160;
	const height = y1 - y0 + 2 * pad + head;
	const emphasis = options.emphasis ?? null;
	const faded = (id: string) => emphasis !== null && !emphasis.has(id);
	const out: string[] = [];
	out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" font-family="system-ui, sans-serif">`);
	out.push(
		`<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#555"/></marker>` +
			`<pattern id="hatch" width="${HATCH.size}" height="${HATCH.size}" patternUnits="userSpaceOnUse" patternTransform="rotate(${HATCH.angle})"><rect width="${HATCH.size}" height="${HATCH.size}" fill="${HATCH.background}"/><line x1="0" y1="0" x2="0" y2="${HATCH.size}" stroke="${HATCH.stroke}" stroke-width="${HATCH.stripe}"/></pattern></defs>`
	);
	out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
	out.push(`<text x="${pad}" y="24" font-size="16" font-weight="600" fill="#111">${escape(options.title)}</text>`);
	(options.notes ?? []).forEach((note, i) => out.push(`<text x="${pad}" y="${42 + 16 * i}" font-size="11" fill="#555">${escape(note)}</text>`));
	out.push(`<g transform="translate(${n(pad - x0)},${n(pad + head - y0)})">`);
	for (const c of options.columns ?? []) out.push(`<text x="${n(c.x)}" y="${n(y0 - 14)}" font-size="11" font-weight="600" fill="#444" text-anchor="middle">${escape(c.label)}</text>`);
	out.push(`<g class="edges" fill="none" stroke="#666">`);
	for (const e of scene.edges) {
		const from = scene.nodes[e.from];
		const to = scene.nodes[e.to];
		const dim = faded(from.id) || faded(to.id);
		const width = Math.min(6, 1 + Math.log2(e.ids.length));
		const dash = EDGE_DASH[e.style].map((d) => d * width).join(' ');
		out.push(
			`<path data-edge="${escape(e.key)}" d="M${n(e.x1)},${n(e.y1)}Q${n(e.cx)},${n(e.cy)} ${n(e.x2)},${n(e.y2)}" stroke-width="${n(width)}"${dash ? ` stroke-dasharray="${dash}"` : ''} marker-end="url(#arrow)"${e.twoWay ? ' marker-start="url(#arrow)"' : ''}${dim ? ' opacity="0.15"' : ''}/>`
		);
		if (e.ids.length > 1) {
			const mx = 0.25 * e.x1 + 0.5 * e.cx + 0.25 * e.x2;
			const my = 0.25 * e.y1 + 0.5 * e.cy + 0.25 * e.y2;
			out.push(`<text x="${n(mx)}" y="${n(my)}" font-size="9" fill="#333" stroke="none" text-anchor="middle"${dim ? ' opacity="0.15"' : ''}>${e.ids.length}</text>`);
		}
	}
	out.push(`</g><g class="nodes">`);
	for (const node of scene.nodes) {
		const mark = emphasis?.get(node.id);
		const dim = faded(node.id);
		out.push(
			`<circle data-node="${escape(node.id)}" cx="${n(node.x)}" cy="${n(node.y)}" r="${n(node.r)}" fill="${node.fill ?? 'url(#hatch)'}" stroke="${mark === 'selected' ? '#111' : '#fff'}" stroke-width="${mark === 'selected' ? 3 : 1}"${dim ? ' opacity="0.2"' : ''}/>`
		);
		const label = node.kind === 'group' ? `${node.label} (${node.members})` : node.label;
		if (options.labelAll || node.kind === 'group' || mark) out.push(`<text x="${n(node.x + node.r + 3)}" y="${n(node.y + 3.5)}" font-size="10" fill="#111"${dim ? ' opacity="0.3"' : ''}>${escape(label)}</text>`);
	}
	out.push('</g></g></svg>');
	return out.join('\n');
}
