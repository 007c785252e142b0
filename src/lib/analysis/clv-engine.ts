import type { OrderColumns } from '$lib/orders/columns';
import {
	buildCustomerSummary,
	ClvBootstrap,
	daysPerUnit,
	DAYS_PER_YEAR,
	fitBgnbd,
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
	type GammaGammaParams,
	type HoldoutBucket,
	type HoldoutErrors,
	type Interval,
	type Readiness,
	type TimeUnit
} from '$lib/models';
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

export const DEFAULT_CLV_SETTINGS: ClvSettings = { unit: 'week', horizonMonths: 12, annualDiscountRate: 0.1, margin: 1 };

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
	const summary = buildCustomerSummary(columns, customerCount, { unit: settings.unit });
	const models = runClvModels(summary, settings);
	return { settings, rows: summary, customerOf: summary.customer, models, excluded: summary.excluded, sorted: new Map() };
}

export function fitFromRows(rows: CustomerRows, settings: ClvSettings): ClvRun {
	return { settings, rows, customerOf: null, models: runClvModels(rows, settings), excluded: { noOrders: 0, firstPurchaseAfterCalibration: 0 }, sorted: new Map() };
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

export interface ClvOverview {
	settings: ClvSettings;
	perUnitDiscountRate: number;
	customers: number;
	excluded: ClvRun['excluded'];
	readiness: Readiness;
	bgnbd: { params: BgnbdParams; standardErrors: BgnbdParams | null; logLikelihood: number; converged: boolean; iterations: number; restartsAgree: boolean } | null;
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
	totals: { clv: number; expectedPurchases: number; meanProbabilityAlive: number; populationSpendCustomers: number } | null;
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
		segments,
		timings: models.timings
	};
}

export const CLV_COLUMNS = ['customer', 'x', 'tx', 'T', 'monetary', 'probabilityAlive', 'expectedPurchases', 'expectedSpend', 'clv', 'segment'] as const;
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
	let order = run.sorted.get(query.sort);
	if (!order) {
		order = Int32Array.from({ length: n }, (_, i) => i);
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
		order.sort(values ? (a, b) => values[a] - values[b] || (name(a) < name(b) ? -1 : 1) : (a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
		run.sorted.set(query.sort, order);
	}
	const needle = query.search.trim().toLowerCase();
	const matches: number[] = [];
	for (let k = 0; k < n; k++) {
		const i = order[query.descending ? n - 1 - k : k];
		if (needle && !(customers[run.customerOf ? run.customerOf[i] : i] ?? '').toLowerCase().includes(needle)) continue;
		matches.push(i);
	}
	return {
		rows: matches.slice(query.offset, query.offset + query.limit).map((i) => rowOf(run, i, customers, rowSegment)),
		total: matches.length
	};
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
	readiness: Readiness;
	params: BgnbdParams | null;
	buckets: HoldoutBucket[];
	errors: HoldoutErrors | null;
}

/**
 * Hold-out validation: fit BG/NBD on the purchases up to `splitDay` and compare the purchases it
 * predicts for the rest of the data with those that happened, by calibration frequency.
 */
export function holdoutCheck(columns: OrderColumns, customerCount: number, unit: TimeUnit, splitDay: number, lastDay: number): HoldoutOverview {
	const summary = buildCustomerSummary(columns, customerCount, { unit, calibrationEnd: splitDay, holdoutEnd: lastDay });
	const { readiness, absorb } = collectReadiness();
	const base = { splitDay, lastDay, unit, holdoutLength: summary.holdoutLength, calibrationCustomers: summary.count, readiness, params: null, buckets: [], errors: null };
	if (!absorb(checkHoldout(summary)) || !absorb(checkFrequencyData(summary))) return base;
	const fit = fitBgnbd(groupCustomers(summary));
	if (!absorb(assessBgnbdFit(fit))) return base;
	const validation = validateHoldout(summary, fit.params);
	return { ...base, params: fit.params, buckets: validation.buckets, errors: validation.errors };
}

export interface BootstrapOverview {
	replicates: number;
	requested: number;
	failedFits: number;
	stoppedEarly: boolean;
	confidence: number;
	total: Interval;
	segments: { id: string; interval: Interval }[];
}

/** A bootstrap of the total and per-segment CLV, run one replicate at a time by the caller. */
export function startBootstrap(run: ClvRun, rowSegment: Int32Array | null, replicates: number, seed = 1): ClvBootstrap | null {
	const { bgnbd, gammaGamma, clv } = run.models;
	if (!bgnbd || !gammaGamma || !clv) return null;
	return new ClvBootstrap(run.rows, { bgnbd: bgnbd.params, gammaGamma: gammaGamma.params }, {
		replicates,
		seed,
		confidence: 0.9,
		segments: rowSegment ? { index: rowSegment, count: RFM_SEGMENTS.length } : undefined,
		clv: run.settings
	});
}

export function bootstrapOverview(bootstrap: ClvBootstrap): BootstrapOverview {
	const result = bootstrap.result();
	return {
		replicates: result.replicates,
		requested: result.requested,
		failedFits: result.failedFits,
		stoppedEarly: result.stoppedEarly,
		confidence: result.confidence,
		total: result.total,
		segments: result.segments.map((interval, s) => ({ id: RFM_SEGMENTS[s], interval }))
	};
}
