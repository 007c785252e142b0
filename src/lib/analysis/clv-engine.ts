import type { OrderColumns } from '$lib/orders/columns';
import {
	buildCustomerSummary,
	ClvBootstrap,
	computeClv,
	daysPerUnit,
	DAYS_PER_YEAR,
	groupCustomers,
	checkFrequencyData,
	checkHoldout,
	collectReadiness,
	assessBgnbdFit,
	runClvModels,
	validateHoldout,
	type BgnbdParams,
	type ClvModelsResult,
	type CustomerRows,
	type ClvResult,
	type CustomerSummary,
	type DataProblem,
	type GammaGammaParams,
	type HoldoutBucket,
	type HoldoutErrors,
	type Interval,
	type Readiness,
	type TimeUnit
} from '$lib/models';
import { fitBgnbdSettled, RIDGE_GAP } from '$lib/models/ridge';
import { RFM_SEGMENTS } from './rfm';

/**
 * Predicted CLV for a data set, as the analysis worker runs it: the models of `$lib/models` on the
 * data set's customers, with the page's settings, and the summaries, table pages and exports the
 * page asks for. Pure (no worker or storage), so it is tested in node.
 */
export interface ClvSettings {
	unit: TimeUnit;
	horizonMonths: number;
	/** Discount rate per year, as a fraction (0.1 = 10 %). */
	annualDiscountRate: number;
	/** Share of spend that is profit (1 = CLV as revenue). */
	margin: number;
}

export const DEFAULT_CLV_SETTINGS: ClvSettings = {
	unit: 'week',
	horizonMonths: 12,
	annualDiscountRate: 0.1,
	margin: 1
};

export interface ClvRun {
	settings: ClvSettings;
	rows: CustomerRows;
	/** Row → customer index in the data set (for orders); null when rows are the customers (summary files). */
	customerOf: Int32Array | null;
	models: ClvModelsResult;
	excluded: { noOrders: number; firstPurchaseAfterCalibration: number };
	/** Rows sorted by a column, kept while the same run is paged through. */
	sorted: Map<string, Int32Array>;
}

export function fitFromOrders(columns: OrderColumns, customerCount: number, settings: ClvSettings): ClvRun {
	return fitFromSummary(buildCustomerSummary(columns, customerCount, { unit: settings.unit }), settings);
}

/** The models fitted to a customer summary built from orders (in `settings.unit`). */
export function fitFromSummary(summary: CustomerSummary, settings: ClvSettings): ClvRun {
	const models = runClvModels(summary, settings);
	return {
		settings,
		rows: summary,
		customerOf: summary.customer,
		models,
		excluded: summary.excluded,
		sorted: new Map()
	};
}

export function fitFromRows(rows: CustomerRows, settings: ClvSettings): ClvRun {
	return {
		settings,
		rows,
		customerOf: null,
		models: runClvModels(rows, settings),
		excluded: { noOrders: 0, firstPurchaseAfterCalibration: 0 },
		sorted: new Map()
	};
}

/** A refusal that is the spend model's alone (its data or its fit): BG/NBD's predictions still stand. */
export function isSpendProblem(problem: DataProblem): boolean {
	switch (problem.code) {
		case 'no-positive-spend':
		case 'too-few-spend-customers':
		case 'spend-mean-undefined':
			return true;
		case 'fit-not-converged':
		case 'parameter-at-limit':
			return problem.model === 'gamma-gamma';
		default:
			return false;
	}
}

const purchaseOnly = new WeakMap<ClvRun, ClvResult | null>();

/**
 * The purchase model's predictions alone (P(alive), expected purchases over the horizon) when only
 * the spend model failed: BG/NBD was fitted and trusted, and every refusal is Gamma-Gamma's. Spend
 * and CLV are NaN (withheld). Null when the CLV ran (use `models.clv`) or BG/NBD itself was refused.
 */
export function purchasePredictions(run: ClvRun): ClvResult | null {
	const { models } = run;
	if (models.clv || !models.bgnbd || models.readiness.problems.length === 0) return null;
	if (!models.readiness.problems.every(isSpendProblem)) return null;
	let found = purchaseOnly.get(run);
	if (found === undefined) {
		found = computeClv(run.rows, models.bgnbd.params, null, run.settings);
		purchaseOnly.set(run, found);
	}
	return found;
}

