import type { OrderColumns } from '$lib/orders/columns';
import {
	addMonths,
	addMonthsTable,
	firstDayOfMonthIndex,
	MONTHS_PER,
	monthIndexOfDay,
	monthTable,
	periodStartMonth,
	type PeriodUnit
} from './calendar';
import type { CustomerIndex } from './customers';

/**
 * Period retention from transactions, with the seed formula CRR = (E − N) / S.
 *
 * The customer base at a moment is every customer whose latest purchase lies within the activity
 * window before it (default 12 months): a purchase on day p keeps its customer in the base from
 * p until the same date W months later. For a period from day a to day b:
 * - S = the base at the period's start (at the end of day a − 1),
 * - E = the base at its end (at the end of day b),
 * - N = customers whose first purchase falls in the period.
 * Churn = 1 − CRR. A CRR is given only where it is measurable (see `crrBasis`).
 */
export interface PeriodRow {
	/** First month index of the period. */
	month: number;
	firstDay: number;
	lastDay: number;
	/** Days in the period, and how many of them lie between the data's first and last order. */
	days: number;
	coveredDays: number;
	start: number;
	end: number;
	acquired: number;
	/**
	 * Customers in E who are neither in S nor new: they come back after more than one activity
	 * window without a purchase. They are why a CRR can exceed 100 %.
	 */
	returning: number;
	/** (E − N) / S where the CRR is measurable (`basis.kind === 'measurable'`), else null. */
	crr: number | null;
	churn: number | null;
	/** The data covers the period from its first to its last day (see `isCompletePeriod`). */
	complete: boolean;
	/**
	 * The period starts less than one activity window after the first order in the data, so the
	 * base at its start misses customers who bought before the data begins.
	 */
	warmingUp: boolean;
	/** Whether the CRR is measurable, and if not, what is missing. */
	basis: CrrBasis;
	/**
	 * The date range cuts the period (set by `periodsInRange`): its S, E and N count the whole period,
	 * not its days in the range, so they are not shown (`periodCounts`). `coveredDays` then counts its
	 * days in the range.
	 */
	cutByRange?: true;
	/**
	 * No order in the data falls in the period (set by `periodSeries`): a shop that sold then has an
	 * export that misses those days (a monthly file left out of an import), and S, E, N and the CRR of
	 * the periods around it count without them; flagged, not judged.
	 */
	noOrders?: true;
}

/** S, E and N of a period as shown, or null for a period the date range cuts (they would cover days outside it). */
export function periodCounts(row: PeriodRow): { start: number; end: number; acquired: number } | null {
	return row.cutByRange ? null : { start: row.start, end: row.end, acquired: row.acquired };
}

/**
 * A complete period is one the data covers from its first to its last day: it starts on or after
 * the day of the first order and ends on or before the day of the last. (The data's own span is
 * all that is known of the export's range, so a shop's quiet last day counts as uncovered.)
 */
export function isCompletePeriod(
	period: { firstDay: number; lastDay: number },
	data: { minDay: number; maxDay: number }
): boolean {
	return period.firstDay >= data.minDay && period.lastDay <= data.maxDay;
}

/**
 * Why a period's CRR is, or is not, measurable:
 * - `partial`: the period is not complete (`coveredDays` of its `days` are in the data);
 * - `baseBuilding`: less than one activity window of history lies before the period's start, so S
 *   misses customers who bought before the data begins (their window started on `historyFrom`,
 *   the data on `dataFrom`; periods starting on or after `measurableFrom` are measurable);
 * - `windowShort`: the activity window is shorter than the period (`periodMonths`): a customer who
 *   first buys early in the period and nothing after can leave the base before its end, so they
 *   are in N but not in E, and (E − N) ÷ S undercounts the kept customers (it can fall below 0);
 * - `noBase`: nobody is in the base at the start (S = 0);
 * - `measurable`: a complete period, a window at least as long as the period, a full window of
 *   history before it, and S > 0. Then every new customer of the period is still in the base at its
 *   end (N ⊆ E), so the CRR is never below 0; above 100 % it is only through customers who came
 *   back after a lapse (`returning`), which every page flags.
 */
export type CrrBasis =
	| { kind: 'measurable' }
	| { kind: 'partial'; coveredDays: number; days: number }
	| { kind: 'windowShort'; periodMonths: number }
	| { kind: 'baseBuilding'; historyFrom: number; dataFrom: number; measurableFrom: number }
	| { kind: 'noBase' };

