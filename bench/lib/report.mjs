// The printed table and bench/results.json. Owns formatting only; the figures come in as rows.
import { writeFileSync } from 'node:fs';
import { RESULTS_FILE } from './paths.mjs';

const sizeLabel = (size) => (typeof size === 'number' ? (size >= 1000 && size % 1000 === 0 ? `${size / 1000}k` : String(size)) : size);

/** Seconds from 1000 ms up; the digits follow the size of the figure. */
function scaleFor(v, unit) {
	return unit === 'ms' && v >= 1000 ? { divisor: 1000, suffix: 's' } : { divisor: 1, suffix: unit };
}
const digitsFor = (x) => (x >= 100 ? 0 : x >= 10 ? 1 : 2);

function number(v, unit) {
	if (v === null || v === undefined) return '—';
	const { divisor, suffix } = scaleFor(v, unit);
	return `${(v / divisor).toFixed(digitsFor(v / divisor))} ${suffix}`;
}

/** "median unit (min–max)", all three on the median's scale. */
function figure(summary, unit) {
	if (!summary) return '—';
	const { median, min, max, values } = summary;
	const { divisor, suffix } = scaleFor(median, unit);
	const digits = digitsFor(median / divisor);
	const f = (v) => (v / divisor).toFixed(digits);
	if (values.length === 1 || min === max) return `${f(median)} ${suffix}`;
	return `${f(median)} ${suffix} (${f(min)}–${f(max)})`;
}

function cells(row) {
	return [
		row.label,
		sizeLabel(row.size),
		row.built ? figure(row.subject, row.unit) : 'not built yet',
		figure(row.floor, row.unit),
		row.floorName ?? '—',
		row.ratio === null ? '—' : `${row.ratio.toFixed(row.ratio >= 10 ? 0 : 1)}×`,
		row.longestTaskMs === null ? '—' : row.longestTaskMs === 0 ? 'none' : number(row.longestTaskMs, 'ms'),
		row.runs ? `${row.runs.warmup}+${row.runs.repeats}` : '1',
		row.goal ?? '—',
		row.status ?? '—'
	];
}

const HEAD = ['step', 'N', 'app: median (min–max)', 'floor: median (min–max)', 'floor is', 'ratio', 'longest task', 'runs', 'goal', 'status'];

/** The rows as an aligned Markdown table. */
export function formatTable(rows) {
	const body = rows.map(cells);
	const widths = HEAD.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
	const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
	return [line(HEAD), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** The floors in full, one line per distinct floor. */
export function formatFloors(rows) {
	const seen = new Map();
	for (const r of rows) if (r.floorName && r.floorDescription) seen.set(r.floorName, r.floorDescription);
	return [...seen].map(([name, text]) => `  ${name}: ${text}`).join('\n');
}

/** Row notes and phase splits, one line per row that has any. */
export function formatNotes(rows) {
	const lines = [];
	for (const r of rows) {
		const phases = Object.entries(r.phases ?? {}).map(([name, s]) => `${name} ${number(s.median, r.unit)}`);
		const parts = [...r.notes, ...(phases.length ? [`app phases (medians): ${phases.join(' · ')}`] : [])];
		if (parts.length) lines.push(`  ${r.label} @ ${sizeLabel(r.size)}: ${parts.join('; ')}`);
	}
	return lines.join('\n');
}

export function writeResults(results) {
	writeFileSync(RESULTS_FILE, JSON.stringify(results, null, '\t') + '\n');
}
