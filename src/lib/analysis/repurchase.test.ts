import { describe, expect, it } from 'vitest';
import type { OrderColumns } from '$lib/orders/columns';
import { indexCustomers } from './customers';
import { firstOrderBreakdown } from './first-order';
import {
	MIN_CURVE_BASIS,
	MIN_SEND_SPAN_DAYS,
	MIN_WITHIN_BASIS,
	dayByWhichShare,
	repurchaseCurve,
	repurchaseSummary,
	sendDayDoubts
} from './repurchase';
import { wilsonInterval } from './wilson';

/** Orders from each customer's list of order days (listed out of order on purpose). */
function columnsOf(days: number[][]): OrderColumns {
	const rows = days.flatMap((list, c) => list.map((d) => ({ c, d }))).reverse();
	return {
		count: rows.length,
		customer: Int32Array.from(rows, (r) => r.c),
		day: Int32Array.from(rows, (r) => r.d),
		amount: new Float64Array(rows.length).fill(10)
	};
}

function summaryOf(days: number[][], minCurveBasis?: number) {
	const columns = columnsOf(days);
	return repurchaseSummary(indexCustomers(columns, days.length), columns.day, minCurveBasis);
}

// Hand-worked: purchase days per customer, the data end on day 200.
// c0: 0, 10, 10 (same day: one purchase), 40, 100, 130 → gaps 10 | 30 | 60 | 30
// c1: 5, 5 → one purchase day (two orders); c2: 20 → 80 (60); c3: 150 only; c4: 0 → 200 (200).
const CASE = [[0, 10, 10, 40, 100, 130], [5, 5], [20, 80], [150], [0, 200]];

