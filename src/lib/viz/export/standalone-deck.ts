/**
 * A deck as one HTML file that opens from disk in any browser, offline: every slide as inline SVG
 * (as exported, styles inlined), the deck's notes, each mark's tooltip and each application's card
 * as JSON in the page, and a small player script. Nothing in it points outside the file, so it
 * makes no network request; the charts keep their tooltips and drill-down.
 */
import PLAYER from './standalone-player.js?raw';

export interface StandaloneSlide {
	title: string;
	notes: string;
	/** The slide as standalone SVG markup. */
	svg: string;
	/** Tooltips by application id, as the slide's chart words them. */
	tips: Record<string, { title: string; lines: { label: string; value: string }[]; note?: string }>;
}

export interface StandaloneDeck {
	name: string;
	/** Where it came from, for the page's header comment: workspace and date. */
	source: string;
	slides: StandaloneSlide[];
	apps: Record<string, { name: string; description: string; lines: { label: string; value: string }[] }>;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON that can sit inside a `<script>` element: no `</script>`, no `<!--`, no line separators. */
export function scriptSafeJson(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * A slide's SVG for inlining: without its XML declaration (HTML does not want one there), and with
 * its ids prefixed, because every slide defines the same hatch pattern and gradient ids, and a
 * pattern inside a hidden slide paints nothing in the slide that borrowed it.
 */
export function inlineSvg(svg: string, prefix: string): string {
	return svg
		.replace(/^<\?xml[^>]*>\s*/, '')
		.replace(/\sid="([^"]+)"/g, ` id="${prefix}$1"`)
		.replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`)
		.replace(/href="#([^"]+)"/g, `href="#${prefix}$1"`)
		.replace(/(aria-(?:labelledby|describedby))="([^"]+)"/g, (_, name: string, ids: string) => `${name}="${ids.split(/\s+/).map((id) => prefix + id).join(' ')}"`);
}

const STYLE = `
*{box-sizing:border-box}html,body{margin:0;height:100%;background:#0b0e13;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1c2330}
section.slide{position:fixed;inset:0;display:grid;place-items:center}
section.slide>svg{width:100vw;height:100vh;display:block}
[data-app],[data-apps]{cursor:pointer}
#controls{position:fixed;right:16px;bottom:12px;display:flex;gap:8px;align-items:center;padding:4px 8px;border-radius:8px;background:rgba(20,24,32,.85);color:#e6e9ef;font-size:14px;opacity:.35;transition:opacity .2s}
#controls:hover,#controls:focus-within{opacity:1}
#controls button{font:inherit;color:inherit;background:transparent;border:1px solid #3a4354;border-radius:6px;padding:2px 10px;cursor:pointer}
#notes{position:fixed;left:16px;bottom:56px;max-width:min(44rem,90vw);max-height:40vh;overflow:auto;padding:12px 16px;border-radius:8px;background:rgba(20,24,32,.92);color:#e6e9ef;font-size:18px;line-height:1.45;white-space:pre-wrap}
#tip{position:fixed;z-index:5;pointer-events:none;max-width:20rem;padding:10px;border-radius:8px;background:#fff;border:1px solid #c4cad3;box-shadow:0 8px 24px rgba(0,0,0,.18);font-size:13px}
#tip dl,#card dl{display:grid;grid-template-columns:auto 1fr;gap:2px 12px;margin:6px 0 0}#tip dt,#card dt{color:#5b6575}#tip dd,#card dd{margin:0}#tip p{margin:6px 0 0;color:#5b6575;font-size:12px}
#card{position:fixed;right:24px;top:24px;z-index:6;width:min(30rem,90vw);max-height:calc(100vh - 48px);overflow:auto;padding:18px 20px;border-radius:12px;background:#fff;box-shadow:0 12px 32px rgba(0,0,0,.3);font-size:15px}
#card h2{margin:0 28px 8px 0;font-size:20px}#card p{color:#5b6575;font-size:13px}#card .close{position:absolute;right:12px;top:10px;font-size:20px;background:none;border:0;cursor:pointer}
[hidden]{display:none!important}
`;

/** The deck as the text of one HTML file. */
export function standaloneDeckHtml(deck: StandaloneDeck): string {
	const data = { name: deck.name, slides: deck.slides.map((s) => ({ title: s.title, notes: s.notes, tips: s.tips })), apps: deck.apps };
	const slides = deck.slides
		.map((s, i) => `<section class="slide" aria-label="Slide ${i + 1}: ${escapeHtml(s.title)}"${i === 0 ? '' : ' hidden'}>\n${inlineSvg(s.svg, `s${i + 1}-`)}\n</section>`)
		.join('\n');
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(deck.name)}</title>
<!-- Exported from Portfolio Atlas: ${escapeHtml(deck.source)}. Opens offline; arrow keys or clicks move between slides, N shows the notes. -->
<style>${STYLE}</style>
</head>
<body>
${slides}
<aside id="notes" hidden aria-label="Speaker notes"></aside>
<div id="tip" hidden role="tooltip"></div>
<aside id="card" hidden aria-label="Application"></aside>
<nav id="controls" aria-label="Slides"><button id="prev" type="button" aria-label="Previous slide">‹</button><span id="counter"></span><button id="next" type="button" aria-label="Next slide">›</button><button id="toggle-notes" type="button">Notes</button></nav>
<script type="application/json" id="atlas-deck">${scriptSafeJson(data)}</script>
<script>${PLAYER}</script>
</body>
</html>
`;
}
