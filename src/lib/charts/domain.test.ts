import { describe, expect, it } from 'vitest';
import { valueDomain } from './domain';

describe('valueDomain', () => {
	it.each([
		['fractions from zero to a round top', [0.42, 0.61, 0.87], {}, [0, 1]],
		['all null: a default 0..1', [null, null], {}, [0, 1]],
		['no values at all', [], {}, [0, 1]],
		['one value', [0.3], {}, [0, 0.3]],
		['all zero', [0, 0], {}, [0, 1]],
		['a single value without zero: ±10 %', [50], { includeZero: false }, [44, 56]],
		['without zero, rounded outwards', [0.12, 0.58], { includeZero: false }, [0.1, 0.6]],
		['negatives keep zero in view', [-0.2, 0.3], {}, [-0.2, 0.3]],
		['NaN and Infinity are ignored', [Number.NaN, 0.5, Infinity], {}, [0, 0.5]],
		['a fixed top', [0.2, 0.4], { override: [null, 1] }, [0, 1]],
		['a fixed bottom', [0.6, 0.8], { override: [0.5, null] }, [0.5, 0.8]],
		['an impossible override falls back', [0.2, 0.4], { override: [1, 0] }, [0, 0.4]]
	] as const)('%s', (_name, values, options, expected) => {
		expect(valueDomain(values, options)).toEqual(expected);
	});
});
