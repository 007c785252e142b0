import { discard } from '../orders/discard';
import { PairIndex } from './pair-index';
import { daysPerUnit, type TimeUnit } from './time-unit';

/**
 * Customers with identical (x, t_x, T) contribute identical BG/NBD likelihood terms, so the fit
 * runs over weighted groups instead of customers. Times derive from whole days, so the distinct
 * t_x and T values, and the distinct x values, are few: per-value work (logarithms, lnΓ, ψ) is done
 * once per value in tables, and the per-group work is a handful of arithmetic operations.
 */
export interface BgnbdGroups {
	/** Number of groups. */
	count: number;
	/** Customers per group (bootstrap replicates replace this with resampled counts). */
	weight: Float64Array;
	x: Float64Array;
	tx: Float64Array;
	T: Float64Array;
	/** Group → index into xValues. */
	xIndex: Int32Array;
	xValues: Float64Array;
	/** Group → index into timeValues, for t_x and for T. */
	txIndex: Int32Array;
	TIndex: Int32Array;
	timeValues: Float64Array;
	/** Customer row → group. */
	rowGroup: Int32Array;
}

export interface FrequencyRows {
	count: number;
	x: Float64Array;
	tx: Float64Array;
	T: Float64Array;
}

/** Keys of a direct table of value numbers at most this large; larger keys go to a hash. */
const DIRECT_LIMIT = 1 << 20;

/**
 * Dense numbering of numbers by first appearance (the same numbers as `PairIndex` gives): values
 * that are whole multiples of 1/`scale` (x, and times from whole days) are looked up in a table
 * indexed by that whole number, any other in a hash.
 */
export class ValueNumbering {
	size = 0;
	private values = new Float64Array(256);
	private readonly direct: Int32Array;
	private readonly others = new PairIndex(64);
	private readonly otherNumber: number[] = [];

	constructor(
		private readonly scale: number,
		largest: number
	) {
		const keys = Math.round(largest * scale);
		this.direct = new Int32Array(keys >= 0 && keys < DIRECT_LIMIT ? keys + 1 : 0);
	}

	indexOf(value: number): number {
		const key = Math.round(value * this.scale);
		// key / scale === value: the key tells the value (and 0, −0 apart from nothing, as ===).
		if (key >= 0 && key < this.direct.length && key / this.scale === value) {
			const entry = this.direct[key];
			if (entry !== 0) return entry - 1;
			const index = this.add(value);
			this.direct[key] = index + 1;
			return index;
		}
		const known = this.others.size;
		const other = this.others.indexOf(value);
		if (other < known) return this.otherNumber[other];
		const index = this.add(value);
		this.otherNumber.push(index);
		return index;
	}

	private add(value: number): number {
		if (this.size === this.values.length) {
			const grown = new Float64Array(this.size * 2);
			grown.set(this.values);
			this.values = grown;
		}
		this.values[this.size] = value;
		return this.size++;
	}

	/** The values, by number. */
	numbered(): Float64Array {
		return this.values.slice(0, this.size);
	}
}

/**
 * Dense numbering of whole-number keys 0 ≤ key < 2³¹ by first appearance: an open-addressing hash
 * over one Int32Array of (key, number + 1) pairs.
 */
class KeyNumbering {
	size = 0;
	private table: Int32Array;
	private mask: number;

	constructor(expected: number) {
		let capacity = 16;
		while (capacity < 2 * expected) capacity *= 2;
		this.table = new Int32Array(2 * capacity);
		this.mask = capacity - 1;
	}

	indexOf(key: number): number {
		const { table, mask } = this;
		let slot = slotOf(key, mask);
		for (;;) {
			const entry = table[2 * slot + 1];
			if (entry === 0) break;
			if (table[2 * slot] === key) return entry - 1;
			slot = (slot + 1) & mask;
		}
		table[2 * slot] = key;
		table[2 * slot + 1] = ++this.size;
		if (this.size * 2 > mask + 1) this.grow();
		return this.size - 1;
	}

	private grow(): void {
		const old = this.table;
		const mask = 2 * (this.mask + 1) - 1;
		const table = new Int32Array(2 * (mask + 1));
		for (let s = 0; s < old.length; s += 2) {
			if (old[s + 1] === 0) continue;
			let slot = slotOf(old[s], mask);
			while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
			table[2 * slot] = old[s];
			table[2 * slot + 1] = old[s + 1];
		}
		this.table = table;
		this.mask = mask;
		// (Freed at once: at millions of groups the tables outgrown add up to tens of MB.)
		discard(old);
	}

	/** Frees the table at once; the numbering may not be used afterwards. */
	dispose(): void {
		discard(this.table);
	}
}

function slotOf(key: number, mask: number): number {
	const h = Math.imul(key, 0x9e3779b1);
	return (h ^ (h >>> 15)) & mask;
}

