import type { CsvValue } from '$lib/csv/escape';
import { isoFromDay } from '$lib/format/date';
import enCompare from '$lib/i18n/en/compare';
import type { Messages } from '$lib/i18n/messages';
import type { RevenueBasis } from '$lib/orders/report';
import type { Analysis } from './analyse';
import { COMPARED_KPIS, figureBasis, kpiValue, RATE_KPIS, type ComparedKpi, type FigureBasis } from './comparison';

export { figureBasis, type FigureBasis };
import type { DataSpan, DayRange } from './date-range';
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
	/**
	 * The currencies amounts are shown in, when they differ: amounts are then not comparable. A file
	 * that names no currency is shown in the user's setting, as on the Analysis page.
	 */
	currencies: { a: string; b: string } | null;
	/** Which sides' files name no currency (their amounts are in the user's setting), or null if neither. */
	assumed: { a: boolean; b: boolean; setting: string } | null;
	/** The spans, when they differ. */
	spans: { a: DataSpan; b: DataSpan; shared: DataSpan | null } | null;
}

/** The currency a data set's amounts are shown in: its file's, else the user's setting (as on the Analysis page). */
export function shownCurrency(currency: string | null | undefined, setting: string): string {
	return currency ?? setting;
}

export function compareNotes(
	a: { span: DataSpan; currency: string | null },
	b: { span: DataSpan; currency: string | null },
	setting: string
): CompareNotes {
	const shownA = shownCurrency(a.currency, setting);
	const shownB = shownCurrency(b.currency, setting);
	const sameSpan = a.span.minDay === b.span.minDay && a.span.maxDay === b.span.maxDay;
	return {
		currencies: shownA === shownB ? null : { a: shownA, b: shownB },
		assumed:
			a.currency === null || b.currency === null
				? { a: a.currency === null, b: b.currency === null, setting }
				: null,
		spans: sameSpan ? null : { a: a.span, b: b.span, shared: sharedSpan(a.span, b.span) }
	};
}

/**
 * Which data set's first and last order bound the days both cover (the range must lie in them), for
 * saying whose orders a range reaches outside: `from`/`to` is 'a' or 'b' (A when both agree).
 */
export function spanLimits(a: DataSpan, b: DataSpan): { from: 'a' | 'b'; to: 'a' | 'b' } {
	return { from: b.minDay > a.minDay ? 'b' : 'a', to: b.maxDay < a.maxDay ? 'b' : 'a' };
}

/**
 * What each data set's revenue measures, named as the Analysis page names it (`revenueMessages`):
 * the CSV's word for the measure.
 */
export type RevenueMeasure =
	| 'net_sales'
	| 'net_sales_item_rows'
	| 'sales_quantity_x_price'
	| 'revenue_item_amounts'
	| 'revenue_order_totals_less_shipping'
	| 'revenue_order_totals';

export function revenueMeasure(basis: RevenueBasis | undefined): RevenueMeasure {
	switch (basis) {
		case 'netSales':
		case 'netSalesColumn':
			return 'net_sales';
		case 'lineTyped':
			return 'net_sales_item_rows';
		case 'lineItems':
			return 'sales_quantity_x_price';
		case 'lineAmounts':
			return 'revenue_item_amounts';
		case 'totalLessShipping':
			return 'revenue_order_totals_less_shipping';
		default:
			return 'revenue_order_totals';
	}
}

/** What a compare export says about the comparison besides the figures: the range, revenue measures, currencies. */
export interface CompareContext {
	/** The range both are limited to; null: all orders of each. */
	range: DayRange | null;
	revenue: { a: RevenueMeasure; b: RevenueMeasure };
	/** Which sides' files name no currency: their amounts are in the user's setting. */
	assumed: { a: boolean; b: boolean };
}

/** The notes and words the compare CSVs write in their cells, in the user's language (English unless given). */
export type CompareCsvTexts = Messages['compare']['csv'];
const ENGLISH: CompareCsvTexts = enCompare.csv;

/** The range as the CSV writes it: ISO first/last day, or "all orders". */
export function rangeCell(range: DayRange | null, texts: CompareCsvTexts = ENGLISH): string {
	return range ? `${isoFromDay(range.from)}/${isoFromDay(range.to)}` : texts.allOrders;
}

