import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['data'] } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// A guard against a hang, not a speed limit: on a busy 2-core machine a test of 150,000
		// rows can take several seconds, and speed is the bench's question (npm run bench).
		testTimeout: 60_000,
		// Scores and dates are tested against a fixed clock and zone.
		env: { TZ: 'UTC' }
	}
});