/**
 * Groups customers by (x, t_x, T). Throws RangeError on a row that no model could read. Groups
 * and values are numbered in the order the rows first show them; a customer summary's times (whole
 * days in its `unit`) are numbered through a table by day.
 */
export function groupCustomers(rows: FrequencyRows & { unit?: TimeUnit }): BgnbdGroups {
	const { count, x, tx, T } = rows;
	let largestX = 0;
	let largestT = 0;
	for (let i = 0; i < count; i++) {
		// x > 0 with t_x = 0 (repeat purchases taking no time) makes the likelihood unbounded.
		const valid = x[i] === 0 ? tx[i] === 0 : x[i] > 0 && tx[i] > 0;
		if (!(valid && T[i] >= tx[i] && Number.isFinite(x[i] + T[i]))) {
			throw new RangeError(
				`customer row ${i}: need x = t_x = 0, or x > 0 and 0 < t_x ≤ T (got ${x[i]}, ${tx[i]}, ${T[i]})`
			);
		}
		if (x[i] > largestX) largestX = x[i];
		if (T[i] > largestT) largestT = T[i];
	}
	const xIndexOf = new ValueNumbering(1, largestX);
	const timeIndexOf = new ValueNumbering(typeof rows.unit === 'string' ? daysPerUnit(rows.unit) : 1, largestT);
	const rowX = new Int32Array(count);
	const rowTx = new Int32Array(count);
	const rowT = new Int32Array(count);
	for (let i = 0; i < count; i++) {
		rowX[i] = xIndexOf.indexOf(x[i]);
		rowTx[i] = timeIndexOf.indexOf(tx[i]);
		rowT[i] = timeIndexOf.indexOf(T[i]);
	}

	// (x index, t_x index, T index): one whole number below 2³¹ when the values are few (as they
	// are, see above); else the pair (x index, t_x index · times + T index), exact in a double.
	const nTimes = timeIndexOf.size;
	const rowGroup = new Int32Array(count);
	const firstRow = new Int32Array(count);
	const weight = new Float64Array(count);
	let groups: number;
	if (xIndexOf.size * nTimes * nTimes <= 2 ** 31) {
		const groupIndexOf = new KeyNumbering(Math.min(count, 1 << 16));
		for (let i = 0; i < count; i++) {
			const group = groupIndexOf.indexOf((rowX[i] * nTimes + rowTx[i]) * nTimes + rowT[i]);
			if (weight[group] === 0) firstRow[group] = i;
			weight[group]++;
			rowGroup[i] = group;
		}
		groups = groupIndexOf.size;
		groupIndexOf.dispose();
	} else {
		const groupIndexOf = new PairIndex(Math.min(count, 1 << 16));
		for (let i = 0; i < count; i++) {
			const group = groupIndexOf.indexOf(rowX[i], rowTx[i] * nTimes + rowT[i]);
			if (weight[group] === 0) firstRow[group] = i;
			weight[group]++;
			rowGroup[i] = group;
		}
		groups = groupIndexOf.size;
	}

	const pick = <A extends Float64Array | Int32Array>(target: A, source: ArrayLike<number>): A => {
		for (let g = 0; g < groups; g++) target[g] = source[firstRow[g]];
		return target;
	};
	const grouped: BgnbdGroups = {
		count: groups,
		weight: weight.slice(0, groups),
		x: pick(new Float64Array(groups), x),
		tx: pick(new Float64Array(groups), tx),
		T: pick(new Float64Array(groups), T),
		xIndex: pick(new Int32Array(groups), rowX),
		xValues: xIndexOf.numbered(),
		txIndex: pick(new Int32Array(groups), rowTx),
		TIndex: pick(new Int32Array(groups), rowT),
		timeValues: timeIndexOf.numbered(),
		rowGroup
	};
	// What only the grouping needed is freed at once, not at the next garbage collection (at 4.4
	// million customers about 120 MB, held through the fits otherwise).
	discard(rowX, rowTx, rowT, firstRow, weight);
	return grouped;
}

/** Frees the groups' arrays at once (see `discard`): they may not be used afterwards. */
export function discardGroups(groups: BgnbdGroups): void {
	discard(
		groups.weight,
		groups.x,
		groups.tx,
		groups.T,
		groups.xIndex,
		groups.xValues,
		groups.txIndex,
		groups.TIndex,
		groups.timeValues,
		groups.rowGroup
	);
}

/** Group weights for per-customer weights (e.g. bootstrap resampling counts). */
export function groupWeights(groups: BgnbdGroups, rowWeights: ArrayLike<number>, into?: Float64Array): Float64Array {
	const weight = into ?? new Float64Array(groups.count);
	weight.fill(0);
	const { rowGroup } = groups;
	for (let i = 0; i < rowGroup.length; i++) weight[rowGroup[i]] += rowWeights[i];
	return weight;
}
