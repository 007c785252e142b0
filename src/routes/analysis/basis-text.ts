import type { PeriodUnit } from '$lib/analysis/calendar';
import type { Change, ComparedFigure, ComparisonKind } from '$lib/analysis/comparison';
import { periodToDate, wholeMonths, type DayRange, type RangeProblem } from '$lib/analysis/date-range';
import type { Annualisation, Kpis } from '$lib/analysis/kpis';
import { currencyMixOf, type CurrencyMix } from '$lib/analysis/currency-mix';
import type { CrrBasis, PeriodRow } from '$lib/analysis/periods';
import type { WithheldReason } from '$lib/benchmarks/withheld';
import type { ImportWarning } from '$lib/orders/report';
import { fmt } from '$lib/format/formatters.svelte';
import { locale, msg } from '$lib/i18n/i18n.svelte';
import { periodLabel } from './period-label';

/**
 * What is missing behind a flagged figure, in words: shared by the Analysis page and the pages that
 * receive its figures (Benchmarks, What-if), so each says the same.
 */

/**
 * How a period is named: a month, quarter or calendar year by its label ("Mar 2024", "Q1 2024",
 * "2024"), or a yearly figure's 12 months (`twelveMonths`) by their first and last month ("Nov 2025 –
 * Oct 2026"), since they need not be a calendar year.
 */
export type PeriodNaming = PeriodUnit | 'twelveMonths';

export function periodText(month: number, unit: PeriodNaming): string {
	if (unit === 'twelveMonths')
		return msg.common.monthSpan({ from: periodText(month, 'month'), to: periodText(month + 11, 'month') });
	return periodLabel(month, unit, locale.intlTag, msg.common.quarter);
}

/** A measure's or flag's unit as named: any CRR per year covers the 12 months from its first (`twelveMonths`). */
export function namingOf(unit: PeriodUnit): PeriodNaming {
	return unit === 'year' ? 'twelveMonths' : unit;
}

/** Why a period's CRR is not measurable (`cutByRange`: a partial period is cut by the date range, not the data). */
export function unmeasuredText(
	basis: Exclude<CrrBasis, { kind: 'measurable' }>,
	month: number,
	unit: PeriodNaming,
	windowMonths: number,
	cutByRange = false
): string {
	const t = msg.analysis.trust;
	const period = periodText(month, unit);
	switch (basis.kind) {
		case 'partial': {
			const p = { period, covered: fmt.integer(basis.coveredDays), days: fmt.integer(basis.days) };
			return cutByRange ? t.partialByRange(p) : t.partial(p);
		}
		case 'baseBuilding':
			return t.baseBuilding({
				period,
				window: fmt.integer(windowMonths),
				historyFrom: fmt.day(basis.historyFrom),
				dataFrom: fmt.day(basis.dataFrom),
				measurableFrom: fmt.day(basis.measurableFrom)
			});
		case 'windowShort':
			return t.windowShort({
				period,
				window: fmt.integer(windowMonths),
				periodName: msg.common.period[unit === 'twelveMonths' ? 'year' : unit],
				months: fmt.integer(basis.periodMonths)
			});
		case 'noBase':
			return t.noBase({ period });
	}
}

export function aboveHundredText(
	p: { month: number; crr: number; returning: number },
	unit: PeriodNaming,
	windowMonths: number
): string {
	return msg.analysis.trust.aboveHundred({
		period: periodText(p.month, unit),
		crr: fmt.percent(p.crr, 1),
		returning: fmt.integer(p.returning),
		window: fmt.integer(windowMonths)
	});
}

/**
 * Said next to a CRR or churn key figure: why there is none (the latest complete period's reason), or
 * why it is above 100 %; undefined for a plain measured CRR. Shared by the KPI cards and Compare.
 */
export function crrReasonText(
	k: Pick<Kpis, 'lastPeriod' | 'unmeasuredPeriod' | 'periodUnit' | 'windowMonths'>
): string | undefined {
	const last = k.lastPeriod;
	if (last && last.crr !== null && last.crr > 1)
		return aboveHundredText({ ...last, crr: last.crr }, k.periodUnit, k.windowMonths);
	const why = k.unmeasuredPeriod;
	if (!last && why && why.basis.kind !== 'measurable')
		return unmeasuredText(why.basis, why.month, k.periodUnit, k.windowMonths, why.cutByRange === true);
	return undefined;
}

