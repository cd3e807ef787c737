/**
 * A LeanIX fact-sheet export. LeanIX gives the lifecycle as one date column per phase
 * ("lifecycle:plan" … "lifecycle:endOfLife"), so the phase today is read from those dates, and
 * the end-of-life date becomes the end of support. Its suitability and criticality words
 * ("appropriate", "missionCritical") are read on LeanIX's own scales. The phase dates are kept as
 * custom attributes too, so the roadmap's source stays visible.
 */
import { getNamed } from '$lib/domain/named-record';
import type { IsoDate } from '$lib/domain/types';
import { matchHeaders } from './header-match';
import { normaliseDate } from '$lib/domain/normalise/dates';
import { isBlank, squash } from '$lib/domain/normalise/result';
import type { FileProblem, Preset, PresetContext, PresetInput, PresetOutput } from './preset-types';

/** LeanIX's phases in order, with the squashed column suffix and Atlas's word for each. */
const PHASES = [
	['plan', 'Plan'],
	['phasein', 'Phase-in'],
	['active', 'Active'],
	['phaseout', 'Phase-out'],
	['endoflife', 'End-of-life']
] as const;

/** LeanIX business criticality, most critical first, as Atlas tiers. */
const CRITICALITY: Record<string, string> = {
	missioncritical: 'Tier 1',
	businesscritical: 'Tier 2',
	businessoperational: 'Tier 3',
	administrativeservice: 'Tier 4'
};

/** LeanIX columns renamed to Atlas's, whose values Atlas then reads as they are (or via CRITICALITY). */
const RENAME: Record<string, string> = {
	functionalsuitability: 'functional_fit',
	technicalsuitability: 'technical_fit',
	businesscriticality: 'criticality'
};

/** The phase a "lifecycle:<phase>" column holds the start date of, as an index into PHASES. */
function phaseOf(header: string): number | undefined {
	const word = squash(header);
	if (!word.startsWith('lifecycle')) return undefined;
	const index = PHASES.findIndex(([suffix]) => word === `lifecycle${suffix}`);
	return index < 0 ? undefined : index;
}

/** LeanIX fact sheets, with the phase today read from the lifecycle dates. */
export const leanixPreset: Preset = {
	label: 'LeanIX export',
	detect(headers) {
		const words = new Set(headers.map(squash));
		const phases = headers.filter((h) => phaseOf(h) !== undefined).length;
		const scales = ['functionalsuitability', 'technicalsuitability', 'businesscriticality'].filter((w) => words.has(w)).length;
		return (words.has('name') || words.has('displayname')) && (phases >= 1 || scales >= 2);
	},
	transform(input: PresetInput, ctx: PresetContext): PresetOutput {
		const { header, rows } = input.main;
		const phaseColumns = header.map((h, i) => ({ phase: phaseOf(h), index: i })).filter((c): c is { phase: number; index: number } => c.phase !== undefined);
		const criticalityIndex = header.findIndex((h) => squash(h) === 'businesscriticality');
		const endOfLife = phaseColumns.find((c) => c.phase === PHASES.length - 1);
		const derived = [...(phaseColumns.length ? ['lifecycle'] : []), ...(endOfLife ? ['end_of_support'] : [])];
		const outHeader = [...header.map((h) => getNamed(RENAME, squash(h)) ?? h), ...derived];
		const problems: FileProblem[] = [];

		const outRows = rows.map(({ row, cells }) => {
			const out = [...cells];
			while (out.length < header.length) out.push('');
			if (criticalityIndex >= 0) out[criticalityIndex] = getNamed(CRITICALITY, squash(out[criticalityIndex])) ?? out[criticalityIndex];
			// The phase today is the one whose start date is the latest on or before today.
			let current: { phase: number; date: IsoDate } | undefined;
			let eos = '';
			for (const { phase, index } of phaseColumns) {
				const cell = cells[index] ?? '';
				if (isBlank(cell)) continue;
				const date = normaliseDate(cell, ctx.dateOrder ?? 'mdy');
				if (!date.ok) {
					problems.push({ file: 'main', problem: { row, column: header[index], value: cell, reason: date.reason } });
					continue;
				}
				const value = date.value!;
				if (phase === PHASES.length - 1) eos = value;
				if (value <= ctx.today && (!current || value > current.date || (value === current.date && phase > current.phase))) current = { phase, date: value };
			}
			if (phaseColumns.length) out.push(current ? PHASES[current.phase][1] : '');
			if (endOfLife) out.push(eos);
			return { row, cells: out };
		});

		const mapping = matchHeaders(outHeader, { samples: outRows.slice(0, 50).map((r) => r.cells) }).map((m) =>
			phaseColumns.some((c) => c.index === m.index) ? { ...m, target: { kind: 'custom' as const, name: m.column }, confidence: 'none' as const } : m
		);
		const notes = phaseColumns.length ? [`The lifecycle phase is the phase whose start date is the latest on or before ${ctx.today}.`] : [];
		return { applications: { header: outHeader, rows: outRows, mapping }, problems, notes };
	}
};
