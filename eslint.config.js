import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// The pure core (domain rules and chart geometry) must stay free of UI, storage and parsing
// libraries, so that it runs in plain Vitest and in workers.
const pureCoreBoundary = {
	patterns: [
		{ group: ['svelte', 'svelte/*'], message: 'The pure core must not import Svelte.' },
		{ group: ['dexie', 'dexie/*'], message: 'The pure core must not import storage (Dexie).' },
		{ group: ['papaparse'], message: 'The pure core must not import the CSV parser.' },
		{ group: ['$app/*', '@sveltejs/*'], message: 'The pure core must not import SvelteKit.' },
		{ group: ['$lib/db/*', '$lib/state/*', '**/db/*', '**/state/*'], message: 'The pure core must not reach into storage or UI state.' }
	]
};

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results.json'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'svelte/no-navigation-without-resolve': 'off',
			// Collections in state are derived and replaced whole, never mutated in place, so the
			// plain Map is right and a SvelteMap would only add proxy overhead at 50k applications.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		// A spread passes every element as an argument on the stack: past about 65,000 (an
		// integrations file of a large portfolio) it throws "Maximum call stack size exceeded".
		files: ['src/**', 'bench/page/**'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.property.name=/^(push|unshift|splice|max|min|fromCharCode|fromCodePoint|apply)$/] > SpreadElement",
					message: 'Spreading an array into arguments overflows the stack on large data: use a loop or reduce.'
				}
			]
		}
	},
	{
		// The grid's keys, geometry and wording (and its column drag) are plain TypeScript too: the
		// component only draws and carries out what they decide, so they are tested in plain Vitest.
		files: ['src/lib/domain/**', 'src/lib/viz/layout/**', 'src/lib/ui/table/grid-*.ts', 'src/lib/ui/table/column-drag.ts'],
		rules: { 'no-restricted-imports': ['error', pureCoreBoundary] }
	}
);
