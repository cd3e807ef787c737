// Builds the app (build/) and the bench page, each with Vite as a child process, as a user would.
import { spawn } from 'node:child_process';
import { PAGE_VITE_CONFIG, ROOT } from './paths.mjs';

function vite(args) {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0 ? resolve() : reject(new Error(`vite ${args.join(' ')} failed with exit code ${code}:\n${output.slice(-4000)}`))
		);
	});
}

/** Builds the app, then the bench page. Returns the seconds each took. */
export async function buildAll() {
	const started = performance.now();
	await vite(['build']);
	const app = (performance.now() - started) / 1000;
	await vite(['build', '--config', PAGE_VITE_CONFIG]);
	return { appSeconds: app, pageSeconds: (performance.now() - started) / 1000 - app };
}
