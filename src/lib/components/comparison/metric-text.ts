import type { Gap } from '$lib/benchmarks/compare';
import { PUBLICATIONS, type BenchmarkFigure } from '$lib/benchmarks/figures';
import { METRIC_UNIT, type MetricId, type RatePeriod } from '$lib/benchmarks/metrics';
import { fmt } from '$lib/format/formatters.svelte';
import { msg } from '$lib/i18n/i18n.svelte';

/**
 * Metric values and benchmark figures as text, in the reader's language: rates as percentages,
 * money in its own currency, frequencies with their period. Shared by the benchmarks, planner and
 * what-if pages so a number reads the same everywhere.
 */
export interface ValueContext {
	/** The currency of a money value; the user's setting when absent. */
	currency?: string;
	period?: RatePeriod;
}

/**
 * The decimals of a rate shown as a percentage: two at most (a published 6.73 % reads 6.73 %, not
 * 6.7 %, and "7.19 % is 0.46 points above 6.73 %" adds up as it reads); none shown that are 0.
 */
const RATE_DIGITS = 2;

export function metricValueText(metric: MetricId, value: number, context: ValueContext = {}): string {
	switch (METRIC_UNIT[metric]) {
		case 'ratio':
			return fmt.percent(value, RATE_DIGITS);
		case 'currency':
			return context.currency ? fmt.money(value, 2, context.currency) : fmt.money(value, 2);
		case 'perPeriod':
			return context.period
				? msg.benchmarks.units.perPeriod({
						n: fmt.number(value, 2),
						period: msg.benchmarks.figures.perPeriod[context.period]
					})
				: fmt.number(value, 2);
		case 'score':
			return msg.benchmarks.units.score({ n: fmt.number(value, 1) });
	}
}

/** A figure's value with its period, e.g. "24 %" or "6.7 % per month". */
export function figureValueText(figure: BenchmarkFigure): string {
	const value = metricValueText(figure.metric, figure.value, { currency: figure.currency, period: figure.period });
	if (!figure.period || METRIC_UNIT[figure.metric] === 'perPeriod') return value;
	return msg.benchmarks.figures.valuePer({ value, period: msg.benchmarks.figures.perPeriod[figure.period] });
}

/** The publication year, or "Undated". */
export function figureYear(figure: BenchmarkFigure): string {
	const year = PUBLICATIONS[figure.publication].publishedYear;
	return year === null ? msg.benchmarks.figures.undated : String(year);
}

/** "Apparel (Bluecore, 2024)": for which industry, who and when, to label a bar or a reason. */
export function figureLabel(figure: BenchmarkFigure): string {
	const year = PUBLICATIONS[figure.publication].publishedYear;
	return msg.benchmarks.comparison.figureLabel({
		publisher: PUBLICATIONS[figure.publication].publisher,
		year: year === null ? msg.benchmarks.comparison.undated : String(year),
		industry: msg.benchmarks.industries[figure.industry]
	});
}

/** How far apart two values are, without a sign (the sentence says above or below). */
export function gapSizeText(metric: MetricId, gap: Gap, currency?: string): string {
	const size = Math.abs(gap.difference);
	switch (METRIC_UNIT[metric]) {
		case 'ratio':
			return msg.benchmarks.comparison.points({ n: fmt.number(size * 100, RATE_DIGITS) });
		case 'currency':
			return currency ? fmt.money(size, 2, currency) : fmt.money(size, 2);
		default:
			return fmt.number(size, 2);
	}
}

/** "Yours (30 %) is 4 percentage points above Metrilo … 26 % (15.4 % higher)." */
export function gapSentence(figure: BenchmarkFigure, userValue: number, gap: Gap): string {
	const t = msg.benchmarks.comparison;
	const user = metricValueText(figure.metric, userValue, { currency: figure.currency, period: figure.period });
	const benchmark = msg.benchmarks.comparison.figureWithValue({
		figure: figureLabel(figure),
		value: figureValueText(figure)
	});
	if (gap.direction === 'level') return t.level({ user, benchmark });
	if (gap.direction === 'unclear' && gap.range) {
		return t.unclear({
			user,
			benchmark,
			low: fmt.percent(gap.range.low, RATE_DIGITS),
			high: fmt.percent(gap.range.high, RATE_DIGITS)
		});
	}
	const by = gapSizeText(figure.metric, gap, figure.currency);
	const relative = gap.relative === null ? '—' : fmt.percent(Math.abs(gap.relative), 1);
	return gap.difference > 0 ? t.above({ user, benchmark, by, relative }) : t.below({ user, benchmark, by, relative });
}

/** The message keys of the calculators whose scenarios can be a baseline. */
const CALCULATOR_TEXTS = {
	crr: 'crr',
	churn: 'churn',
	'churn-convert': 'churnConvert',
	lifetime: 'lifetime',
	aov: 'aov',
	frequency: 'frequency',
	repeat: 'repeat',
	'clv-simple': 'clvSimple',
	'clv-retention': 'clvRetention',
	'ltv-cac': 'ltvCac',
	nps: 'nps'
} as const;

/** A calculator's title, by its id (as stored with a scenario). */
export function calculatorTitle(id: string): string {
	const key = (CALCULATOR_TEXTS as Record<string, keyof typeof msg.calculators | undefined>)[id];
	const texts = key ? msg.calculators[key] : undefined;
	return texts && typeof texts === 'object' && 'title' in texts ? String(texts.title) : id;
}

/** The calendar day (UTC) of a time stamp, formatted. */
export function dateOf(timestamp: number): string {
	return fmt.day(Math.floor(timestamp / 86_400_000));
}
