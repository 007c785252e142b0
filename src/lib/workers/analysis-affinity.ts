/**
 * The analysis worker's product-affinity requests (issue 13, item 6): a data set's line items are
 * read and their pairs counted once (kept while the same stored data set is asked about again),
 * then each request applies its own threshold and ranking, which is cheap.
 */
import { affinityCounts, affinityRules, type AffinityCounts, type RuleOptions } from '$lib/analysis/affinity';
import type { DatasetRecord } from '$lib/db/database';
import { loadOrders } from '$lib/db/datasets';
import type { FromAnalysisWorker } from './analysis-protocol';

let counted: { id: number; createdAt: number; counts: AffinityCounts | null } | null = null;

/** The data set's pair counts, or null when it stores no line items. */
async function countsOf(dataset: DatasetRecord): Promise<AffinityCounts | null> {
	const id = dataset.id!;
	if (counted?.id === id && counted.createdAt === dataset.createdAt) return counted.counts;
	counted = null; // let the old counts go before reading the new data set
	let counts: AffinityCounts | null = null;
	if (dataset.hasItems) {
		const stored = await loadOrders(id, { customers: false, items: true });
		if (stored.items) counts = affinityCounts(stored.columns, stored.dataset.customerCount, stored.items);
	}
	counted = { id, createdAt: dataset.createdAt, counts };
	return counts;
}

/** The reply to an `affinity` request: the ranked rules, or why there are none to compute. */
export async function affinityReply(
	requestId: number,
	dataset: DatasetRecord,
	options: RuleOptions
): Promise<FromAnalysisWorker> {
	if (dataset.kind !== 'orders') return { type: 'failed', requestId, reason: 'summaryOnly' };
	const counts = await countsOf(dataset);
	if (!counts) return { type: 'failed', requestId, reason: 'noItems' };
	return { type: 'affinityReady', requestId, summary: affinityRules(counts, options) };
}
