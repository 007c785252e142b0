import type { OrderColumns } from '$lib/orders/columns';
import type { PeriodUnit } from './calendar';
import { cohortTable, type CohortTable } from './cohorts';
import type { Comparisons, EarlierFigures } from './comparison';
import { indexCustomers, type CustomerIndex } from './customers';
import { isCovered, ordersInRange, previousRange, yearAgoRange, type DayRange } from './date-range';
import { kpis, type Kpis } from './kpis';
import { baseStillBuilding, periodSeries, periodsInRange, type PeriodRow } from './periods';
import { rfm, RFM_SEGMENTS, type RfmResult, type RfmSegment } from './rfm';
import { yearlyRetention } from './yearly';
import {
	SEED_BIT,
	SEED_SEGMENTS,
	seedBasis,
	seedSegments,
	type SeedBasis,
	type SeedSegment,
	type SeedSegmentSettings
} from './seed-segments';

export interface AnalysisSettings {
	period: PeriodUnit;
	/** Activity window of the customer base, in months (default 12). */
	windowMonths: number;
	seed: SeedSegmentSettings;
	/** A lifetime t in years chosen by the user for the simple CLV, instead of 1 / yearly churn. */
	lifetimeYears?: number;
	/** Only the orders of these days (see `date-range.ts` for what a range does to each figure); absent: all. */
	range?: DayRange;
}

export type SegmentId = RfmSegment | SeedSegment;

export interface SegmentSummary {
	id: SegmentId;
	customers: number;
	/** Share of all customers. */
	customerShare: number;
	revenue: number;
	revenueShare: number;
	/** Mean orders and days since last order of the segment's customers. */
	meanOrders: number;
	meanRecencyDays: number;
}

export interface Analysis {
	kpis: Kpis;
	periods: PeriodRow[];
	cohorts: CohortTable;
	rfmSegments: SegmentSummary[];
	seedSegments: SegmentSummary[];
	/** What the seed segments are measured over: the months averaged, the days covered (`seedBasis`). */
	seedBasis: SeedBasis;
	rfmCuts: RfmResult['cuts'];
	/** The data's first and last order day (the whole data set, whatever the range). */
	firstDay: number;
	lastDay: number;
	/** The range the figures are limited to, with its new and returning customers; null for all orders. */
	range: RangeSummary | null;
	/** The same figures for the previous range of the same length and a year earlier; null without a range. */
	comparisons: Comparisons | null;
}

export interface RangeSummary extends DayRange {
	/** Customers with an order in the range whose first order ever is in it. */
	newCustomers: number;
	/**
	 * Of `newCustomers`, those first seen less than one activity window after the data begins
	 * (`baseStillBuilding`, the rule of the cohorts' "may include earlier buyers" and the retention
	 * table's "base still building"): they may have bought before the data starts, so may not be new.
	 */
	newMayBeEarlier: number;
	/** Customers with an order in the range who had bought before it. */
	returningCustomers: number;
}

/** Per-customer results kept (in the worker) for exports of a segment's customers. */
export interface CustomerDetail {
	/** The customers' orders in the range (all orders without one). */
	index: CustomerIndex;
	range: DayRange | null;
	rfm: RfmResult;
	seedFlags: Uint8Array;
}

/**
 * The summaries of the RFM segments and of the seed segments, in one pass over the customers (a
 * pass per segment, ten of them, cost more than the rest of the segments' work). Each segment's
 * sums add its customers in customer order, as a pass of its own would.
 */
function segmentSummaries(
	index: CustomerIndex,
	rfmResult: RfmResult,
	seedFlags: Uint8Array,
	totals: { customers: number; revenue: number }
): { rfm: SegmentSummary[]; seed: SegmentSummary[] } {
	const rfmSums = new SegmentSums(RFM_SEGMENTS.length);
	const seedSums = new SegmentSums(SEED_SEGMENTS.length);
	const seedBits = SEED_SEGMENTS.map((id) => SEED_BIT[id]);
	for (let c = 0; c < index.customerCount; c++) {
		const orders = index.orders[c];
		if (orders === 0) continue;
		const revenue = index.revenue[c];
		const recency = rfmResult.recency[c];
		const segment = rfmResult.segment[c];
		if (segment < RFM_SEGMENTS.length) rfmSums.add(segment, revenue, orders, recency);
		const flags = seedFlags[c];
		if (flags === 0) continue;
		for (let k = 0; k < seedBits.length; k++)
			if ((flags & seedBits[k]) !== 0) seedSums.add(k, revenue, orders, recency);
	}
	return {
		rfm: RFM_SEGMENTS.map((id, k) => rfmSums.summary(id, k, totals)),
		seed: SEED_SEGMENTS.map((id, k) => seedSums.summary(id, k, totals))
	};
}

/** Running sums of some segments' customers, revenue, orders and days since their last order. */
class SegmentSums {
	readonly customers: Int32Array;
	readonly revenue: Float64Array;
	readonly orders: Float64Array;
	readonly recency: Float64Array;

	constructor(segments: number) {
		this.customers = new Int32Array(segments);
		this.revenue = new Float64Array(segments);
		this.orders = new Float64Array(segments);
		this.recency = new Float64Array(segments);
	}

	add(k: number, revenue: number, orders: number, recency: number): void {
		this.customers[k]++;
		this.revenue[k] += revenue;
		this.orders[k] += orders;
		this.recency[k] += recency;
	}

