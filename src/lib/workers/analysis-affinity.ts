/**
 * The analysis worker's product-affinity requests (issue 13, item 6): a data set's line items are
 * read and their pairs counted once (kept while the same stored data set is asked about again),
 * then each request applies its own threshold and ranking, which is cheap.
 */
import {
	affinityCounts,
	affinityRules,
	type AffinityBy,
	type AffinityCounts,
	type RuleOptions
} from '$lib/analysis/affinity';
import type { DatasetRecord } from '$lib/db/database';
import { loadOrders } from '$lib/db/datasets';
import { productItems, skuItems } from '$lib/orders/columns';
import type { FromAnalysisWorker } from './analysis-protocol';

let counted: { id: number; createdAt: number; by: AffinityBy; counts: AffinityCounts | null } | null = null;

/**
 * The data set's pair counts of product names or of SKUs, or null when it stores no line items
 * (for SKUs: no SKU per line item; see `DatasetRecord.hasItemSkus`).
 */
async function countsOf(dataset: DatasetRecord, by: AffinityBy): Promise<AffinityCounts | null> {
	const id = dataset.id!;
	if (counted?.id === id && counted.createdAt === dataset.createdAt && counted.by === by) return counted.counts;
	counted = null; // let the old counts go before reading the new data set
	let counts: AffinityCounts | null = null;
	if (dataset.hasItems && (by === 'product' || dataset.hasItemSkus)) {
		const stored = await loadOrders(id, { customers: false, items: true });
		const items = stored.items && (by === 'sku' ? skuItems(stored.items) : productItems(stored.items));
		if (items) counts = affinityCounts(stored.columns, stored.dataset.customerCount, items);
	}
	counted = { id, createdAt: dataset.createdAt, by, counts };
	return counts;
}

/** The reply to an `affinity` request: the ranked rules, or why there are none to compute. */
export async function affinityReply(
	requestId: number,
	dataset: DatasetRecord,
	options: RuleOptions,
	by: AffinityBy = 'product'
): Promise<FromAnalysisWorker> {
	if (dataset.kind !== 'orders') return { type: 'failed', requestId, reason: 'summaryOnly' };
	if (by === 'sku' && dataset.hasItems && !dataset.hasItemSkus)
		return { type: 'failed', requestId, reason: 'noItemSkus' };
	const counts = await countsOf(dataset, by);
	if (!counts) return { type: 'failed', requestId, reason: 'noItems' };
	return { type: 'affinityReady', requestId, summary: affinityRules(counts, options) };
}
