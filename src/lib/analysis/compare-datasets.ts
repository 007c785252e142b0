import type { CsvValue } from '$lib/csv/escape';
import { isoFromDay } from '$lib/format/date';
import type { Analysis } from './analyse';
import { COMPARED_KPIS, figureBasis, kpiValue, RATE_KPIS, type ComparedKpi, type FigureBasis } from './comparison';

export { figureBasis, type FigureBasis };
import type { DataSpan } from './date-range';
import { periodCounts, type PeriodRow } from './periods';

/**
 * Two data sets side by side (two shops, or two exports of one shop), analysed with the same
 * settings and range. Nothing here adds or subtracts an amount of one to one of the other: their
 * currencies may differ, and a difference of two currencies is not a number.
 */

/**
 * A data set's name with its side, "A: orders_export_1": two exports of one shop often share a name,
 * so every header, note and CSV column says which side it is.
 */
export function sideName(side: 'A' | 'B', name: string): string {
	return `${side}: ${name}`;
}

/** The days both data sets cover, or null when they do not overlap (a range must lie in both). */
export function sharedSpan(a: DataSpan, b: DataSpan): DataSpan | null {
	const minDay = Math.max(a.minDay, b.minDay);
	const maxDay = Math.min(a.maxDay, b.maxDay);
	return minDay <= maxDay ? { minDay, maxDay } : null;
}

/** What differs between the two data sets that a reader of the figures must know. */
export interface CompareNotes {
	/** The currencies, when they differ (or one is unknown): amounts are then not comparable. */
	currencies: { a: string | null; b: string | null } | null;
	/** The spans, when they differ. */
	spans: { a: DataSpan; b: DataSpan; shared: DataSpan | null } | null;
}

export function compareNotes(
	a: { span: DataSpan; currency: string | null },
	b: { span: DataSpan; currency: string | null }
): CompareNotes {
	const sameCurrency = a.currency !== null && a.currency === b.currency;
	const sameSpan = a.span.minDay === b.span.minDay && a.span.maxDay === b.span.maxDay;
	return {
		currencies: sameCurrency ? null : { a: a.currency, b: b.currency },
		spans: sameSpan ? null : { a: a.span, b: b.span, shared: sharedSpan(a.span, b.span) }
	};
}

/** Amounts (money) among the compared figures: never compared across two currencies. */
export const MONEY_KPIS: ReadonlySet<ComparedKpi> = new Set(['revenue', 'revenuePerCustomer', 'aov', 'clv']);

/** The period a CRR or churn is of, with the counts it is computed from: CRR = (E − N) ÷ S. */
export interface HeadlinePeriod {
	/** First month index of the period (`PeriodRow.month`). */
	month: number;
	firstDay: number;
	lastDay: number;
	start: number;
	end: number;
	acquired: number;
}

export interface HeadlineRow {
	id: ComparedKpi;
	a: number | null;
	b: number | null;
	basisA: FigureBasis | null;
	basisB: FigureBasis | null;
	/** For CRR and churn: the period each side's value is of (each side's last measurable one), else null. */
	periodA: HeadlinePeriod | null;
	periodB: HeadlinePeriod | null;
	/** Both sides have a CRR (or churn), but of different periods: the two are not the same quantity. */
	periodsDiffer: boolean;
}

/** The period behind a side's CRR or churn, or null for other figures and where there is none. */
function headlinePeriod(analysis: Analysis, id: ComparedKpi): HeadlinePeriod | null {
	const last = analysis.kpis.lastPeriod;
	if ((id !== 'crr' && id !== 'churn') || last === null || last.crr === null) return null;
	const { month, firstDay, lastDay, start, end, acquired } = last;
	return { month, firstDay, lastDay, start, end, acquired };
}

