import { quantileOfSorted } from '$lib/models/bootstrap';
import {
	productItems,
	skuItems,
	splitDiscountCodes,
	type Dimension,
	type DimensionColumn,
	type OrderColumns,
	type OrderItems
} from '$lib/orders/columns';
import type { CustomerActions } from './audiences';
import { firstDayOfMonthIndex, monthIndexOfDay, monthTable } from './calendar';
import { MIN_CERTAIN_CUSTOMERS } from './cohorts';
import type { CustomerIndex } from './customers';
import { meanInterval, type MeanInterval } from './mean-interval';
import { wilsonInterval, type Interval } from './wilson';

/**
 * Breakdowns by first-order attribute (issue 13, item 1): customers grouped by the value of one
 * stored dimension (product, category, channel, country, discount code, …) on their FIRST order.
 *
 * - First order: the customer's earliest day; on a tie, the earliest by time of day where the
 *   file's dates have one (within one file: `OrderColumns.firstOfDay`), at the very same time the
 *   lowest order number (`firstOrdersByTime`: a UCI file's invoices of one minute, however the rows
 *   are ordered), else the earliest in file order (the order `indexCustomers` keeps). An order without a value for the dimension puts the
 *   customer in "(none)". Products and SKUs are those of the stored line items, every one of the
 *   first order (a customer whose first order had SKUs A and B is in both groups): a product a UCI
 *   credit note gave back in full is not the order's (see `#dropReturnedItems` in
 *   `orders/accumulate.ts`); a first order left with no product puts its customer in "(none)" (and
 *   in "All customers", as every customer).
 * - Groups: the TOP values by customers are shown on their own; the long tail is folded into
 *   "Other (k values)" (a single leftover value is shown on its own instead). "(none)" and "Other"
 *   are computed like any group; an "All customers" row is the baseline.
 * - Came back: the customer bought again on a LATER day (several orders on the first day are one
 *   purchase, as in `repurchase.ts` and the CLV models). Share = came back / customers, with a 95 %
 *   Wilson score interval; groups under MIN_GROUP_CUSTOMERS customers are `uncertain`. Customers
 *   whose first order is recent have had less time to come back, so the share also depends on when
 *   a group's customers arrived; the 90-day share below does not.
 * - Days to the second purchase: median over the customers who came back (type 7 quantile); over
 *   fewer than MIN_GROUP_CUSTOMERS of them it is `medianUncertain` (as on the repurchase page).
 * - Back within 90 days: among the customers observed for at least 90 days after their first
 *   purchase (data's last day − first purchase day ≥ 90), the share whose second purchase came within 90 days,
 *   with its Wilson interval; over fewer than MIN_GROUP_CUSTOMERS observed customers it is `uncertain`.
 * - Cohort LTV curve: cumulative net revenue per customer by month m since the first order (month 0 =
 *   the calendar month of the first order, as the Analysis page's cohorts count it), built from
 *   monthly increments, the standard cohort-LTV way: point(0) = month-0 net revenue ÷ customers
 *   observed through month 0; point(m) = point(m − 1) + (month-m net revenue of the customers whose
 *   month m lies wholly within the data, i.e. month of first order + m ≤ the data's last complete
 *   month) ÷ (those customers). Each month is averaged over the same customers within it, so the
 *   curve never falls unless net revenue in a month is negative (returns), even though later months
 *   rest on fewer (older) customers. No customer is extrapolated. Each point keeps the customers
 *   behind its last increment; a point over fewer than MIN_GROUP_CUSTOMERS customers is `uncertain`.
 *   The curve stops where no customer has been observed that long.
 * - Predicted CLV: the mean, over the group's customers the model covers, of each customer's CLV from
 *   the one BG/NBD + Gamma-Gamma fit of the whole data set (never refitted per group), with the 95 %
 *   interval of that mean from the spread of the group's customers' predicted CLVs (`meanInterval`: a
 *   percentile bootstrap over the group's customers, a t-interval for large groups). It reflects how
 *   much the group's customers differ, not the uncertainty of the fitted model's parameters. A group
 *   with one such customer has none (one value shows no spread); over fewer than MIN_GROUP_CUSTOMERS
 *   such customers the mean is `uncertain`, as the share who came back is over its customers.
 */