/** The discount rate per model time unit equivalent to the yearly one: (1 + d)^(unit / year) − 1. */
export function perUnitDiscountRate(annualRate: number, unit: TimeUnit): number {
	return Math.pow(1 + annualRate, daysPerUnit(unit) / DAYS_PER_YEAR) - 1;
}

export interface SegmentClv {
	id: string;
	customers: number;
	clv: number;
	expectedPurchases: number;
}

/** One point along a flat ridge of the purchase model's likelihood (see $lib/models/ridge). */
export interface RidgePointOverview {
	/** Mean drop-out probability per repeat purchase, a/(a+b); 0 is no drop-out at all. */
	dropout: number;
	a: number;
	b: number;
	/** Log-likelihood units below the best point. */
	gap: number;
	/** The fit the predictions use. */
	used: boolean;
	clvTotal: number;
	meanProbabilityAlive: number;
}

export interface ClvOverview {
	settings: ClvSettings;
	perUnitDiscountRate: number;
	customers: number;
	excluded: ClvRun['excluded'];
	readiness: Readiness;
	bgnbd: {
		params: BgnbdParams;
		standardErrors: BgnbdParams | null;
		logLikelihood: number;
		converged: boolean;
		iterations: number;
		restartsAgree: boolean;
	} | null;
	gammaGamma: {
		params: GammaGammaParams;
		standardErrors: GammaGammaParams | null;
		logLikelihood: number;
		converged: boolean;
		iterations: number;
		restartsAgree: boolean;
		meanSpend: number;
		excludedNonPositive: number;
		withoutRepeats: number;
		customers: number;
	} | null;
	totals: {
		clv: number;
		expectedPurchases: number;
		meanProbabilityAlive: number;
		populationSpendCustomers: number;
	} | null;
	/**
	 * When only the spend model failed (`totals` null, every problem Gamma-Gamma's): what the purchase
	 * model alone predicts. CLV and spend are withheld.
	 */
	purchaseTotals: { expectedPurchases: number; meanProbabilityAlive: number } | null;
	/**
	 * When the fit cannot tell drop-out from none (a → 0, or a flat ridge in a, b): the CLV total
	 * along the ridge, and its range among the fits within `gapLimit` log-likelihood units of the best.
	 */
	ridge: { points: RidgePointOverview[]; low: number; high: number; gapLimit: number } | null;
	segments: SegmentClv[];
	timings: ClvModelsResult['timings'];
}

/** The customer's segment index of each row, or null when there are no segments. */
export function segmentOfRows(run: ClvRun, segmentOfCustomer: Uint8Array | null): Int32Array | null {
	if (!segmentOfCustomer) return null;
	const index = new Int32Array(run.rows.count);
	for (let i = 0; i < run.rows.count; i++) {
		const s = segmentOfCustomer[run.customerOf ? run.customerOf[i] : i];
		index[i] = s < RFM_SEGMENTS.length ? s : -1;
	}
	return index;
}

export function clvOverview(run: ClvRun, segmentOfCustomer: Uint8Array | null): ClvOverview {
	const { models } = run;
	const clv = models.clv;
	let meanAlive = 0;
	const segments: SegmentClv[] = [];
	if (clv) {
		for (let i = 0; i < clv.probabilityAlive.length; i++) meanAlive += clv.probabilityAlive[i];
		meanAlive /= Math.max(1, clv.probabilityAlive.length);
		const rowSegment = segmentOfRows(run, segmentOfCustomer);
		if (rowSegment) {
			const sums = RFM_SEGMENTS.map((id) => ({ id, customers: 0, clv: 0, expectedPurchases: 0 }));
			for (let i = 0; i < rowSegment.length; i++) {
				const s = rowSegment[i];
				if (s < 0) continue;
				sums[s].customers++;
				sums[s].clv += clv.clv[i];
				sums[s].expectedPurchases += clv.expectedPurchases[i];
			}
			segments.push(...sums);
		}
	}
	const bg = models.bgnbd;
	const gg = models.gammaGamma;
	const purchases = purchasePredictions(run);
	let purchaseTotals: ClvOverview['purchaseTotals'] = null;
	if (purchases) {
		let alive = 0;
		for (let i = 0; i < purchases.probabilityAlive.length; i++) alive += purchases.probabilityAlive[i];
		purchaseTotals = {
			expectedPurchases: purchases.totals.expectedPurchases,
			meanProbabilityAlive: alive / Math.max(1, purchases.probabilityAlive.length)
		};
	}
	return {
		settings: run.settings,
		perUnitDiscountRate: perUnitDiscountRate(run.settings.annualDiscountRate, run.settings.unit),
		customers: run.rows.count,
		excluded: run.excluded,
		readiness: models.readiness,
		bgnbd: bg && {
			params: bg.params,
			standardErrors: bg.standardErrors,
			logLikelihood: bg.logLikelihood,
			converged: bg.converged,
			iterations: bg.iterations,
			restartsAgree: bg.restartsAgree
		},
		gammaGamma: gg && {
			params: gg.params,
			standardErrors: gg.standardErrors,
			logLikelihood: gg.logLikelihood,
			converged: gg.converged,
			iterations: gg.iterations,
			restartsAgree: gg.restartsAgree,
			meanSpend: gg.meanSpend,
			excludedNonPositive: gg.excludedNonPositive,
			withoutRepeats: gg.withoutRepeats,
			customers: gg.customers
		},
		totals: clv && {
			clv: clv.totals.clv,
			expectedPurchases: clv.totals.expectedPurchases,
			meanProbabilityAlive: meanAlive,
			populationSpendCustomers: clv.populationSpendCustomers
		},
		purchaseTotals,
		ridge: models.ridge && {
			points: models.ridge.points.map((p) => ({
				dropout: p.dropout,
				a: p.params.a,
				b: p.params.b,
				gap: p.gap,
				used: p.used,
				clvTotal: p.clvTotal,
				meanProbabilityAlive: p.meanProbabilityAlive
			})),
			low: models.ridge.low,
			high: models.ridge.high,
			gapLimit: RIDGE_GAP
		},
		segments,
		timings: models.timings
	};
}

