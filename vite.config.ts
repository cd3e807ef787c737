import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['data'] } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// Scores and dates are tested against a fixed clock and zone.
		env: { TZ: 'UTC' }
	}
});