	summary(id: SegmentId, k: number, totals: { customers: number; revenue: number }): SegmentSummary {
		const customers = this.customers[k];
		const revenue = this.revenue[k];
		return {
			id,
			customers,
			customerShare: totals.customers ? customers / totals.customers : 0,
			revenue,
			revenueShare: totals.revenue ? revenue / totals.revenue : 0,
			meanOrders: customers ? this.orders[k] / customers : 0,
			meanRecencyDays: customers ? this.recency[k] / customers : 0
		};
	}
}

/**
 * The customers' orders within a range, indexed as if the data began on `from` and ended on `to`
 * (so spans, recency and "last N months" are measured within the range).
 */
function indexInRange(columns: OrderColumns, customerCount: number, range: DayRange, keep?: (row: number) => boolean) {
	const inRange = ordersInRange(columns, range, keep);
	const index = indexCustomers(inRange, customerCount);
	index.minDay = range.from;
	index.maxDay = range.to;
	return { columns: inRange, index };
}

/** The KPIs of an earlier range, or why it cannot be compared (the data does not cover all of it). */
function earlierFigures(
	columns: OrderColumns,
	customerCount: number,
	full: CustomerIndex,
	allPeriods: readonly PeriodRow[],
	range: DayRange,
	settings: AnalysisSettings
): EarlierFigures {
	if (!isCovered(range, full)) return { kind: 'notComparable', range, dataFrom: full.minDay };
	const { index } = indexInRange(columns, customerCount, range);
	const yearly = yearlyRetention(columns, full, range);
	return {
		kind: 'comparable',
		range,
		kpis: kpis(index, periodsInRange(allPeriods, range, full), settings, yearly)
	};
}

/** The whole analysis of a data set's orders: KPIs, period retention, cohorts and segments. */
export function analyse(
	columns: OrderColumns,
	customerCount: number,
	settings: AnalysisSettings
): { analysis: Analysis; detail: CustomerDetail } {
	const full = indexCustomers(columns, customerCount);
	// The customer base before each period comes from the whole history, with or without a range.
	const allPeriods = periodSeries(columns, full, settings.period, settings.windowMonths);
	const range = settings.range && columns.count > 0 ? settings.range : null;

	let index = full;
	let rangeColumns = columns;
	let periods = allPeriods;
	let cohorts: CohortTable;
	let summary: RangeSummary | null = null;
	let comparisons: Comparisons | null = null;
	if (range) {
		({ index, columns: rangeColumns } = indexInRange(columns, customerCount, range));
		periods = periodsInRange(allPeriods, range, full);
		// Cohorts: the customers new in the range (first order ever in it), followed up to its end.
		const isNew = (row: number) => full.firstDay[columns.customer[row]] >= range.from;
		const cohort = indexInRange(columns, customerCount, range, isNew);
		cohorts = cohortTable(cohort.columns, cohort.index, {
			dataFrom: full.minDay,
			windowMonths: settings.windowMonths
		});
		let newCustomers = 0;
		let newMayBeEarlier = 0;
		let active = 0;
		for (let c = 0; c < customerCount; c++) {
			if (index.orders[c] === 0) continue;
			active++;
			if (full.firstDay[c] < range.from) continue;
			newCustomers++;
			if (baseStillBuilding(full.firstDay[c], full.minDay, settings.windowMonths)) newMayBeEarlier++;
		}
		summary = { ...range, newCustomers, newMayBeEarlier, returningCustomers: active - newCustomers };
		comparisons = {
			previous: earlierFigures(columns, customerCount, full, allPeriods, previousRange(range), settings),
			yearAgo: earlierFigures(columns, customerCount, full, allPeriods, yearAgoRange(range), settings)
		};
	} else {
		cohorts = cohortTable(columns, full, { dataFrom: full.minDay, windowMonths: settings.windowMonths });
	}

	// The yearly CRR: the last 12 whole months (of the range) with a 12-month window, measured on the
	// whole history, never compounded (`yearly.ts`).
	const headline = kpis(index, periods, settings, yearlyRetention(columns, full, range));
	const rfmResult = rfm(index);
	const seeds = seedBasis(index, settings.seed);
	const seedFlags = seedSegments(rangeColumns, index, settings.seed, seeds);
	const totals = { customers: headline.customers, revenue: headline.revenue };
	const summaries = segmentSummaries(index, rfmResult, seedFlags, totals);
	return {
		analysis: {
			kpis: headline,
			periods,
			cohorts,
			rfmSegments: summaries.rfm,
			seedSegments: summaries.seed,
			seedBasis: seeds,
			rfmCuts: rfmResult.cuts,
			firstDay: full.minDay,
			lastDay: full.maxDay,
			range: summary,
			comparisons
		},
		detail: { index, range, rfm: rfmResult, seedFlags }
	};
}

/**
 * A detail computed from the whole history (for the pages that need every order of each customer),
 * or undefined when it was limited to a date range.
 */
export function wholeHistory(detail: CustomerDetail | undefined): CustomerDetail | undefined {
	return detail && !detail.range ? detail : undefined;
}

/** Whether customer c belongs to a segment. */
export function inSegment(detail: CustomerDetail, c: number, id: SegmentId): boolean {
	if (detail.index.orders[c] === 0) return false;
	const rfmIndex = (RFM_SEGMENTS as readonly string[]).indexOf(id);
	if (rfmIndex >= 0) return detail.rfm.segment[c] === rfmIndex;
	return (detail.seedFlags[c] & SEED_BIT[id as SeedSegment]) !== 0;
}
