import type { FirstOrderBreakdown, FirstOrderGroup } from '$lib/analysis/first-order';
import { toCsv, type CsvValue } from '$lib/csv/escape';
import type { Messages } from '$lib/i18n/messages';

/** The CSV's words, in the page's language. */
export interface FirstOrderCsvTexts {
	rank: string;
	group: string;
	customers: string;
	cameBack: string;
	share: string;
	low: string;
	high: string;
	uncertain: string;
	median: string;
	medianUncertain: string;
	observed: string;
	reordered: string;
	withinShare: string;
	withinLow: string;
	withinHigh: string;
	withinUncertain: string;
	clvCustomers: string;
	clv: string;
	clvLow: string;
	clvHigh: string;
	clvUncertain: string;
	clvTopShare: string;
	month: (month: number) => string;
	monthBasis: (month: number) => string;
	/** Header of the column that says whether month `month` rests on too few customers. */
	monthUncertain: (month: number) => string;
	nameOf: (group: FirstOrderGroup) => string;
	yes: string;
	no: string;
}

/**
 * The CSV's words from the page's catalogue: `days` the window of the "back within" share, `minimum`
 * the customers under which a figure is uncertain (both formatted), `warned` whether the CLV fit has
 * warnings (its column says so), `withheld` whether the spend model was refused (its column says so
 * and is empty), `nameOf` a group's name as the table shows it.
 */
export function firstOrderCsvTexts(
	m: Messages['firstOrder'],
	p: {
		days: string;
		minimum: string;
		warned: boolean;
		withheld?: boolean;
		/** The data set's revenue name, as the key figures give it. */
		revenue: string;
		nameOf: (group: FirstOrderGroup) => string;
	}
): FirstOrderCsvTexts {
	const { days, minimum } = p;
	return {
		rank: m.rank,
		group: m.group,
		customers: m.customers,
		cameBack: m.cameBack,
		share: m.csvShare,
		low: m.csvLow,
		high: m.csvHigh,
		uncertain: m.csvUncertain,
		median: m.median,
		medianUncertain: m.csvMedianUncertain({ minimum }),
		observed: m.csvObserved({ days }),
		reordered: m.csvReordered({ days }),
		withinShare: m.csvWithinShare({ days }),
		withinLow: m.csvWithinLow({ days }),
		withinHigh: m.csvWithinHigh({ days }),
		withinUncertain: m.csvWithinUncertain({ days, minimum }),
		clvCustomers: m.csvClvCustomers,
		clv: p.withheld ? m.csvClvWithheld : p.warned ? m.csvClvWarned : m.clv,
		clvLow: m.csvClvLow,
		clvHigh: m.csvClvHigh,
		clvUncertain: m.csvClvUncertain({ minimum }),
		clvTopShare: m.csvClvTopShare,
		month: (month) => m.csvMonth({ month: String(month), revenue: p.revenue }),
		monthBasis: (month) => m.csvMonthBasis({ month: String(month) }),
		monthUncertain: (month) => m.csvMonthUncertain({ month: String(month), minimum }),
		nameOf: p.nameOf,
		yes: m.yes,
		no: m.no
	};
}

const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));

/**
 * The breakdown as CSV: all customers first (no rank), then the groups in the order shown, with the
 * rank the page shows (`groups` as ranked, uncertain groups after the others); plain numbers
 * (shares to 4 decimals, money to the cent), an empty cell where a figure has no basis. Each share
 * the page shows comes with its basis as the page gives it: the share who came back with the group's
 * customers, its 95 % Wilson interval and uncertain mark; the median days to the second purchase
 * with whether it rests on too few customers who came back; the share back within the window with the
 * customers observed that long, its 95 % Wilson interval and its own uncertain mark; the predicted CLV
 * with the customers it is over, its 95 % interval (empty for one customer) and uncertain mark. Each LTV
 * month has three columns: revenue per customer through that month (named as the data set's key figures name it), the customers that month's
 * increment is over, and whether they are too few (uncertain).
 */
export function firstOrderCsv(
	breakdown: FirstOrderBreakdown,
	groups: readonly FirstOrderGroup[],
	t: FirstOrderCsvTexts
): string {
	const months = Math.max(0, ...[breakdown.all, ...groups].map((g) => g.ltv.length));
	const header: CsvValue[] = [
		t.rank,
		t.group,
		t.customers,
		t.cameBack,
		t.share,
		t.low,
		t.high,
		t.uncertain,
		t.median,
		t.medianUncertain,
		t.observed,
		t.reordered,
		t.withinShare,
		t.withinLow,
		t.withinHigh,
		t.withinUncertain,
		t.clvCustomers,
		t.clv,
		t.clvLow,
		t.clvHigh,
		t.clvUncertain,
		t.clvTopShare,
		...Array.from({ length: months }, (_, m) => [t.month(m), t.monthBasis(m), t.monthUncertain(m)]).flat()
	];
	const row = (g: FirstOrderGroup, rank: number | null): CsvValue[] => [
		rank,
		t.nameOf(g),
		g.customers,
		g.repeat,
		round(g.repeatRate, 4),
		round(g.interval?.low ?? null, 4),
		round(g.interval?.high ?? null, 4),
		g.uncertain ? t.yes : t.no,
		round(g.medianDays, 1),
		g.medianDays === null ? null : g.medianUncertain ? t.yes : t.no,
		g.within.observed,
		g.within.reordered,
		round(g.within.share, 4),
		round(g.within.interval?.low ?? null, 4),
		round(g.within.interval?.high ?? null, 4),
		g.within.observed ? (g.within.uncertain ? t.yes : t.no) : null,
		g.clv.customers,
		round(g.clv.perCustomer, 2),
		round(g.clv.interval?.low ?? null, 2),
		round(g.clv.interval?.high ?? null, 2),
		g.clv.perCustomer === null ? null : g.clv.uncertain ? t.yes : t.no,
		round(g.clv.topShare ?? null, 4),
		...Array.from({ length: months }, (_, m) =>
			m < g.ltv.length
				? [round(g.ltv[m].perCustomer, 2), g.ltv[m].customers, g.ltv[m].uncertain ? t.yes : t.no]
				: [null, null, null]
		).flat()
	];
	return toCsv([header, row(breakdown.all, null), ...groups.map((g, k) => row(g, k + 1))], { bom: true });
}
