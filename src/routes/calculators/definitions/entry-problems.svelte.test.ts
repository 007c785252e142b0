import { screen, within } from '@testing-library/svelte';
import type { UserEvent } from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { installResizeObserverStub } from '$lib/charts/test-support';
import { locale } from '$lib/i18n/i18n.svelte';
import { preferences } from '$lib/prefs/preferences.svelte';
import { fieldLabelled as field, renderCalculator, type Entry } from './test-support';

/**
 * Every invalid entry of every calculator gets its own message, on the fields it concerns, and
 * no result; every warning keeps the result and says why it is doubtful. Each case starts from
 * the textbook example and types over it, as a reader would. The e2e journey (calculators.spec.ts)
 * checks each calculator's first problem in a real browser, with axe; these are the rest, in the
 * real view (British English, euros).
 */
interface ProblemCase {
	id: string;
	set: readonly Entry[];
	message: string;
	/** Labels of the fields that must be marked invalid. */
	invalid: readonly string[];
	/** Whether the message belongs to one field (its description) rather than the whole calculation. */
	fieldMessage?: boolean;
}

interface WarningCase {
	id: string;
	set: readonly Entry[];
	result: string;
	message: string;
}

const PROBLEMS: readonly ProblemCase[] = [
	{
		id: 'crr',
		set: [['Customers at the start (S)', 'abc']],
		message: '“abc” is not a number.',
		invalid: ['Customers at the start (S)'],
		fieldMessage: true
	},
	{
		id: 'crr',
		set: [['Customers at the start (S)', '1,00,000']],
		message: 'The separators in “1,00,000” do not fit a number',
		invalid: ['Customers at the start (S)'],
		fieldMessage: true
	},
	{
		id: 'crr',
		set: [['Customers at the start (S)', '-5']],
		message: 'This cannot be negative',
		invalid: ['Customers at the start (S)'],
		fieldMessage: true
	},
	{
		id: 'crr',
		set: [['Customers at the start (S)', '10.5']],
		message: 'Enter a whole number',
		invalid: ['Customers at the start (S)'],
		fieldMessage: true
	},
	{
		id: 'crr',
		set: [['Customers at the start (S)', '20000000000']],
		message: 'This number is too large: the largest allowed here is 10,000,000,000.',
		invalid: ['Customers at the start (S)'],
		fieldMessage: true
	},
	{
		id: 'crr',
		set: [['Customers at the start (S)', '0']],
		message: 'S must be more than 0',
		invalid: ['Customers at the start (S)']
	},
	{
		id: 'crr',
		set: [['Customers at the end (E)', '1500']],
		message: 'E (1,500) is smaller than N (2,000), so the result would be −5%',
		invalid: ['Customers at the end (E)', 'New customers won in the period (N)']
	},
	{
		id: 'churn',
		set: [['Customers at the start (S)', '0']],
		message: 'S must be more than 0',
		invalid: ['Customers at the start (S)']
	},
	{
		id: 'churn-convert',
		set: [['Churn rate (%)', 'five']],
		message: '“five” is not a number.',
		invalid: ['Churn rate (%)'],
		fieldMessage: true
	},
	{
		id: 'lifetime',
		set: [['Churn rate (%)', '150']],
		message: '150% is more than 100%',
		invalid: ['Churn rate (%)'],
		fieldMessage: true
	},
	{
		id: 'aov',
		set: [['Number of orders', '2.5']],
		message: 'Enter a whole number',
		invalid: ['Number of orders'],
		fieldMessage: true
	},
	{
		id: 'aov',
		set: [['Revenue', '-1']],
		message: 'This cannot be negative',
		invalid: ['Revenue'],
		fieldMessage: true
	},
	{
		id: 'aov',
		set: [['Revenue', '2000000000000']],
		message: 'This number is too large: the largest allowed here is 1,000,000,000,000.',
		invalid: ['Revenue'],
		fieldMessage: true
	},
	{
		id: 'repeat',
		set: [['All customers', '0']],
		message: 'With 0 customers there is no rate',
		invalid: ['All customers']
	},
	{
		id: 'clv-simple',
		set: [['Customer lifetime (t)', '2000']],
		message: 'This number is too large: the largest allowed here is 1,200.',
		invalid: ['Customer lifetime (t)'],
		fieldMessage: true
	},
	{
		id: 'nps',
		set: [['Promoters (scored 9–10)', '1.5']],
		message: 'Enter a whole number',
		invalid: ['Promoters (scored 9–10)'],
		fieldMessage: true
	}
];

