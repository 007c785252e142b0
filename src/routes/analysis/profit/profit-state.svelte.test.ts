import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '$lib/i18n/i18n.svelte';
import type { ProfitBase } from '$lib/analysis/profit';
import { db } from '$lib/db/database';
import { analysedWindow, ProfitState } from './profit-state.svelte';

afterEach(async () => {
	await locale.set('en', false);
	localStorage.clear();
});

function typed(texts: Partial<ProfitState['texts']>): ProfitState {
	const view = new ProfitState(() => null);
	view.texts = { cogs: '40', shipping: '5', feeShare: '2', feeFixed: '0.30', cac: '20', ...texts };
	return view;
}

describe('ProfitState', () => {
	it.each([
		// texts → costs (shares as fractions), or null when a cost is missing or invalid
		[{}, { cogsShare: 0.4, shippingPerOrder: 5, feeShare: 0.02, feePerOrder: 0.3, cac: 20 }],
		[{ cac: '' }, { cogsShare: 0.4, shippingPerOrder: 5, feeShare: 0.02, feePerOrder: 0.3, cac: null }],
		[{ cogs: '' }, null],
		[{ cogs: '101' }, null],
		[{ shipping: '-1' }, null],
		[{ cac: '0' }, null],
		[{ feeShare: 'abc' }, null]
	])('%j → %j', (texts, costs) => {
		const view = typed(texts);
		expect(view.costs === null ? null : { ...view.costs, cacByChannel: undefined }).toEqual(
			costs === null ? null : { ...costs, cacByChannel: undefined }
		);
	});

	it('marks invalid text, not an empty CAC', () => {
		expect(typed({ cac: '' }).invalid.cac).toBe(false);
		expect(typed({ cac: 'x' }).invalid.cac).toBe(true);
		expect(typed({ cogs: '' }).invalid.cogs).toBe(false);
	});

	it('keeps the costs per data set and brings them back as typed', () => {
		const view = typed({ cac: '1,250.5' });
		view.restore(7);
		view.texts = { cogs: '40', shipping: '5', feeShare: '2', feeFixed: '0.30', cac: '1,250.5' };
		view.remember(7);
		const again = new ProfitState(() => null);
		again.restore(7);
		expect(again.values).toEqual({ cogs: 40, shipping: 5, feeShare: 2, feeFixed: 0.3, cac: 1250.5 });
		const other = new ProfitState(() => null);
		other.restore(8);
		expect(other.texts.cac).toBe('');
	});

	it('rewrites a typed cost in the new language, so the number stays the same', async () => {
		const view = typed({ cac: '1,250.5' });
		view.followLanguage();
		await locale.set('nl', false);
		view.followLanguage();
		expect(view.texts.cac).toBe('1.250,5');
		expect(view.values.cac).toBe(1250.5);
		expect(view.values.feeFixed).toBe(0.3);
	});

	it('gives the largest channels a CAC field and blends them into the costs', () => {
		const view = typed({});
		const base: ProfitBase = {
			months: [0],
			sizes: [6],
			sales: [[60]],
			orders: [[6]],
			completeAges: [1],
			firstDay: 0,
			lastDay: 30,
			partialLastMonth: null,
			channels: { names: ['pos', 'web', 'mail', ''], customers: [[1, 4, 0, 1]] }
		};
		view.base = base;
		// Largest first; a channel with no customers gets no field.
		expect(view.channels.fields.map((c) => c.name)).toEqual(['web', '', 'pos']);
		view.channelTexts = { web: '10', pos: 'x' };
		expect(view.costs).toBeNull();
		view.channelTexts = { web: '10' };
		expect(view.costs?.cacByChannel).toEqual([null, 10, null, null]);
	});

	it.each([
		// the file's costs: orders with and without one → with an empty percentage, costs or null
		[{ withCost: 6, withoutCost: 0 }, '', 0],
		[{ withCost: 5, withoutCost: 1 }, '', null],
		[{ withCost: 5, withoutCost: 1 }, '30', 0.3],
		[{ withCost: 6, withoutCost: 0 }, 'x', null]
	])('with stored costs %j and the percentage typed as %j, the cost-of-goods share is %s', (counts, cogs, share) => {
		const view = typed({ cogs });
		view.base = {
			months: [0],
			sizes: [6],
			sales: [[60]],
			orders: [[6]],
			completeAges: [1],
			firstDay: 0,
			lastDay: 30,
			partialLastMonth: null,
			channels: null,
			costs: { cost: [[20]], sales: [[50]], ...counts }
		};
		expect(view.costs === null ? null : view.costs.cogsShare).toBe(share);
	});
});

describe('analysedWindow', () => {
	it.each([
		// the settings the Analysis page last analysed the data set with → the window that marks early cohorts
		[{ period: 'month' as const, windowMonths: 6 }, 6],
		[undefined, 12]
	])('settings %j → %d months', async (settings, months) => {
		await db().datasetMetrics.put({
			datasetId: 41,
			datasetName: 'shop',
			computedAt: 1,
			currency: null,
			customers: 1,
			orders: 1,
			revenuePerYear: null,
			measures: [],
			...(settings ? { settings } : {})
		});
		expect(await analysedWindow(41)).toBe(months);
		expect(await analysedWindow(42)).toBe(12);
		await db().datasetMetrics.delete(41);
	});
});
