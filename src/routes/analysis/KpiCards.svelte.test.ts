import { render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '$lib/analysis/analyse';
import { DEFAULT_ANALYSIS_SETTINGS } from '$lib/analysis/settings';
import { installResizeObserverStub } from '$lib/charts/test-support';
import { columnsOf } from '$lib/test-support/order-columns';
import KpiCards from './KpiCards.svelte';
import RetentionSection from './RetentionSection.svelte';

beforeAll(installResizeObserverStub);

// QA's file: by quarter with a one-month window, Q1 2024 gave S = 1, E = 2, N = 3, a CRR of −100 %.
const QA = columnsOf([
	[0, '2023-10-01', 10],
	[1, '2023-12-15', 20],
	[2, '2024-01-05', 30],
	[3, '2024-01-10', 30],
	[4, '2024-03-20', 40],
	[1, '2024-03-25', 25],
	[0, '2024-04-30', 10]
]);
const quarters = (windowMonths: number) =>
	analyse(QA, 5, { ...DEFAULT_ANALYSIS_SETTINGS, period: 'quarter', windowMonths }).analysis;
const WHY =
	'The 1-month activity window is shorter than the period (a quarter, 3 months), so the CRR of Q1 2024 is not measurable';

describe('an activity window shorter than the period, on the key figures and the period table', () => {
	it('CRR and churn say why in words; no percentage, and no simple CLV from them', () => {
		render(KpiCards, { kpis: quarters(1).kpis, currency: 'EUR' });
		for (const id of ['crr', 'churn']) {
			expect(screen.getByTestId(`kpi-${id}-value`).textContent).toBe(
				'not measurable: window shorter than the period'
			);
			expect(screen.getByTestId(`kpi-${id}-note`).textContent).toContain(WHY);
			expect(screen.getByTestId(`kpi-${id}-note`).textContent).toContain(
				'Choose an activity window of at least 3 months'
			);
		}
		expect(screen.getByTestId('kpi-crr').textContent).not.toContain('%');
		expect(screen.getByTestId('kpi-clv-value').textContent).toBe('not available');
	});

	it('a window of a quarter measures Q1 2024: (4 − 3) ÷ 2 = 50 %', () => {
		render(KpiCards, { kpis: quarters(3).kpis, currency: 'EUR' });
		expect(screen.getByTestId('kpi-crr-value').textContent).toBe('50%');
		expect(screen.queryByTestId('kpi-crr-note')).toBeNull();
	});

	it('the period table marks each complete quarter and says why under it', async () => {
		const analysis = quarters(1);
		render(RetentionSection, { rows: analysis.periods, unit: 'quarter', windowMonths: 1 });
		expect(screen.getByTestId('window-short-note').textContent).toContain('The 1-month activity window');
		const table = await screen.findByTestId('period-table');
		const q1 = table.querySelector('tr[data-basis="windowShort"]');
		expect(q1?.textContent).toContain('not measurable: window shorter than the period');
		expect(table.textContent).not.toContain('−100');
	});
});

// QA's US file: f was 1.0012 a year, and the simple CLV read "€1,227.84 × 1 × 3 = €3,688.04", which the
// numbers shown do not give (€3,683.52).
describe('the simple CLV formula shows f precisely enough to be worked again', () => {
	// 3 customers in the 12 whole months of 2024: 4 orders ÷ 3 customers = 1.3333… a year.
	const columns = columnsOf([
		[0, '2024-01-01', 100],
		[2, '2024-03-01', 200],
		[1, '2024-06-01', 200],
		[0, '2024-12-31', 300]
	]);
	it('f with the decimals it needs; the numbers shown give the CLV shown, to within rounding', () => {
		const { kpis } = analyse(columns, 3, { ...DEFAULT_ANALYSIS_SETTINGS, lifetimeYears: 3 }).analysis;
		render(KpiCards, { kpis, currency: 'EUR' });
		const f = kpis.frequencyPerYear ?? NaN;
		expect(f).not.toBeCloseTo(Number(f.toFixed(2)), 4);
		const formula = screen.getByTestId('kpi-clv-formula').textContent ?? '';
		// AOV €200.00 × t 3: five decimals keep the product within half a cent (1.4929 was 3 cents off).
		const shownF = Number(f.toFixed(5));
		expect(formula).toContain(`€200.00 × ${shownF} × 3 = €${(kpis.clv ?? NaN).toFixed(2)}`);
		expect(Math.abs(200 * shownF * 3 - (kpis.clv ?? NaN))).toBeLessThanOrEqual(0.005);
	});
});

// Review: by year, the churn card showed 2023's churn and its explanation the CLV's yearly churn of the
// last 12 whole months, a different figure under the same name.
describe('with yearly periods, the churn card names the year of each churn it shows', () => {
	// a buys every March; b in 2021 and 2022, c once in June 2022, e once in September 2022, and d (new
	// in 2023) in February 2023 and on the data's last day, 30 June 2024. Window 12 months.
	const columns = columnsOf([
		[0, '2021-03-01'],
		[1, '2021-05-01'],
		[0, '2022-03-01'],
		[1, '2022-05-01'],
		[2, '2022-06-01'],
		[4, '2022-09-01'],
		[3, '2023-02-01'],
		[0, '2023-03-01'],
		[0, '2024-03-01'],
		[3, '2024-06-30']
	]);

	it('2023 for the card, July 2023 – June 2024 for the CLV, each with its counts', () => {
		const { kpis } = analyse(columns, 5, { ...DEFAULT_ANALYSIS_SETTINGS, period: 'year' }).analysis;
		render(KpiCards, { kpis, currency: 'EUR' });
		// 2023: S = a, b, c, e (4); E = a, d (2); N = d (1): CRR (2 − 1) ÷ 4 = 25 %, churn 75 %.
		expect(screen.getByTestId('kpi-churn-value').textContent).toBe('75%');
		const formula = screen.getByTestId('kpi-churn-formula').textContent ?? '';
		expect(formula).toContain('Churn = 1 − CRR = 75%, for 2023.');
		// Jul 2023 – Jun 2024: S = a, d, e (3); E = a, d (2); N = 0: CRR 66.7 %, yearly churn 33.3 %.
		expect(formula).toContain(
			'The yearly churn the simple CLV uses is that of the last 12 whole months, Jul 2023 – Jun 2024, not of 2023: with a 12-month window, CRR = (2 − 0) ÷ 3 = 66.7%, so yearly churn = 33.3%.'
		);
		// f of the same 12 months: a's and d's orders there, 2 ÷ 2.
		expect(screen.getByTestId('kpi-frequency-formula').textContent).toContain(
			'f = orders ÷ customers who bought = 2 ÷ 2 = 1, over the last 12 whole months, Jul 2023 – Jun 2024'
		);
		expect(screen.getByTestId('kpi-clv-formula').textContent).toContain('1 ÷ yearly churn = 1 ÷ 33.3%');
	});
});
