/**
 * Known layouts of other tools' exports, by name. A file whose headers one of them recognises is
 * rewritten by it into Atlas's columns, with a mapping that needs no guessing; any other file goes
 * through header matching.
 */
import { archiPreset } from './preset-archi';
import { byorPreset } from './preset-byor';
import { leanixPreset } from './preset-leanix';
import type { Preset } from './preset-types';

/** The known layouts. */
export type PresetName = 'archi' | 'leanix' | 'byor';

/** In the order they are tried: the most specific layout first. */
export const PRESETS: Readonly<Record<PresetName, Preset>> = {
	archi: archiPreset,
	leanix: leanixPreset,
	byor: byorPreset
};

const ORDER: readonly PresetName[] = ['archi', 'leanix', 'byor'];

/** The preset that recognises these headers, or undefined for a sheet of no known layout. */
export function detectPreset(headers: readonly string[]): PresetName | undefined {
	return ORDER.find((name) => PRESETS[name].detect(headers));
}

/** The preset called `name`; asking for one that does not exist is a programming error. */
export function presetByName(name: string): Preset {
	if (!(name in PRESETS)) throw new Error(`Unknown import preset "${name}"; the presets are: ${ORDER.join(', ')}`);
	return PRESETS[name as PresetName];
}

export { archiFileKind, type ArchiFile } from './preset-archi';
export type { CsvTable, FileProblem, Preset, PresetContext, PresetInput, PresetOutput } from './preset-types';
