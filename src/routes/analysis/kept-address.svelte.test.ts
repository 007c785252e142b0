import { afterEach, describe, expect, it } from 'vitest';
import { readRange } from '$lib/analysis/date-range';
import { dayFromYmd } from '$lib/format/date';
import { analysisAddress, keepAnalysisAddress, rangeKeepable } from './kept-address';

afterEach(() => localStorage.clear());

describe('the analysis an address opens', () => {
	it.each([
		// [the address, the one kept (null: none), what opens, taken from the one kept]
		['?dataset=1&period=quarter', '?dataset=1&window=6', 'dataset=1&period=quarter', false],
		[
			'?dataset=1&from=2024-01-01&to=2024-03-31',
			'?dataset=1&window=6',
			'dataset=1&from=2024-01-01&to=2024-03-31',
			false
		],
		['', null, '', false],
		// The menu's plain link, after a visit elsewhere: the analysis last shown, as typed.
		['', '?dataset=1&period=quarter&window=6&spend=200', 'dataset=1&period=quarter&window=6&spend=200', true],
		['?dataset=1', '?dataset=1&lapsed=60', 'dataset=1&lapsed=60', true],
		// Another data set named: its own analysis, with the defaults.
		['?dataset=2', '?dataset=1&period=quarter', 'dataset=2', false]
	])('%j with %j kept opens %j', (address, kept, opens, fromKept) => {
		if (kept !== null) keepAnalysisAddress(kept);
		const opened = analysisAddress(new URLSearchParams(address));
		expect(opened.params.toString()).toBe(opens);
		expect(opened.kept).toBe(fromKept);
	});

	it('is never one whose range cannot be applied: the one kept before opens', () => {
		keepAnalysisAddress('?dataset=1&window=6');
		// A range outside the data, opened from a link: shown with its error, not kept.
		keepAnalysisAddress('?dataset=1&from=2030-01-01&to=2030-03-31', { rangeValid: false });
		expect(analysisAddress(new URLSearchParams('?dataset=1')).params.toString()).toBe('dataset=1&window=6');
	});

	const span = { minDay: dayFromYmd(2024, 1, 1), maxDay: dayFromYmd(2024, 12, 31) };
	it.each([
		['all orders', '', '', span, true],
		['all orders, the days not known yet', '', '', null, true],
		['a range in the data', '2024-03-01', '2024-03-31', span, true],
		['a range not checked yet', '2024-03-01', '2024-03-31', null, false],
		['a range outside the data', '2030-01-01', '2030-03-31', span, false],
		['a start after the end', '2024-03-31', '2024-03-01', span, false],
		['a range half typed', '2024-03-01', '', span, false]
	] as const)('%s (%j – %j)', (_, from, to, days, keeps) => {
		expect(rangeKeepable(readRange(from, to, days), days)).toBe(keeps);
	});
});
