import type { OrderColumns } from '$lib/orders/columns';
import { addMonths, firstDayOfMonthIndex, monthIndexOfDay, monthTable } from './calendar';
import { MIN_CERTAIN_CUSTOMERS, partialLastMonth } from './cohorts';
import { DEFAULT_ANALYSIS_SETTINGS } from './settings';

/**
 * Profit, not only revenue (issue 13, item 4): gross-margin LTV curves by first-order-month cohort,
 * LTV:CAC and CAC payback.
 *
 * Two steps, so that typing a cost never needs the orders again:
 * 1. `profitBase` (in the analysis worker, over the stored orders): for each cohort (customers whose
 *    first order in the data falls in calendar month k) and each month since the first order
 *    (age a = 0 for the month of the first order, as the Analysis page's cohorts count it), the
 *    cohort's net sales and its number of orders in that month.
 * 2. `profitTable` (on the page, with the merchant's costs): the gross margin of each cell,
 *       margin = net sales × (1 − COGS % − payment fee %) − orders × (shipping cost + fixed fee),
 *    which is the sum over the cell's orders of
 *       amount × (1 − COGS % − fee %) − shipping cost − fixed fee,
 *    then cumulated over ages and divided by the cohort's customers (gross-margin LTV so far).
 *    Where the data set stores each order's cost of goods (a cost column in the file), an order
 *    with a known cost is charged that cost instead of the percentage:
 *       margin = net sales × (1 − fee %) − orders × (shipping cost + fixed fee)
 *                − (cost of the orders with a cost + COGS % × net sales of the orders without),
 *    so the percentage applies only to the orders without a cost, whose number the page states.
 *
 * - Payment fees are taken on the stored amount (net sales); customers also pay tax and shipping,
 *   on which the processor charges too, so the fees are slightly understated (margin overstated).
 * - An age is *complete* when its calendar month lies wholly within the data: the data's last month
 *   is partial when the data ends before its last day, and that cell is then marked (shown, but not
 *   used for LTV:CAC or the all-customers line).
 * - LTV:CAC after months 0–h = cumulative margin per customer through age h (h + 1 calendar
 *   months, the first one partial for most customers) ÷ CAC, only where age h is complete for the
 *   cohort; otherwise it is not shown (never extrapolated).
 * - CAC payback = the first age at which cumulative margin per customer ≥ CAC, among the ages
 *   observed (the partial last month included: what was earned by the data's last day is earned);
 *   null when not reached ("not yet").
 * - Customers who bought before the data begins: a customer's first order *in the data* makes
 *   them new, but a file that starts mid-history has returning customers whose earlier orders are
 *   missing. As the Analysis page's base "still building", a cohort whose first month starts less
 *   than one activity window after the data's first day (`firstDay + window`, the Analysis
 *   settings' window) may hold such customers: it is marked (`maybeEarlier`), and its CAC may be
 *   charged for customers won before. Such cohorts are left out of the all-customers LTV:CAC and
 *   payback.
 * - All customers, each figure on a stated basis:
 *   - customers, net sales, margin, CAC: every cohort; margin per customer so far = margin ÷
 *     customers (each customer from their first order to the data's last day);
 *   - the curve: at each age, the cumulative margin of every cohort whose age a is complete,
 *     divided by those cohorts' customers; the customers counted shrink as the age grows;
 *   - LTV:CAC after months 0–h: over the unmarked cohorts complete through age h (their customers
 *     are stated, "n of N"), their pooled cumulative margin ÷ their own blended CAC;
 *   - payback: for a = 0, 1, …, the group G(a) of unmarked cohorts complete through age a; the
 *     first group whose pooled cumulative margin per customer reaches its blended CAC at some
 *     age p ≤ a gives payback p, stated with the group's customers and a. (Taking G(p) at each p
 *     instead would mix groups: G(a) may reach the CAC before a, where the larger G(p) did not.)
 * - CAC per channel (where the data set stores a sales channel): a customer's channel is that of
 *   their first order; a cohort's CAC per customer is the blend
 *       Σ over channels (customers won through it × its CAC) ÷ the cohort's customers,
 *   a channel without a CAC of its own taking the one typed for all. For a group of cohorts, the
 *   blend is over their customers. Where a channel has no CAC and none is typed for all, a cohort
 *   with customers from it has no CAC, nor has any group holding that cohort: each such figure
 *   names the channels (`noCac`), and the all-customers payback says which groups it had to skip
 *   (`paybackWithoutCac`), so that "not reached" is never said of a group that had no CAC.
 */

