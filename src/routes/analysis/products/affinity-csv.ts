import type { AffinityRule } from '$lib/analysis/affinity';
import { toCsv, type CsvValue } from '$lib/csv/escape';

/** The CSV's words, in the page's language (the table's headers). */
export interface AffinityCsvTexts {
	from: string;
	to: string;
	count: string;
	fromCount: string;
	toCount: string;
	support: string;
	confidence: string;
	confidenceLow: string;
	confidenceHigh: string;
	lift: string;
	uncertain: string;
	yes: string;
	no: string;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * Ranked rules as CSV: product names as text (a name such as "=SUM(…)" is neutralised), counts as
 * they are, shares (support, confidence and its interval) to 4 decimals, lift to 3.
 */
export function affinityCsv(rules: readonly AffinityRule[], t: AffinityCsvTexts): string {
	const header: CsvValue[] = [
		t.from,
		t.to,
		t.count,
		t.fromCount,
		t.toCount,
		t.support,
		t.confidence,
		t.confidenceLow,
		t.confidenceHigh,
		t.lift,
		t.uncertain
	];
	const rows = rules.map((r): CsvValue[] => [
		r.from,
		r.to,
		r.count,
		r.fromCount,
		r.toCount,
		round(r.support, 4),
		round(r.confidence, 4),
		round(r.interval.low, 4),
		round(r.interval.high, 4),
		round(r.lift, 3),
		r.uncertain ? t.yes : t.no
	]);
	return toCsv([header, ...rows], { bom: true });
}