describe('repurchaseSummary', () => {
	const s = summaryOf(CASE);

	it('counts purchase days, several orders on one day as one purchase', () => {
		expect(s.customers).toBe(5);
		expect(s.repeatCustomers).toBe(3);
		expect(s.multiOrderOneDay).toBe(1);
		expect([s.firstDay, s.lastDay]).toEqual([0, 200]);
	});

	it('gives the days to the second purchase: median and quartiles (type 7)', () => {
		// sorted 10, 60, 200: median 60; q1 at position 0.5 → 35; q3 at 1.5 → 130
		expect(s.secondPurchase).toEqual({ count: 3, customers: 3, median: 60, q1: 35, q3: 130, uncertain: true });
		expect(s.uncertain).toBe(true);
	});

	it('gives the first day by which a quarter, half and three quarters had come back, and the send days on them', () => {
		// 10, 60, 200: a quarter = 1 customer (10), half = 2 (60), three quarters = 3 (200). The
		// interpolated q3 of 130 would claim three quarters by day 130, when only 2 of 3 were back.
		expect(s.backBy).toEqual({ quarter: 10, half: 60, threeQuarters: 200 });
		expect(s.sendDay).toEqual({ postPurchase: 60, winBack: 200 });
	});

	it('bins the days to the second purchase by 30 days, up to the last bin used', () => {
		// 10 → 1–30, 60 → 31–60, 200 → 181–210
		expect(s.histogram.map((b) => b.customers)).toEqual([1, 1, 0, 0, 0, 0, 1]);
		expect(s.histogram[6]).toEqual({ from: 181, to: 210, customers: 1 });
	});

	// observed (200 − first): c0 200, c1 195, c2 180, c3 50, c4 200
	it.each([
		{ days: 30, observed: 5, reordered: 1, leftOut: 0, share: 0.2 },
		{ days: 60, observed: 4, reordered: 2, leftOut: 1, share: 0.5 },
		{ days: 90, observed: 4, reordered: 2, leftOut: 1, share: 0.5 },
		{ days: 180, observed: 4, reordered: 2, leftOut: 1, share: 0.5 }
	])('reorders within $days days only over customers observed that long', (row) => {
		// Every share here rests on 4 or 5 customers: uncertain, with its Wilson interval.
		expect(s.within.find((w) => w.days === row.days)).toEqual({
			...row,
			interval: wilsonInterval(row.reordered, row.observed),
			uncertain: true
		});
	});

	// The curve by the same rule, weekly: observed(d) = customers with 200 − first ≥ d;
	// back(d) = returning customers with gap ≤ d ≤ observed days.
	it.each([
		{ day: 7, observed: 5, reordered: 0 },
		{ day: 14, observed: 5, reordered: 1 },
		{ day: 56, observed: 4, reordered: 1 },
		{ day: 63, observed: 4, reordered: 2 },
		{ day: 182, observed: 3, reordered: 1 },
		{ day: 196, observed: 2, reordered: 1 }
	])('draws the repurchase curve at day $day over the customers observed that long', (point) => {
		const curve = summaryOf(CASE, 1).curve;
		expect(curve).toHaveLength(28);
		expect(curve.find((p) => p.day === point.day)).toEqual({
			...point,
			share: point.reordered / point.observed,
			uncertain: true
		});
	});

	// One rule for the table and the curve: a share over fewer than MIN_WITHIN_BASIS (30) observed
	// customers is uncertain. Here 31 customers are observed 7 days, 29 of them 14 days.
	it('marks a curve point uncertain by the rule of the reorder shares', () => {
		const observedAt = new Int32Array(16);
		observedAt[7] = 2;
		observedAt[14] = 29;
		const curve = repurchaseCurve(observedAt, new Int32Array(16), 14, MIN_CURVE_BASIS);
		expect(curve.map((p) => [p.day, p.observed, p.uncertain])).toEqual([
			[7, 31, false],
			[14, 29, true]
		]);
		expect(MIN_WITHIN_BASIS).toBe(30);
	});

	it('agrees with the reorder shares where their days meet, and stops below its minimum basis', () => {
		const t = summaryOf(CASE, 4);
		// 182 has 3 observed: the curve stops at 175 (4 observed)
		expect(t.curve.at(-1)?.day).toBe(175);
		expect(summaryOf(CASE).curve).toEqual([]);
		const long = summaryOf([[0, 700], [0], [100, 101]], 1);
		// 700 days: weekly steps would give 100 points; whole weeks keep it to about 60 (14 days)
		expect(long.curve[0].day).toBe(14);
		expect(long.curve.length).toBeLessThanOrEqual(60);
	});

	it.each([
		{ n: 1, count: 3, customers: 3, median: 60 },
		{ n: 2, count: 1, customers: 1, median: 30 },
		{ n: 3, count: 1, customers: 1, median: 60 },
		{ n: 4, count: 1, customers: 1, median: 30 }
	])('gives the gaps between purchase $n and the next, uncertain from so few customers', ({ n, ...gap }) => {
		expect(s.gaps[n - 1]).toMatchObject({ ...gap, uncertain: true });
	});

	it('pools every gap from the fourth purchase on, counting each customer once', () => {
		const t = summaryOf([
			[0, 1, 3, 6, 10, 15, 21],
			[0, 2, 4, 6, 8]
		]);
		// c0 gaps from the 4th purchase: 4, 5, 6; c1: 2 → sorted 2, 4, 5, 6: median 4.5
		expect(t.gaps[3]).toEqual({ count: 4, customers: 2, median: 4.5, q1: 3.5, q3: 5.25, uncertain: true });
	});

	it('puts waits over 360 days in the open last bin', () => {
		const t = summaryOf([[0, 400]]);
		expect(t.histogram).toHaveLength(13);
		expect(t.histogram[12]).toEqual({ from: 361, to: null, customers: 1 });
	});

	it('says nothing rather than 0 when no customer came back or none was observed long enough', () => {
		const t = summaryOf([[0], [3, 3]]);
		expect(t.secondPurchase.median).toBeNull();
		expect(t.sendDay).toEqual({ postPurchase: null, winBack: null });
		expect(t.backBy).toBeNull();
		expect(t.within.every((w) => w.share === null && w.observed === 0)).toBe(true);
		expect(t.histogram).toEqual([]);
	});
});

