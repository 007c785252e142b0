import { msg } from '$lib/i18n/i18n.svelte';
import { averageOrderValue, purchaseFrequency, repeatPurchaseRate } from '$lib/metrics/orders';
import { defineCalculator } from '$lib/components/calculator/define';
import { spanAround, spanBetween } from '$lib/metrics/sensitivity';
import { show, TEXTBOOK } from './show';

/** AOV = revenue / orders. Link: `?r=125000&o=2500`. */
export const aov = defineCalculator({
	id: 'aov',
	group: 'orders',
	fields: [
		{ key: 'r', kind: 'money' },
		{ key: 'o', kind: 'count' }
	],
	examples: [{ id: TEXTBOOK, params: { r: '125000', o: '2500' } }],
	texts: () => msg.calculators.aov,
	compute: (i) => averageOrderValue({ revenue: i.value('r'), orders: i.value('o') }),
	argumentFields: { revenue: 'r', orders: 'o' },
	present(value, i) {
		const money = (amount: number) => show.money(amount, i.currency);
		const t = msg.calculators.aov;
		return {
			headline: { label: t.result, value: money(value) },
			details: [],
			math: [
				{
					steps: [
						t.formula,
						`${show.typedMoney(i.value('r'), i.currency)} / ${show.count(i.value('o'))}`,
						money(value)
					]
				}
			],
			warnings: [],
			remarks: []
		};
	},
	explain: (problem) => (problem.code === 'noOrders' ? msg.calculators.aov.noOrders : msg.calculators.genericProblem),
	measure: {
		value: (aov) => aov,
		format: (aov, i) => show.money(aov, i.currency),
		label: () => msg.calculators.aov.result
	},
	// AOV against revenue over the same orders: what bundles and upsells move.
	responses: [{ key: 'r', span: (r) => spanAround(r) }]
});

/** f = orders / unique customers, per period. Link: `?o=2500&c=1000&p=year`. */
export const frequency = defineCalculator({
	id: 'frequency',
	group: 'orders',
	fields: [
		{ key: 'o', kind: 'count' },
		{ key: 'c', kind: 'count' }
	],
	defaultPeriod: 'year',
	examples: [{ id: TEXTBOOK, params: { o: '2500', c: '1000', p: 'year' } }],
	texts: () => msg.calculators.frequency,
	compute: (i) => purchaseFrequency({ orders: i.value('o'), customers: i.value('c') }),
	argumentFields: { orders: 'o', customers: 'c' },
	present(r, i) {
		const t = msg.calculators.frequency;
		const [orders, customers] = [show.count(i.value('o')), show.count(i.value('c'))];
		const value = t.unit({ n: show.decimal(r.frequency, 2), period: show.perPeriod(i.period) });
		return {
			headline: { label: t.result({ period: show.forPeriod(i.period) }), value },
			details: [],
			math: [{ steps: [t.formula, `${orders} / ${customers}`, value] }],
			warnings: r.warnings.map(() => t.fewerOrdersThanCustomers({ orders, customers })),
			remarks: []
		};
	},
	explain: (problem) =>
		problem.code === 'noCustomers' ? msg.calculators.frequency.noCustomers : msg.calculators.genericProblem,
	measure: {
		value: (r) => r.frequency,
		format: (f) => show.decimal(f, 2),
		label: (i) => msg.calculators.frequency.result({ period: show.forPeriod(i.period) })
	},
	// f against orders from the same customers.
	responses: [{ key: 'o', span: (o) => spanAround(o) }]
});

/** Customers with 2+ orders / customers (Metrilo's "retention rate"). Link: `?r=280&c=1000`. */
export const repeat = defineCalculator({
	id: 'repeat',
	group: 'orders',
	fields: [
		{ key: 'r', kind: 'count' },
		{ key: 'c', kind: 'count' }
	],
	examples: [{ id: TEXTBOOK, params: { r: '280', c: '1000' } }],
	texts: () => msg.calculators.repeat,
	compute: (i) => repeatPurchaseRate({ repeaters: i.value('r'), customers: i.value('c') }),
	argumentFields: { repeaters: 'r', customers: 'c' },
	present(rate, i) {
		const t = msg.calculators.repeat;
		const [repeaters, customers] = [i.value('r'), i.value('c')];
		return {
			headline: { label: t.result, value: show.percent(rate) },
			details: [{ label: t.oneTime, value: `${show.count(customers - repeaters)} (${show.percent(1 - rate)})` }],
			math: [
				{ steps: [t.formula, `${show.count(repeaters)} / ${show.count(customers)} × 100`, show.percent(rate)] }
			],
			warnings: [],
			remarks: []
		};
	},
	explain(problem, i) {
		const t = msg.calculators.repeat;
		if (problem.code === 'noCustomers') return t.noCustomers;
		if (problem.code === 'repeatersExceedCustomers')
			return t.repeatersExceedCustomers({
				repeaters: show.count(i.value('r')),
				customers: show.count(i.value('c'))
			});
		return msg.calculators.genericProblem;
	},
	measure: {
		value: (rate) => rate,
		format: (rate) => show.percent(rate),
		// B − A of two rates is a change in percentage points, not a percentage of A.
		formatDifference: (change) => show.points(change),
		label: () => msg.calculators.repeat.result
	},
	// The rate against repeat customers, from none to all of them.
	responses: [{ key: 'r', span: (r, i) => spanBetween(0, i.value('c'), r) }]
});
