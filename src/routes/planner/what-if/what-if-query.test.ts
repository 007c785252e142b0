import { describe, expect, it } from 'vitest';
import { NO_CHANGE } from '$lib/planner/what-if';
import { queryString } from '$lib/metrics/query';
import { whatIfFromParams, whatIfToParams, type WhatIfInputs } from './what-if-query';

const EXAMPLE: WhatIfInputs = {
	texts: {
		customers: '1000',
		averageOrderValue: '50',
		purchasesPerYear: '2.5',
		retention: '60',
		grossMargin: '40',
		discountRate: '10'
	},
	change: NO_CHANGE,
	source: 'typed',
	sourceId: null
};

describe('the what-if page in its address', () => {
	it.each([
		['the starting values', EXAMPLE, '.', 'c=1000&aov=50&f=2.5&r=60&g=40&d=10'],
		[
			'Dutch typing and changes',
			{
				...EXAMPLE,
				texts: { ...EXAMPLE.texts, customers: '10.000', purchasesPerYear: '2,5', retention: '62,5' },
				change: { ...NO_CHANGE, retentionPoints: 5, orderValuePercent: -10 }
			},
			',',
			'c=10000&aov=50&f=2.5&r=62.5&g=40&d=10&dr=5&dv=-10'
		],
		[
			'a data set and an unreadable entry',
			{
				...EXAMPLE,
				texts: { ...EXAMPLE.texts, averageOrderValue: 'abc', discountRate: '' },
				source: 'dataset',
				sourceId: 4
			},
			'.',
			'c=1000&aov=abc&f=2.5&r=60&g=40&d=&src=dataset&id=4'
		],
		[
			'a scenario not chosen yet',
			{ ...EXAMPLE, source: 'scenario' },
			'.',
			'c=1000&aov=50&f=2.5&r=60&g=40&d=10&src=scenario'
		]
	] as const)('writes %s', (_name, inputs, decimal, query) => {
		expect(queryString(whatIfToParams(inputs, decimal))).toBe(query);
	});

	it.each([
		[',', { customers: '10000', purchasesPerYear: '2,5', retention: '62,5' }],
		['.', { customers: '10000', purchasesPerYear: '2.5', retention: '62.5' }]
	] as const)('reads texts the reader’s way (decimal %j) and the changes', (decimal, texts) => {
		const address = whatIfFromParams(new URLSearchParams('c=10000&f=2.5&r=62.5&dr=5&dv=-10&df=0'), decimal);
		expect(address).toEqual({ texts, change: { retentionPoints: 5, orderValuePercent: -10, frequencyPercent: 0 } });
	});

	/** QA 56b D3: an emptied field was left out of the address, so a reload put the starting value back. */
	it('writes an emptied field empty and reads it back empty, apart from one the address does not name', () => {
		const inputs: WhatIfInputs = { ...EXAMPLE, texts: { ...EXAMPLE.texts, retention: ' ', grossMargin: '' } };
		const query = queryString(whatIfToParams(inputs, '.'));
		expect(query).toBe('c=1000&aov=50&f=2.5&r=&g=&d=10');
		expect(whatIfFromParams(new URLSearchParams(query), '.').texts).toEqual({
			...EXAMPLE.texts,
			retention: '',
			grossMargin: ''
		});
		expect(whatIfFromParams(new URLSearchParams('c=1000'), '.').texts).toEqual({ customers: '1000' });
	});

	it('round-trips', () => {
		const inputs: WhatIfInputs = {
			...EXAMPLE,
			change: { retentionPoints: 2.5, orderValuePercent: 10, frequencyPercent: -20, marginPoints: -3 },
			source: 'scenario',
			sourceId: 7
		};
		const back = whatIfFromParams(new URLSearchParams(queryString(whatIfToParams(inputs, '.'))), '.');
		expect(back).toEqual({ texts: inputs.texts, change: inputs.change, source: { kind: 'scenario', id: 7 } });
	});

	it.each([
		['', {}],
		['dr=31', {}],
		['dr=-30&dv=101', { retentionPoints: -30 }],
		['dg=abc&df=', {}],
		['dv=100', { orderValuePercent: 100 }]
	])('reads %j as no change beyond the sliders’ range: %j', (query, change) => {
		expect(whatIfFromParams(new URLSearchParams(query), '.')).toEqual({ texts: {}, change });
	});

	it.each([
		['src=dataset&id=4', { kind: 'dataset', id: 4 }],
		['src=scenario', { kind: 'scenario', id: null }],
		['src=scenario&id=x', { kind: 'scenario', id: null }],
		['src=typed', { kind: 'typed', id: null }]
	])('reads the source of %j', (query, source) => {
		expect(whatIfFromParams(new URLSearchParams(query), '.').source).toEqual(source);
	});

	it('ignores an unknown source', () => {
		expect(whatIfFromParams(new URLSearchParams('src=elsewhere&id=3'), '.')).not.toHaveProperty('source');
	});
});
