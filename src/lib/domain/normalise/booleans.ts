/** Yes/no cells: yes, no, true, false, y, n, x, 1, 0, ✓ and a few spellings more. */
import { blank, isBlank, ok, problem, squash, type Normalised } from './result';

const TRUE = new Set(['yes', 'y', 'true', 't', 'x', '1', 'on', 'enabled', 'sso', 'ja', 'oui', 'si']);
const FALSE = new Set(['no', 'n', 'false', 'f', '0', 'off', 'disabled', 'nosso', 'nein', 'non']);

export function normaliseBoolean(cell: string): Normalised<boolean> {
	if (isBlank(cell)) return blank();
	const text = cell.trim();
	if (text === '✓' || text === '✔') return ok(true);
	if (text === '✗' || text === '✘') return ok(false);
	const word = squash(text);
	if (TRUE.has(word)) return ok(true);
	if (FALSE.has(word)) return ok(false);
	return problem(`"${text}" is not yes or no`);
}
