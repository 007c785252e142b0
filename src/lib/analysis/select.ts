/**
 * Order statistics without a full sort: the values a sorted copy would hold at some ranks.
 *
 * The analysis needs only a few ranks of each per-customer column (the RFM quintile cuts, the
 * top-1 % and top-10 % revenue cut-offs), and sorting a copy of a quarter of a million customers'
 * values for each took about a quarter of the default analysis's time. Selecting the ranks in
 * place (Hoare's quickselect, each rank searched only in what lies above the previous one) gives
 * exactly the same values in linear expected time.
 */

/**
 * The values at `ranks` (0-based, in any order) of `values` in ascending order, as
 * `Float64Array.from(values).sort()` would hold them. Reorders `values` in place: pass a copy
 * that may be changed. NaN sorts last, as the typed-array sort puts it; -0 and 0 are one value
 * here (the sort puts -0 first, so a rank where both stand may give either). `maxPartitions` (tests
 * only) overrides how many lopsided partitions are tolerated before the rest is sorted.
 */
export function valuesAtRanks(values: Float64Array, ranks: readonly number[], maxPartitions?: number): number[] {
	const n = values.length;
	checkRanks(ranks, n);
	if (ranks.length === 0) return [];
	// NaN compares false both ways, which the partition below does not order: with any NaN, sort.
	for (let i = 0; i < n; i++)
		if (values[i] !== values[i]) {
			values.sort();
			return ranks.map((rank) => values[rank]);
		}
	const found = new Map<number, number>();
	let low = 0;
	for (const rank of [...ranks].sort((a, b) => a - b)) {
		selectRank(values, low, n - 1, rank, maxPartitions);
		found.set(rank, values[rank]);
		// Everything above `rank` is now at least its value: the next rank lies there.
		low = rank;
	}
	return ranks.map((rank) => found.get(rank)!);
}

/**
 * `valuesAtRanks` for integers (days since a last order, order counts): one counting pass and a
 * histogram of the values instead of a selection, which on small integers is several times faster
 * and gives the same values (an integer is the same number in either array). The histogram has one
 * slot per integer from the least value to the greatest; where that is more than `maxSlots` (by
 * default one per value, so it takes no more memory than the values; or 65,536 for fewer values),
 * as for a customer with a hundred thousand orders among a few hundred customers, the values are
 * selected as `valuesAtRanks` does instead. `values` is left as it is.
 */
export function integerValuesAtRanks(
	values: Int32Array,
	ranks: readonly number[],
	maxSlots = Math.max(1 << 16, values.length)
): number[] {
	const n = values.length;
	checkRanks(ranks, n);
	if (ranks.length === 0) return [];
	let least = values[0];
	let greatest = values[0];
	for (let i = 1; i < n; i++) {
		if (values[i] < least) least = values[i];
		else if (values[i] > greatest) greatest = values[i];
	}
	if (greatest - least + 1 > maxSlots) return valuesAtRanks(Float64Array.from(values), ranks);
	const histogram = new Int32Array(greatest - least + 1);
	for (let i = 0; i < n; i++) histogram[values[i] - least]++;
	// Walk up the histogram once, the ranks in ascending order: `below` values lie under slot `slot`.
	const found = new Map<number, number>();
	let slot = 0;
	let below = 0;
	for (const rank of [...ranks].sort((a, b) => a - b)) {
		while (below + histogram[slot] <= rank) below += histogram[slot++];
		found.set(rank, least + slot);
	}
	return ranks.map((rank) => found.get(rank)!);
}

function checkRanks(ranks: readonly number[], n: number): void {
	for (const rank of ranks)
		if (!Number.isInteger(rank) || rank < 0 || rank >= n) throw new RangeError(`rank ${rank} outside 0–${n - 1}`);
}

/**
 * Reorders `a[low..high]` so that `a[rank]` holds the value of that rank, everything before it is
 * no greater and everything after it no smaller. Falls back to sorting the rest when the
 * partitions keep coming out lopsided (quickselect's quadratic worst case).
 */
function selectRank(a: Float64Array, low: number, high: number, rank: number, maxPartitions?: number): void {
	let budget = maxPartitions ?? 2 * Math.ceil(Math.log2(high - low + 2)) + 8;
	while (high > low) {
		if (budget-- === 0) {
			a.subarray(low, high + 1).sort();
			return;
		}
		const pivot = medianOfThree(a[low], a[(low + high) >>> 1], a[high]);
		let i = low;
		let j = high;
		while (i <= j) {
			while (a[i] < pivot) i++;
			while (a[j] > pivot) j--;
			if (i <= j) {
				const swap = a[i];
				a[i] = a[j];
				a[j] = swap;
				i++;
				j--;
			}
		}
		// Now a[low..j] ≤ pivot ≤ a[i..high], and anything between j and i equals the pivot.
		if (rank <= j) high = j;
		else if (rank >= i) low = i;
		else return;
	}
}

function medianOfThree(x: number, y: number, z: number): number {
	if (x < y) return y < z ? y : x < z ? z : x;
	return x < z ? x : y < z ? z : y;
}