export function headlineRows(a: Analysis, b: Analysis): HeadlineRow[] {
	return COMPARED_KPIS.map((id) => {
		const periodA = headlinePeriod(a, id);
		const periodB = headlinePeriod(b, id);
		return {
			id,
			a: kpiValue(a.kpis, id),
			b: kpiValue(b.kpis, id),
			basisA: figureBasis(a.kpis, id),
			basisB: figureBasis(b.kpis, id),
			periodA,
			periodB,
			periodsDiffer: periodA !== null && periodB !== null && periodA.month !== periodB.month
		};
	});
}

/** The periods of both, matched by their first month, in time order (a period one lacks is null there). */
export interface PeriodPair {
	month: number;
	a: PeriodRow | null;
	b: PeriodRow | null;
}

export function periodPairs(a: readonly PeriodRow[], b: readonly PeriodRow[]): PeriodPair[] {
	const byMonth = new Map<number, PeriodPair>();
	for (const row of a) byMonth.set(row.month, { month: row.month, a: row, b: null });
	for (const row of b) {
		const pair = byMonth.get(row.month);
		if (pair) pair.b = row;
		else byMonth.set(row.month, { month: row.month, a: null, b: row });
	}
	return [...byMonth.values()].sort((x, y) => x.month - y.month);
}

const round = (value: number | null, digits: number) =>
	value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The headline table as CSV: one row per figure, each data set's value (rates as fractions), its currency
 * named, and why a value is not a plain fact where it is not (`figureBasis`); for CRR and churn, the
 * period of each value (ISO first/last day) with its S, E and N, and whether the two periods differ.
 */
export function headlineCsvRows(
	rows: readonly HeadlineRow[],
	names: { a: string; b: string },
	currencies: { a: string | null; b: string | null }
): CsvValue[][] {
	const period = (p: HeadlinePeriod | null): CsvValue[] =>
		p ? [`${isoFromDay(p.firstDay)}/${isoFromDay(p.lastDay)}`, p.start, p.end, p.acquired] : ['', null, null, null];
	return [
		[
			'figure',
			'unit_a',
			sideName('A', names.a),
			'basis_a',
			'period_a',
			'S_a',
			'E_a',
			'N_a',
			'unit_b',
			sideName('B', names.b),
			'basis_b',
			'period_b',
			'S_b',
			'E_b',
			'N_b',
			'periods_differ'
		],
		...rows.map((row) => {
			const unit = (currency: string | null) =>
				MONEY_KPIS.has(row.id) ? (currency ?? '') : RATE_KPIS.has(row.id) ? 'fraction' : '';
			const digits = RATE_KPIS.has(row.id) ? 4 : 2;
			return [
				row.id,
				unit(currencies.a),
				round(row.a, digits),
				row.basisA ?? '',
				...period(row.periodA),
				unit(currencies.b),
				round(row.b, digits),
				row.basisB ?? '',
				...period(row.periodB),
				row.periodsDiffer ? 'yes' : ''
			];
		})
	];
}

/**
 * The period table as CSV: per period, S, E, N and CRR of each (CRR empty where it is not measurable; all
 * four empty for a period the range cuts).
 */
export function periodCsvRows(pairs: readonly PeriodPair[], names: { a: string; b: string }): CsvValue[][] {
	const cells = (row: PeriodRow | null) => {
		// A period the range cuts: its S, E and N would count days outside the range (`periodCounts`).
		const counts = row && periodCounts(row);
		return [counts?.start ?? null, counts?.end ?? null, counts?.acquired ?? null, round(row?.crr ?? null, 4)];
	};
	const [a, b] = [sideName('A', names.a), sideName('B', names.b)];
	return [
		['period_start', `${a} S`, `${a} E`, `${a} N`, `${a} CRR`, `${b} S`, `${b} E`, `${b} N`, `${b} CRR`],
		...pairs.map((pair) => [isoFromDay((pair.a ?? pair.b)!.firstDay), ...cells(pair.a), ...cells(pair.b)])
	];
}
