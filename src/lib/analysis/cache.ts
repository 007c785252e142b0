import { db } from '$lib/db/database';
import type { Analysis, AnalysisSettings } from './analyse';
import { DEFAULT_SEED_SETTINGS } from './seed-segments';

/** The settings the Analysis page opens with (and the import analyses with, ahead of time). */
export const DEFAULT_ANALYSIS_SETTINGS: AnalysisSettings = { period: 'month', windowMonths: 12, seed: DEFAULT_SEED_SETTINGS };

/** A stable key for a choice of settings (the same settings always give the same text). */
export function settingsKey(s: AnalysisSettings): string {
	const seed = s.seed;
	return JSON.stringify([
		s.period,
		s.windowMonths,
		s.lifetimeYears ?? null,
		seed.ordersPerMonth,
		seed.spendPerMonth,
		seed.windowMonths,
		seed.topPercent,
		seed.highPercent,
		seed.lapsedDays
	]);
}

export async function writeCachedAnalysis(datasetId: number, datasetCreatedAt: number, settings: AnalysisSettings, analysis: Analysis): Promise<void> {
	await db().analysisCache.put({ datasetId, key: settingsKey(settings), datasetCreatedAt, analysis });
}

/** A cached analysis of this very data set (not one deleted and restored since) for these settings. */
export async function readCachedAnalysis(datasetId: number, settings: AnalysisSettings): Promise<Analysis | null> {
	const [record, dataset] = await Promise.all([db().analysisCache.get([datasetId, settingsKey(settings)]), db().datasets.get(datasetId)]);
	if (!record || !dataset || record.datasetCreatedAt !== dataset.createdAt) return null;
	return record.analysis as Analysis;
}