export const CLV_COLUMNS = [
	'customer',
	'x',
	'tx',
	'T',
	'monetary',
	'probabilityAlive',
	'expectedPurchases',
	'expectedSpend',
	'clv',
	'segment'
] as const;
export type ClvColumn = (typeof CLV_COLUMNS)[number];

export interface ClvTableQuery {
	sort: ClvColumn;
	descending: boolean;
	search: string;
	offset: number;
	limit: number;
}

export interface ClvTableRow {
	customer: string;
	x: number;
	tx: number;
	T: number;
	monetary: number;
	probabilityAlive: number;
	expectedPurchases: number;
	expectedSpend: number;
	clv: number;
	segment: string | null;
}

function rowOf(run: ClvRun, i: number, customers: readonly string[], rowSegment: Int32Array | null): ClvTableRow {
	const clv = run.models.clv!;
	const s = rowSegment ? rowSegment[i] : -1;
	return {
		customer: customers[run.customerOf ? run.customerOf[i] : i] ?? String(i + 1),
		x: run.rows.x[i],
		tx: run.rows.tx[i],
		T: run.rows.T[i],
		monetary: run.rows.monetary[i],
		probabilityAlive: clv.probabilityAlive[i],
		expectedPurchases: clv.expectedPurchases[i],
		expectedSpend: clv.expectedSpend[i],
		clv: clv.clv[i],
		segment: s >= 0 ? RFM_SEGMENTS[s] : null
	};
}

/** Rows of `n` in the order of `compare`. */
type RowOrder = (a: number, b: number) => number;

/**
 * The first `k` of `n` rows in the order of `compare` (a bounded heap: O(n log k), against the
 * full sort's O(n log n)), or null when two rows compared are exactly tied (same value and same
 * customer id): only the full sort says where those go, so the caller sorts.
 */
export function firstRowsInOrder(n: number, k: number, compare: RowOrder): Int32Array | null {
	let tied = false;
	const cmp = (a: number, b: number) => {
		const c = compare(a, b);
		if (c === 0) tied = true;
		return c;
	};
	// A max-heap (by `compare`) of the k first rows met so far: its root is the last of them.
	const heap = new Int32Array(Math.min(k, n));
	let size = 0;
	const down = (from: number) => {
		let i = from;
		for (;;) {
			const left = 2 * i + 1;
			if (left >= size) return;
			const right = left + 1;
			const larger = right < size && cmp(heap[right], heap[left]) > 0 ? right : left;
			if (cmp(heap[larger], heap[i]) <= 0) return;
			[heap[i], heap[larger]] = [heap[larger], heap[i]];
			i = larger;
		}
	};
	for (let row = 0; row < n && !tied; row++) {
		if (size < heap.length) {
			let i = size++;
			heap[i] = row;
			while (i > 0) {
				const parent = (i - 1) >> 1;
				if (cmp(heap[i], heap[parent]) <= 0) break;
				[heap[i], heap[parent]] = [heap[parent], heap[i]];
				i = parent;
			}
		} else if (size > 0 && cmp(row, heap[0]) < 0) {
			heap[0] = row;
			down(0);
		}
	}
	if (tied) return null;
	const first = heap.slice(0, size).sort(cmp);
	return tied ? null : first;
}