/** The LTV:CAC horizons, in months since the first order. */
export const LTV_CAC_MONTHS = [3, 6, 12] as const;

export interface ProfitBase {
	/** Month index (year × 12 + month − 1) of each cohort with customers, oldest first. */
	months: number[];
	/** Customers of each cohort. */
	sizes: number[];
	/** [cohort][age] net sales in that month since the first order; one entry per observed age. */
	sales: number[][];
	/** [cohort][age] number of orders in that month since the first order. */
	orders: number[][];
	/** Ages whose month lies wholly within the data, per cohort (the last observed one may be partial). */
	completeAges: number[];
	firstDay: number;
	lastDay: number;
	/** The data's last month when the data ends before its last day (its cells are partial). */
	partialLastMonth: { month: number; coveredDays: number; days: number; lastDay: number } | null;
	/** Customers by the channel of their first order, when the data set stores one; else null. */
	channels: FirstOrderChannels | null;
	/** Where the data set stores a cost per order (else null or absent): see `OrderCosts`. */
	costs?: OrderCosts | null;
}

/** The stored costs of goods, by cohort and age, and how many orders have one. */
export interface OrderCosts {
	/** [cohort][age] cost of goods of the orders with a known cost. */
	cost: number[][];
	/** [cohort][age] net sales of those same orders (the rest take the percentage). */
	sales: number[][];
	/** Orders with a known cost, and without one. */
	withCost: number;
	withoutCost: number;
}

export interface FirstOrderChannels {
	/** Channel names as stored; '' for orders without one. */
	names: string[];
	/** [cohort][channel] customers whose first order came through that channel. */
	customers: number[][];
}

/** The merchant's costs; shares as fractions (0.4 for 40 %), money in the data set's currency. */
export interface ProfitCosts {
	/** Cost of goods as a share of net sales. */
	cogsShare: number;
	/**
	 * The merchant's shipping cost per order: less what the customer paid for shipping where the
	 * stored amounts leave that out (net sales; else the carrier's whole cost would count it against
	 * the margin twice), the whole of it where they are order totals that include it (the page asks
	 * for it so, by the data set's revenue basis).
	 */
	shippingPerOrder: number;
	/** Payment fee as a share of the order value (here: the stored net sales). */
	feeShare: number;
	/** Fixed payment fee per order. */
	feePerOrder: number;
	/** Customer acquisition cost per new customer; null when not given. */
	cac: number | null;
	/** CAC per channel (aligned with `ProfitBase.channels.names`); null entries take `cac`. */
	cacByChannel?: readonly (number | null)[];
}

export interface LtvCac {
	months: number;
	/** Cumulative margin per customer through that age ÷ CAC; null when not complete or no CAC. */
	ratio: number | null;
	/** The cohort has been observed for all of that age's month (all customers: some unmarked cohort has). */
	complete: boolean;
	/** Customers the ratio is over (a cohort: its size; all customers: the unmarked cohorts complete through it). */
	customers: number;
	/** All customers: customers of marked cohorts complete through it, left out (a cohort: 0). */
	leftOut: number;
	/** The CAC per customer the ratio divides by (all customers: blended over `customers`); null: none. */
	cac: number | null;
	/** The channels (stored names, '' for none) of those customers that have no CAC (see `channelsWithoutCac`). */
	noCac: string[];
}

/** The group of customers the all-customers payback was found over. */
export interface PaybackBasis {
	customers: number;
	/** Their cohorts are complete through this age. */
	through: number;
	/** Their blended CAC per customer. */
	cac: number;
}

