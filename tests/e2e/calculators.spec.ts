import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectAccessible } from './support/axe';

/**
 * Every calculator driven like a user: typing (with grouping, as people type), the live result and
 * the math, and an invalid entry checked by axe; for CRR and the simple CLV (a count and a money
 * calculator) also a saved scenario, a shared link and a reload. The page's wiring of links and
 * scenarios is alike for all, and each calculator's own part of them (its link parameters, its
 * scenario round trip) is checked in links-and-scenarios.svelte.test.ts.
 * Expected figures are worked out by hand from the formulas (British English, euros). Every other
 * invalid or doubtful entry is checked in the same view by entry-problems.svelte.test.ts: what a
 * real browser adds (axe, the page's own wiring) is the same for all of them, and here they took
 * CPU in a run that is short of it (with the Latvian link opened once, not for each calculator:
 * 79 → 72 CPU-s for this spec).
 */

type Entry = readonly [label: string, text: string];

interface ProblemCase {
	/** Entries typed over the textbook example. */
	set: readonly Entry[];
	message: string;
	/** Labels of the fields that must be marked invalid. */
	invalid: readonly string[];
	/** Whether the message belongs to one field (its description) rather than the whole calculation. */
	fieldMessage?: boolean;
}

interface CalculatorCase {
	id: string;
	title: string;
	fill: readonly Entry[];
	period?: Entry;
	result: string;
	math: readonly string[];
	/**
	 * A shared link, for the calculators whose journey also saves a scenario and reopens the page from
	 * a link (the page's wiring, alike for all): each calculator's own link parameters and scenario
	 * round trip are checked in links-and-scenarios.svelte.test.ts.
	 */
	link?: { query: string; result: string; shows: readonly Entry[] };
	/** The response chart's table: the row of the user's value, and their result in its last column. */
	chart: readonly [x: string, result: string];
	/** An invalid entry typed over the textbook example (the others: entry-problems.svelte.test.ts). */
	problem: ProblemCase;
}

