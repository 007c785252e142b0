import { niceDomain } from './ticks';

export type PartialDomain = readonly [number | null, number | null];

/**
 * The value axis for a set of numbers: from 0 (unless `includeZero` is false) to the largest,
 * widened to round numbers. `override` fixes either end (null keeps the computed one).
 * Never returns a flat or non-finite domain, so scales cannot divide by zero.
 */
export function valueDomain(
	values: Iterable<number | null>,
	{
		includeZero = true,
		override,
		count = 5
	}: { includeZero?: boolean; override?: PartialDomain; count?: number } = {}
): [number, number] {
	let lo = Infinity;
	let hi = -Infinity;
	for (const v of values) {
		if (v === null || !Number.isFinite(v)) continue;
		if (v < lo) lo = v;
		if (v > hi) hi = v;
	}
	if (lo > hi) [lo, hi] = [0, 1];
	if (includeZero) [lo, hi] = [Math.min(lo, 0), Math.max(hi, 0)];
	if (lo === hi && lo === 0) hi = 1;
	else if (lo === hi) [lo, hi] = [lo - Math.abs(lo) * 0.1, hi + Math.abs(hi) * 0.1];
	const nice = niceDomain(lo, hi, count);
	const chosen: [number, number] = [override?.[0] ?? nice[0], override?.[1] ?? nice[1]];
	return Number.isFinite(chosen[0]) && Number.isFinite(chosen[1]) && chosen[0] < chosen[1] ? chosen : nice;
}