/** Pages up to this deep are picked from the rows without sorting them all (see `firstRowsInOrder`). */
const PICK_LIMIT = 1000;

/** One page of the customer table, sorted and filtered by customer id; the total counts matches. */
export function clvTable(
	run: ClvRun,
	customers: readonly string[],
	rowSegment: Int32Array | null,
	query: ClvTableQuery
): { rows: ClvTableRow[]; total: number } {
	const clv = run.models.clv;
	if (!clv) return { rows: [], total: 0 };
	const n = run.rows.count;
	const numeric: Record<string, ArrayLike<number>> = {
		x: run.rows.x,
		tx: run.rows.tx,
		T: run.rows.T,
		monetary: run.rows.monetary,
		probabilityAlive: clv.probabilityAlive,
		expectedPurchases: clv.expectedPurchases,
		expectedSpend: clv.expectedSpend,
		clv: clv.clv,
		segment: rowSegment ?? new Int32Array(n)
	};
	const name = (i: number) => customers[run.customerOf ? run.customerOf[i] : i] ?? '';
	const values = numeric[query.sort];
	// Ascending; ties by customer id, so the order is stable and reproducible.
	const ascending: RowOrder = values
		? (a, b) => values[a] - values[b] || (name(a) < name(b) ? -1 : 1)
		: (a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);
	const needle = query.search.trim().toLowerCase();
	let order = run.sorted.get(query.sort);
	// The first page shown (and the next few) without sorting every row: the same rows in the same
	// order as the full sort's, whenever the order is strict (no NaN, no row tied with another).
	if (!order && !needle && query.offset + query.limit <= PICK_LIMIT && !hasNaN(values)) {
		// The same comparison as the sort's, telling an exact tie (same value, same id) by a 0.
		const strict: RowOrder = values
			? (a, b) => values[a] - values[b] || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0)
			: ascending;
		const first = firstRowsInOrder(
			n,
			query.offset + query.limit,
			query.descending ? (a, b) => strict(b, a) : strict
		);
		if (first)
			return {
				rows: Array.from(first.subarray(query.offset), (i) => rowOf(run, i, customers, rowSegment)),
				total: n
			};
	}
	if (!order) {
		order = Int32Array.from({ length: n }, (_, i) => i);
		order.sort(ascending);
		run.sorted.set(query.sort, order);
	}
	const matches: number[] = [];
	for (let k = 0; k < n; k++) {
		const i = order[query.descending ? n - 1 - k : k];
		if (needle && !(customers[run.customerOf ? run.customerOf[i] : i] ?? '').toLowerCase().includes(needle))
			continue;
		matches.push(i);
	}
	return {
		rows: matches.slice(query.offset, query.offset + query.limit).map((i) => rowOf(run, i, customers, rowSegment)),
		total: matches.length
	};
}

function hasNaN(values: ArrayLike<number> | undefined): boolean {
	if (!values) return false;
	for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) return true;
	return false;
}

/** Every customer's prediction as CSV rows (cells: the same as the table's columns). */
export function clvRows(run: ClvRun, customers: readonly string[], rowSegment: Int32Array | null): ClvTableRow[] {
	if (!run.models.clv) return [];
	return Array.from({ length: run.rows.count }, (_, i) => rowOf(run, i, customers, rowSegment));
}

export interface HoldoutOverview {
	splitDay: number;
	lastDay: number;
	unit: TimeUnit;
	holdoutLength: number;
	calibrationCustomers: number;
	/** Problems refuse the check; warnings (e.g. the no-drop-out limit) say what the fit used is. */
	readiness: Readiness;
	params: BgnbdParams | null;
	buckets: HoldoutBucket[];
	errors: HoldoutErrors | null;
	/** When refused: a split day whose data pass the checks, or null if none does. */
	suggestedSplit: number | null;
}

function holdoutDataReadiness(
	columns: OrderColumns,
	customerCount: number,
	unit: TimeUnit,
	splitDay: number,
	lastDay: number
) {
	const summary = buildCustomerSummary(columns, customerCount, {
		unit,
		calibrationEnd: splitDay,
		holdoutEnd: lastDay
	});
	const { readiness, absorb } = collectReadiness();
	if (absorb(checkHoldout(summary))) absorb(checkFrequencyData(summary));
	return { summary, readiness };
}

