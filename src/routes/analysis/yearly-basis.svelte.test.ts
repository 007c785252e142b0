import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '$lib/analysis/analyse';
import { DEFAULT_ANALYSIS_SETTINGS } from '$lib/analysis/settings';
import { installResizeObserverStub } from '$lib/charts/test-support';
import { locale } from '$lib/i18n/i18n.svelte';
import type { Locale } from '$lib/i18n/locales';
import { columnsOf, TWELVE_MONTHS_ORDERS } from '$lib/test-support/order-columns';
import { periodText, withheldReasonText } from './basis-text';
import KpiCards from './KpiCards.svelte';

beforeAll(installResizeObserverStub);
afterEach(() => locale.set('en', false));

const NOVEMBER_2025 = 2025 * 12 + 10;

describe('a yearly figure names its 12 months, in every language', () => {
	it.each<[Locale, string]>([
		['en', 'Nov 2025 – Oct 2026'],
		['lv', '2025. g. nov. – 2026. g. okt.'],
		['zh', '2025年11月至2026年10月'],
		['ru', 'нояб. 2025 г. – окт. 2026 г.'],
		['nl', 'nov 2025 – okt 2026']
	])('%s: %s', async (language, text) => {
		await locale.set(language, false);
		expect(periodText(NOVEMBER_2025, 'twelveMonths')).toBe(text);
	});

	it('a CRR per year withheld on the Benchmarks and What-if pages is named by its months', () => {
		const basis = { kind: 'partial', coveredDays: 290, days: 365 } as const;
		const reason = {
			code: 'crrNotMeasurable',
			month: NOVEMBER_2025,
			unit: 'year',
			windowMonths: 12,
			basis
		} as const;
		expect(withheldReasonText(reason)).toBe(
			'Nov 2025 – Oct 2026 is the latest period and the data covers only 290 of its 365 days; no complete period yet.'
		);
	});
});

/**
 * The orders of src/lib/analysis/yearly.test.ts, 1 Oct 2024 to 20 Nov 2026: no calendar year was
 * measurable; Nov 2025 – Oct 2026 is: S = 3, E = 4, N = 2 → CRR 66.7 %, yearly churn 33.3 %, t = 3 years.
 */
const A = columnsOf([...TWELVE_MONTHS_ORDERS, [6, '2026-11-20']]);

describe('the key figures say which 12 months the yearly churn is measured over', () => {
	it('the churn card and the simple CLV name Nov 2025 – Oct 2026', () => {
		render(KpiCards, { kpis: analyse(A, 7, DEFAULT_ANALYSIS_SETTINGS).analysis.kpis, currency: 'EUR' });
		expect(screen.getByTestId('kpi-churn').textContent).toContain(
			'over the last 12 whole months, Nov 2025 – Oct 2026, with a 12-month window, CRR = (4 − 2) ÷ 3 = 66.7%, so yearly churn = 33.3%.'
		);
		expect(screen.getByTestId('kpi-clv').textContent).toContain(
			'1 ÷ yearly churn = 1 ÷ 33.3% = 3 years (yearly churn measured over Nov 2025 – Oct 2026;'
		);
	});

	it('with less than 24 whole months it says why there is none, naming the months', () => {
		// h's order on 2 November 2024 begins the data (a's and f's October orders left out): the base
		// at 31 Oct 2025 would miss customers of 1 November 2024.
		const late = columnsOf([
			[7, '2024-11-02'],
			[0, '2025-03-15'],
			[0, '2026-02-01'],
			[1, '2024-12-05'],
			[3, '2025-11-01'],
			[4, '2026-10-31'],
			[5, '2026-03-03']
		]);
		render(KpiCards, { kpis: analyse(late, 8, DEFAULT_ANALYSIS_SETTINGS).analysis.kpis, currency: 'EUR' });
		const churn = screen.getByTestId('kpi-churn').textContent;
		expect(churn).toContain(
			'No yearly churn: it is measured over the last 12 whole months of the data (or of the date range) with a 12-month activity window, so it needs 24 whole months'
		);
		expect(churn).toContain(
			'The customer base at the start of Nov 2025 – Oct 2026 needs orders from 1 Nov 2024 on (one 12-month activity window), but the data begins on 2 Nov 2024'
		);
	});
});
