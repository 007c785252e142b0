import { describe, expect, it } from 'vitest';
import { checkMeasure, figuresForChoice, industriesInSector, isIndustryId, isSector } from './selection';

const ids = (figures: { id: string }[]) => figures.map((figure) => figure.id);

describe('industriesInSector', () => {
	it.each([
		['apparel', ['apparel', 'performance-sportswear', 'apparel-footwear']],
		['beauty', ['beauty', 'health-beauty']],
		['subscription', ['subscription-all', 'subscription-b2c']],
		['all', ['all-ecommerce']]
	] as const)('%s → %j', (sector, industries) => {
		expect(industriesInSector(sector)).toEqual(industries);
	});
});

describe('figuresForChoice', () => {
	it('gives one industry’s figures and the shop averages to fall back on', () => {
		expect(ids(figuresForChoice('apparel', 'apparel'))).toEqual([
			'metrilo-apparel',
			'bluecore-2023-apparel',
			'metrilo-all-ecommerce',
			'windsor-2016-all-clv'
		]);
	});

	it('gives subscription averages, never shop ones, beside a subscription industry', () => {
		expect(ids(figuresForChoice('subscription', 'subscription-b2c'))).toEqual([
			'recurly-2017-b2c',
			'recurly-2019-b2c',
			'recurly-2017-all',
			'recurly-2019-all'
		]);
	});

	it('falls back on the whole sector for no industry or one outside the sector', () => {
		expect(figuresForChoice('beauty', null)).toEqual(figuresForChoice('beauty', 'tea'));
		expect(ids(figuresForChoice('beauty', null))).toContain('bluecore-2023-health-beauty');
	});
});

describe('checkMeasure', () => {
	it('compares a repeat-purchase rate with Metrilo only and says why not with the others', () => {
		// 30 % against Metrilo apparel 26 %: 4 points better; against the 28 % average: 2 points better.
		const check = checkMeasure(
			{ metric: 'repeatPurchaseRate', value: 0.3 },
			figuresForChoice('apparel', 'apparel')
		);
		expect(ids(check.compared.map((c) => c.figure))).toEqual(['metrilo-apparel', 'metrilo-all-ecommerce']);
		expect(check.compared[0].gap.difference).toBeCloseTo(0.04, 12);
		expect(check.compared[0].gap.direction).toBe('better');
		expect(check.notCompared.map((n) => [n.figure.id, n.reason])).toEqual([
			['bluecore-2023-apparel', 'different-metric'],
			['windsor-2016-all-clv', 'different-metric']
		]);
	});

	it('converts a monthly CRR to the figure’s year', () => {
		// 95 % a month is 0.95¹² = 54.04 % a year, against Windsor Circle's 24 %.
		const check = checkMeasure(
			{ metric: 'crr', value: 0.95, period: 'month' },
			figuresForChoice('apparel', 'apparel-footwear')
		);
		expect(check.compared).toHaveLength(1);
		expect(check.compared[0].converted).toBe(true);
		expect(check.compared[0].userValue).toBeCloseTo(0.95 ** 12, 12);
	});
});

describe('guards', () => {
	it.each([
		['apparel', true],
		['shoes', false],
		[null, false]
	])('isSector(%j) = %s', (value, expected) => expect(isSector(value)).toBe(expected));
	it.each([
		['tea', true],
		['toString', false],
		[1, false]
	])('isIndustryId(%j) = %s', (value, expected) => expect(isIndustryId(value)).toBe(expected));
});
