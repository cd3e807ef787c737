// Where the bench reads and writes, in one place.
import { fileURLToPath } from 'node:url';

const at = (path) => fileURLToPath(new URL(path, import.meta.url));

export const ROOT = at('../../');
export const APP_BUILD_DIR = at('../../build/');
/** The bench page's build; outside bench/ so that ESLint never sees minified bundles. */
export const PAGE_BUILD_DIR = at('../../node_modules/.cache/atlas-bench/page/');
export const PAGE_VITE_CONFIG = at('../vite.config.ts');
/** Generated portfolios, cached between runs (git-ignored). */
export const DATA_DIR = at('../.data/');
export const GENERATOR = at('../../scripts/generate-portfolio.mjs');
export const GENERATOR_DIR = at('../../scripts/portfolio/');
export const RESULTS_FILE = at('../results.json');