const CASES: readonly CalculatorCase[] = [
	{
		id: 'crr',
		title: 'Customer retention rate (CRR)',
		fill: [
			['Customers at the start (S)', '10,000'],
			['Customers at the end (E)', '10 200'],
			['New customers won in the period (N)', '2000']
		],
		period: ['Length of the period', 'quarter'],
		result: '82%',
		math: [
			'CRR = (E − N) / S × 100 = (10,200 − 2,000) / 10,000 × 100 = 8,200 / 10,000 × 100 = 82%',
			'churn = 100% − CRR = 100% − 82% = 18%'
		],
		link: { query: 's=10000&e=9800&n=2000', result: '78%', shows: [['Customers at the end (E)', '9800']] },
		chart: ['10,200', '82%'],
		problem: {
			set: [['Customers at the start (S)', '']],
			message: 'Required: enter a number.',
			invalid: ['Customers at the start (S)'],
			fieldMessage: true
		}
	},
	{
		id: 'churn',
		title: 'Churn rate',
		fill: [
			['Customers at the start (S)', '10000'],
			['Customers lost in the period (L)', '1,800']
		],
		period: ['Period the counts cover', 'quarter'],
		result: '18%',
		math: [
			'churn = L / S × 100 = 1,800 / 10,000 × 100 = 18%',
			'Yearly churn, k = 4:',
			'1 − (1 − c)^k = 1 − (1 − 0.18)^4 = 1 − 0.4521 = 54.79%'
		],
		chart: ['3', '18%'],
		problem: {
			set: [['Customers lost in the period (L)', '12000']],
			message: 'More customers lost (12,000) than there were at the start (10,000)',
			invalid: ['Customers lost in the period (L)', 'Customers at the start (S)']
		}
	},
	{
		id: 'churn-convert',
		title: 'Churn rate conversion',
		fill: [['Churn rate (%)', '5']],
		period: ['The rate is per', 'month'],
		result: '45.96%',
		math: [
			'Yearly churn, k = 12:',
			'1 − (1 − 0.05)^12 = 1 − 0.5404 = 45.96%',
			'1 − (1 − 0.05)^3 = 1 − 0.8574 = 14.26%'
		],
		chart: ['12', '45.96%'],
		problem: {
			set: [['Churn rate (%)', '120']],
			message: '120% is more than 100%',
			invalid: ['Churn rate (%)'],
			fieldMessage: true
		}
	},
	{
		id: 'lifetime',
		title: 'Expected customer lifetime',
		fill: [['Churn rate (%)', '5%']],
		period: ['The churn is per', 'month'],
		result: '20 months',
		math: ['t = 1 / churn = 1 / 5% = 1 / 0.05 = 20 months', '20 months = 20 / 12 = 1.67 years'],
		chart: ['5%', '20 months'],
		problem: {
			set: [['Churn rate (%)', '0']],
			message: 'so the lifetime would be 1 / 0: infinite',
			invalid: ['Churn rate (%)']
		}
	},
	{
		id: 'aov',
		title: 'Average order value (AOV)',
		fill: [
			['Revenue', '125,000'],
			['Number of orders', '2,500']
		],
		result: '€50.00',
		math: ['AOV = revenue / orders = €125,000.00 / 2,500 = €50.00'],
		chart: ['€125,000.00', '€50.00'],
		problem: {
			set: [['Number of orders', '0']],
			message: 'With 0 orders there is no average order value',
			invalid: ['Number of orders']
		}
	},
	{
		id: 'frequency',
		title: 'Purchase frequency',
		fill: [
			['Number of orders', '2500'],
			['Unique customers', '1000']
		],
		period: ['Period the counts cover', 'year'],
		result: '2.5 orders per customer per year',
		math: ['f = orders / unique customers = 2,500 / 1,000 = 2.5 orders per customer per year'],
		chart: ['2,500', '2.5'],
		problem: {
			set: [['Unique customers', '0']],
			message: 'With 0 customers there is no frequency',
			invalid: ['Unique customers']
		}
	},
	{
		id: 'repeat',
		title: 'Repeat-purchase rate',
		fill: [
			['Customers with 2 or more orders', '280'],
			['All customers', '1,000']
		],
		result: '28%',
		math: ['repeat-purchase rate = customers with 2+ orders / customers × 100 = 280 / 1,000 × 100 = 28%'],
		chart: ['280', '28%'],
		problem: {
			set: [['Customers with 2 or more orders', '1200']],
			message: 'More repeat customers (1,200) than customers (1,000)',
			invalid: ['Customers with 2 or more orders', 'All customers']
		}
	},
	{
		id: 'clv-simple',
		title: 'Customer lifetime value (AOV × frequency × lifetime)',
		fill: [
			['Average order value (AOV)', '50'],
			['Purchase frequency (f)', '2.5'],
			['Customer lifetime (t)', '2'],
			['Gross margin (%)', '40']
		],
		period: ['f and t are per', 'year'],
		result: '€250.00',
		math: [
			'CV = AOV × f = €50.00 × 2.5 per year = €125.00 per year',
			'CLV = CV × t = €125.00 × 2 years = €250.00',
			'CLV in gross profit = CLV × gross margin = €250.00 × 40% = €100.00'
		],
		link: { query: 'a=40&f=0.5&t=24&p=month', result: '€480.00', shows: [['Customer lifetime (t)', '24']] },
		chart: ['2', '€250.00'],
		problem: {
			set: [['Gross margin (%)', '120']],
			message: '120% is more than 100%',
			invalid: ['Gross margin (%)'],
			fieldMessage: true
		}
	},
	{
		id: 'clv-retention',
		title: 'Customer lifetime value (retention and margin)',
		fill: [
			['Margin per customer per period (m)', '100'],
			['Retention rate per period (r, %)', '80'],
			['Discount rate per year (%)', '10'],
			['Acquisition cost (CAC)', '50']
		],
		period: ['m and r are per', 'year'],
		result: '€266.67',
		math: [
			'CLV = m × r / (1 + d − r) = €100.00 × 0.8 / (1 + 0.1 − 0.8) = €80.00 / 0.3 = €266.67',
			'CLV − CAC = €266.67 − €50.00 = €216.67'
		],
		chart: ['80%', '€266.67'],
		problem: {
			set: [
				['Retention rate per period (r, %)', '100'],
				['Discount rate per year (%)', '0']
			],
			message: 'would be worth an unlimited amount',
			invalid: ['Retention rate per period (r, %)', 'Discount rate per year (%)']
		}
	},
	{
		id: 'ltv-cac',
		title: 'LTV:CAC ratio and CAC payback',
		fill: [
			['Customer lifetime value (LTV)', '600'],
			['Customer acquisition cost (CAC)', '150'],
			['Monthly revenue per customer', '25'],
			['Gross margin (%)', '40']
		],
		result: '4 : 1',
		math: [
			'LTV:CAC = LTV / CAC = €600.00 / €150.00 = 4 : 1',
			'payback = CAC / (monthly revenue × gross margin) = €150.00 / (€25.00 × 40%) = €150.00 / €10.00 = 15 months'
		],
		chart: ['€150.00', '4 : 1'],
		problem: {
			set: [['Customer acquisition cost (CAC)', '0']],
			message: 'A CAC of 0 makes the ratio infinite',
			invalid: ['Customer acquisition cost (CAC)']
		}
	},
	{
		id: 'nps',
		title: 'Net Promoter Score (NPS)',
		fill: [
			['Promoters (scored 9–10)', '60'],
			['Passives (scored 7–8)', '25'],
			['Detractors (scored 0–6)', '15']
		],
		result: '+45',
		math: ['NPS = % promoters − % detractors = 60 / 100 × 100 − 15 / 100 × 100 = 60 − 15 = +45'],
		chart: ['60', '+45'],
		problem: {
			set: [
				['Promoters (scored 9–10)', '0'],
				['Passives (scored 7–8)', '0'],
				['Detractors (scored 0–6)', '0']
			],
			message: 'There are no answers',
			invalid: ['Promoters (scored 9–10)', 'Passives (scored 7–8)', 'Detractors (scored 0–6)']
		}
	}
];