export interface ProfitRow {
	/** Month index of the cohort; null for the all-customers line. */
	month: number | null;
	/** Customers of the cohort (for the all-customers line: at age 0). */
	customers: number;
	/** CAC per customer (blended over first-order channels); for all customers, at age 0. Null: no CAC. */
	cac: number | null;
	/** [age] cumulative gross margin per customer; one entry per observed age. */
	cumulative: number[];
	/** [age] customers counted (the cohort's size; for all customers, those whose age is complete). */
	counted: number[];
	completeAges: number;
	ltvCac: LtvCac[];
	/** First age at which the cumulative margin per customer reaches the CAC; null = not yet (or no CAC). */
	payback: number | null;
	/** All customers: the group the payback was found over (null: not reached by any group). A cohort: null. */
	paybackBasis: PaybackBasis | null;
	/**
	 * All customers: the groups G(0) … G(through) had no CAC, their customers from these channels having
	 * none, so the payback was sought only over the later groups (every group when through is the
	 * last age the unmarked cohorts reach). Null: no group was skipped. A cohort: null.
	 */
	paybackWithoutCac: { through: number; channels: string[] } | null;
	/** The channels (stored names, '' for none) of the customers without a CAC (see `channelsWithoutCac`). */
	noCac: string[];
	/** Net sales and gross margin over every observed age, in total. */
	sales: number;
	margin: number;
	/** Gross margin ÷ customers: per customer from their first order to the data's last day. */
	perCustomer: number;
	/** The cohort starts less than one activity window after the data's first day (see above). */
	maybeEarlier: boolean;
}

/**
 * A cohort too small for its averages (margin per customer, LTV:CAC, payback) to be more than rough:
 * under the threshold at which the cohort table and the first-order breakdowns mark groups too.
 */
export function isRoughCohort(row: ProfitRow): boolean {
	return row.month !== null && row.customers < MIN_CERTAIN_CUSTOMERS;
}

export interface ProfitTable {
	cohorts: ProfitRow[];
	all: ProfitRow;
	/** Number of age columns (the oldest cohort's observed ages). */
	ages: number;
	partialLastMonth: ProfitBase['partialLastMonth'];
	firstDay: number;
	lastDay: number;
	/** Orders charged their stored cost of goods, and orders charged the percentage; null: no cost column. */
	costBasis: { withCost: number; withoutCost: number } | null;
	/** The activity window (months) that marks the early cohorts, and the day from which cohorts are unmarked. */
	windowMonths: number;
	unmarkedFrom: number;
	/** The marked cohorts' first and last month (null: none), and the customers of the unmarked ones. */
	marked: { from: number; to: number; customers: number } | null;
	unmarkedCustomers: number;
	/** The complete ages of the longest-observed unmarked cohort (0: none): the all-customers payback looked that far. */
	unmarkedAges: number;
}