describe('the send days are the first days by which the stated share had come back (review: q3 157.5 → day 158, 4 of 6)', () => {
	// Six customers back after 20, 30, 45, 90, 180 and 181 days; one more buys on day 400 only.
	const REVIEW = [20, 30, 45, 90, 180, 181];
	const back = (gaps: number[]) => summaryOf([...gaps.map((g) => [0, g]), [400]]);

	it('the reviewer’s case: win-back on day 180 (5 of 6 back), post-purchase on day 45 (3 of 6)', () => {
		const t = back(REVIEW);
		// The interpolated figures stay as they are: median 67.5, q3 at position 3.75 → 157.5.
		expect(t.secondPurchase).toMatchObject({ median: 67.5, q1: 33.75, q3: 157.5 });
		// A quarter: ⌈1.5⌉ = 2 customers (day 30); half: 3 (day 45); three quarters: ⌈4.5⌉ = 5 (day 180).
		expect(t.backBy).toEqual({ quarter: 30, half: 45, threeQuarters: 180 });
		expect(t.sendDay).toEqual({ postPurchase: 45, winBack: 180 });
	});

	it.each([
		[REVIEW],
		[[10, 60, 200]],
		[[8]],
		[[5, 5, 5, 9]],
		[[1, 2, 3, 4, 5, 6, 7, 8]],
		[[3, 3, 7, 7, 7, 12, 40, 40, 41]],
		[[30, 31]]
	])('gaps %j: each day is the first by which at least that share had come back', (gaps) => {
		const t = back(gaps);
		const share = (d: number) => gaps.filter((g) => g <= d).length / gaps.length;
		for (const [p, d] of [
			[0.25, t.backBy!.quarter],
			[0.5, t.backBy!.half],
			[0.75, t.backBy!.threeQuarters]
		]) {
			expect(share(d)).toBeGreaterThanOrEqual(p);
			expect(share(d - 1)).toBeLessThan(p);
			expect(gaps).toContain(d);
		}
		expect(t.sendDay).toEqual({ postPurchase: t.backBy!.half, winBack: t.backBy!.threeQuarters });
	});

	it.each([
		[[], 0.75, null],
		[[7], 0.75, 7],
		[[1, 2, 3, 4], 0.5, 2],
		[[1, 2, 3, 4], 0.75, 3],
		[[1, 2, 3, 4, 5], 0.75, 4],
		[[1, 2, 3, 4, 5], 0.5, 3]
	])('dayByWhichShare(%j, %d) = %s', (sorted, p, day) => {
		expect(dayByWhichShare(sorted, p)).toBe(day);
	});
});

describe('what the win-back day rests on: of those still away by then, how many came back later (QA: no figure)', () => {
	// Back after 10, 20, 30, 40, 50, 60, 300 and 500 days (win-back: day 60, the 6th of 8), two never
	// back; each first purchase on day 0, one more customer on day 900 only: the data end on day 900,
	// so all but the last are observed for 900 days ≥ max(365, 2 × 60). Still away by day 60: those
	// back after 300 and 500 and the two never back: 4; back within 365 days: the one after 300 → 1 of 4.
	const gaps = [10, 20, 30, 40, 50, 60, 300, 500];
	const t = summaryOf([...gaps.map((g) => [0, g]), [0], [0], [900]]);
	it('counts them over the customers observed a year', () => {
		expect(t.sendDay.winBack).toBe(60);
		expect(t.afterWinBack).toEqual({
			days: 365,
			observed: 4,
			cameBack: 1,
			share: 0.25,
			interval: wilsonInterval(1, 4),
			uncertain: true
		});
	});
	it('leaves out those not observed that long, and follows a late win-back day twice as long', () => {
		// The data end on day 300: no one is observed 365 days.
		const short = summaryOf([[0, 10], [0, 20], [0, 30], [0, 40], [300]]);
		expect(short.afterWinBack).toMatchObject({ days: 365, observed: 0, cameBack: 0, share: null });
		// Win-back on day 200 (3 of 4 back by then): followed for 400 days; the customer back on day 390
		// counts, observed for 1,000 days.
		const late = summaryOf([[0, 100], [0, 150], [0, 200], [0, 390], [0], [1000]]);
		expect(late.sendDay.winBack).toBe(200);
		expect(late.afterWinBack).toMatchObject({ days: 400, observed: 2, cameBack: 1, share: 0.5 });
	});
	it('is null without a win-back day', () => {
		expect(summaryOf([[0], [5]]).afterWinBack).toBeNull();
	});
});

describe('a gap median from fewer than 30 customers is uncertain in every row, as the first gap’s (review: 2 → 3 over one gap unmarked)', () => {
	// `two` customers back after 10 days only; `three` with purchases on days 0, 10, 30, 35, 41, 48:
	// gaps 10 | 20 | 5 | 6, 7 (the 4th-or-later row pools two gaps of each such customer).
	const shop = (two: number, three: number) => [
		...Array.from({ length: two }, () => [0, 10]),
		...Array.from({ length: three }, () => [0, 10, 30, 35, 41, 48]),
		[400]
	];

	it.each([
		// customers with 2, with 6 purchase days → uncertain rows 1 → 2, 2 → 3, 3 → 4, 4th or later
		[40, 1, [false, true, true, true]],
		[0, 29, [true, true, true, true]],
		[0, 30, [false, false, false, false]],
		[40, 0, [false, false, false, false]]
	])('%d customers back once, %d with six purchase days: uncertain %j', (two, three, uncertain) => {
		const t = summaryOf(shop(two, three));
		expect(t.gaps.map((g) => g.uncertain)).toEqual(uncertain);
		expect(t.gaps[0].uncertain).toBe(t.uncertain);
	});

	it('counts customers, not gaps: 40 gaps of one customer in the 4th-or-later row are still uncertain', () => {
		const t = summaryOf([Array.from({ length: 44 }, (_, i) => i * 3)]);
		expect(t.gaps[3]).toMatchObject({ count: 40, customers: 1, median: 3, uncertain: true });
	});

	it('no gap: no median and nothing to mark', () => {
		expect(summaryOf([[0, 10]]).gaps[1]).toEqual({
			count: 0,
			customers: 0,
			median: null,
			q1: null,
			q3: null,
			uncertain: false
		});
	});
});

