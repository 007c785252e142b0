// Component tests run in jsdom: add the DOM matchers (toBeInTheDocument, toHaveValue, …)
// and an in-memory IndexedDB so code that stores data can run unchanged.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';

import { afterAll } from 'vitest';

// The files of a thread share this environment (vite.config.ts): each leaves no stored
// preference or state behind for the next.
afterAll(() => {
	localStorage.clear();
	sessionStorage.clear();
});