/** Cohort × age net sales and order counts from per-order day, customer and amount. */
export function profitBase(
	columns: OrderColumns,
	customerCount: number,
	channel: { values: string[]; index: Int32Array } | null = null,
	cost: Float64Array | null = null
): ProfitBase {
	const empty: ProfitBase = {
		months: [],
		sizes: [],
		sales: [],
		orders: [],
		completeAges: [],
		firstDay: 0,
		lastDay: 0,
		partialLastMonth: null,
		channels: null
	};
	if (columns.count === 0) return empty;
	let minDay = Infinity;
	let maxDay = -Infinity;
	const first = new Int32Array(customerCount).fill(0x7fffffff);
	// The channel of each customer's first order (the first row of their first day, or the first by
	// time where the file's dates had times: `columns.firstOfDay`, as `indexCustomers` orders them); -1 = none.
	const firstChannel = channel ? new Int32Array(customerCount).fill(-1) : null;
	for (let i = 0; i < columns.count; i++) {
		const day = columns.day[i];
		if (day < minDay) minDay = day;
		if (day > maxDay) maxDay = day;
		const c = columns.customer[i];
		if (day < first[c]) {
			first[c] = day;
			if (firstChannel) firstChannel[c] = channel!.index[i];
		}
	}
	if (firstChannel && columns.firstOfDay)
		for (const o of columns.firstOfDay)
			if (o < columns.count && columns.day[o] === first[columns.customer[o]])
				firstChannel[columns.customer[o]] = channel!.index[o];
	const monthOf = monthTable(minDay, maxDay);
	const firstMonth = monthIndexOfDay(minDay);
	const n = monthOf[maxDay - minDay] - firstMonth + 1;
	const sizes = new Int32Array(n);
	const cohortOf = new Int32Array(customerCount).fill(-1);
	for (let c = 0; c < customerCount; c++) {
		if (first[c] === 0x7fffffff) continue;
		cohortOf[c] = monthOf[first[c] - minDay] - firstMonth;
		sizes[cohortOf[c]]++;
	}
	const sales = new Float64Array(n * n);
	const orders = new Int32Array(n * n);
	const known = cost ? { cost: new Float64Array(n * n), sales: new Float64Array(n * n), with: 0 } : null;
	for (let i = 0; i < columns.count; i++) {
		const cohort = cohortOf[columns.customer[i]];
		const age = monthOf[columns.day[i] - minDay] - firstMonth - cohort;
		sales[cohort * n + age] += columns.amount[i];
		orders[cohort * n + age]++;
		if (known && cost![i] === cost![i]) {
			known.cost[cohort * n + age] += cost![i];
			known.sales[cohort * n + age] += columns.amount[i];
			known.with++;
		}
	}
	const partial = partialLastMonth(minDay, maxDay);
	const base: ProfitBase = { ...empty, firstDay: minDay, lastDay: maxDay, partialLastMonth: partial };
	// Channels: the stored names, then '' for customers whose first order has none.
	const names = channel ? [...channel.values, ''] : [];
	const byChannel = new Int32Array(n * names.length);
	if (firstChannel)
		for (let c = 0; c < customerCount; c++) {
			if (cohortOf[c] < 0) continue;
			const ch = firstChannel[c] < 0 ? names.length - 1 : firstChannel[c];
			byChannel[cohortOf[c] * names.length + ch]++;
		}
	const channelCustomers: number[][] = [];
	if (known) base.costs = { cost: [], sales: [], withCost: known.with, withoutCost: columns.count - known.with };
	for (let k = 0; k < n; k++) {
		if (sizes[k] === 0) continue;
		const observed = n - k;
		base.months.push(firstMonth + k);
		base.sizes.push(sizes[k]);
		base.sales.push(Array.from(sales.subarray(k * n, k * n + observed)));
		base.orders.push(Array.from(orders.subarray(k * n, k * n + observed)));
		if (known) {
			base.costs!.cost.push(Array.from(known.cost.subarray(k * n, k * n + observed)));
			base.costs!.sales.push(Array.from(known.sales.subarray(k * n, k * n + observed)));
		}
		base.completeAges.push(partial ? observed - 1 : observed);
		if (firstChannel)
			channelCustomers.push(Array.from(byChannel.subarray(k * names.length, (k + 1) * names.length)));
	}
	if (firstChannel) base.channels = { names, customers: channelCustomers };
	return base;
}

/**
 * Gross margin of `sales` over `orders` orders under the costs; `known` is the stored cost of
 * goods of those of the orders that have one, and their net sales (the percentage is taken of the rest).
 */
export function marginOf(
	sales: number,
	orders: number,
	costs: ProfitCosts,
	known: { cost: number; sales: number } | null = null
): number {
	const goods = known ? known.cost + costs.cogsShare * (sales - known.sales) : costs.cogsShare * sales;
	return sales * (1 - costs.feeShare) - goods - orders * (costs.shippingPerOrder + costs.feePerOrder);
}

/**
 * A cohort's CAC in total: its customers × the CAC, or, by channel, Σ customers × that channel's
 * CAC (the typed CAC where a channel has none). Null when some customer has no CAC.
 */
export function cohortCac(size: number, byChannel: readonly number[] | null, costs: ProfitCosts): number | null {
	const perChannel = costs.cacByChannel;
	if (!byChannel || !perChannel || perChannel.every((c) => c === null))
		return costs.cac === null ? null : size * costs.cac;
	let total = 0;
	for (let ch = 0; ch < byChannel.length; ch++) {
		if (byChannel[ch] === 0) continue;
		const cac = perChannel[ch] ?? costs.cac;
		if (cac === null || cac === undefined) return null;
		total += byChannel[ch] * cac;
	}
	return total;
}

/**
 * The channels (stored names, '' for none) of the customers in `byChannel` who have no CAC: where a
 * CAC is typed for some channel but none for all, those of the channels with customers and no CAC
 * of their own. Empty when every customer has a CAC, and when no CAC is typed at all (then no
 * channel is missing one more than another).
 */
