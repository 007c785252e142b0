import { isRoughCohort, type ProfitRow, type ProfitTable } from '$lib/analysis/profit';
import { toCsv, type CsvValue } from '$lib/csv/escape';

/** The CSV's words, in the page's language. */
export interface ProfitCsvTexts {
	cohort: string;
	customers: string;
	sales: string;
	margin: string;
	cac: string;
	ltvCac: (months: number) => string;
	payback: string;
	month: (age: number) => string;
	allCustomers: string;
	cohortName: (month: number) => string;
	notObserved: string;
	notYet: (months: number) => string;
	partial: string;
	/** After the name of a cohort that may include customers who bought before the data begins. */
	earlier: string;
	/** After the name of a cohort too small for its averages to be more than rough (`isRoughCohort`). */
	few: string;
	/** The basis of an all-customers LTV:CAC or payback: n of N customers, observed through a month, their CAC. */
	allBasis: (basis: { customers: number; total: number; month: number; cac: number }) => string;
	allOnlyEarlier: string;
	allNoneUnmarked: string;
	allPaybackNotYet: (month: number) => string;
	/** Which channels (stored names, '' for none) have no CAC. */
	noCac: (channels: string[]) => string;
	/** The groups observed through `month` or less were skipped by the payback: these channels have no CAC. */
	allPaybackSkipped: (month: number, channels: string[]) => string;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * The profit table as CSV: one row for all customers, then one per cohort; plain numbers (money to
 * the cent, ratios to 2 decimals), words where a figure is not observed or the CAC not reached, and
 * "(partial)" after a cell from the data's partial last month. Where a row has no CAC, its CAC columns are empty.
 * A cohort that may include customers who bought before the data begins says so after its name, as
 * one too small for its averages to be more than rough does (`isRoughCohort`);
 * the all-customers LTV:CAC and payback say whom they count (as on the page), so they are text, and
 * where they have no CAC, which channels lack one.
 */
export function profitCsv(table: ProfitTable, t: ProfitCsvTexts): string {
	const header: CsvValue[] = [
		t.cohort,
		t.customers,
		t.sales,
		t.margin,
		t.cac,
		...table.all.ltvCac.map((l) => t.ltvCac(l.months)),
		t.payback,
		...Array.from({ length: table.ages }, (_, a) => t.month(a))
	];
	const anyCac = table.cohorts.some((c) => c.cac !== null);
	const basis = (customers: number, month: number, cac: number) =>
		t.allBasis({ customers, total: table.all.customers, month, cac: round(cac, 2) });
	const allLtvCac = table.all.ltvCac.map((l) =>
		l.customers === 0
			? l.leftOut > 0
				? t.allOnlyEarlier
				: t.notObserved
			: l.ratio === null || l.cac === null
				? l.noCac.length
					? t.noCac(l.noCac)
					: ''
				: `${round(l.ratio, 2)} (${basis(l.customers, l.months, l.cac)})`
	);
	const b = table.all.paybackBasis;
	const skipped = table.all.paybackWithoutCac;
	const allPayback =
		table.all.payback !== null && b !== null
			? `${table.all.payback} (${basis(b.customers, b.through, b.cac)})`
			: skipped !== null && skipped.through === table.unmarkedAges - 1
				? t.noCac(skipped.channels)
				: !anyCac
					? null
					: table.unmarkedCustomers === 0
						? t.allNoneUnmarked
						: skipped !== null
							? `${t.allPaybackNotYet(table.unmarkedAges - 1)} (${t.allPaybackSkipped(skipped.through, skipped.channels)})`
							: t.allPaybackNotYet(table.unmarkedAges - 1);
	const row = (r: ProfitRow): CsvValue[] => [
		r.month === null
			? t.allCustomers
			: [
					t.cohortName(r.month),
					...(r.maybeEarlier ? [`(${t.earlier})`] : []),
					...(isRoughCohort(r) ? [`(${t.few})`] : [])
				].join(' '),
		r.customers,
		round(r.sales, 2),
		round(r.margin, 2),
		r.cac === null ? null : round(r.cac, 2),
		...(r.month === null
			? allLtvCac
			: r.ltvCac.map((l) => (l.ratio !== null ? round(l.ratio, 2) : l.complete ? '' : t.notObserved))),
		r.month === null
			? allPayback
			: r.cac === null
				? null
				: r.payback !== null
					? r.payback
					: t.notYet(r.cumulative.length),
		...Array.from({ length: table.ages }, (_, a) =>
			a >= r.cumulative.length
				? null
				: a >= r.completeAges
					? `${round(r.cumulative[a], 2)} (${t.partial})`
					: round(r.cumulative[a], 2)
		)
	];
	return toCsv([header, row(table.all), ...table.cohorts.map(row)], { bom: true });
}
