// Component tests run in jsdom: add the DOM matchers (toBeInTheDocument, toHaveValue, …)
// and an in-memory IndexedDB so code that stores data can run unchanged.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