/**
 * "Base still building": a period (or a cohort's month) that starts less than one activity window
 * after the data begins (`minDay`). Customers who bought before the data begins are then missing
 * from its S, and one of them who orders again in it counts as new (N, a cohort's size).
 */
export function baseStillBuilding(firstDay: number, minDay: number, windowMonths: number): boolean {
	return firstDay < baseBuiltFrom(minDay, windowMonths);
}

/** The first day no longer "base still building" (`baseStillBuilding`): one activity window after `minDay`. */
export function baseBuiltFrom(minDay: number, windowMonths: number): number {
	return addMonths(minDay, windowMonths);
}

/** Whether an activity window is shorter than the period: then no period's CRR is measurable (`windowShort`). */
export function windowShorterThanPeriod(windowMonths: number, unit: PeriodUnit): boolean {
	return windowMonths < MONTHS_PER[unit];
}

/**
 * The one rule for a measurable CRR: complete, a window no shorter than the period, a full activity
 * window of history before it, S > 0.
 */
export function crrBasis(
	period: { firstDay: number; lastDay: number; start: number },
	data: { minDay: number; maxDay: number },
	windowMonths: number,
	unit: PeriodUnit
): CrrBasis {
	if (!isCompletePeriod(period, data)) {
		const coveredDays = Math.max(
			0,
			Math.min(period.lastDay, data.maxDay) - Math.max(period.firstDay, data.minDay) + 1
		);
		return { kind: 'partial', coveredDays, days: period.lastDay - period.firstDay + 1 };
	}
	if (windowShorterThanPeriod(windowMonths, unit)) return { kind: 'windowShort', periodMonths: MONTHS_PER[unit] };
	const measurableFrom = addMonths(data.minDay, windowMonths);
	if (period.firstDay < measurableFrom) {
		return {
			kind: 'baseBuilding',
			historyFrom: addMonths(period.firstDay, -windowMonths),
			dataFrom: data.minDay,
			measurableFrom
		};
	}
	if (period.start <= 0) return { kind: 'noBase' };
	return { kind: 'measurable' };
}

/**
 * One customer's activity intervals at a time: a purchase on day p keeps its customer in the base
 * from p until the same date `windowMonths` later (exclusive), and a customer's overlapping windows
 * are merged, so that they count once however many purchases keep them in. After `load(c)`,
 * interval k of customer c is [starts[k], ends[k]), for k < count, disjoint and in date order. The
 * arrays are reused from one customer to the next (no allocation per customer).
 */
class ActivityIntervals {
	starts = new Int32Array(16);
	ends = new Int32Array(16);
	count = 0;
	/** Day p keeps its customer in the base until `activeUntil[p − minDay]` (exclusive). */
	private readonly activeUntil: Int32Array;

	constructor(
		private readonly columns: OrderColumns,
		private readonly index: CustomerIndex,
		windowMonths: number
	) {
		this.activeUntil = addMonthsTable(index.minDay, index.maxDay, windowMonths);
	}

	load(c: number): void {
		const { offset, order, minDay } = this.index;
		const { day } = this.columns;
		const activeUntil = this.activeUntil;
		this.count = 0;
		const from = offset[c];
		const to = offset[c + 1];
		if (to === from) return;
		let start = day[order[from]];
		let end = activeUntil[start - minDay];
		for (let j = from + 1; j < to; j++) {
			const p = day[order[j]];
			if (p <= end) {
				const until = activeUntil[p - minDay];
				if (until > end) end = until;
			} else {
				this.add(start, end);
				start = p;
				end = activeUntil[p - minDay];
			}
		}
		this.add(start, end);
	}

	private add(start: number, end: number): void {
		if (this.count === this.starts.length) {
			const starts = new Int32Array(2 * this.count);
			const ends = new Int32Array(2 * this.count);
			starts.set(this.starts);
			ends.set(this.ends);
			this.starts = starts;
			this.ends = ends;
		}
		this.starts[this.count] = start;
		this.ends[this.count] = end;
		this.count++;
	}
}

/**
 * Adds a customer's intervals to a difference array of the base over the days from `minDay`
 * (`span` days; `diff` has one more slot): +1 on the day an interval starts, −1 on the day it ends.
 */
function addToBase(diff: Int32Array, intervals: ActivityIntervals, minDay: number, span: number): void {
	for (let k = 0; k < intervals.count; k++) {
		diff[intervals.starts[k] - minDay]++;
		const to = intervals.ends[k];
		if (to - minDay <= span) diff[Math.min(span, to - minDay)]--;
	}
}