/**
 * A split day, other than `tried`, at which the data pass the checks (enough customers and repeat
 * buyers before it, a period after it): 2/3, 1/2, 3/4, 5/6 or 1/3 of the way through; null if none.
 */
export function suggestSplit(
	columns: OrderColumns,
	customerCount: number,
	unit: TimeUnit,
	firstDay: number,
	lastDay: number,
	tried: number
): number | null {
	// A split lies strictly between the first and the last order day.
	if (lastDay - firstDay < 2) return null;
	const within = (day: number) => Math.min(lastDay - 1, Math.max(firstDay + 1, day));
	const candidates = [2 / 3, 1 / 2, 3 / 4, 5 / 6, 1 / 3].map((f) =>
		within(firstDay + Math.round((lastDay - firstDay) * f))
	);
	for (const day of new Set(candidates)) {
		if (day === tried) continue;
		if (holdoutDataReadiness(columns, customerCount, unit, day, lastDay).readiness.ok) return day;
	}
	return null;
}

/**
 * Hold-out validation: fit BG/NBD on the purchases up to `splitDay` and compare the purchases it
 * predicts for the rest of the data with those that happened, by calibration frequency. A fit at
 * the no-drop-out limit is used as it is (and said, in the warnings); when the data before the split
 * cannot carry the model, another split that can is suggested.
 */
export function holdoutCheck(
	columns: OrderColumns,
	customerCount: number,
	unit: TimeUnit,
	splitDay: number,
	lastDay: number,
	firstDay?: number
): HoldoutOverview {
	const { summary, readiness } = holdoutDataReadiness(columns, customerCount, unit, splitDay, lastDay);
	const { readiness: collected, absorb } = collectReadiness();
	absorb(readiness);
	const base = {
		splitDay,
		lastDay,
		unit,
		holdoutLength: summary.holdoutLength,
		calibrationCustomers: summary.count,
		readiness: collected,
		params: null,
		buckets: [],
		errors: null,
		suggestedSplit: null
	};
	const refused = () => ({
		...base,
		suggestedSplit:
			firstDay === undefined ? null : suggestSplit(columns, customerCount, unit, firstDay, lastDay, splitDay)
	});
	if (!collected.ok) return refused();
	const fit = fitBgnbdSettled(groupCustomers(summary));
	if (!absorb(assessBgnbdFit(fit))) return refused();
	const validation = validateHoldout(summary, fit.params);
	return { ...base, params: fit.params, buckets: validation.buckets, errors: validation.errors };
}

export interface BootstrapOverview {
	replicates: number;
	requested: number;
	failedFits: number;
	/** Replicates whose spend model had no finite mean (q ≤ 1): counted as unbounded totals. */
	unboundedSpend: number;
	/** Replicates whose purchase refit is the no-drop-out limit. */
	noDropoutFits: number;
	stoppedEarly: boolean;
	confidence: number;
	total: Interval;
	segments: { id: string; interval: Interval }[];
}

/** A bootstrap of the total and per-segment CLV, run one replicate at a time by the caller. */
export function startBootstrap(
	run: ClvRun,
	rowSegment: Int32Array | null,
	replicates: number,
	seed = 1
): ClvBootstrap | null {
	const { bgnbd, gammaGamma, clv } = run.models;
	if (!bgnbd || !gammaGamma || !clv) return null;
	return new ClvBootstrap(
		run.rows,
		{ bgnbd: bgnbd.params, gammaGamma: gammaGamma.params, boundary: bgnbd.boundary },
		{
			replicates,
			seed,
			confidence: 0.9,
			segments: rowSegment ? { index: rowSegment, count: RFM_SEGMENTS.length } : undefined,
			clv: run.settings
		}
	);
}

export function bootstrapOverview(bootstrap: ClvBootstrap): BootstrapOverview {
	const result = bootstrap.result();
	return {
		replicates: result.replicates,
		requested: result.requested,
		failedFits: result.failedFits,
		unboundedSpend: result.unboundedSpend,
		noDropoutFits: result.noDropoutFits,
		stoppedEarly: result.stoppedEarly,
		confidence: result.confidence,
		total: result.total,
		segments: result.segments.map((interval, s) => ({ id: RFM_SEGMENTS[s], interval }))
	};
}
