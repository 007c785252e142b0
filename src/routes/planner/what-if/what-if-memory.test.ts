import { describe, expect, it } from 'vitest';
import { hasWhatIfParams, readWhatIfMemory, type WhatIfMemory } from './what-if-memory';

const EMPTY: WhatIfMemory = { entries: {}, change: {}, source: 'typed', scenarioId: null, datasetId: null };

describe('readWhatIfMemory: what the browser kept, checked', () => {
	const cases: [name: string, json: string | null, expected: WhatIfMemory | null][] = [
		['nothing kept', null, null],
		['not JSON', '{c:1', null],
		['not an object', '[1,2]', null],
		['JSON null', 'null', null],
		['an empty object', '{}', EMPTY],
		[
			'typed values, a change and a data set',
			JSON.stringify({
				entries: { customers: { text: '777', tag: 'en-GB' }, purchasesPerYear: { text: '2,5', tag: 'lv-LV' } },
				change: { retentionPoints: 3, orderValuePercent: 7.5 },
				source: 'dataset',
				scenarioId: null,
				datasetId: 4
			}),
			{
				entries: { customers: { text: '777', tag: 'en-GB' }, purchasesPerYear: { text: '2,5', tag: 'lv-LV' } },
				change: { retentionPoints: 3, orderValuePercent: 7.5 },
				source: 'dataset',
				scenarioId: null,
				datasetId: 4
			}
		],
		[
			'a text that does not read is kept as typed',
			JSON.stringify({ entries: { retention: { text: '6x5', tag: 'nl-NL' } } }),
			{ ...EMPTY, entries: { retention: { text: '6x5', tag: 'nl-NL' } } }
		],
		[
			'malformed parts are left out',
			JSON.stringify({
				entries: {
					customers: { text: 777, tag: 'en-GB' },
					retention: { text: '65', tag: 'xx-YY' },
					grossMargin: '40',
					nonsense: { text: '1', tag: 'en-GB' }
				},
				change: { retentionPoints: 45, orderValuePercent: '10', frequencyPercent: -50, marginPoints: null },
				source: 'somewhere',
				scenarioId: 1.5,
				datasetId: '4'
			}),
			{ ...EMPTY, change: { frequencyPercent: -50 } }
		]
	];
	it.each(cases)('%s', (_name, json, expected) => {
		expect(readWhatIfMemory(json)).toEqual(expected);
	});
});

describe('hasWhatIfParams: an address with what-if values wins over the memory', () => {
	it.each([
		['', false],
		['utm_source=mail', false],
		['c=1000', true],
		['dv=7.5', true],
		['src=dataset&id=4', true],
		['r=', true]
	])('“%s”: %s', (query, expected) => {
		expect(hasWhatIfParams(new URLSearchParams(query))).toBe(expected);
	});
});