/** The base at the end of each day, from its difference array. */
function baseFromDiff(diff: Int32Array, span: number): Int32Array {
	const base = new Int32Array(span);
	let running = 0;
	for (let d = 0; d < span; d++) {
		running += diff[d];
		base[d] = running;
	}
	return base;
}

/**
 * How many customers are in the base at the end of each day from `minDay` to `maxDay`:
 * each customer's activity intervals are merged (so a customer counts once), then added up
 * with a difference array.
 */
export function baseByDay(columns: OrderColumns, index: CustomerIndex, windowMonths: number): Int32Array {
	const { minDay, maxDay } = index;
	const span = maxDay - minDay + 1;
	const intervals = new ActivityIntervals(columns, index, windowMonths);
	const diff = new Int32Array(span + 1);
	for (let c = 0; c < index.customerCount; c++) {
		intervals.load(c);
		addToBase(diff, intervals, minDay, span);
	}
	return baseFromDiff(diff, span);
}

export function periodSeries(
	columns: OrderColumns,
	index: CustomerIndex,
	unit: PeriodUnit,
	windowMonths: number
): PeriodRow[] {
	const { minDay, maxDay } = index;
	if (columns.count === 0) return [];
	const size = MONTHS_PER[unit];
	const firstMonth = periodStartMonth(monthIndexOfDay(minDay), unit);
	const lastMonth = periodStartMonth(monthIndexOfDay(maxDay), unit);
	const periods = (lastMonth - firstMonth) / size + 1;
	const calendar = periodCalendar(minDay, maxDay, unit, firstMonth, periods);

	// New customers per period, from each customer's first purchase.
	const acquired = new Int32Array(periods);
	for (let c = 0; c < index.customerCount; c++) {
		if (index.offset[c + 1] === index.offset[c]) continue;
		acquired[calendar.periodOfDay[index.firstDay[c] - minDay]]++;
	}
	// The base by day (as `baseByDay`) and the customers back after a lapse, from one walk over each
	// customer's activity intervals.
	const span = maxDay - minDay + 1;
	const diff = new Int32Array(span + 1);
	const returning = new Int32Array(periods);
	const intervals = new ActivityIntervals(columns, index, windowMonths);
	for (let c = 0; c < index.customerCount; c++) {
		intervals.load(c);
		addToBase(diff, intervals, minDay, span);
		if (intervals.count > 1) countReturning(returning, intervals, index, c, calendar);
	}
	const base = baseFromDiff(diff, span);
	const baseAt = (day: number) => (day < minDay ? 0 : base[Math.min(day, maxDay) - minDay]);
	// Which periods have an order (a gap in the export shows as one without).
	const ordered = new Uint8Array(periods);
	for (let i = 0; i < columns.count; i++) ordered[calendar.periodOfDay[columns.day[i] - minDay]] = 1;

	const rows: PeriodRow[] = [];
	for (let k = 0; k < periods; k++) {
		const month = firstMonth + k * size;
		const firstDay = calendar.firstDayOf[k];
		const lastDay = calendar.firstDayOf[k + 1] - 1;
		const counts = {
			start: baseAt(firstDay - 1),
			end: baseAt(lastDay),
			acquired: acquired[k],
			returning: returning[k]
		};
		const row = periodRow({ month, firstDay, lastDay, ...counts }, index, windowMonths, unit);
		rows.push(ordered[k] === 0 ? { ...row, noOrders: true } : row);
	}
	return rows;
}

/** Which period each day of the data falls in, and where each period starts. */
interface PeriodCalendar {
	/** The period (0 = the data's first) of each day from `minDay`, at `periodOfDay[day − minDay]`. */
	periodOfDay: Int32Array;
	/** The first day of each period; `firstDayOf[periods]` is the day after the last one. */
	firstDayOf: Int32Array;
}

/**
 * The periods of the days from `minDay` to `maxDay` as tables: every customer's first purchase and
 * every lapse is placed in its period, and calendar maths for each would cost far more than a read.
 */
function periodCalendar(
	minDay: number,
	maxDay: number,
	unit: PeriodUnit,
	firstMonth: number,
	periods: number
): PeriodCalendar {
	const size = MONTHS_PER[unit];
	const periodOfDay = monthTable(minDay, maxDay);
	for (let d = 0; d < periodOfDay.length; d++)
		periodOfDay[d] = (periodStartMonth(periodOfDay[d], unit) - firstMonth) / size;
	const firstDayOf = new Int32Array(periods + 1);
	for (let k = 0; k <= periods; k++) firstDayOf[k] = firstDayOfMonthIndex(firstMonth + k * size);
	return { periodOfDay, firstDayOf };
}