export function channelsWithoutCac(
	byChannel: readonly number[] | null,
	names: readonly string[],
	costs: ProfitCosts
): string[] {
	const perChannel = costs.cacByChannel;
	if (!byChannel || !perChannel || costs.cac !== null || perChannel.every((c) => c === null)) return [];
	return names.filter((_, ch) => byChannel[ch] > 0 && (perChannel[ch] ?? null) === null);
}

/** The first age whose value reaches the CAC, or null. */
export function paybackAge(cumulative: readonly number[], cac: number | null): number | null {
	if (cac === null) return null;
	const age = cumulative.findIndex((value) => value >= cac);
	return age === -1 ? null : age;
}

function ltvCacOf(
	cumulative: readonly number[],
	completeAges: number,
	cac: number | null,
	size: number,
	noCac: string[]
): LtvCac[] {
	return LTV_CAC_MONTHS.map((months) => {
		const complete = months < completeAges;
		const ratio = complete && cac !== null ? cumulative[months] / cac : null;
		return { months, complete, ratio, customers: size, leftOut: 0, cac, noCac };
	});
}

/** A group of cohorts pooled: their margin through each age, customers and CAC in total. */
interface Pooled {
	margin: number[];
	customers: number;
	/** Null when some cohort of the group has no CAC. */
	cac: number | null;
	/** The channels of the group's customers without a CAC, in the order of `names`. */
	noCac: string[];
}

interface PooledCohort {
	margins: number[];
	size: number;
	cac: number | null;
	noCac: string[];
}

/** The channels in any of the lists, in the order of `names`. */
const unionOf = (names: readonly string[], lists: readonly string[][]) =>
	names.filter((name) => lists.some((list) => list.includes(name)));

function pool(rows: readonly PooledCohort[], through: number, names: readonly string[]): Pooled {
	const margin = Array.from({ length: through + 1 }, (_, a) => rows.reduce((s, r) => s + r.margins[a], 0));
	const customers = rows.reduce((s, r) => s + r.size, 0);
	const cac = rows.reduce<number | null>((s, r) => (s === null || r.cac === null ? null : s + r.cac), 0);
	const noCac = unionOf(
		names,
		rows.map((r) => r.noCac)
	);
	return { margin, customers, cac, noCac };
}

/**
 * Gross-margin LTV per cohort and for all customers, LTV:CAC and payback, under the costs; cohorts
 * starting less than `windowMonths` (the Analysis page's activity window) after the data's first
 * day are marked and left out of the all-customers LTV:CAC and payback.
 */
