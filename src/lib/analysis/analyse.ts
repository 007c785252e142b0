import type { OrderColumns } from '$lib/orders/columns';
import type { PeriodUnit } from './calendar';
import { cohortTable, type CohortTable } from './cohorts';
import { indexCustomers, type CustomerIndex } from './customers';
import { kpis, type Kpis } from './kpis';
import { baseByDay, periodSeries, type PeriodRow } from './periods';
import { rfm, RFM_SEGMENTS, type RfmResult, type RfmSegment } from './rfm';
import { SEED_BIT, SEED_SEGMENTS, seedSegments, type SeedSegment, type SeedSegmentSettings } from './seed-segments';

export interface AnalysisSettings {
	period: PeriodUnit;
	/** Activity window of the customer base, in months (default 12). */
	windowMonths: number;
	seed: SeedSegmentSettings;
	/** A lifetime t in years chosen by the user for the simple CLV, instead of 1 / yearly churn. */
	lifetimeYears?: number;
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
	rfmCuts: RfmResult['cuts'];
	firstDay: number;
	lastDay: number;
}

/** Per-customer results kept (in the worker) for exports of a segment's customers. */
export interface CustomerDetail {
	index: CustomerIndex;
	rfm: RfmResult;
	seedFlags: Uint8Array;
}

function summarise(
	id: SegmentId,
	members: (c: number) => boolean,
	index: CustomerIndex,
	rfmResult: RfmResult,
	totals: { customers: number; revenue: number }
): SegmentSummary {
	let customers = 0;
	let revenue = 0;
	let orders = 0;
	let recency = 0;
	for (let c = 0; c < index.customerCount; c++) {
		if (index.orders[c] === 0 || !members(c)) continue;
		customers++;
		revenue += index.revenue[c];
		orders += index.orders[c];
		recency += rfmResult.recency[c];
	}
	return {
		id,
		customers,
		customerShare: totals.customers ? customers / totals.customers : 0,
		revenue,
		revenueShare: totals.revenue ? revenue / totals.revenue : 0,
		meanOrders: customers ? orders / customers : 0,
		meanRecencyDays: customers ? recency / customers : 0
	};
}

/** The whole analysis of a data set's orders: KPIs, period retention, cohorts and segments. */
export function analyse(
	columns: OrderColumns,
	customerCount: number,
	settings: AnalysisSettings
): { analysis: Analysis; detail: CustomerDetail } {
	const index = indexCustomers(columns, customerCount);
	const base = baseByDay(columns, index, settings.windowMonths);
	const periods = periodSeries(columns, index, settings.period, settings.windowMonths, base);
	const headline = kpis(index, periods, settings);
	const rfmResult = rfm(index);
	const seedFlags = seedSegments(columns, index, settings.seed);
	const totals = { customers: headline.customers, revenue: headline.revenue };
	const rfmSegments = RFM_SEGMENTS.map((id, k) =>
		summarise(id, (c) => rfmResult.segment[c] === k, index, rfmResult, totals)
	);
	const seed = SEED_SEGMENTS.map((id) =>
		summarise(id, (c) => (seedFlags[c] & SEED_BIT[id]) !== 0, index, rfmResult, totals)
	);
	return {
		analysis: {
			kpis: headline,
			periods,
			cohorts: cohortTable(columns, index),
			rfmSegments,
			seedSegments: seed,
			rfmCuts: rfmResult.cuts,
			firstDay: index.minDay,
			lastDay: index.maxDay
		},
		detail: { index, rfm: rfmResult, seedFlags }
	};
}

/** Whether customer c belongs to a segment. */
export function inSegment(detail: CustomerDetail, c: number, id: SegmentId): boolean {
	if (detail.index.orders[c] === 0) return false;
	const rfmIndex = (RFM_SEGMENTS as readonly string[]).indexOf(id);
	if (rfmIndex >= 0) return detail.rfm.segment[c] === rfmIndex;
	return (detail.seedFlags[c] & SEED_BIT[id as SeedSegment]) !== 0;
}
