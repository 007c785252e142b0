import { describe, expect, it } from 'vitest';
import { barDomain, barTable, type BarDatum } from './bars';

const segments: BarDatum[] = [
	{ id: 'champions', label: 'Champions', value: 0.12 },
	{ id: 'lost', label: 'Lost', value: 0.31 },
	{ id: 'new', label: 'New', value: null }
];

describe('barDomain', () => {
	it.each([
		['0 to a round top', segments, undefined, undefined, [0, 0.4]], // step 0.1
		['the reference line stays in view', segments, 0.45, undefined, [0, 0.5]],
		['a fixed top for shares', segments, undefined, 1, [0, 1]],
		[
			'negatives keep 0',
			[
				{ id: 'a', label: 'A', value: -30 },
				{ id: 'b', label: 'B', value: 70 }
			],
			null,
			undefined,
			[-40, 80]
		],
		['nothing to show', [], undefined, undefined, [0, 1]],
		['a top below the bottom is ignored', segments, undefined, -1, [0, 0.4]]
	] as const)('%s', (_name, bars, reference, max, expected) => {
		expect(barDomain(bars, reference, max)).toEqual(expected);
	});
});

describe('barTable', () => {
	it('has a row per bar, null for a missing figure, and the reference last', () => {
		const table = barTable(
			segments,
			{ label: 'Segment', value: 'Share of customers' },
			(v) => `${Math.round(v * 100)} %`,
			{ value: 0.2, label: 'Industry median' }
		);
		expect(table.columns).toEqual(['Segment', 'Share of customers']);
		expect(table.rows.map((r) => [r.header, ...r.cells])).toEqual([
			['Champions', '12 %'],
			['Lost', '31 %'],
			['New', null],
			['Industry median', '20 %']
		]);
	});
});