/**
 * One customer holding this share of a group's summed predicted CLV or more makes the group's mean
 * theirs: marked, and ranked after the groups whose mean is their customers' (QA: a channel's mean
 * of 20.35 was 7.15 without the one customer who held 65 % of it, and ranked first).
 */
export const CONCENTRATED_SHARE = 0.5;

/** The largest value's share of `sum` (all values ≥ 0 in practice), or null under two values or a sum ≤ 0. */
export function topShareOf(values: readonly number[], sum: number): number | null {
	if (values.length < 2 || !(sum > 0)) return null;
	let top = -Infinity;
	for (const v of values) if (v > top) top = v;
	return top / sum;
}

/**
 * Whether one customer makes a group's mean predicted CLV (see `CONCENTRATED_SHARE`). Not said of a
 * group already marked for its few customers (`clv.uncertain`), where one customer's large share is
 * what "few customers" says.
 */
export function isConcentrated(clv: FirstOrderGroup['clv']): boolean {
	return !clv.uncertain && clv.topShare != null && clv.topShare >= CONCENTRATED_SHARE;
}

/** Values shown on their own; the rest are folded into "Other". */
export const TOP_GROUPS = 10;
/** Fewer customers than this: a group's figures are marked uncertain (as small cohorts are rough). */
export const MIN_GROUP_CUSTOMERS = MIN_CERTAIN_CUSTOMERS;
/** The reorder window, in days. */
export const WITHIN_DAYS = 90;

export type GroupKind = 'all' | 'value' | 'none' | 'other';

export interface LtvPoint {
	/** Months since the first order (0 = the month of the first order). */
	month: number;
	/** Customers observed for all of that month: the basis of this month's increment. */
	customers: number;
	/** Cumulative net revenue per customer through that month (the sum of the monthly increments). */
	perCustomer: number;
	/** The month's increment rests on fewer than MIN_GROUP_CUSTOMERS customers. */
	uncertain: boolean;
}

export interface FirstOrderGroup {
	kind: GroupKind;
	/** The dimension's value for kind 'value'; '' otherwise. */
	value: string;
	/** For 'other': how many values were folded into it; 1 for a value; 0 for 'all' and 'none'. */
	values: number;
	customers: number;
	/** Customers who bought again on a later day. */
	repeat: number;
	/** repeat / customers (null without customers). */
	repeatRate: number | null;
	/** 95 % Wilson score interval of `repeatRate`. */
	interval: Interval | null;
	/** Fewer than MIN_GROUP_CUSTOMERS customers. */
	uncertain: boolean;
	/** Median days from the first to the second purchase day, over the `repeat` customers. */
	medianDays: number | null;
	/**
	 * The median rests on fewer than MIN_GROUP_CUSTOMERS customers who came back (but some), as the
	 * repurchase page marks its median; a large group with few returning customers has a thin median.
	 */
	medianUncertain: boolean;
	/**
	 * Back within `days`: `share` = reordered / observed with its 95 % Wilson interval; `uncertain` when
	 * fewer than MIN_GROUP_CUSTOMERS customers were observed that long (a group's "100 %, 1 of 1").
	 */
	within: {
		days: number;
		observed: number;
		reordered: number;
		share: number | null;
		interval: Interval | null;
		uncertain: boolean;
	};
	ltv: LtvPoint[];
	/**
	 * Mean predicted CLV over the group's customers the model covers (`customers`); null without a
	 * model. `interval`: its 95 % interval from the spread among those customers' CLVs (not the model
	 * parameters' uncertainty); null under two customers. `uncertain`: 1 to MIN_GROUP_CUSTOMERS − 1 customers.
	 */
	clv: {
		customers: number;
		perCustomer: number | null;
		interval: MeanInterval | null;
		uncertain: boolean;
		/**
		 * The share of the group's summed predicted CLV that its largest customer holds, where the group
		 * has two such customers or more and a positive sum (else null): at `CONCENTRATED_SHARE` or more,
		 * the mean is one customer's more than the group's (`isConcentrated`).
		 */
		topShare?: number | null;
	};
}

