import type { CohortTable } from '$lib/analysis/cohorts';
import type { DayRange } from '$lib/analysis/date-range';
import { inRange } from '$lib/analysis/export-basis';
import type { CsvValue } from '$lib/csv/escape';

/** The flags of the cohort table and its CSV, in the page's language. */
export interface CohortFlagTexts {
	/** "(partial: 20 of 31 days)". */
	partial: (covered: number, days: number) => string;
	/** "(may include earlier buyers)". */
	earlier: string;
}

/** `2024-03` for a month index (year × 12 + month − 1). */
function monthName(month: number): string {
	return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/**
 * The flags after cohort k's month, as the CRR table words them: a month the data covers only in part
 * (its days covered), and "may include earlier buyers" for a cohort within a window of the data's start.
 */
export function cohortFlags(cohorts: CohortTable, k: number, t: CohortFlagTexts): string[] {
	const month = cohorts.months[k];
	const first = cohorts.partialFirstMonth ?? null;
	const last = cohorts.partialLastMonth;
	const cut = month === first?.month ? first : month === last?.month ? last : null;
	const flags: string[] = [];
	if (cut) flags.push(t.partial(cut.coveredDays, cut.days));
	if (cohorts.mayIncludeEarlierBuyers?.[k]) flags.push(t.earlier);
	return flags;
}

/** Whether the cell of the cohort of `month` at `age` falls in the data's partial last month (each cohort's last observed age). */
export function inPartialLastMonth(cohorts: CohortTable, month: number, age: number): boolean {
	return cohorts.partialLastMonth !== null && month + age === cohorts.partialLastMonth.month;
}

/**
 * A cohort table (shares, or cumulative revenue per customer) as CSV rows, with the basis the table
 * on the page shows (trust rules: a figure on an incomplete basis is not passed on as a plain one):
 * - a cohort of a month the data covers only in part, or one that may include customers who bought
 *   before the data begins, says so after its month;
 * - each cohort's cell in the data's partial last month says so after its number (a 0 there is a
 *   month not over, not a month without orders).
 * Other cells are plain numbers: shares to 4 decimals, money to the cent; past the data's end, empty.
 */
export function cohortCsvRows(
	cohorts: CohortTable,
	kind: 'share' | 'revenue',
	range: DayRange | null,
	t: CohortFlagTexts
): CsvValue[][] {
	const values = kind === 'share' ? cohorts.share : cohorts.cumulativeRevenuePerCustomer;
	const scale = kind === 'share' ? 10_000 : 100;
	const last = cohorts.partialLastMonth;
	const header = ['cohort', 'customers', ...Array.from({ length: cohorts.ages }, (_, a) => `month_${a}`)];
	return [
		header.map((column) => inRange(column, range)),
		...cohorts.months.map((month, k) => [
			[monthName(month), ...cohortFlags(cohorts, k, t)].join(' '),
			cohorts.sizes[k],
			...values[k].map((value, age): CsvValue => {
				if (value === null) return null;
				const rounded = Math.round(value * scale) / scale;
				return last !== null && inPartialLastMonth(cohorts, month, age)
					? `${rounded} ${t.partial(last.coveredDays, last.days)}`
					: rounded;
			})
		])
	];
}
