import { replaceState } from '$app/navigation';
import {
	AFFINITY_BY,
	DEFAULT_MIN_COUNT,
	MIN_RULE_COUNT,
	RULE_SORTS,
	type AffinityBy,
	type AffinitySummary,
	type RuleSort
} from '$lib/analysis/affinity';
import type { AnalysisClient } from '$lib/workers/analysis-client';
import { failedStatus, type SubpageStatus } from '../subpage-status';

/** The largest minimum count the field accepts. */
export const MAX_MIN_COUNT = 1_000_000;

/** A typed minimum count: a whole number from MIN_RULE_COUNT (2) to MAX_MIN_COUNT, or null. */
export function readMinCount(text: string): number | null {
	const trimmed = text.trim();
	if (!/^\d{1,7}$/.test(trimmed)) return null;
	const value = Number(trimmed);
	return value >= MIN_RULE_COUNT && value <= MAX_MIN_COUNT ? value : null;
}

/** The page's controls as written in the address (`?min=&sort=&by=`), where valid. */
export function controlsFromAddress(params: URLSearchParams): {
	min: number | null;
	sort: RuleSort | null;
	by: AffinityBy | null;
} {
	const min = readMinCount(params.get('min') ?? '');
	const sort = params.get('sort');
	const by = params.get('by');
	return {
		min,
		sort: RULE_SORTS.includes(sort as RuleSort) ? (sort as RuleSort) : null,
		by: AFFINITY_BY.includes(by as AffinityBy) ? (by as AffinityBy) : null
	};
}

/**
 * What a data set's pairs can be of, given its stored dimensions: product names where it has them,
 * SKUs where it has a SKU column. A file with SKUs and no names (a generic export of `sku` and
 * amounts, a Shopify export with its Lineitem name cells empty) has pairs of SKUs only; one with
 * neither asks for names, and the worker says it stores no line items.
 */
export function affinityChoices(dimensions: readonly string[]): AffinityBy[] {
	const skus = dimensions.includes('sku');
	const names = dimensions.includes('product') || !skus;
	return AFFINITY_BY.filter((by) => (by === 'sku' ? skus : names));
}

/**
 * The product affinity page: the minimum count, the ranking and what pairs are of (product names,
 * or SKUs where the data set has a SKU column; mirrored in the address, so a link reopens the same
 * tables), and the worker's ranked rules for them. The worker counts the pairs once per data set
 * and choice of names or SKUs; a change of the other controls only ranks again.
 */
export class AffinityState {
	minText = $state(String(DEFAULT_MIN_COUNT));
	sort = $state<RuleSort>('lift');
	/** Pairs of product names (the default) or of SKUs; SKUs are asked for only where the data set has a SKU column. */
	by = $state<AffinityBy>('product');
	status = $state<SubpageStatus>('idle');
	failure = $state('');
	/** The data set stores no line items. */
	noItems = $state(false);
	/** SKUs were asked for, but the data set stores no SKU per line item (imported before they were kept). */
	skusNotPerItem = $state(false);
	summary = $state.raw<AffinitySummary | null>(null);
	/** The data set `summary` and `noItems` belong to; null while they belong to none. */
	datasetId = $state<number | null>(null);
	/** What the pairs of `summary` are of. */
	summaryBy = $state<AffinityBy>('product');
	minCount = $derived(readMinCount(this.minText));

	/** The address was read and may be written (the router is live). */
	#ready = $state(false);
	#latest = 0;
	readonly #client: () => AnalysisClient | null;

	constructor(client: () => AnalysisClient | null) {
		this.#client = client;
	}

	/**
	 * Reads the controls from the address. Call it from `afterNavigate`: on a page opened directly the
	 * router can take `replaceState` only then, not yet in `onMount`.
	 */
	start(): void {
		const { min, sort, by } = controlsFromAddress(new URL(location.href).searchParams);
		if (min !== null) this.minText = String(min);
		if (sort !== null) this.sort = sort;
		if (by !== null) this.by = by;
		this.#ready = true;
	}

	/** Writes valid controls into the address; called from an effect. */
	remember(): void {
		const min = this.minCount;
		const sort = this.sort;
		// (Names are the default: `by` is written only for SKUs.)
		const by = this.by === 'sku' ? 'sku' : null;
		if (!this.#ready || min === null) return;
		const url = new URL(location.href);
		const params = url.searchParams;
		if (params.get('min') === String(min) && params.get('sort') === sort && params.get('by') === by) return;
		params.set('min', String(min));
		params.set('sort', sort);
		if (by) params.set('by', by);
		else params.delete('by');
		replaceState(url, {});
	}

	/** What the pairs are of among `choices` (`affinityChoices`): the one chosen, else the first there is. */
	byAmong(choices: readonly AffinityBy[]): AffinityBy {
		return choices.includes(this.by) ? this.by : (choices[0] ?? 'product');
	}

	/**
	 * The ranked rules, only if they were computed for `datasetId` (never another data set's), and
	 * for pairs of `by` when given (never names under the SKU choice, or the other way round).
	 */
	summaryFor(datasetId: number | null, by?: AffinityBy): AffinitySummary | null {
		if (by !== undefined && by !== this.summaryBy) return null;
		return datasetId !== null && this.datasetId === datasetId ? this.summary : null;
	}

	/** Whether SKUs were asked for `datasetId` and it stores none per line item. */
	skusNotPerItemFor(datasetId: number | null): boolean {
		return datasetId !== null && this.datasetId === datasetId && this.skusNotPerItem;
	}

	/** Whether `datasetId` was found to store no line items. */
	noItemsFor(datasetId: number | null): boolean {
		return datasetId !== null && this.datasetId === datasetId && this.noItems;
	}

	/**
	 * Asks the worker for the ranked rules; a newer request supersedes older ones. With an invalid
	 * minimum count nothing is asked: the tables are cleared (the field says why) and any pending
	 * reply is dropped, so no earlier data set's or minimum's rules stay on screen.
	 */
	async load(datasetId: number, choices: readonly AffinityBy[] = ['product']): Promise<void> {
		const client = this.#client();
		const minCount = this.minCount;
		// (A data set without a SKU column has pairs of names only, one without names pairs of SKUs
		// only: the choice is shown only where there are both.)
		const by = this.byAmong(choices);
		if (minCount === null) {
			++this.#latest;
			this.summary = null;
			this.noItems = false;
			this.skusNotPerItem = false;
			this.datasetId = null;
			this.status = 'idle';
			return;
		}
		if (!client) return;
		const ticket = ++this.#latest;
		this.status = 'computing';
		const reply = await client.request({ type: 'affinity', datasetId, options: { minCount, sort: this.sort }, by });
		if (ticket !== this.#latest) return;
		this.datasetId = datasetId;
		this.summaryBy = by;
		this.noItems = reply.type === 'failed' && reply.reason === 'noItems';
		this.skusNotPerItem = reply.type === 'failed' && reply.reason === 'noItemSkus';
		if (reply.type === 'affinityReady') {
			this.summary = reply.summary;
			this.status = 'ready';
		} else if (this.noItems || this.skusNotPerItem) {
			this.summary = null;
			this.status = 'ready';
		} else {
			this.summary = null;
			({ status: this.status, failure: this.failure } = failedStatus(reply));
		}
	}
}