export interface FirstOrderBreakdown {
	/** Customers with at least one order. */
	customers: number;
	firstDay: number;
	lastDay: number;
	/** Last day of the data's last complete calendar month (LTV points count up to it). */
	lastCompleteDay: number | null;
	/** Distinct values met on first orders. */
	values: number;
	/**
	 * Some customer's first order has several values (products, or discount codes in one cell): that
	 * customer is in the group of each, so the groups' customers add up to more than `all`'s. (Always
	 * set by `firstOrderBreakdown`; absent reads as false.)
	 */
	overlapping?: boolean;
	all: FirstOrderGroup;
	/** Ranked by customers (most first); "Other" last. */
	groups: FirstOrderGroup[];
}

/**
 * Each customer's predicted CLV (NaN where the model gives none), or null when there is no predicted
 * CLV: the models were refused, or only the spend model (Gamma-Gamma) was (`clvWithheld`: its CLVs are NaN).
 */
export function clvByCustomer(actions: CustomerActions, customerCount: number): Float64Array | null {
	if (!actions.model || actions.model.clvWithheld) return null;
	const out = new Float64Array(customerCount).fill(NaN);
	const { clv } = actions.model;
	for (let row = 0; row < actions.customerOf.length; row++) out[actions.customerOf[row]] = clv[row];
	return out;
}

/** The last day of the last calendar month that lies wholly within the data, or null if none does. */
export function lastCompleteMonthEnd(firstDay: number, lastDay: number): number | null {
	const month = monthIndexOfDay(lastDay);
	const end = firstDayOfMonthIndex(month + 1) - 1;
	const completeEnd = lastDay >= end ? end : firstDayOfMonthIndex(month) - 1;
	return completeEnd >= firstDay ? completeEnd : null;
}

export interface BreakdownOptions {
	top?: number;
	minCustomers?: number;
	/**
	 * Every order's products (line items): a customer is then in the group of each distinct product
	 * of their first order, not of its first line item only (`dimension` is not read).
	 */
	items?: OrderItems | null;
	/** Splits a value into several (`splitDiscountCodes`): the customer is in the group of each. */
	split?: ((value: string) => string[]) | null;
}

/**
 * How a dimension's values of a first order are read: the product, as every product (line item) of
 * the order where `items` are given (a data set stored without them has its first line item's only);
 * the SKU, as every line item's SKU where `items` carry them (`OrderItems.skus`; the caller says
 * when a data set stores none per line item, rather than group by the first line item's); the
 * discount code, as each code of the cell ("SPRING, VIP"); any other, as the order's one value.
 */
export function firstOrderOptions(dimension: Dimension, items: OrderItems | null): BreakdownOptions {
	return {
		items:
			dimension === 'product' && items
				? productItems(items)
				: dimension === 'sku' && items
					? skuItems(items)
					: null,
		split: dimension === 'discount' ? splitDiscountCodes : null
	};
}

/** The values a breakdown groups by, per order: order o's are `list[range(o)[0] .. range(o)[1])`. */
interface OrderValues {
	names: string[];
	list: Int32Array;
	range: (order: number) => [number, number];
}

