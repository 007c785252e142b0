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

export interface HeadlineRow {
	id: ComparedKpi;
	a: number | null;
	b: number | null;
	basisA: FigureBasis | null;
	basisB: FigureBasis | null;
}

export function headlineRows(a: Analysis, b: Analysis): HeadlineRow[] {
	return COMPARED_KPIS.map((id) => ({
		id,
		a: kpiValue(a.kpis, id),
		b: kpiValue(b.kpis, id),
		basisA: figureBasis(a.kpis, id),
		basisB: figureBasis(b.kpis, id)
	}));
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
 * named, and why a value is not a plain fact where it is not (`figureBasis`).
 */
export function headlineCsvRows(
	rows: readonly HeadlineRow[],
	names: { a: string; b: string },
	currencies: { a: string | null; b: string | null }
): CsvValue[][] {
	return [
		['figure', 'unit_a', sideName('A', names.a), 'basis_a', 'unit_b', sideName('B', names.b), 'basis_b'],
		...rows.map((row) => {
			const unit = (currency: string | null) =>
				MONEY_KPIS.has(row.id) ? (currency ?? '') : RATE_KPIS.has(row.id) ? 'fraction' : '';
			const digits = RATE_KPIS.has(row.id) ? 4 : 2;
			return [
				row.id,
				unit(currencies.a),
				round(row.a, digits),
				row.basisA ?? '',
				unit(currencies.b),
				round(row.b, digits),
				row.basisB ?? ''
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