/** A retention table's CRR or churn cell where the period has none: what keeps it from being measured. */
export function unmeasuredCell(row: PeriodRow): string {
	const m = msg.analysis.retention;
	return row.basis.kind === 'noBase' ? m.noBase : row.basis.kind === 'windowShort' ? m.windowShort : m.notMeasurable;
}

/**
 * The marks a retention table puts beside a period's name, in this order: cut by the date range or
 * partial (days covered), "base still building" (S and N may miss or miscount customers who bought
 * before the data begins), CRR above 100 % (with those who came back).
 */
export function periodFlags(row: PeriodRow): string[] {
	const m = msg.analysis.retention;
	const days = { covered: fmt.integer(row.coveredDays), days: fmt.integer(row.days) };
	const flags: string[] = [];
	if (row.cutByRange) flags.push(m.cutByRange(days));
	else if (!row.complete) flags.push(m.partial(days));
	if (row.warmingUp) flags.push(m.warmingUp);
	if (row.noOrders) flags.push(m.noOrdersFlag);
	if (row.crr !== null && row.crr > 1) flags.push(m.aboveHundredFlag({ n: fmt.integer(row.returning) }));
	return flags;
}

/** A note under a retention table; `muted` for the general ones, the others name what is missing. */
export interface RetentionNote {
	id: 'measurable' | 'warmingUp' | 'rangeCut' | 'partialPeriod' | 'windowShort' | 'aboveHundred' | 'noOrders';
	text: string;
	muted: boolean;
}

/**
 * The notes under a retention table, in the order shown: what makes a period measurable, what "base
 * still building" means, a period the range cuts, a partial last period the data leaves, an activity
 * window shorter than the period, the latest CRR above 100 %.
 */
export function retentionNotes(rows: readonly PeriodRow[], unit: PeriodUnit, windowMonths: number): RetentionNote[] {
	const m = msg.analysis.retention;
	const notes: RetentionNote[] = [
		{ id: 'measurable', text: m.measurableNote({ window: fmt.integer(windowMonths) }), muted: true }
	];
	if (rows.some((r) => r.warmingUp)) notes.push({ id: 'warmingUp', text: m.warmingUpNote, muted: true });
	if (rows.some((r) => r.cutByRange)) notes.push({ id: 'rangeCut', text: m.cutNote, muted: true });
	// A period the range cuts is flagged as such (`cutNote`), not as one the data leaves partial.
	const last = rows.at(-1);
	if (last && last.basis.kind === 'partial' && !last.cutByRange)
		notes.push({
			id: 'partialPeriod',
			text: m.partialNote({
				period: periodText(last.month, unit),
				covered: fmt.integer(last.coveredDays),
				days: fmt.integer(last.days)
			}),
			muted: false
		});
	// A window shorter than the period leaves every complete period unmeasured: said once, in full.
	const short = rows.find((r) => r.basis.kind === 'windowShort');
	if (short && short.basis.kind !== 'measurable')
		notes.push({
			id: 'windowShort',
			text: unmeasuredText(short.basis, short.month, unit, windowMonths),
			muted: false
		});
	const empty = rows.filter((r) => r.noOrders);
	if (empty.length > 0)
		notes.push({
			id: 'noOrders',
			text: m.noOrdersNote({
				periods: empty
					.slice(0, 3)
					.map((r) => periodText(r.month, unit))
					.join(', '),
				more: fmt.integer(Math.max(0, empty.length - 3))
			}),
			muted: false
		});
	const above = [...rows].reverse().find((r) => r.crr !== null && r.crr > 1);
	if (above?.crr != null)
		notes.push({
			id: 'aboveHundred',
			text: aboveHundredText({ ...above, crr: above.crr }, unit, windowMonths),
			muted: false
		});
	return notes;
}

export function annualisationText(a: Exclude<Annualisation, { kind: 'observed' }>): string {
	const t = msg.analysis.trust;
	return a.kind === 'refused'
		? t.shortSpanRefused({ days: fmt.integer(a.spanDays), min: fmt.integer(a.minDays) })
		: t.shortSpanExtrapolated({ days: fmt.integer(a.spanDays), full: fmt.integer(a.fullDays) });
}

