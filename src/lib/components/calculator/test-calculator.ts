import { formatCurrency } from '$lib/format/number';
import { averageOrderValue } from '$lib/metrics/orders';
import { customerRetentionRate } from '$lib/metrics/retention';
import { spanAround, spanBetween } from '$lib/metrics/sensitivity';
import { defineCalculator } from './define';

/**
 * A small CRR calculator for the component tests, independent of the real definitions (which have
 * their own tests), so these tests exercise the shared components only.
 */
export const testCalculator = defineCalculator({
	id: 'test-crr',
	group: 'retention',
	fields: [
		{ key: 's', kind: 'count' },
		{ key: 'e', kind: 'count' },
		{ key: 'n', kind: 'count' },
		{ key: 'g', kind: 'percent', optional: true }
	],
	defaultPeriod: 'quarter',
	examples: [
		{ id: 'textbook', params: { s: '10000', e: '10200', n: '2000', p: 'quarter' } },
		{ id: 'other', params: { s: '100', e: '90', n: '10', p: 'year' } }
	],
	texts: () => ({
		title: 'Test CRR',
		description: 'For tests.',
		fields: {
			s: { label: 'Start S', hint: 'Customers at the start.' },
			e: { label: 'End E', hint: 'Customers at the end.' },
			n: { label: 'New N', hint: 'New customers.' },
			g: { label: 'Margin', hint: 'Unused.' }
		},
		period: 'Period length',
		examples: { textbook: 'Load textbook example', other: 'Load other' },
		notes: ['A note for teachers.']
	}),
	compute: (i) => customerRetentionRate({ start: i.value('s'), end: i.value('e'), acquired: i.value('n') }),
	argumentFields: { start: 's', end: 'e', acquired: 'n' },
	present: (r, i) => ({
		headline: { label: `CRR per ${i.period}`, value: `${Math.round(r.rate * 100)} percent` },
		details: [{ label: 'Kept', value: String(r.retained) }],
		math: [
			{ steps: ['CRR = (E − N) / S', `(${i.value('e')} − ${i.value('n')}) / ${i.value('s')}`, String(r.rate)] }
		],
		warnings: r.warnings.map(() => 'More kept than started.'),
		remarks: []
	}),
	explain: (problem) => `Problem: ${problem.code}`,
	measure: { value: (r) => r.rate, format: (rate) => `${Math.round(rate * 100)} percent`, label: () => 'CRR' },
	responses: [
		{ key: 'e', span: (e, i) => spanBetween(i.value('n'), i.value('n') + i.value('s'), e) },
		{ key: 's', span: (s) => spanAround(s) }
	],
	lifts: [
		{ id: 'more', key: 'e', change: () => ({ kind: 'add', amount: 500 }), by: () => '+500' },
		{ id: 'fewer', key: 'n', change: () => ({ kind: 'scale', factor: 0.5 }), by: () => '−50%' }
	]
});

/** A small AOV calculator with an amount, for the tests of currencies. */
export const testMoneyCalculator = defineCalculator({
	id: 'test-aov',
	group: 'orders',
	fields: [
		{ key: 'r', kind: 'money' },
		{ key: 'o', kind: 'count' }
	],
	examples: [{ id: 'textbook', params: { r: '125000', o: '2500' } }],
	texts: () => ({
		title: 'Test AOV',
		description: 'For tests.',
		fields: { r: { label: 'Revenue', hint: 'Money in.' }, o: { label: 'Orders', hint: 'Orders placed.' } },
		examples: { textbook: 'Load textbook example' },
		notes: []
	}),
	compute: (i) => averageOrderValue({ revenue: i.value('r'), orders: i.value('o') }),
	argumentFields: { revenue: 'r', orders: 'o' },
	present: (aov, i) => ({
		headline: { label: 'AOV', value: formatCurrency(aov, 'en-GB', i.currency) },
		details: [],
		math: [],
		warnings: [],
		remarks: []
	}),
	explain: (problem) => `Problem: ${problem.code}`
});
