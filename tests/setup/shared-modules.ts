// The pure-logic tests run without isolation: test files share one module graph per worker
// thread, which halves the run. IndexedDB state would leak between files that way, so a test
// that needs it must be named *.db.test.ts (that project runs each file in its own graph).
import { vi } from 'vitest';

vi.mock('fake-indexeddb/auto', () => {
	throw new Error('A test that uses IndexedDB must be named *.db.test.ts: those run isolated (vite.config.ts).');
});