const WARNINGS: readonly WarningCase[] = [
	{
		id: 'crr',
		set: [['Customers at the end (E)', '13000']],
		result: '110%',
		message:
			'The result is above 100%: E − N = 11,000 returning customers is more than the 10,000 you started with.'
	},
	{
		id: 'frequency',
		set: [['Number of orders', '900']],
		result: '0.9 orders per customer per year',
		message: 'There are fewer orders (900) than customers (1,000).'
	},
	{
		id: 'clv-simple',
		set: [['Customer lifetime (t)', '5']],
		result: '€625.00',
		message:
			'A lifetime of 5 years is longer than the 1 to 3 years that ' +
			'the article on encouraging repeat e-commerce sales (Dutch) calls usual.'
	},
	{
		id: 'clv-retention',
		set: [['Acquisition cost (CAC)', '500']],
		result: '€266.67',
		message: 'The acquisition cost (€500.00) is more than the customer’s lifetime value (€266.67)'
	},
	{
		// QA 64: "0,8" (a fraction) read as 0.8 % with no word: CLV 100 × 0.008 / (1.1 − 0.008) = €0.73.
		id: 'clv-retention',
		set: [['Retention rate per period (r, %)', '0.8']],
		result: '€0.73',
		message:
			'A retention of 0.8% keeps almost no customer from one period to the next: did you mean 80%? Type the percentage itself (80 for 80%), not the fraction (0.8).'
	},
	{
		// No monthly gross profit: the payback is never, the ratio still 600 / 150.
		id: 'ltv-cac',
		set: [['Gross margin (%)', '0']],
		result: '4 : 1',
		message: 'the acquisition cost is never earned back'
	}
];

beforeAll(installResizeObserverStub);
beforeEach(async () => {
	preferences.setCurrency('EUR');
	await locale.set('en');
});

/** Renders the calculator and loads its textbook example, as the page's button does. */
async function fromTextbookExample(id: string) {
	const { user } = renderCalculator(id);
	await user.click(screen.getByRole('button', { name: 'Load textbook example' }));
	const result = screen.getByTestId('result');
	expect(result.querySelector('output')).not.toBeNull();
	return { user, result };
}

async function typeOver(user: UserEvent, entries: readonly Entry[]): Promise<void> {
	for (const [label, text] of entries) {
		await user.clear(field(label));
		if (text) await user.type(field(label), text);
		await user.tab();
	}
}

describe('an invalid entry over the textbook example', () => {
	it.each(PROBLEMS.map((p) => [p.id, p.set.map(([, text]) => text).join(', '), p] as const))(
		'%s, typed %j: its own message on the fields it concerns, and no result',
		async (id, _typed, problem) => {
			const { user, result } = await fromTextbookExample(id);
			await typeOver(user, problem.set);
			expect(result.querySelector('output')).toBeNull();
			for (const label of problem.invalid) {
				expect(field(label), label).toHaveAttribute('aria-invalid', 'true');
				expect(field(label), label).toHaveAccessibleDescription(expect.stringContaining(problem.message));
			}
			if (!problem.fieldMessage) expect(result).toHaveTextContent(problem.message);
		}
	);
});

describe('a doubtful entry over the textbook example', () => {
	it.each(WARNINGS.map((w) => [w.id, w.set.map(([, text]) => text).join(', '), w] as const))(
		'%s, typed %j: the result stays, with a note saying why it is doubtful',
		async (id, _typed, warning) => {
			const { user, result } = await fromTextbookExample(id);
			await typeOver(user, warning.set);
			expect(result.querySelector('output')).toHaveTextContent(warning.result);
			// (One note among the result's: a retention typed as a fraction also costs more than it earns.)
			const notes = within(result).getAllByRole('note');
			expect(notes.map((note) => note.textContent).join('\n')).toContain(warning.message);
		}
	);
});
