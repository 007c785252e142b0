import type { CurvePoint, GapStats, HistogramBin, ReorderWithin } from '$lib/analysis/repurchase';
import { toCsv, type CsvValue } from '$lib/csv/escape';
import type { Messages } from '$lib/i18n/messages';

/** The CSVs' words, in the page's language. */
export interface RepurchaseCsvTexts {
	fromDay: string;
	toDay: string;
	customers: string;
	shareOfReturning: string;
	days: string;
	observed: string;
	reordered: string;
	share: string;
	low: string;
	high: string;
	/** Header of the column that says whether a share rests on too few observed customers. */
	uncertain: string;
	leftOut: string;
	day: string;
	gap: string;
	/** A gap row's name: n → n + 1, or from the 4th purchase on (n = 4). */
	gapName: (n: number) => string;
	gaps: string;
	gapCustomers: string;
	median: string;
	q1: string;
	q3: string;
	gapUncertain: string;
	yes: string;
	no: string;
}

/**
 * The CSVs' words from the page's catalogue: `withinMinimum` the observed customers under which a
 * share is uncertain, `gapMinimum` the customers under which a gap row is (both formatted).
 */
export function repurchaseCsvTexts(
	m: Messages['depth'],
	p: { withinMinimum: string; gapMinimum: string }
): RepurchaseCsvTexts {
	const c = m.csv;
	return {
		fromDay: c.fromDay,
		toDay: c.toDay,
		customers: c.customers,
		shareOfReturning: c.shareOfReturning,
		days: c.days,
		observed: c.observed,
		reordered: c.reordered,
		share: c.share,
		low: c.low,
		high: c.high,
		uncertain: c.uncertain({ minimum: p.withinMinimum }),
		leftOut: m.withinLeftOut,
		day: c.day,
		gap: c.gap,
		gapName: (n) => (n < 4 ? `${n} → ${n + 1}` : m.gapsFourPlus),
		gaps: m.gapsCount,
		gapCustomers: m.gapsCustomers,
		median: m.gapsMedian,
		q1: c.q1,
		q3: c.q3,
		gapUncertain: c.gapUncertain({ minimum: p.gapMinimum }),
		yes: c.yes,
		no: c.no
	};
}

const round = (value: number | null | undefined, digits: number) =>
	value === null || value === undefined ? null : Number(value.toFixed(digits));
const csv = (rows: CsvValue[][]) => toCsv(rows, { bom: true });

/**
 * Days to the second purchase in bins: first and last day of each bin (the last empty for the open
 * bin), the customers in it and their share of the `returning` customers (4 decimals).
 */
export function histogramCsv(bins: readonly HistogramBin[], returning: number, t: RepurchaseCsvTexts): string {
	return csv([
		[t.fromDay, t.toDay, t.customers, t.shareOfReturning],
		...bins.map((b) => [b.from, b.to, b.customers, returning ? round(b.customers / returning, 4) : null])
	]);
}

/**
 * The shares back within 30, 60, 90 and 180 days as the table gives them: each with its basis (the
 * customers observed that long and those of them back in time), its 95 % Wilson interval, whether it
 * rests on too few observed customers, and the customers left out. A window nobody was observed for
 * has empty share cells.
 */
export function withinCsv(within: readonly ReorderWithin[], t: RepurchaseCsvTexts): string {
	return csv([
		[t.days, t.observed, t.reordered, t.share, t.low, t.high, t.uncertain, t.leftOut],
		...within.map((w) => [
			w.days,
			w.observed,
			w.reordered,
			round(w.share, 4),
			round(w.interval?.low, 4),
			round(w.interval?.high, 4),
			w.observed ? (w.uncertain ? t.yes : t.no) : null,
			w.leftOut
		])
	]);
}

/** The repurchase curve: each point's day, basis, share and uncertain mark (the rule of the table above). */
export function curveCsv(curve: readonly CurvePoint[], t: RepurchaseCsvTexts): string {
	return csv([
		[t.day, t.observed, t.reordered, t.share, t.uncertain],
		...curve.map((p) => [p.day, p.observed, p.reordered, round(p.share, 4), p.uncertain ? t.yes : t.no])
	]);
}

/** The gaps between one purchase day and the next: how many, from how many customers, median and quartiles (days). */
export function gapsCsv(gaps: readonly GapStats[], t: RepurchaseCsvTexts): string {
	return csv([
		[t.gap, t.gaps, t.gapCustomers, t.median, t.q1, t.q3, t.gapUncertain],
		...gaps.map((g, k) => [
			t.gapName(k + 1),
			g.count,
			g.customers,
			round(g.median, 1),
			round(g.q1, 1),
			round(g.q3, 1),
			g.customers ? (g.uncertain ? t.yes : t.no) : null
		])
	]);
}