/** Why a figure is withheld; a CRR per year is named by its months (that of a calendar year too). */
export function withheldReasonText(reason: WithheldReason): string {
	switch (reason.code) {
		case 'crrNotMeasurable':
			return unmeasuredText(reason.basis, reason.month, namingOf(reason.unit), reason.windowMonths);
		case 'crrAboveHundred':
			return aboveHundredText(reason, namingOf(reason.unit), reason.windowMonths);
		case 'shortSpan':
			return annualisationText(reason.annualisation);
		case 'severalCurrencies':
			return msg.analysis.trust.severalCurrenciesWithheld({ counts: currencyCountsText(reason.currencies) });
	}
}

/** A data set's currencies with their counts, "USD 154 and CAD 28", the most used first. */
export function currencyCountsText(mix: CurrencyMix): string {
	return new Intl.ListFormat(locale.intlTag, { type: 'conjunction' }).format(
		mix.map(([code, count]) => `${code} ${fmt.integer(count)}`)
	);
}

/** What is wrong with a typed date range, in words. */
export function rangeProblemText(problem: RangeProblem): string {
	const t = msg.analysis.dateRange;
	switch (problem.kind) {
		case 'missing':
			return problem.field === 'from' ? t.missingFrom : t.missingTo;
		case 'format':
			return problem.field === 'from' ? t.formatFrom : t.formatTo;
		case 'order':
			return t.order;
		case 'outside': {
			const days = { from: fmt.day(problem.dataFrom), to: fmt.day(problem.dataTo) };
			// Comparing two data sets: say whose orders the range reaches outside.
			const limits = problem.limits;
			if (!limits) return t.outside(days);
			return limits.from === limits.to
				? msg.compare.outsideOne({ name: limits.from, ...days })
				: msg.compare.outsideBoth({ nameFrom: limits.from, nameTo: limits.to, ...days });
		}
	}
}

/**
 * What an earlier range is called beside the chosen one (`range`): the period just before it, or
 * for a month, quarter or year to date the same days (or whole months) of the one before
 * (`previousRange`); the same dates a year earlier.
 */
export function comparisonLabel(kind: ComparisonKind, range: DayRange | null): string {
	const t = msg.analysis.periodCompare;
	const toDate = kind === 'previous' && range ? periodToDate(range) : null;
	if (!toDate) return t[kind];
	// A quarter or year to date of whole months is set beside the same whole months (1 Apr – 31 May
	// beside 1 Jan – 28 Feb): months, not days, of the one before.
	if (toDate !== 'month' && range && wholeMonths(range) !== null) return t.previousMonthsToDate[toDate];
	return t.previousToDate[toDate];
}

/** A change as said on a KPI card: "+5.0 pp" for rates, "−12.5 %" for amounts. */
export function changeText(change: Change): string {
	const t = msg.analysis.periodCompare;
	if (change.kind === 'none') return t.noChange;
	// (The sign of the change as shown, to one decimal: −0.05 points is shown as ±0, not −0.)
	const signed = (text: string, value: number) =>
		(Math.round(Math.abs(value) * 1000) === 0 ? '±' : value > 0 ? '+' : '−') + text;
	if (change.kind === 'points')
		return t.points({ value: signed(fmt.number(Math.abs(change.value) * 100, 1), change.value) });
	return signed(fmt.percent(Math.abs(change.value), 1), change.value);
}

/** An earlier figure beside a KPI: its value and the change, or "not comparable". */
export function earlierText(figure: ComparedFigure, format: (value: number | null) => string): string {
	const t = msg.analysis.periodCompare;
	if (figure.kind === 'notComparable') return t.notComparable;
	if (figure.before === null) return format(null);
	return t.figure({ before: format(figure.before), change: changeText(figure.change) });
}

/**
 * What a data set's amounts are shown in: the file's currency, else the user's setting; where its
 * orders are in several currencies, added up without conversion, no currency's sign but the words
 * (`formatCurrency` writes a text that is no currency code after the number: "10,270.00 mixed
 * currencies"). (QA: such a sum was shown as "€10,270.00" in the key figures.)
 */
export function amountCurrency(
	dataset: { currency: string | null; report?: { warnings: readonly ImportWarning[] } | null } | null | undefined,
	setting: string
): string {
	if (currencyMixOf(dataset?.report?.warnings)) return msg.analysis.mixedCurrencies;
	return dataset?.currency ?? setting;
}
