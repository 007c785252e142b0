import { describe, expect, it } from 'vitest';
import type { AffinityRule } from '$lib/analysis/affinity';
import { affinityCsv, type AffinityCsvTexts } from './affinity-csv';

const TEXTS: AffinityCsvTexts = {
	from: 'From',
	to: 'To',
	count: 'Both',
	fromCount: 'With from',
	toCount: 'With to',
	support: 'Support',
	confidence: 'Confidence',
	confidenceLow: 'Low',
	confidenceHigh: 'High',
	lift: 'Lift',
	uncertain: 'Uncertain',
	yes: 'yes',
	no: 'no'
};

const rule = (over: Partial<AffinityRule>): AffinityRule => ({
	from: 'Mug',
	to: 'Tea',
	count: 3,
	fromCount: 3,
	toCount: 4,
	support: 0.6,
	confidence: 1,
	interval: { low: 0.43849, high: 1 },
	lift: 1.25,
	uncertain: true,
	...over
});

describe('affinityCsv', () => {
	it.each([
		{ name: 'a plain rule', rule: rule({}), row: 'Mug,Tea,3,3,4,0.6,1,0.4385,1,1.25,yes' },
		{
			name: 'rounded shares and lift, a certain rule',
			rule: rule({ support: 1 / 3, confidence: 2 / 3, lift: 5 / 6, uncertain: false }),
			row: 'Mug,Tea,3,3,4,0.3333,0.6667,0.4385,1,0.833,no'
		},
		{
			name: 'names with commas, quotes and formula starts',
			rule: rule({ from: 'Green tea, 100 g', to: '=HYPERLINK("x")' }),
			row: '"Green tea, 100 g","\'=HYPERLINK(""x"")",3,3,4,0.6,1,0.4385,1,1.25,yes'
		}
	])('$name', ({ rule, row }) => {
		const lines = affinityCsv([rule], TEXTS).split('\r\n');
		expect(lines[0]).toBe('\uFEFFFrom,To,Both,With from,With to,Support,Confidence,Low,High,Lift,Uncertain');
		expect(lines[1]).toBe(row);
	});

	it('writes the header alone when there are no rules', () => {
		expect(affinityCsv([], TEXTS).trim().split('\r\n')).toHaveLength(1);
	});
});
