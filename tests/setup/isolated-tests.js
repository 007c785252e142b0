// Test files that need a module graph of their own. The others share their worker thread's
// graph (no per-file isolation halves the run), so a module one file mocks (`vi.mock`) may already
// be loaded, unmocked, by another, and stored IndexedDB rows would reach the next file. ESLint
// refuses `vi.mock` in a test file not listed here (eslint.config.js).

/** Node tests that use IndexedDB (fake-indexeddb) or mock a module. */
export const ISOLATED_UNIT_TESTS = [
	'src/**/*.db.test.ts',
	'src/lib/db/**/*.test.ts',
	'src/lib/analysis/cache.test.ts',
	'src/lib/planner/plan-store.test.ts'
];

/** Component tests (jsdom) that mock a module. */
export const ISOLATED_COMPONENT_TESTS = [
	'src/routes/analysis/analysis-state.svelte.test.ts',
	'src/routes/analysis/compare/compare-state.svelte.test.ts',
	'src/routes/analysis/customers/AudienceCards-files.svelte.test.ts',
	'src/routes/analysis/repurchase/RepurchaseFigures-csv.svelte.test.ts',
	'src/routes/data/BackupPanel.svelte.test.ts'
];
