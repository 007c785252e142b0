import { describe, expect, it } from 'vitest';
import type { AffinitySummary } from '$lib/analysis/affinity';
import type { AnalysisClient } from '$lib/workers/analysis-client';
import { AffinityState, affinityChoices, controlsFromAddress, readMinCount } from './affinity-state.svelte';

describe('readMinCount', () => {
	it.each([
		['5', 5],
		[' 12 ', 12],
		['2', 2],
		['1', null],
		['1000000', 1_000_000],
		['0', null],
		['1000001', null],
		['2.5', null],
		['-3', null],
		['', null],
		['1e3', null],
		['٥', null]
	])('%j → %j', (text, value) => {
		expect(readMinCount(text)).toBe(value);
	});
});

describe('controlsFromAddress', () => {
	it.each([
		['?min=3&sort=count', { min: 3, sort: 'count', by: null }],
		['?min=abc&sort=lift', { min: null, sort: 'lift', by: null }],
		['?sort=price', { min: null, sort: null, by: null }],
		['?by=sku', { min: null, sort: null, by: 'sku' }],
		['?by=product&min=4', { min: 4, sort: null, by: 'product' }],
		['?by=barcode', { min: null, sort: null, by: null }],
		['', { min: null, sort: null, by: null }]
	])('%s', (query, controls) => {
		expect(controlsFromAddress(new URLSearchParams(query))).toEqual(controls);
	});
});

/** A worker that answers each affinity request with a summary marked by its data set (products = id). */
function fakeClient(): { client: AnalysisClient; asked: number[] } {
	const asked: number[] = [];
	const client = {
		request: async (request: { datasetId: number }) => {
			asked.push(request.datasetId);
			return { type: 'affinityReady', requestId: 0, summary: { products: request.datasetId } as AffinitySummary };
		}
	} as unknown as AnalysisClient;
	return { client, asked };
}

describe('AffinityState', () => {
	it('shows rules only under the data set they were computed for', async () => {
		const { client, asked } = fakeClient();
		const view = new AffinityState(() => client);
		await view.load(1);
		expect(view.status).toBe('ready');
		expect(view.summaryFor(1)?.products).toBe(1);
		expect(view.summaryFor(2)).toBeNull();
		expect(view.summaryFor(null)).toBeNull();
		await view.load(2);
		expect(asked).toEqual([1, 2]);
		expect(view.summaryFor(2)?.products).toBe(2);
		expect(view.summaryFor(1)).toBeNull();
	});

	it('with an invalid minimum, clears the rules instead of keeping the previous data set’s', async () => {
		const { client, asked } = fakeClient();
		const view = new AffinityState(() => client);
		await view.load(1);
		// Type 1 in the minimum, then switch to data set 2: nothing is asked, nothing is shown.
		view.minText = '1';
		await view.load(2);
		expect(asked).toEqual([1]);
		expect(view.status).not.toBe('ready');
		expect(view.summary).toBeNull();
		expect(view.summaryFor(2)).toBeNull();
		expect(view.summaryFor(1)).toBeNull();
		expect(view.noItemsFor(2)).toBe(false);
	});

	it('drops a reply still pending when the minimum turns invalid', async () => {
		const { client } = fakeClient();
		const view = new AffinityState(() => client);
		const pending = view.load(1);
		view.minText = 'x';
		await view.load(1);
		await pending;
		expect(view.summary).toBeNull();
		expect(view.status).toBe('idle');
	});

	it.each([
		// [stored dimensions, choice] → what is asked for
		[['product', 'sku'], 'sku', 'sku'],
		[['product', 'sku'], 'product', 'product'],
		[['product'], 'sku', 'product'],
		// SKUs and no product names (a generic file of `sku` and amounts): pairs of SKUs.
		[['sku'], 'product', 'sku'],
		[['channel', 'sku'], 'product', 'sku'],
		// Neither: names are asked for (the worker says there are no line items).
		[['channel'], 'sku', 'product']
	] as const)('with dimensions %j and %s chosen, asks for pairs of %s', async (dimensions, chosen, asked) => {
		const by: unknown[] = [];
		const client = {
			request: async (request: { by?: string }) => {
				by.push(request.by);
				return { type: 'affinityReady', requestId: 0, summary: { products: 1 } as AffinitySummary };
			}
		} as unknown as AnalysisClient;
		const view = new AffinityState(() => client);
		view.by = chosen;
		await view.load(1, affinityChoices(dimensions));
		expect(by).toEqual([asked]);
		expect(view.summaryFor(1, asked)?.products).toBe(1);
		// Never the rules of names under the SKU choice, or the other way round.
		expect(view.summaryFor(1, asked === 'sku' ? 'product' : 'sku')).toBeNull();
	});

	it('says when SKUs are asked of a data set stored before SKUs per line item were kept', async () => {
		const client = {
			request: async () => ({ type: 'failed', requestId: 0, reason: 'noItemSkus' })
		} as unknown as AnalysisClient;
		const view = new AffinityState(() => client);
		view.by = 'sku';
		await view.load(3, ['product', 'sku']);
		expect(view.status).toBe('ready');
		expect(view.skusNotPerItemFor(3)).toBe(true);
		expect(view.skusNotPerItemFor(4)).toBe(false);
		expect(view.noItemsFor(3)).toBe(false);
		expect(view.summaryFor(3)).toBeNull();
	});
});
