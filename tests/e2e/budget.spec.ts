import { expect, test } from './support/test';
import { firstPageJs } from '../bench/bundle.mjs';

test('the first page loads at most 150 KB of JavaScript (gzip)', () => {
	const { gzipKb, files } = firstPageJs();
	expect(files).toBeGreaterThan(0);
	expect(gzipKb).toBeLessThanOrEqual(150);
});
