import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { ISOLATED_COMPONENT_TESTS, ISOLATED_UNIT_TESTS } from './tests/setup/isolated-tests.js';
import { WaitingFilesFirst } from './tests/setup/sequencer.js';

export default defineConfig({
	plugins: [sveltekit()],
	worker: {
		format: 'es'
	},
	test: {
		expect: { requireAssertions: true },
		// Worker threads start faster than forked processes (87 → 62 s for the whole run on 2 cores).
		pool: 'threads',
		// At least two threads. Vitest's default, one thread fewer than the cores, is one thread on two
		// cores: the files then ran one after another, and a file waiting on its timers (the import
		// worker's waits for the page's word) left the core idle. Two threads: 115 → 80 s alone, the
		// same CPU time (114 and 110 CPU-s). Three on two cores: the third fills the waits of the
		// others (alone: 106-108 s against 115, and 167-177 CPU-s against 183).
		maxWorkers: Math.max(3, availableParallelism() - 1),
		// Three threads on two cores, beside the other lane of `npm test`: a test of 2 s alone can take
		// 6-9 s there, past Vitest's default limit of 5 s (four tests failed on it this way in a day). A
		// test that hangs still fails, after 20 s.
		testTimeout: 20_000,
		// The files that mostly wait first, while the other lane of `npm test` runs beside (see the sequencer).
		sequence: { sequencer: WaitingFilesFirst },
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
					setupFiles: [
						'./tests/setup/shared-modules.ts',
						'./tests/setup/detaching-buffers.ts',
						'./tests/setup/whatwg-windows-1252.ts'
					]
				}
			},
			{
				// Logic that stores data in (fake) IndexedDB: each file in its own module graph, so one
				// file's stored rows and open connections never reach another's.
				extends: './vite.config.ts',
				test: {
					name: 'unit-db',
					environment: 'node',
					include: ISOLATED_UNIT_TESTS,
					setupFiles: ['./tests/setup/detaching-buffers.ts', './tests/setup/whatwg-windows-1252.ts']
				}
			},
			{
				// Components and rune classes, rendered in jsdom; files share the environment (no
				// per-file isolation: 77 → 24 s); the setup file leaves storage empty for the next.
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts'],
					exclude: ISOLATED_COMPONENT_TESTS,
					isolate: false,
					setupFiles: ['./tests/setup/component.ts', './tests/setup/whatwg-windows-1252.ts']
				}
			},
			{
				// Component tests that mock a module: each in a module graph of its own, where the mock
				// is the module every import gets.
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'component-mocked',
					environment: 'jsdom',
					include: ISOLATED_COMPONENT_TESTS,
					setupFiles: ['./tests/setup/component.ts', './tests/setup/whatwg-windows-1252.ts']
				}
			}
		]
	}
});