/** The part of an export's file name that says its range: "2025-01-04-to-2026-10-25", or "all-orders". */
export function rangeFileName(range: DayRange | null): string {
	return range ? `${isoFromDay(range.from)}-to-${isoFromDay(range.to)}` : 'all-orders';
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
 * Every row carries the range both are limited to and, in `note`, what the page says of the row: revenue
 * named by its measure ("net_sales", "revenue_order_totals"), amounts of two measures flagged as not
 * comparable, and an amount's currency that is the user's setting rather than the file's.
 */
export function headlineCsvRows(
	rows: readonly HeadlineRow[],
	names: { a: string; b: string },
	currencies: { a: string | null; b: string | null },
	context: CompareContext = {
		range: null,
		revenue: { a: 'revenue_order_totals', b: 'revenue_order_totals' },
		assumed: { a: false, b: false }
	},
	texts: CompareCsvTexts = ENGLISH
): CsvValue[][] {
	const period = (p: HeadlinePeriod | null): CsvValue[] =>
		p ? [`${isoFromDay(p.firstDay)}/${isoFromDay(p.lastDay)}`, p.start, p.end, p.acquired] : ['', null, null, null];
	const { revenue, assumed } = context;
	const sameMeasure = revenue.a === revenue.b;
	const figure = (id: ComparedKpi) =>
		id !== 'revenue' ? id : sameMeasure ? revenue.a : `${revenue.a} (A) / ${revenue.b} (B)`;
	const notes = (id: ComparedKpi) => {
		if (!MONEY_KPIS.has(id)) return '';
		const found: string[] = [];
		if (!sameMeasure) found.push(texts.revenueDiffers({ a: revenue.a, b: revenue.b }));
		for (const side of ['a', 'b'] as const)
			if (assumed[side])
				found.push(texts.currencyAssumed({ side: side.toUpperCase(), currency: currencies[side] ?? '' }));
		return found.join('; ');
	};
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
			'periods_differ',
			'range',
			'note'
		],
		...rows.map((row) => {
			const unit = (currency: string | null) =>
				MONEY_KPIS.has(row.id) ? (currency ?? '') : RATE_KPIS.has(row.id) ? 'fraction' : '';
			const digits = RATE_KPIS.has(row.id) ? 4 : 2;
			return [
				figure(row.id),
				unit(currencies.a),
				round(row.a, digits),
				row.basisA ?? '',
				...period(row.periodA),
				unit(currencies.b),
				round(row.b, digits),
				row.basisB ?? '',
				...period(row.periodB),
				row.periodsDiffer ? texts.yes : '',
				rangeCell(context.range, texts),
				notes(row.id)
			];
		})
	];
}

/** Why a period's CRR is empty, in the CSV's words; '' where it is measured. */
export function crrNote(row: PeriodRow | null, texts: CompareCsvTexts = ENGLISH): string {
	if (row === null) return texts.noData;
	if (row.cutByRange) return texts.cutByRange({ covered: String(row.coveredDays), days: String(row.days) });
	const basis = row.basis;
	switch (basis.kind) {
		case 'measurable':
			return '';
		case 'partial':
			return texts.partial({ covered: String(basis.coveredDays), days: String(basis.days) });
		case 'windowShort':
			return texts.windowShort;
		case 'baseBuilding':
			return texts.baseBuilding({ from: isoFromDay(basis.measurableFrom) });
		case 'noBase':
			return texts.noBase;
	}
}

/**
 * The period table as CSV: per period, S, E, N and CRR of each (CRR empty where it is not measurable; all
 * four empty for a period the range cuts), why a CRR is empty (`crrNote`), and the range both are limited to.
 */
export function periodCsvRows(
	pairs: readonly PeriodPair[],
	names: { a: string; b: string },
	range: DayRange | null = null,
	texts: CompareCsvTexts = ENGLISH
): CsvValue[][] {
	const cells = (row: PeriodRow | null) => {
		// A period the range cuts: its S, E and N would count days outside the range (`periodCounts`).
		const counts = row && periodCounts(row);
		const crr = round(row?.crr ?? null, 4);
		return [
			counts?.start ?? null,
			counts?.end ?? null,
			counts?.acquired ?? null,
			crr,
			crr === null ? crrNote(row, texts) : ''
		];
	};
	const [a, b] = [sideName('A', names.a), sideName('B', names.b)];
	const header = (side: string) => [`${side} S`, `${side} E`, `${side} N`, `${side} CRR`, `${side} CRR note`];
	return [
		['period_start', ...header(a), ...header(b), 'range'],
		...pairs.map((pair) => [
			isoFromDay((pair.a ?? pair.b)!.firstDay),
			...cells(pair.a),
			...cells(pair.b),
			rangeCell(range, texts)
		])
	];
}
