/**
 * A ThoughtWorks build-your-own-radar list (name, ring, quadrant, isNew, description). Only the
 * name and description are fields; the ring and quadrant are the radar's own judgement and stay
 * custom attributes as written, since reading "Hold" as a TIME decision would be inventing one.
 */
import { getNamed } from '$lib/domain/named-record';
import type { MatchedColumn } from './header-match';
import { columnNames } from './header-names';
import { squash } from '$lib/domain/normalise/result';
import type { Preset } from './preset-types';

const FIELDS: Record<string, string> = { name: 'name', description: 'description' };

/** Radar entries as applications, ring and quadrant kept as written. */
export const byorPreset: Preset = {
	label: 'Tech radar list (build your own radar)',
	detect(headers) {
		const words = new Set(headers.map(squash));
		return ['name', 'ring', 'quadrant'].every((w) => words.has(w));
	},
	transform({ main }) {
		const taken = new Set<string>();
		const mapping = columnNames(main.header).map((column, index): MatchedColumn => {
			const key = getNamed(FIELDS, squash(main.header[index]));
			if (key && !taken.has(key)) {
				taken.add(key);
				return { column, index, target: { kind: 'field', key }, confidence: 'exact' };
			}
			return { column, index, target: { kind: 'custom', name: column }, confidence: 'none' };
		});
		return { applications: { header: main.header, rows: main.rows, mapping }, problems: [], notes: [] };
	}
};
