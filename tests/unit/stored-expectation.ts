/**
 * When a test may write its own expected file. A golden or snapshot file is the reviewed record of
 * what the code produced; a test that writes a missing one passes on nothing, so a deleted file
 * would go unnoticed. Here a missing file fails, with the command that writes it; files are written
 * only when a person asks (`npm run test:update`, which sets UPDATE_GOLDEN and UPDATE_SNAPSHOTS),
 * and never under CI, where a rewrite would accept whatever changed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';

/** The variable that asks for a kind of stored file to be rewritten. */
export type UpdateVariable = 'UPDATE_GOLDEN' | 'UPDATE_SNAPSHOTS';

/** The command that rewrites every stored expectation; documented in the README. */
export const UPDATE_COMMAND = 'npm run test:update';

type Env = Record<string, string | undefined>;

/** Whether this run was asked to rewrite the files of `variable`; throws when asked under CI. */
export function updateRequested(variable: UpdateVariable, env: Env = process.env): boolean {
	if (env[variable] !== '1') return false;
	if (env.CI) throw new Error(`${variable}=1 is refused under CI: expected files are rewritten only on a developer's machine, with "${UPDATE_COMMAND}", and committed after review.`);
	return true;
}

/**
 * The stored text of `file` to compare with, or undefined after writing `actual` to it because the
 * run asked for that. A missing file throws: nothing is compared, so nothing may pass.
 */
export function storedExpectation(file: string, actual: string, variable: UpdateVariable, env: Env = process.env): string | undefined {
	if (updateRequested(variable, env)) {
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, actual);
		return undefined;
	}
	if (!existsSync(file)) {
		throw new Error(`The expected file ${basename(file)} is missing (${file}). Tests never write their own expectations: run "${UPDATE_COMMAND}", review the new file, and commit it.`);
	}
	return readFileSync(file, 'utf8');
}
