import { render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { firstDayOfMonthIndex } from '$lib/analysis/calendar';
import { profitTable, type ProfitBase, type ProfitCosts } from '$lib/analysis/profit';
import { FEE_OF_ONE, twoCohorts } from '$lib/analysis/profit-test-support';
import { installResizeObserverStub } from '$lib/charts/test-support';
import { locale } from '$lib/i18n/i18n.svelte';
import type { Locale } from '$lib/i18n/locales';
import ProfitFigures from './ProfitFigures.svelte';
import ProfitSummary from './ProfitSummary.svelte';

// Two cohorts (as in profit-csv.test.ts): 24000 = Jan 2000 (2 customers, months 0–4, the last partial)
// and 24003 = Apr 2000 (1 customer, months 0–1). A fixed fee of 1 per order, so margin = sales − orders.
// 24000: margins 20, 0, 0, 4, 3 → per customer 10, 10, 10, 12, 13.50; 24003: 2, 9 → 2, 11.
// All: margin 38 over 3 customers = 12.67 so far. CAC 12: LTV:CAC after months 0–3 and payback over
// 24000 only (2 of 3 customers, observed through month 3): 12 / 12 = 1, payback month 3.
const BASE: ProfitBase = twoCohorts({
	completeAges: [4, 1],
	firstDay: firstDayOfMonthIndex(23988) + 14, // 15 Jan 1999
	lastDay: firstDayOfMonthIndex(24004) + 2, // 3 May 2000
	partialLastMonth: { month: 24004, coveredDays: 3, days: 31, lastDay: firstDayOfMonthIndex(24004) + 2 },
	channels: null
});
const COSTS: ProfitCosts = { ...FEE_OF_ONE, cac: 12 };

function summary(base: ProfitBase, windowMonths: number) {
	render(ProfitSummary, {
		table: profitTable(base, COSTS, windowMonths),
		costs: COSTS,
		currency: 'EUR',
		fileName: 'shop-profit.csv'
	});
	const table = screen.getByTestId('profit-summary');
	return { table, all: table.querySelector('tr[data-cohort="all"]') as HTMLElement };
}

describe('ProfitSummary', () => {
	// The data begin on 15 Jan 1999: with an 11-month window both cohorts are clear of earlier buyers.
	it('heads LTV:CAC with the months it counts', () => {
		const { table } = summary(BASE, 11);
		const headers = within(table)
			.getAllByRole('columnheader')
			.map((h) => h.textContent);
		expect(headers).toContain('LTV:CAC after months 0–3');
		expect(headers).toContain('LTV:CAC after months 0–12');
	});

	it('says whom each all-customers figure counts', () => {
		const { all } = summary(BASE, 11);
		const soFar = all.querySelector('td[data-value]')!;
		expect(soFar).toHaveTextContent('€12.67');
		expect(soFar).toHaveTextContent('(partial)');
		expect(soFar).toHaveTextContent('(all 3 customers, each from their first order to');
		const [three, six] = all.querySelectorAll('td[data-ratio]');
		expect(three).toHaveTextContent('1 (2 of 3 customers, observed through month 3; their CAC €12.00)');
		expect(six).toHaveTextContent('not observed yet');
		expect(all.querySelector('td[data-payback]')).toHaveTextContent(
			'month 3 (2 of 3 customers, observed through month 3; their CAC €12.00)'
		);
		expect(screen.queryAllByTestId('earlier-mark')).toHaveLength(0);
	});

	it('marks the cohorts that may include earlier buyers and leaves them out of all customers’ LTV:CAC and payback', () => {
		// Data from 15 Jan 1999 with a 15-month window: cohorts before 15 Apr 2000 are marked, 24003 = Apr 2000 too.
		const { table, all } = summary(BASE, 15);
		expect(
			within(table)
				.getAllByTestId('earlier-mark')
				.map((e) => e.textContent)
		).toEqual([
			'(may include customers who bought before the data begins)',
			'(may include customers who bought before the data begins)'
		]);
		const [three] = all.querySelectorAll('td[data-ratio]');
		expect(three).toHaveTextContent('none: only cohorts that may include earlier buyers were observed that long');
		expect(all.querySelector('td[data-payback]')).toHaveTextContent(
			'none: every cohort may include customers who bought before the data begins'
		);
	});

	it('marks the cohorts of fewer than 30 customers as rough, and says how many there are', () => {
		// 24000 of 30 customers and 24003 of 1: only the second is marked.
		summary({ ...BASE, sizes: [30, 1] }, 11);
		expect(screen.getByTestId('profit-few-note')).toHaveTextContent(
			/^1 of the 2 cohorts has fewer than 30 customers \(marked\): their margin per customer, LTV:CAC and payback/
		);
		const marked = screen.getAllByTestId('few-mark').map((mark) => mark.closest('tr')!.dataset.cohort);
		expect(marked).toEqual(['24003']);
		expect(screen.getByTestId('few-mark')).toHaveTextContent('(fewer than 30 customers: rough)');
	});

	it('says nothing of size where every cohort has 30 customers or more', () => {
		summary({ ...BASE, sizes: [30, 45] }, 11);
		expect(screen.queryByTestId('profit-few-note')).toBeNull();
		expect(screen.queryAllByTestId('few-mark')).toHaveLength(0);
	});

	it('says when no group of unmarked customers has earned back its CAC', () => {
		// A 14-month window: 24003 (1 Apr 2000) is not before 15 Mar 2000, so it is unmarked; its month 0 is
		// complete, month 1 partial: 2 < 12 by month 0.
		const { all } = summary(BASE, 14);
		expect(all.querySelector('td[data-payback]')).toHaveTextContent(
			'not yet: no group of customers has earned back its CAC within the months observed (up to month 0)'
		);
	});
});

describe('ProfitSummary with a CAC typed for some channels only', () => {
	afterEach(() => locale.set('en', false));

	// BASE's cohorts with channels [web, pos, none], the data complete through May 2000 and no cohort
	// marked: Jan 2000 (2 customers: 10, 10, 10, 12, 13.50), Apr 2000 (1 customer: 2, 11). A CAC of 12
	// for web only, none for all. G(0) and G(1) hold both cohorts, G(2) … G(4) Jan only.
	const channelBase = (jan: number[], apr: number[]): ProfitBase => ({
		...BASE,
		completeAges: [5, 2],
		firstDay: firstDayOfMonthIndex(23988),
		lastDay: firstDayOfMonthIndex(24005) - 1,
		partialLastMonth: null,
		channels: { names: ['web', 'pos', ''], customers: [jan, apr] }
	});
	const WEB_ONLY: ProfitCosts = { ...COSTS, cac: null, cacByChannel: [12, null, null] };
	/** Text without the bidi isolation around channel names. */
	const plain = (e: Element | null) =>
		(e?.textContent ?? '')
			.replace(/[\u2068\u2069]/g, '')
			.replace(/\s+/g, ' ')
			.trim();

	function renderChannels(base: ProfitBase, channelFields: string[] | null = null) {
		render(ProfitSummary, {
			table: profitTable(base, WEB_ONLY, 1),
			costs: WEB_ONLY,
			currency: 'EUR',
			fileName: 'shop-profit.csv',
			channelFields
		});
		const table = screen.getByTestId('profit-summary');
		const row = (cohort: string) => table.querySelector(`tr[data-cohort="${cohort}"]`) as HTMLElement;
		const cells = (cohort: string) => ({
			cac: plain(row(cohort).querySelector('td[data-cac]')),
			ratios: [...row(cohort).querySelectorAll('td[data-ratio]')].map(plain),
			payback: plain(row(cohort).querySelector('td[data-payback]'))
		});
		return cells;
	}

	it('says which channel has no CAC where every group holds it, not that none earned it back', () => {
		// The pos customer is in Jan, the oldest cohort: no group of customers has a CAC.
		const cells = renderChannels(channelBase([1, 1, 0], [1, 0, 0]));
		const reason = 'no CAC for channel “pos”: type one above, or an overall CAC';
		expect(cells('all')).toEqual({
			cac: reason,
			ratios: [reason, 'not observed yet', 'not observed yet'],
			payback: reason
		});
		expect(cells('24000')).toEqual({
			cac: reason,
			ratios: ['no CAC for channel “pos”', 'not observed yet', 'not observed yet'],
			payback: 'no CAC for channel “pos”'
		});
		expect(cells('24003')).toEqual({
			cac: '€12.00',
			ratios: Array(3).fill('not observed yet'),
			payback: 'not yet (2 months observed)'
		});
		expect(screen.getByTestId('profit-summary')).not.toHaveTextContent('no group of customers has earned back');
	});

	it('names every channel without one, and the overall CAC where a channel has no field of its own', () => {
		const cells = renderChannels(channelBase([0, 1, 1], [1, 0, 0]), ['web', 'pos']);
		const reason =
			'no CAC for channels “pos” and “no channel”: type an overall CAC above (the smaller channels have no field of their own)';
		expect(cells('all').payback).toBe(reason);
		expect(cells('all').ratios[0]).toBe(reason);
		expect(cells('24000').payback).toBe('no CAC for channels “pos” and “no channel”');
	});

	it('says which groups the payback skipped when a later one had a CAC', () => {
		// pos in Apr only: G(0) and G(1) skipped; Jan alone reaches 12 in month 3.
		const reached = renderChannels(channelBase([2, 0, 0], [0, 1, 0]));
		expect(reached('all').payback).toBe('month 3 (2 of 3 customers, observed through month 3; their CAC €12.00)');
		expect(reached('24003').cac).toBe('no CAC for channel “pos”: type one above, or an overall CAC');
	});

	it('says which groups the payback skipped when no later one reached its CAC', () => {
		const costs = { ...WEB_ONLY, cacByChannel: [20, null, null] };
		render(ProfitSummary, {
			table: profitTable(channelBase([2, 0, 0], [0, 1, 0]), costs, 1),
			costs,
			currency: 'EUR',
			fileName: 'shop-profit.csv'
		});
		expect(
			plain(screen.getByTestId('profit-summary').querySelector('tr[data-cohort="all"] td[data-payback]'))
		).toBe(
			'not yet: no group of customers has earned back its CAC within the months observed (up to month 4) (the groups observed through month 1 or less are left out: they include customers won through channel “pos”, which have no CAC)'
		);
	});

	it.each([
		['lv', 'nav CAC kanālam “pos”: ierakstiet to augstāk vai kopējo CAC', 'nav CAC kanālam “pos”'],
		['ru', 'нет CAC для канала «pos»: введите его выше или общий CAC', 'нет CAC для канала «pos»'],
		['zh', '渠道 “pos” 没有 CAC：请在上方为其输入 CAC，或输入一个总体 CAC', '渠道 “pos” 没有 CAC'],
		['nl', 'geen CAC voor kanaal ‘pos’: vul er hierboven een in, of een algemene CAC', 'geen CAC voor kanaal ‘pos’']
	] as [Locale, string, string][])('says it in %s', async (code, reason, short) => {
		await locale.set(code, false);
		const cells = renderChannels(channelBase([1, 1, 0], [1, 0, 0]));
		expect(cells('all').payback).toBe(reason);
		expect(cells('all').ratios[0]).toBe(reason);
		expect(cells('24000').payback).toBe(short);
	});

	it('says LTV:CAC divides by each cohort’s blended CAC, not by the one typed for all', () => {
		// (QA: "÷ CAC (US$30.00)" with CACs typed per channel, whose blends were 28.39–28.62.)
		const costs = { ...WEB_ONLY, cac: 30 };
		render(ProfitSummary, {
			table: profitTable(channelBase([2, 0, 0], [0, 1, 0]), costs, 1),
			costs,
			currency: 'EUR',
			fileName: 'shop-profit.csv'
		});
		const help = plain(screen.getByText(/^LTV:CAC after months 0–m =/));
		expect(help).toContain('÷ CAC (each cohort’s CAC per customer, blended over its channels as below)');
		expect(help).not.toContain('€30.00');
		expect(help).toContain('A cohort’s CAC per customer is the blend');
	});
});

describe('ProfitFigures', () => {
	beforeAll(installResizeObserverStub);

	it('says next to the figures which cohorts may include customers who bought before the data begins', () => {
		render(ProfitFigures, {
			table: profitTable(BASE, COSTS, 15),
			costs: COSTS,
			basis: 'netSales',
			currency: 'EUR',
			fileName: 'shop-profit.csv'
		});
		const note = screen.getByTestId('profit-earlier');
		expect(note).toHaveTextContent('The data begin on');
		expect(note).toHaveTextContent('The cohorts from Jan 2000 to Apr 2000 (3 customers)');
		expect(note).toHaveTextContent('(15 months, as on the Analysis page)');
		expect(note).toHaveTextContent('left out of the all-customers LTV:CAC and payback');
	});

	// Stored costs of goods (none of them charged here: zero cost), and the import's warning that 2
	// orders' costs lack 3 lines'.
	const WITH_COSTS: ProfitBase = {
		...BASE,
		costs: {
			cost: BASE.sales.map((ages) => ages.map(() => 0)),
			sales: BASE.sales.map((ages) => ages.map(() => 0)),
			withCost: 5,
			withoutCost: 0
		}
	};
	const PARTIAL = {
		code: 'costPartial' as const,
		count: 2,
		lines: 3,
		examples: [{ file: 0, row: 4 }],
		complete: 3,
		orders: 5
	};

	it.each([
		['stored costs, some orders’ partial', WITH_COSTS, PARTIAL, true],
		['stored costs, all complete', WITH_COSTS, null, false],
		['no cost column', BASE, PARTIAL, false]
	] as const)('says when stored costs lack some lines’ (%s)', (_case, base, costPartial, shown) => {
		render(ProfitFigures, {
			table: profitTable(base, COSTS, 15),
			costs: COSTS,
			basis: 'netSales',
			costPartial,
			currency: 'EUR',
			fileName: 'shop-profit.csv'
		});
		const note = screen.queryByTestId('cogs-partial');
		if (!shown) return expect(note).toBeNull();
		expect(note).toHaveTextContent('2 lack the cost of some of their lines (3 lines without one');
		expect(note).toHaveTextContent('their margin is too high');
	});
});
