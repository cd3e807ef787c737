import os from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';

// The browser tests serve the build they just made on a port of their own, never 4173 (which
// `npm start` uses), and never reuse a server that is already running: a reused server would be
// testing some other build. ATLAS_E2E_PORT lets a second checkout run its tests beside this one.
const port = Number(process.env.ATLAS_E2E_PORT ?? 4317);
if (!Number.isInteger(port) || port === 4173) throw new Error(`ATLAS_E2E_PORT must be a free port other than 4173 (npm start's); got ${process.env.ATLAS_E2E_PORT}`);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	// One worker per core, in CI too: the tests assert behaviour, never speed, so a busy machine
	// makes them slower but not different.
	workers: os.cpus().length,
	retries: 0,
	timeout: 30_000,
	expect: { timeout: 10_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
		trace: 'off',
		screenshot: 'only-on-failure'
	},
	webServer: {
		command: `node scripts/serve-build.mjs --port ${port}`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
