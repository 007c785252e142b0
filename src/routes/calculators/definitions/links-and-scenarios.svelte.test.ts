import { screen } from '@testing-library/svelte';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { installResizeObserverStub } from '$lib/charts/test-support';
import { locale } from '$lib/i18n/i18n.svelte';
import { preferences } from '$lib/prefs/preferences.svelte';
import { calculatorById } from './index';
import { fieldLabelled as field, renderCalculator, type Entry } from './test-support';

/**
 * Every calculator's own part of a shared link and a saved scenario: the link's parameters name its
 * fields (`?s=…&e=…`), and a scenario stores its inputs in that form and loads them back. The page's
 * wiring around them (the address read on opening and after a reload, the scenarios kept in
 * IndexedDB) is the same for every calculator: calculators.spec.ts drives it in a real browser for
 * CRR and the simple CLV, and calculators-sharing.spec.ts the rest of the address's journeys.
 * Expected figures are worked out by hand from the formulas (British English, euros).
 */
interface LinkCase {
	id: string;
	/** The textbook example's result, and one of its fields as the reader typed it. */
	textbook: { result: string; typed: Entry };
	link: { query: string; result: string; shows: readonly Entry[] };
}

const CASES: readonly LinkCase[] = [
	{
		id: 'crr',
		textbook: { result: '82%', typed: ['Customers at the start (S)', '10,000'] },
		link: { query: 's=10000&e=9800&n=2000', result: '78%', shows: [['Customers at the end (E)', '9800']] }
	},
	{
		id: 'churn',
		textbook: { result: '18%', typed: ['Customers at the start (S)', '10000'] },
		link: { query: 's=2000&l=100&p=month', result: '5%', shows: [['Customers lost in the period (L)', '100']] }
	},
	{
		id: 'churn-convert',
		textbook: { result: '45.96%', typed: ['Churn rate (%)', '5'] },
		link: { query: 'c=50&p=year', result: '5.61%', shows: [['Churn rate (%)', '50']] }
	},
	{
		id: 'lifetime',
		textbook: { result: '20 months', typed: ['Churn rate (%)', '5%'] },
		link: { query: 'c=25&p=year', result: '4 years', shows: [['Churn rate (%)', '25']] }
	},
	{
		id: 'aov',
		textbook: { result: '€50.00', typed: ['Revenue', '125,000'] },
		link: { query: 'r=99.99&o=3', result: '€33.33', shows: [['Revenue', '99.99']] }
	},
	{
		id: 'frequency',
		textbook: { result: '2.5 orders per customer per year', typed: ['Number of orders', '2500'] },
		link: {
			query: 'o=300&c=200&p=month',
			result: '1.5 orders per customer per month',
			shows: [['Unique customers', '200']]
		}
	},
	{
		id: 'repeat',
		textbook: { result: '28%', typed: ['Customers with 2 or more orders', '280'] },
		link: { query: 'r=50&c=200', result: '25%', shows: [['All customers', '200']] }
	},
	{
		id: 'clv-simple',
		textbook: { result: '€250.00', typed: ['Average order value (AOV)', '50'] },
		link: { query: 'a=40&f=0.5&t=24&p=month', result: '€480.00', shows: [['Customer lifetime (t)', '24']] }
	},
	{
		id: 'clv-retention',
		textbook: { result: '€266.67', typed: ['Margin per customer per period (m)', '100'] },
		link: {
			query: 'm=20&r=95&d=10&p=month',
			result: '€327.73',
			shows: [['Retention rate per period (r, %)', '95']]
		}
	},
	{
		id: 'ltv-cac',
		textbook: { result: '4 : 1', typed: ['Customer lifetime value (LTV)', '600'] },
		link: { query: 'l=300&c=150', result: '2 : 1', shows: [['Customer lifetime value (LTV)', '300']] }
	},
	{
		id: 'nps',
		textbook: { result: '+45', typed: ['Promoters (scored 9–10)', '60'] },
		link: { query: 'pro=10&pas=0&det=30', result: '−50', shows: [['Detractors (scored 0–6)', '30']] }
	}
];

// The view holds a chart (LayerCake), which needs a ResizeObserver.
beforeAll(installResizeObserverStub);
beforeEach(async () => {
	preferences.setCurrency('EUR');
	await locale.set('en');
});

/** The result as read: every kind of space a plain one (Intl writes no-break spaces). */
const result = () =>
	(screen.getByTestId('result').querySelector('output')?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('a calculator’s shared link and saved scenario', () => {
	it('covers every calculator', () => {
		expect(CASES.map((c) => calculatorById(c.id)?.id)).toEqual(CASES.map((c) => c.id));
		expect(new Set(CASES.map((c) => c.id)).size).toBe(11);
	});

	it.each(CASES.map((c) => [c.id, c] as const))(
		'%s: a link opens its calculation; the textbook example saved as a scenario loads back as typed',
		async (id, c) => {
			const { model, user } = renderCalculator(id);
			await user.click(screen.getByRole('button', { name: 'Load textbook example' }));
			expect(result()).toBe(c.textbook.result);
			const saved = model.scenarioInputs();

			model.load(new URLSearchParams(c.link.query));
			await expect.poll(result).toBe(c.link.result);
			for (const [label, text] of c.link.shows) expect(field(label), label).toHaveValue(text);

			// As the page's scenario list loads one (keeping the math switch and a comparison as they are).
			model.load(saved, { keepMath: true, keepCompare: true });
			await expect.poll(result).toBe(c.textbook.result);
			// Stored without grouping or a % sign: the value the textbook example holds.
			const [label, typed] = c.textbook.typed;
			expect(field(label), label).toHaveValue(typed.replace(/[ ,%]/g, ''));
		}
	);
});
