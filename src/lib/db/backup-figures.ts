import { analyse, type AnalysisSettings } from '$lib/analysis/analyse';
import { datasetMeasures, measuredDataset } from '$lib/analysis/measures';
import { DEFAULT_ANALYSIS_SETTINGS } from '$lib/analysis/settings';
import type { OrderColumns } from '$lib/orders/columns';
import { chunkRowsOf } from './chunk-rows';
import type { DatasetMetricsRecord, DatasetRecord, OrderChunkRecord } from './database';
import { orderColumnsOf } from './datasets';

/**
 * A backup's figures derived from the orders are never restored on trust. Each data set's headline
 * figures (`datasetMetrics`: what Benchmarks, the planner and What-if read as the data set's) are
 * computed again from the backup's orders, with the Analysis settings the record names, before
 * anything is written. Where they differ from the stored ones (edited by hand, or computed by an
 * older version of the app whose definitions have since changed), the computed ones are restored
 * and the data set is named, so the restore can say so; the orders are the user's data, the figures
 * only follow from them. (The backup's checksum cannot tell: anyone can seal an edited file again.)
 *
 * The data set records' own figures (order and customer counts, revenue, first and last day) are
 * checked against the orders by `backup-validate.ts`, which refuses a backup where they differ;
 * cached analyses and CLV fits (`analysisCache`) are never backed up.
 *
 * Runs on checked tables (after `validateBackupTables`): every orders data set's chunks are complete.
 */

type Tables = Record<string, unknown[]>;

/** A data set's orders as whole columns, from its chunk records (as `loadOrders` reads them from storage). */
function columnsOf(dataset: DatasetRecord, chunks: readonly OrderChunkRecord[]): OrderColumns {
	// (A backup's records may come in any order.)
	const sorted = [...chunks].sort((a, b) => a.index - b.index);
	return orderColumnsOf(dataset.orderCount, chunkRowsOf(dataset), sorted);
}

/** The Analysis settings a record's figures were computed with (the defaults for records that do not say). */
function settingsOf(record: DatasetMetricsRecord): AnalysisSettings {
	const s = record.settings;
	if (!s) return DEFAULT_ANALYSIS_SETTINGS;
	return {
		...DEFAULT_ANALYSIS_SETTINGS,
		period: s.period,
		windowMonths: s.windowMonths,
		...(s.lifetimeYears !== undefined ? { lifetimeYears: s.lifetimeYears } : {})
	};
}

/** JSON with every object's keys in order: two records with the same contents give the same text. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
			: v
	);
}

/** What a record holds besides when it was computed and the data set's name (which a rename changes). */
function figuresPart(record: DatasetMetricsRecord): string {
	const { computedAt: _at, datasetName: _name, ...figures } = record;
	return canonical(figures);
}

/**
 * `computed` without the fields that figures recorded before they were kept lack, where `stored`
 * lacks them: the revenue basis and the customers back after a lapse in a CRR's counts. Figures a
 * version of today recorded before those fields were added agree with their orders all the same.
 */
function asRecordedBy(computed: DatasetMetricsRecord, stored: DatasetMetricsRecord): DatasetMetricsRecord {
	const { revenueBasis, ...rest } = computed;
	const withBasis = stored.revenueBasis === undefined ? rest : { ...rest, revenueBasis };
	const storedReturning = (stored.measures ?? []).some((m) => m.counts?.returning !== undefined);
	if (storedReturning) return withBasis;
	return {
		...withBasis,
		measures: computed.measures.map((m) => {
			if (!m.counts) return m;
			const { returning: _returning, ...counts } = m.counts;
			return { ...m, counts };
		})
	};
}

/**
 * Replaces the backup's `datasetMetrics` records with figures computed from its orders; gives the
 * names of the data sets whose stored figures differed. `now`: the computed records' time, where
 * they differ (an unchanged record keeps its own).
 */
export function recomputeFigures(tables: Tables, now = Date.now()): string[] {
	const stored = (tables.datasetMetrics ?? []) as DatasetMetricsRecord[];
	if (!stored.length) return [];
	const datasets = new Map((tables.datasets as DatasetRecord[]).map((d) => [d.id!, d]));
	const chunks = new Map<number, OrderChunkRecord[]>();
	// (A data set's chunks are all in one of the two tables: see `validateBackupTables`.)
	for (const name of ['orderChunks', 'keyedOrderChunks'])
		for (const chunk of (tables[name] ?? []) as OrderChunkRecord[]) {
			const list = chunks.get(chunk.datasetId) ?? [];
			list.push(chunk);
			chunks.set(chunk.datasetId, list);
		}
	const differed: string[] = [];
	const records: DatasetMetricsRecord[] = [];
	for (const record of stored) {
		const dataset = datasets.get(record.datasetId)!;
		const currency = dataset.currency ?? record.currency;
		// (Never so from this app: its figures always name a currency. Left out, the data set's figures
		// are recorded again once the Analysis page shows it.)
		if (currency === null) continue;
		const settings = settingsOf(record);
		const { analysis } = analyse(
			columnsOf(dataset, chunks.get(dataset.id!) ?? []),
			dataset.customerCount,
			settings
		);
		const computed = datasetMeasures(analysis, measuredDataset(dataset.id!, dataset), currency, now, settings);
		if (figuresPart(asRecordedBy(computed, record)) === figuresPart(record))
			records.push({ ...computed, computedAt: record.computedAt });
		else {
			records.push(computed);
			differed.push(dataset.name);
		}
	}
	tables.datasetMetrics = records;
	return differed;
}
