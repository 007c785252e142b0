import { PairIndex } from './pair-index';

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

/** Groups customers by (x, t_x, T). Throws RangeError on a row that no model could read. */
export function groupCustomers(rows: FrequencyRows): BgnbdGroups {
	const { count, x, tx, T } = rows;
	const xIndexOf = new PairIndex(256);
	const timeIndexOf = new PairIndex(4096);
	const rowX = new Int32Array(count);
	const rowTx = new Int32Array(count);
	const rowT = new Int32Array(count);
	for (let i = 0; i < count; i++) {
		// x > 0 with t_x = 0 (repeat purchases taking no time) makes the likelihood unbounded.
		const valid = x[i] === 0 ? tx[i] === 0 : x[i] > 0 && tx[i] > 0;
		if (!(valid && T[i] >= tx[i] && Number.isFinite(x[i] + T[i]))) {
			throw new RangeError(
				`customer row ${i}: need x = t_x = 0, or x > 0 and 0 < t_x ≤ T (got ${x[i]}, ${tx[i]}, ${T[i]})`
			);
		}
		rowX[i] = xIndexOf.indexOf(x[i]);
		rowTx[i] = timeIndexOf.indexOf(tx[i]);
		rowT[i] = timeIndexOf.indexOf(T[i]);
	}

	// (x index, t_x index · times + T index): both exact integers in a double.
	const nTimes = timeIndexOf.size;
	const groupIndexOf = new PairIndex(Math.min(count, 1 << 16));
	const rowGroup = new Int32Array(count);
	const firstRow = new Int32Array(count);
	const weight = new Float64Array(count);
	for (let i = 0; i < count; i++) {
		const group = groupIndexOf.indexOf(rowX[i], rowTx[i] * nTimes + rowT[i]);
		if (weight[group] === 0) firstRow[group] = i;
		weight[group]++;
		rowGroup[i] = group;
	}

	const groups = groupIndexOf.size;
	const pick = <A extends Float64Array | Int32Array>(target: A, source: ArrayLike<number>): A => {
		for (let g = 0; g < groups; g++) target[g] = source[firstRow[g]];
		return target;
	};
	return {
		count: groups,
		weight: weight.slice(0, groups),
		x: pick(new Float64Array(groups), x),
		tx: pick(new Float64Array(groups), tx),
		T: pick(new Float64Array(groups), T),
		xIndex: pick(new Int32Array(groups), rowX),
		xValues: xIndexOf.firstValues(),
		txIndex: pick(new Int32Array(groups), rowTx),
		TIndex: pick(new Int32Array(groups), rowT),
		timeValues: timeIndexOf.firstValues(),
		rowGroup
	};
}

/** Group weights for per-customer weights (e.g. bootstrap resampling counts). */
export function groupWeights(groups: BgnbdGroups, rowWeights: ArrayLike<number>, into?: Float64Array): Float64Array {
	const weight = into ?? new Float64Array(groups.count);
	weight.fill(0);
	const { rowGroup } = groups;
	for (let i = 0; i < rowGroup.length; i++) weight[rowGroup[i]] += rowWeights[i];
	return weight;
}