describe('a “reordered within k days” share over few observed customers is uncertain (QA: “100 % — 1 of 1”)', () => {
	// n customers each buying on day 0 and again on day 10, and one on day 400 only: the span is 400 days.
	const shop = (n: number) => [...Array.from({ length: n }, () => [0, 10]), [400]];
	it.each([
		[1, true],
		[MIN_WITHIN_BASIS - 1, true],
		[MIN_WITHIN_BASIS, false]
	])('%d observed 30 days: uncertain %s', (n, uncertain) => {
		const w = summaryOf(shop(n)).within.find((x) => x.days === 30)!;
		expect(w).toMatchObject({ observed: n, reordered: n, share: 1, uncertain });
		expect(w.interval).toEqual(wilsonInterval(n, n));
		if (n === 1) expect(w.interval!.low).toBeLessThan(0.25);
	});

	it('none observed: no share, nothing to mark', () => {
		const w = summaryOf([[0, 5]]).within.find((x) => x.days === 30)!;
		expect(w).toMatchObject({ observed: 0, share: null, interval: null, uncertain: false });
	});
});

describe('send days are doubtful on a short span (QA: 60 days of data gave day 8, 305 days day 20)', () => {
	it.each([
		// returning customers, win-back day, span (days), doubts
		[40, 30, 60, [{ kind: 'shortSpan', spanDays: 60, needDays: MIN_SEND_SPAN_DAYS }]],
		[40, 30, 179, [{ kind: 'shortSpan', spanDays: 179, needDays: 180 }]],
		[40, 30, 180, []],
		[40, 100, 199, [{ kind: 'shortSpan', spanDays: 199, needDays: 200 }]],
		[40, 100, 305, []],
		[3, 100, 305, [{ kind: 'fewReturning', count: 3, minimum: 30 }]],
		[
			3,
			20,
			60,
			[
				{ kind: 'fewReturning', count: 3, minimum: 30 },
				{ kind: 'shortSpan', spanDays: 60, needDays: 180 }
			]
		],
		[0, null, 60, []]
	])('%d returning, win-back day %s, %d days of orders: %o', (returning, winBack, span, doubts) => {
		expect(sendDayDoubts(returning, winBack, span)).toEqual(doubts);
	});

	it('the summary carries them: 40 customers back after 8 days, over a 60-day span', () => {
		const t = summaryOf([...Array.from({ length: 40 }, () => [0, 8]), [60]]);
		expect(t.sendDay).toEqual({ postPurchase: 8, winBack: 8 });
		expect(t.uncertain).toBe(false);
		expect(t.sendDayDoubts).toEqual([{ kind: 'shortSpan', spanDays: 60, needDays: 180 }]);
	});
});

describe('one source of truth: the first-order page’s all-customers row gives the repurchase page’s figures', () => {
	// Purchase days (data end on day 365): gaps 20, 45, 90 (two orders on day 10), 30 (observed 65
	// days only), 180, 181; two customers never back. Median (45 + 90) / 2 = 67.5, over 6 returners.
	const DAYS = [[0, 20], [0, 45], [10, 10, 100], [300, 330], [0], [365], [100, 280], [0, 181]];
	const columns = columnsOf(DAYS);
	const index = indexCustomers(columns, DAYS.length);
	const s = repurchaseSummary(index, columns.day);
	const all = firstOrderBreakdown(columns, index, null, null).all;

	it('the same median days to the second purchase, marked uncertain on both', () => {
		expect([s.secondPurchase.median, all.medianDays]).toEqual([67.5, 67.5]);
		expect([s.uncertain, all.medianUncertain]).toEqual([true, true]);
		expect([s.repeatCustomers, all.repeat]).toEqual([6, 6]);
	});

	it('the same share back within 90 days, over the same 6 customers observed that long', () => {
		const w = s.within.find((x) => x.days === 90)!;
		expect(w).toMatchObject({ observed: 6, reordered: 3 });
		expect(all.within).toMatchObject({ days: 90, observed: 6, reordered: 3, share: w.share, interval: w.interval });
		expect([w.uncertain, all.within.uncertain]).toEqual([true, true]);
	});
});