function firstOrderValues(
	dimension: DimensionColumn | null,
	items: OrderItems | null,
	split: ((value: string) => string[]) | null
): OrderValues {
	if (items) return { names: items.values, list: items.product, range: (o) => [items.start[o], items.start[o + 1]] };
	if (!dimension) return { names: [], list: new Int32Array(0), range: () => [0, 0] };
	const { index } = dimension;
	if (!split) {
		return { names: dimension.values, list: index, range: (o) => [o, o + 1] };
	}
	// Each stored value's parts, as values of their own (parts equal but for case and spacing are one,
	// written as first met): `parts[start[v] .. start[v + 1])`.
	const names: string[] = [];
	const byKey = new Map<string, number>();
	const start = new Int32Array(dimension.values.length + 1);
	const parts: number[] = [];
	dimension.values.forEach((value, v) => {
		start[v] = parts.length;
		for (const part of split(value)) {
			const key = part.toLowerCase().replace(/\s+/g, ' ');
			let id = byKey.get(key);
			if (id === undefined) {
				id = names.push(part) - 1;
				byKey.set(key, id);
			}
			if (parts.indexOf(id, start[v]) < 0) parts.push(id);
		}
	});
	start[dimension.values.length] = parts.length;
	const list = Int32Array.from(parts);
	return {
		names,
		list,
		range: (o) => {
			const v = index[o];
			return v >= 0 && v < dimension.values.length ? [start[v], start[v + 1]] : [0, 0];
		}
	};
}

/**
 * The breakdown of a data set's customers by `dimension` on their first order. `index` is
 * `indexCustomers` of the same orders; `clv` each customer's predicted CLV (`clvByCustomer`), or null.
 */
