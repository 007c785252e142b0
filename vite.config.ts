import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

/** Node tests that use IndexedDB (fake-indexeddb): run isolated, one module graph per file. */
const ISOLATED_UNIT_TESTS = [
	'src/**/*.db.test.ts',
	'src/lib/db/**/*.test.ts',
	'src/lib/analysis/cache.test.ts',
	'src/lib/planner/plan-store.test.ts'
];

export default defineConfig({
	plugins: [sveltekit()],
	worker: {
		format: 'es'
	},
	test: {
		expect: { requireAssertions: true },
		// Worker threads start faster than forked processes (87 → 62 s for the whole run on 2 cores).
		pool: 'threads',
		projects: [
			{
				// Pure logic: formulas, parsing, models. Runs in node, the files of a thread sharing one
				// module graph (no per-file isolation: 32 → 18 s); they keep no state between tests.
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts', ...ISOLATED_UNIT_TESTS],
					isolate: false,
					setupFiles: ['./tests/setup/shared-modules.ts']
				}
			},
			{
				// Logic that stores data in (fake) IndexedDB: each file in its own module graph, so one
				// file's stored rows and open connections never reach another's.
				extends: './vite.config.ts',
				test: {
					name: 'unit-db',
					environment: 'node',
					include: ISOLATED_UNIT_TESTS
				}
			},
			{
				// Components and rune classes, rendered in jsdom; files share the environment (no
				// per-file isolation: 77 → 24 s); the setup file leaves storage and the DOM empty for the next.
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts'],
					isolate: false,
					setupFiles: ['./tests/setup/component.ts']
				}
			}
		]
	}
});