/** Opens a calculator and waits until it is live (hydrated, address read). */
async function open(page: Page, id: string, query = ''): Promise<void> {
	await page.goto(`./calculators/${id}${query ? `?${query}` : ''}`);
	await expect(page.locator('[data-ready]')).toBeAttached();
}

const result = (page: Page) => page.getByTestId('result');
const field = (page: Page, label: string) => page.getByLabel(label, { exact: false }).first();

async function type(page: Page, entries: readonly Entry[]): Promise<void> {
	for (const [label, text] of entries) {
		const input = field(page, label);
		await input.fill(text);
		await input.blur();
	}
}

// One journey per calculator (a page load is the costly part): typing with the math and an invalid
// entry; for the calculators with a link, also saving a scenario, a shared link, a reload, and
// loading the scenario back.
for (const c of CASES) {
	const { link } = c;
	const title = link
		? `${c.title}: typing, the math, an invalid entry, a shared link and a saved scenario`
		: `${c.title}: typing, the math and an invalid entry`;
	test(title, async ({ page }) => {
		await test.step('typing values shows the result and the math', async () => {
			await open(page, c.id);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
			await expect(result(page)).toContainText('to see the result');
			await type(page, c.fill);
			if (c.period) await page.getByLabel(c.period[0]).selectOption(c.period[1]);
			await expect(result(page).locator('output')).toHaveText(c.result);

			// The response chart's table marks the user's own calculation, in its own column.
			const chart = page.getByTestId('response');
			await chart.getByRole('button', { name: 'Show as table' }).click();
			const mine = chart
				.getByRole('row')
				.filter({ has: page.getByRole('rowheader', { name: c.chart[0], exact: true }) });
			await expect(mine.getByRole('cell').last()).toHaveText(c.chart[1]);

			await page.getByText('Show the math').click();
			for (const line of c.math) await expect(page.getByTestId('math')).toContainText(line);
			await expect(page).toHaveURL(/math=1/);
			// With a result, a calculator shows how it responds (a chart, its table opened here) and, for
			// the value calculators, "what lifts it most": checked by axe once for each kind.
			if (c.id === 'crr' || c.id === 'clv-simple')
				await expectAccessible(page, `calculator ${c.id} with its math and its chart's table`);
		});

		await test.step('an invalid entry gets its own message', async () => {
			const { problem } = c;
			await page.getByRole('button', { name: 'Load textbook example' }).click();
			await expect(result(page).locator('output')).toHaveText(c.result);
			await type(page, problem.set);
			await expect(page.getByText(problem.message)).toBeVisible();
			await expect(result(page).locator('output')).toHaveCount(0);
			for (const label of problem.invalid) {
				const input = field(page, label);
				await expect(input, label).toHaveAttribute('aria-invalid', 'true');
				await expect(input, label).toHaveAccessibleDescription(new RegExp(escape(problem.message)));
			}
			if (!problem.fieldMessage) await expect(result(page)).toContainText(problem.message);
			// Every calculator is checked by axe in one state with the math panel open and a field
			// with its error message (a11y.spec.ts checks the other pages and states).
			await expect(page.getByTestId('math')).toBeVisible();
			await expectAccessible(page, `calculator ${c.id} with its math and an invalid input`);
		});

		if (!link) return;

		await test.step('a scenario is saved', async () => {
			await page.getByRole('button', { name: 'Load textbook example' }).click();
			await expect(result(page).locator('output')).toHaveText(c.result);
			await page.getByLabel('Scenario name').fill('Textbook');
			await page.getByRole('button', { name: 'Save scenario' }).click();
			await expect(page.getByRole('status').filter({ hasText: 'Saved “Textbook”.' })).toBeVisible();
		});

		await test.step('a shared link opens the same calculation, also after a reload', async () => {
			await open(page, c.id, link.query);
			await expect(result(page).locator('output')).toHaveText(link.result);
			for (const [label, text] of link.shows) await expect(field(page, label)).toHaveValue(text);
			await page.reload();
			await expect(page.locator('[data-ready]')).toBeAttached();
			await expect(result(page).locator('output')).toHaveText(link.result);
		});

		// The language of a link is read by the site's layout, alike for every calculator: once is enough.
		if (c === CASES[0])
			await test.step('a link shared in Latvian opens in Latvian, the reader’s own language kept', async () => {
				await open(page, c.id, `${link.query}&lang=lv`);
				await expect(page.locator('html')).toHaveAttribute('lang', 'lv-LV');
				await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(c.title);
				await expect(result(page).locator('output')).toHaveCount(1);
				// Shown, not saved: the language switch (back to English here) is the reader's choice.
				expect(await page.evaluate(() => localStorage.getItem('retention-lab:locale'))).toBeNull();
				await page.getByLabel('Valoda').selectOption('en');
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
				await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
			});

		await test.step('the saved scenario loads back', async () => {
			await page.getByRole('button', { name: 'Load “Textbook”' }).click();
			await expect(result(page).locator('output')).toHaveText(c.result);
			// The typed value without grouping or % sign is what the textbook example holds.
			const [label, typed] = c.fill[0];
			await expect(field(page, label)).toHaveValue(typed.replace(/[ ,%]/g, ''));
		});
	});
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
