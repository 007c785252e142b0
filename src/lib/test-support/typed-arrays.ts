/**
 * Equality of long number arrays for tests. Vitest's `toEqual` walks a typed array element by
 * element through its generic deep equality, about a second per quarter of a million values, which
 * on a busy machine pushed tests with a whole IndexedDB chunk past their time limit. This compares
 * as `toEqual` does (same kind of array, same length, `Object.is` per value: NaN equals NaN, 0 is
 * not -0) and names the first difference: `expect(differenceOf(a, b)).toBeNull()`.
 */
export function differenceOf(actual: ArrayLike<number> | null | undefined, expected: ArrayLike<number>): string | null {
	if (actual == null) return `expected ${expected.length} values, got ${actual}`;
	if (actual.constructor !== expected.constructor) {
		return `expected a ${expected.constructor.name}, got a ${actual.constructor.name}`;
	}
	if (actual.length !== expected.length) return `expected ${expected.length} values, got ${actual.length}`;
	for (let i = 0; i < expected.length; i++) {
		if (!Object.is(actual[i], expected[i])) return `at [${i}]: expected ${expected[i]}, got ${actual[i]}`;
	}
	return null;
}
