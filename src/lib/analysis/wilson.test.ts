import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson';

describe('wilsonInterval (95 %)', () => {
	it.each([
		// Published values (Newcombe 1998, Table I; Agresti & Coull 1998).
		[0, 10, 0, 0.2775],
		[5, 10, 0.2366, 0.7634],
		[2, 2, 0.3424, 1],
		[81, 263, 0.2553, 0.3662],
		// Hand-worked: p = 1/2, z² = 3.8415: centre 0.5, half = (z / 2.9207) · √(0.125 + 0.2401) = 0.4055.
		[1, 2, 0.0945, 0.9055],
		// k = n: low = n / (n + z²) = 10 / 13.8415.
		[10, 10, 0.7225, 1],
		// p = 0.3, n = 100: centre (0.3 + 0.0192) / 1.0384 = 0.3074, half 0.0881 → 0.2189 to 0.3958.
		[30, 100, 0.2189, 0.3958]
	])('%i of %i → [%f, %f]', (x, n, low, high) => {
		const interval = wilsonInterval(x, n)!;
		expect(interval.low).toBeCloseTo(low, 4);
		expect(interval.high).toBeCloseTo(high, 4);
	});

	it('has none without trials', () => expect(wilsonInterval(0, 0)).toBeNull());
});