export function firstOrderBreakdown(
	columns: OrderColumns,
	index: CustomerIndex,
	dimension: DimensionColumn | null,
	clv: Float64Array | null,
	options: BreakdownOptions = {}
): FirstOrderBreakdown {
	const top = options.top ?? TOP_GROUPS;
	const minCustomers = options.minCustomers ?? MIN_GROUP_CUSTOMERS;
	const { customerCount, offset, order } = index;
	const { day, amount } = columns;
	const items = options.items ?? null;
	const values = firstOrderValues(dimension, items, options.split ?? null);
	const names = values.names;

	// The values of each customer's first order (distinct; none: no value, or an empty one), as
	// `firstOf[firstStart[c] .. firstStart[c + 1])`.
	const firstStart = new Int32Array(customerCount + 1);
	let firstOf = new Int32Array(customerCount);
	const countOf = new Int32Array(names.length);
	let customers = 0;
	let overlapping = false;
	let kept = 0;
	for (let c = 0; c < customerCount; c++) {
		firstStart[c] = kept;
		if (offset[c + 1] === offset[c]) continue;
		customers++;
		const o = order[offset[c]];
		const from = kept;
		const [start, end] = values.range(o);
		for (let k = start; k < end; k++) {
			const v = values.list[k];
			if (v < 0 || v >= names.length || names[v] === '') continue;
			let twice = false;
			for (let j = from; j < kept && !twice; j++) twice = firstOf[j] === v;
			if (twice) continue;
			if (kept === firstOf.length) {
				const grown = new Int32Array(firstOf.length * 2 + 16);
				grown.set(firstOf);
				firstOf = grown;
			}
			firstOf[kept++] = v;
			countOf[v]++;
		}
		if (kept - from > 1) overlapping = true;
	}
	firstStart[customerCount] = kept;

	// Rank the values by customers (then by name), keep the top ones, fold the rest.
	const seen: number[] = [];
	for (let v = 0; v < names.length; v++) if (countOf[v] > 0) seen.push(v);
	seen.sort((a, b) => countOf[b] - countOf[a] || (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
	const shown = seen.length <= top + 1 ? seen : seen.slice(0, top);
	const folded = seen.length - shown.length;

	// Group slots: 0 = all, 1..shown = values, then none, then other.
	const slotOfValue = new Int32Array(names.length).fill(-1);
	shown.forEach((v, k) => (slotOfValue[v] = k + 1));
	const noneSlot = shown.length + 1;
	const otherSlot = shown.length + 2;
	const slots = otherSlot + 1;

	const size = new Int32Array(slots);
	const repeat = new Int32Array(slots);
	const gaps: number[][] = Array.from({ length: slots }, () => []);
	const observed = new Int32Array(slots);
	const reordered = new Int32Array(slots);
	const clvSum = new Float64Array(slots);
	const clvCount = new Int32Array(slots);
	/** Each slot's customers' predicted CLVs, for the interval of their mean. */
	const clvValues: number[][] = Array.from({ length: slots }, () => []);

	// LTV: per slot, per first-order month (relative to the data's first month) and age, that month's net revenue.
	const lastDay = index.maxDay;
	const firstMonth = monthIndexOfDay(index.minDay);
	const months = customers ? monthIndexOfDay(lastDay) - firstMonth + 1 : 0;
	const monthOf = customers ? monthTable(index.minDay, lastDay) : new Int32Array(0);
	const cohortSize = new Int32Array(slots * months);
	const revenue = new Float64Array(slots * months * months);

	// The slots of one customer: all (0), then each of their values' (a value folded into "Other" and
	// another folded one are one slot), or "(none)".
	const slotsOf = new Int32Array(slots);
	for (let c = 0; c < customerCount; c++) {
		const from = offset[c];
		const to = offset[c + 1];
		if (to === from) continue;
		let n = 0;
		let inOther = false;
		slotsOf[n++] = 0;
		for (let k = firstStart[c]; k < firstStart[c + 1]; k++) {
			const slot = slotOfValue[firstOf[k]];
			if (slot >= 0) slotsOf[n++] = slot;
			else if (!inOther) {
				inOther = true;
				slotsOf[n++] = otherSlot;
			}
		}
		if (n === 1) slotsOf[n++] = noneSlot;
		const firstDay = day[order[from]];
		let second = -1;
		for (let j = from + 1; j < to && second < 0; j++)
			if (day[order[j]] > firstDay) second = day[order[j]] - firstDay;
		const cohort = monthOf[firstDay - index.minDay] - firstMonth;
		const observedFor = lastDay - firstDay;
		const value = clv ? clv[c] : NaN;
		for (let t = 0; t < n; t++) {
			const slot = slotsOf[t];
			size[slot]++;
			if (second > 0) {
				repeat[slot]++;
				gaps[slot].push(second);
			}
			if (observedFor >= WITHIN_DAYS) {
				observed[slot]++;
				if (second > 0 && second <= WITHIN_DAYS) reordered[slot]++;
			}
			if (Number.isFinite(value)) {
				clvSum[slot] += value;
				clvCount[slot]++;
				clvValues[slot].push(value);
			}
			cohortSize[slot * months + cohort]++;
			const base = (slot * months + cohort) * months - firstMonth - cohort;
			for (let j = from; j < to; j++) {
				const i = order[j];
				revenue[base + monthOf[day[i] - index.minDay]] += amount[i];
			}
		}
	}
	const lastCompleteDay = customers ? lastCompleteMonthEnd(index.minDay, lastDay) : null;
	// Cohorts k with k + m ≤ lastComplete have month m wholly observed.
	const lastComplete = lastCompleteDay === null ? -1 : monthIndexOfDay(lastCompleteDay) - firstMonth;

	const group = (s: number, kind: GroupKind, value: string, values: number): FirstOrderGroup => {
		const n = size[s];
		const sorted = Float64Array.from(gaps[s]).sort();
		const ltv: LtvPoint[] = [];
		let cumulative = 0;
		for (let m = 0; m <= lastComplete; m++) {
			// Month m's net revenue of the cohorts observed through month m, over those cohorts' customers.
			let basis = 0;
			let sum = 0;
			for (let k = 0; k + m <= lastComplete; k++) {
				const count = cohortSize[s * months + k];
				if (!count) continue;
				basis += count;
				sum += revenue[(s * months + k) * months + m];
			}
			if (basis === 0) break;
			cumulative += sum / basis;
			ltv.push({ month: m, customers: basis, perCustomer: cumulative, uncertain: basis < minCustomers });
		}
		return {
			kind,
			value,
			values,
			customers: n,
			repeat: repeat[s],
			repeatRate: n ? repeat[s] / n : null,
			interval: wilsonInterval(repeat[s], n),
			uncertain: n < minCustomers,
			medianDays: sorted.length ? quantileOfSorted(sorted, 0.5) : null,
			medianUncertain: sorted.length > 0 && sorted.length < minCustomers,
			within: {
				days: WITHIN_DAYS,
				observed: observed[s],
				reordered: reordered[s],
				share: observed[s] ? reordered[s] / observed[s] : null,
				interval: wilsonInterval(reordered[s], observed[s]),
				uncertain: observed[s] > 0 && observed[s] < minCustomers
			},
			ltv,
			clv: {
				customers: clvCount[s],
				perCustomer: clv && clvCount[s] ? clvSum[s] / clvCount[s] : null,
				interval: clv ? meanInterval(clvValues[s]) : null,
				uncertain: clvCount[s] > 0 && clvCount[s] < minCustomers,
				topShare: topShareOf(clvValues[s], clvSum[s])
			}
		};
	};

	const groups = shown.map((v, k) => group(k + 1, 'value', names[v], 1));
	if (size[noneSlot] > 0) groups.push(group(noneSlot, 'none', '', 0));
	groups.sort((a, b) => b.customers - a.customers);
	if (folded > 0) groups.push(group(otherSlot, 'other', '', folded));
	return {
		customers,
		firstDay: index.minDay,
		lastDay,
		lastCompleteDay,
		values: seen.length,
		overlapping,
		all: group(0, 'all', '', 0),
		groups
	};
}

export const GROUP_SORTS = ['customers', 'repeatRate', 'within', 'clv'] as const;
export type GroupSort = (typeof GROUP_SORTS)[number];

/**
 * The groups ranked by `sort`, largest first: by customers; by the share who came back; by the share
 * back within WITHIN_DAYS (`within`: over the customers observed that long, so groups of recent first
 * orders are not ranked low only for having been watched briefly); or by predicted CLV. By a share or
 * CLV, groups whose figure is uncertain (fewer than MIN_GROUP_CUSTOMERS customers, for `within`
 * observed customers, for CLV customers with a predicted CLV, or one customer holding half its CLV or
 * more, `isConcentrated`) come after the others: a group of 2 at 100 % (interval 34–100 %) does not
 * outrank one of 80 at 40 %. Within each part, by the figure; groups without it after those with it;
 * ties by customers; "Other" stays last (it is a remainder, not a value).
 */
export function rankGroups(groups: readonly FirstOrderGroup[], sort: GroupSort): FirstOrderGroup[] {
	const key = (g: FirstOrderGroup) =>
		sort === 'customers'
			? g.customers
			: sort === 'repeatRate'
				? g.repeatRate
				: sort === 'within'
					? g.within.share
					: g.clv.perCustomer;
	const uncertain = (g: FirstOrderGroup) =>
		sort === 'customers'
			? false
			: sort === 'within'
				? g.within.uncertain
				: sort === 'clv'
					? g.clv.uncertain || isConcentrated(g.clv)
					: g.uncertain;
	return [...groups].sort((a, b) => {
		if ((a.kind === 'other') !== (b.kind === 'other')) return a.kind === 'other' ? 1 : -1;
		const ka = key(a);
		const kb = key(b);
		if (ka === null || kb === null) {
			if (ka !== kb) return ka === null ? 1 : -1;
		} else {
			if (uncertain(a) !== uncertain(b)) return uncertain(a) ? 1 : -1;
			if (kb !== ka) return kb - ka;
		}
		return b.customers - a.customers;
	});
}
