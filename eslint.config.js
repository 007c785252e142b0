// ESLint: typescript-eslint with the type-aware rules that catch real bugs (a floating or misused
// promise, awaiting a non-promise), eslint-plugin-svelte for components, Prettier for the form.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import { ISOLATED_COMPONENT_TESTS, ISOLATED_UNIT_TESTS } from './tests/setup/isolated-tests.js';

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'bench-data/', 'tests/.output/', 'static/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				tsconfigRootDir: import.meta.dirname
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
			'@typescript-eslint/await-thenable': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Links go through resolve() where they are internal; plain hrefs to files and anchors are fine.
			'svelte/no-navigation-without-resolve': 'off',
			// The catalogues use non-breaking and thin spaces on purpose (typography of each language).
			'no-irregular-whitespace': [
				'error',
				{ skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }
			],
			// Maps, Sets and URLs kept as private bookkeeping (pending writes, an address being built) are
			// deliberately not reactive: what the UI reads is $state or $derived.
			'svelte/prefer-svelte-reactivity': 'off',
			// The app keeps its state in runes and imports nothing from svelte/store, so this rule has
			// nothing to find; it asks the type checker about every identifier in every component, which
			// cost about 7 s of ESLint's 90 s of CPU (TIMING=1 and interleaved runs). Turn it back on with
			// the first import from svelte/store.
			'svelte/require-store-reactive-access': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { parser: ts.parser, svelteConfig }
		}
	},
	{
		// Plain scripts, and the service worker (its own webworker lib, outside the app's TypeScript
		// project): no type information for them.
		files: ['**/*.js', '**/*.mjs', '**/*.cjs', 'src/service-worker.ts'],
		...ts.configs.disableTypeChecked
	},
	{
		// Unit and component tests: no type information either. Type-aware linting of them cost a quarter
		// of ESLint's time (134 → 100 CPU-s, 94 → 69 s alone), and ESLint runs in every `npm test`, where
		// the whole suite must stay under eight minutes on two cores. What the type-aware rules would
		// catch there is covered otherwise: svelte-check type-checks the tests, and Vitest awaits an
		// assertion left floating (and says so). The end-to-end specs keep them: an un-awaited
		// Playwright assertion asserts nothing.
		files: ['src/**/*.test.ts'],
		...ts.configs.disableTypeChecked
	},
	{
		// Test files share their thread's module graph: a module mocked here may already be loaded,
		// unmocked, by another file. A file that mocks is listed in tests/setup/isolated-tests.js.
		files: ['src/**/*.test.ts'],
		ignores: [...ISOLATED_UNIT_TESTS, ...ISOLATED_COMPONENT_TESTS],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock)$/]",
					message:
						'vi.mock needs a module graph of its own: list this file in tests/setup/isolated-tests.js (it then runs isolated).'
				}
			]
		}
	},
	{
		// Published coefficients are quoted with all their digits, more than a double holds.
		files: ['src/lib/models/special.ts', 'src/lib/models/*.test.ts'],
		rules: { 'no-loss-of-precision': 'off' }
	}
);
