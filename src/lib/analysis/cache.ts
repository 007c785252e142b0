import { db } from '$lib/db/database';
import type { Analysis, AnalysisSettings } from './analyse';
import { datasetMeasures, measuredDataset } from './measures';
import { DEFAULT_ANALYSIS_SETTINGS } from './settings';

export { DEFAULT_ANALYSIS_SETTINGS };

/**
 * The shape of a cached analysis: raised whenever `Analysis` changes, so that analyses cached by an
 * older version are computed again rather than read with fields missing.
 */
// 4: the previous period of whole months is whole months (903df83), 'last 12 months' and 'a year
// earlier' keep whole months, and a period a range cuts is marked `cutByRange`: ranges cached before differ.
// 5: the KPIs carry the measured yearly retention (`kpis.yearly`), and the yearly churn is 1 − its CRR.
// 6: a month, quarter or year to date is compared with the same days of the one before (not the days just before).
// 7: the yearly retention (`kpis.yearly`, and the what-if's C and f) is that of the last 12 whole months, not
// of the last measurable calendar year: analyses cached before hold a calendar year's figures.
// 8: a range's summary counts the new customers who may have bought before the data begins (`newMayBeEarlier`);
// RFM F = 1 only for a single order, and one-order customers are "new" at R 4–5 whatever they spent:
// segments cached before put 2-order customers in "new".
// 9: the seed segments carry their basis (`seedBasis`): high frequency averaged over the months the data cover.
// 10: the purchase frequency (and so the simple CLV) is the last 12 whole months' orders per customer who bought
// in them (`kpis.frequencyYear`), no longer the span's average; periods without an order are marked `noOrders`.
// 11: a quarter or year to date made of whole months (1 Apr – 31 May) is compared with the same months of the
// one before (1 Jan – 28 Feb), not with as many whole months just before it (1 Feb – 31 Mar).
export const ANALYSIS_VERSION = 11;

/**
 * A stable key for a choice of settings (the same settings always give the same text). The date
 * range is part of it, so an analysis of all orders is never read for a range, nor one range's for another.
 */
export function settingsKey(s: AnalysisSettings): string {
	const seed = s.seed;
	return JSON.stringify([
		ANALYSIS_VERSION,
		s.period,
		s.windowMonths,
		s.lifetimeYears ?? null,
		seed.ordersPerMonth,
		seed.spendPerMonth,
		seed.windowMonths,
		seed.topPercent,
		seed.highPercent,
		seed.lapsedDays,
		s.range?.from ?? null,
		s.range?.to ?? null
	]);
}

export async function writeCachedAnalysis(
	datasetId: number,
	datasetCreatedAt: number,
	settings: AnalysisSettings,
	analysis: Analysis
): Promise<void> {
	await db().analysisCache.put({ datasetId, key: settingsKey(settings), datasetCreatedAt, analysis });
}

/** A cached analysis of this very data set (not one deleted and restored since) for these settings. */
export async function readCachedAnalysis(datasetId: number, settings: AnalysisSettings): Promise<Analysis | null> {
	const [record, dataset] = await Promise.all([
		db().analysisCache.get([datasetId, settingsKey(settings)]),
		db().datasets.get(datasetId)
	]);
	if (!record || !dataset || record.datasetCreatedAt !== dataset.createdAt) return null;
	return record.analysis as Analysis;
}

/**
 * Records the headline figures of the analysis the Analysis page is showing, for the benchmarks,
 * planner and what-if pages: called for every result the page shows, computed or read from the
 * cache, so those pages always read the same derivation the Analysis page shows (there is no other
 * writer that could overwrite it with other settings' figures later).
 */
export async function publishMeasures(
	datasetId: number,
	settings: AnalysisSettings,
	analysis: Analysis,
	currency: string
): Promise<void> {
	const dataset = await db().datasets.get(datasetId);
	if (!dataset) return;
	const record = datasetMeasures(
		analysis,
		measuredDataset(datasetId, dataset),
		dataset.currency ?? currency,
		Date.now(),
		settings
	);
	await db().datasetMetrics.put(record);
}
