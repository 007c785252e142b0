import { describe, expect, it } from 'vitest';
import type { Dimension } from '$lib/orders/columns';
import type { FirstOrderSummary } from '$lib/workers/analysis-first-order';
import { summaryToShow, type HeldSummary } from './held-summary';

const summary = { dimension: 'product' } as FirstOrderSummary;
const held: HeldSummary = { datasetId: 1, summary };

describe('summaryToShow', () => {
	it.each<[string, HeldSummary | null, number | null, Dimension | null, FirstOrderSummary | null]>([
		['its own data set and dimension', held, 1, 'product', summary],
		['another data set, same dimension', held, 2, 'product', null],
		['same data set, another dimension', held, 1, 'channel', null],
		['no data set chosen', held, null, 'product', null],
		['no dimension stored', held, 1, null, null],
		['nothing held', null, 1, 'product', null]
	])('%s', (_, h, id, dimension, expected) => {
		expect(summaryToShow(h, id, dimension)).toBe(expected);
	});
});
