import type { PeriodUnit } from '$lib/analysis/calendar';
import type { Change, ComparedFigure, ComparisonKind } from '$lib/analysis/comparison';
import { periodToDate, type DayRange, type RangeProblem } from '$lib/analysis/date-range';
import type { Annualisation } from '$lib/analysis/kpis';
import type { CurrencyMix } from '$lib/analysis/currency-mix';
import type { CrrBasis } from '$lib/analysis/periods';
import type { WithheldReason } from '$lib/benchmarks/withheld';
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
 * for a month, quarter or year to date the same days of the one before (`previousRange`); the
 * same dates a year earlier.
 */
export function comparisonLabel(kind: ComparisonKind, range: DayRange | null): string {
	const t = msg.analysis.periodCompare;
	const toDate = kind === 'previous' && range ? periodToDate(range) : null;
	return toDate ? t.previousToDate[toDate] : t[kind];
}

/** A change as said on a KPI card: "+5.0 pp" for rates, "−12.5 %" for amounts. */
export function changeText(change: Change): string {
	const t = msg.analysis.periodCompare;
	if (change.kind === 'none') return t.noChange;
	const signed = (text: string, value: number) => (value > 0 ? '+' : value < 0 ? '−' : '±') + text;
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