/**
 * Adds to `returning` (per period) a customer's returns: the customers in the base at a period's end
 * who were neither in it at its start nor new in it. A customer's activity intervals are disjoint and
 * in order, so the one covering a period's last day is unique; it counts when it starts inside that
 * period (after the customer's first purchase there or earlier) and no interval of the same customer
 * covers the day before the period.
 */
function countReturning(
	returning: Int32Array,
	intervals: ActivityIntervals,
	index: CustomerIndex,
	c: number,
	calendar: PeriodCalendar
): void {
	const { starts, ends, count } = intervals;
	const { periodOfDay, firstDayOf } = calendar;
	const { minDay, maxDay } = index;
	const firstDay = index.firstDay[c];
	// Interval 0 begins with the first purchase: its customer is new, not returning.
	for (let j = 1; j < count; j++) {
		const k = periodOfDay[starts[j] - minDay];
		const periodStart = firstDayOf[k];
		const endDay = Math.min(firstDayOf[k + 1] - 1, maxDay);
		if (ends[j] <= endDay || firstDay >= periodStart) continue;
		let inStart = false;
		for (let i = j - 1; i >= 0 && !inStart; i--)
			inStart = starts[i] <= periodStart - 1 && periodStart - 1 < ends[i];
		if (!inStart) returning[k]++;
	}
}

/** What a period's row counts: its days, and S, E, N and the customers back after a lapse. */
export type PeriodCounts = Pick<
	PeriodRow,
	'month' | 'firstDay' | 'lastDay' | 'start' | 'end' | 'acquired' | 'returning'
>;

/** A period's row from its counts: its CRR where its basis makes it measurable, and what says how far to trust it. */
export function periodRow(
	counts: PeriodCounts,
	index: CustomerIndex,
	windowMonths: number,
	unit: PeriodUnit
): PeriodRow {
	const { firstDay, lastDay, start, end, acquired } = counts;
	const { minDay, maxDay } = index;
	const basis = crrBasis({ firstDay, lastDay, start }, index, windowMonths, unit);
	const crr = basis.kind === 'measurable' ? (end - acquired) / start : null;
	return {
		...counts,
		days: lastDay - firstDay + 1,
		coveredDays: Math.max(0, Math.min(lastDay, maxDay) - Math.max(firstDay, minDay) + 1),
		crr,
		churn: crr === null ? null : 1 - crr,
		complete: isCompletePeriod({ firstDay, lastDay }, index),
		warmingUp: baseStillBuilding(firstDay, minDay, windowMonths),
		basis
	};
}

/** The last period whose CRR is measurable (see `crrBasis`), or null when there is none. */
export function lastMeasurablePeriod(rows: readonly PeriodRow[]): PeriodRow | null {
	for (let k = rows.length - 1; k >= 0; k--) if (rows[k].basis.kind === 'measurable') return rows[k];
	return null;
}

/**
 * The period that explains a missing CRR: the last complete one (else the last one). Its `basis`
 * says what is missing.
 */
export function lastCompletePeriod(rows: readonly PeriodRow[]): PeriodRow | null {
	for (let k = rows.length - 1; k >= 0; k--) if (rows[k].complete) return rows[k];
	return rows.at(-1) ?? null;
}

/**
 * The periods that overlap a date range, measured on the whole history (the base at a period's start
 * counts customers active before the range: that is known, not assumed). A period the range cuts
 * (it starts before `from` or ends after `to`) is partial and `cutByRange`: its CRR is not given, its
 * S, E and N (of the whole period) are not shown, and `coveredDays` counts its days inside both the range and the data.
 */
export function periodsInRange(
	rows: readonly PeriodRow[],
	range: { from: number; to: number },
	data: { minDay: number; maxDay: number }
): PeriodRow[] {
	const from = Math.max(range.from, data.minDay);
	const to = Math.min(range.to, data.maxDay);
	return rows
		.filter((row) => row.lastDay >= range.from && row.firstDay <= range.to)
		.map((row) => {
			if (row.firstDay >= range.from && row.lastDay <= range.to) return row;
			const coveredDays = Math.max(0, Math.min(row.lastDay, to) - Math.max(row.firstDay, from) + 1);
			return {
				...row,
				coveredDays,
				complete: false,
				crr: null,
				churn: null,
				cutByRange: true,
				basis: { kind: 'partial', coveredDays, days: row.days }
			};
		});
}