export function profitTable(
	base: ProfitBase,
	costs: ProfitCosts,
	windowMonths: number = DEFAULT_ANALYSIS_SETTINGS.windowMonths
): ProfitTable {
	const ages = base.sales.length ? base.sales[0].length : 0;
	const unmarkedFrom = addMonths(base.firstDay, windowMonths);
	const allMargin = new Float64Array(ages);
	const allCounted = new Float64Array(ages);
	let allSales = 0;
	let allTotal = 0;
	const names = base.channels?.names ?? [];
	/** Per cohort: cumulative margin in total by age (complete ages only), size, CAC in total, marked. */
	const pooled: (PooledCohort & { marked: boolean })[] = [];
	const cohorts = base.months.map((month, k): ProfitRow => {
		const size = base.sizes[k];
		const byChannel = base.channels?.customers[k] ?? null;
		const cacTotal = cohortCac(size, byChannel, costs);
		const noCac = channelsWithoutCac(byChannel, names, costs);
		const cac = cacTotal === null ? null : cacTotal / size;
		const maybeEarlier = firstDayOfMonthIndex(month) < unmarkedFrom;
		const cumulative: number[] = [];
		const margins: number[] = [];
		let running = 0;
		let sales = 0;
		for (let a = 0; a < base.sales[k].length; a++) {
			const known = base.costs ? { cost: base.costs.cost[k][a], sales: base.costs.sales[k][a] } : null;
			running += marginOf(base.sales[k][a], base.orders[k][a], costs, known);
			sales += base.sales[k][a];
			cumulative.push(running / size);
			if (a < base.completeAges[k]) {
				margins.push(running);
				allMargin[a] += running;
				allCounted[a] += size;
			}
		}
		pooled.push({ margins, size, cac: cacTotal, noCac, marked: maybeEarlier });
		allSales += sales;
		allTotal += running;
		return {
			month,
			customers: size,
			cac,
			cumulative,
			counted: cumulative.map(() => size),
			completeAges: base.completeAges[k],
			ltvCac: ltvCacOf(cumulative, base.completeAges[k], cac, size, noCac),
			payback: paybackAge(cumulative, cac),
			paybackBasis: null,
			paybackWithoutCac: null,
			noCac,
			sales,
			margin: running,
			perCustomer: running / size,
			maybeEarlier
		};
	});
	const allAges = allCounted.findIndex((count) => count === 0);
	const completeAll = allAges === -1 ? ages : allAges;
	const everyone = base.sizes.reduce((s, v) => s + v, 0);
	const everyoneCac = pooled.reduce<number | null>((s, r) => (s === null || r.cac === null ? null : s + r.cac), 0);
	// The unmarked cohorts observed through age a, pooled (G(a) above).
	const unmarked = pooled.filter((r) => !r.marked);
	const groupThrough = (a: number) =>
		pool(
			unmarked.filter((r) => r.margins.length > a),
			a,
			names
		);
	const markedThrough = (a: number) =>
		pooled.filter((r) => r.marked && r.margins.length > a).reduce((s, r) => s + r.size, 0);
	const ltvCac = LTV_CAC_MONTHS.map((months): LtvCac => {
		const group = groupThrough(months);
		const cac = group.customers > 0 && group.cac !== null ? group.cac / group.customers : null;
		return {
			months,
			complete: group.customers > 0,
			ratio: cac !== null ? group.margin[months] / group.customers / cac : null,
			customers: group.customers,
			leftOut: markedThrough(months),
			cac,
			noCac: group.noCac
		};
	});
	let payback: number | null = null;
	let paybackBasis: PaybackBasis | null = null;
	/** The groups without a CAC: they shrink as a grows, so they are G(0) … G(skipped.through), and G(0) holds every channel. */
	const skipped: { through: number; channels: string[] } = { through: -1, channels: [] };
	const longest = unmarked.reduce((m, r) => Math.max(m, r.margins.length), 0);
	for (let a = 0; a < longest && payback === null; a++) {
		const group = groupThrough(a);
		if (group.cac === null) {
			skipped.through = a;
			if (a === 0) skipped.channels = group.noCac;
			continue;
		}
		const cac = group.cac / group.customers;
		payback = paybackAge(
			group.margin.map((m) => m / group.customers),
			cac
		);
		if (payback !== null) paybackBasis = { customers: group.customers, through: a, cac };
	}
	const allCumulative = Array.from(allMargin.subarray(0, completeAll), (m, a) => m / allCounted[a]);
	const all: ProfitRow = {
		month: null,
		customers: everyone,
		cac: everyoneCac === null || everyone === 0 ? null : everyoneCac / everyone,
		cumulative: allCumulative,
		counted: Array.from(allCounted.subarray(0, completeAll)),
		completeAges: completeAll,
		ltvCac,
		payback,
		paybackBasis,
		// No CAC typed at all is not a channel's gap (the page asks for a CAC): nothing skipped then.
		paybackWithoutCac: skipped.channels.length ? skipped : null,
		noCac: unionOf(
			names,
			pooled.map((r) => r.noCac)
		),
		sales: allSales,
		margin: allTotal,
		perCustomer: everyone === 0 ? 0 : allTotal / everyone,
		maybeEarlier: false
	};
	const markedRows = cohorts.filter((c) => c.maybeEarlier);
	return {
		cohorts,
		all,
		ages,
		partialLastMonth: base.partialLastMonth,
		firstDay: base.firstDay,
		lastDay: base.lastDay,
		costBasis: base.costs ? { withCost: base.costs.withCost, withoutCost: base.costs.withoutCost } : null,
		windowMonths,
		unmarkedFrom,
		marked: markedRows.length
			? {
					from: markedRows[0].month!,
					to: markedRows[markedRows.length - 1].month!,
					customers: markedRows.reduce((s, r) => s + r.customers, 0)
				}
			: null,
		unmarkedCustomers: unmarked.reduce((s, r) => s + r.size, 0),
		unmarkedAges: longest
	};
}
