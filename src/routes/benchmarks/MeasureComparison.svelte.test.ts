import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { MeasuredValue } from '$lib/benchmarks/compare';
import { figuresForChoice } from '$lib/benchmarks/selection';
import MeasureComparison from './MeasureComparison.svelte';

const apparel = figuresForChoice('apparel', null);
/** A yearly CRR measured over 2024: (860 − 720) ÷ 730 = 19.18 %, none of E back after a lapse. */
const CRR_2024 = {
	metric: 'crr',
	value: 140 / 730,
	period: 'year',
	windowMonths: 12,
	sampleSize: 730,
	periodMonth: 2024 * 12,
	counts: { start: 730, end: 860, acquired: 720, returning: 0 }
} satisfies MeasuredValue;

describe('MeasureComparison', () => {
	it('sets a yearly CRR beside Windsor Circle’s CRR only, with the gap and its direction', () => {
		render(MeasureComparison, { measure: { metric: 'crr', value: 0.18, period: 'year' }, figures: apparel });
		// 18 % vs 24 %: 6 points below, 6 / 24 = 25 % lower.
		const gaps = screen.getByRole('heading', { name: 'Gaps' }).nextElementSibling as HTMLElement;
		expect(within(gaps).getAllByRole('listitem')).toHaveLength(1);
		expect(gaps).toHaveTextContent(
			'Yours (18%) is 6 percentage points below Apparel and footwear (Windsor Circle, 2016), 24% per year (25% lower).'
		);
		expect(gaps).toHaveTextContent('behind the benchmark');
		expect(
			screen.getByRole('img', { name: 'Your Customer retention rate (CRR) beside comparable figures' })
		).toBeInTheDocument();
	});

	it('says why Metrilo’s and Bluecore’s figures are not compared with a CRR', () => {
		render(MeasureComparison, { measure: { metric: 'crr', value: 0.18, period: 'year' }, figures: apparel });
		const metrilo = document.querySelector('.not-compared [data-figure="metrilo-apparel"]');
		expect(metrilo).toHaveTextContent(
			'It measures another metric: “Repeat-purchase rate”, where yours is “Customer retention rate (CRR)”.'
		);
		expect(document.querySelector('.gaps [data-figure="metrilo-apparel"]')).toBeNull();
		expect(document.querySelector('.not-compared [data-figure="bluecore-2023-apparel"]')).not.toBeNull();
	});

	it('converts a typed monthly CRR to a year and says so', () => {
		// 90 % a month: 0.9¹² = 28.2 % a year, 4.2 points above 24 %.
		render(MeasureComparison, { measure: { metric: 'crr', value: 0.9, period: 'month' }, figures: apparel });
		const item = document.querySelector('.gaps [data-figure="windsor-2016-apparel-footwear-retention"]');
		expect(item).toHaveTextContent('Yours (28.24%) is 4.24 percentage points above');
		expect(item).toHaveTextContent('better than the benchmark');
		expect(item).toHaveTextContent('Your value was converted to the figure’s period');
	});

	it('compares a shop’s churn with no subscription figure and explains it', () => {
		render(MeasureComparison, {
			measure: { metric: 'churn', value: 0.05, period: 'month' },
			figures: figuresForChoice('subscription', null)
		});
		expect(screen.queryByRole('img')).toBeNull();
		expect(
			screen.getByText(/No figure shown here is measured the same way as yours \(Churn rate\)/)
		).toBeInTheDocument();
		const reasons = document.querySelectorAll('.not-compared li');
		expect(reasons.length).toBe(4);
		for (const reason of reasons)
			expect(reason).toHaveTextContent('This figure is for a different kind of business');
	});

	// QA: a data set's December CRR (S = 85, E = 86, N = 7) was shown as 0.9294¹² = 41.5 % a year, "better".
	it('never compounds a data set’s monthly CRR into a yearly one', () => {
		render(MeasureComparison, {
			measure: {
				metric: 'crr',
				value: 79 / 85,
				period: 'month',
				windowMonths: 12,
				sampleSize: 85,
				periodMonth: 2024 * 12 + 11,
				counts: { start: 85, end: 86, acquired: 7, returning: 0 }
			},
			figures: apparel
		});
		expect(document.querySelector('.gaps')).toBeNull();
		expect(screen.queryByText(/41\.5/)).toBeNull();
		expect(
			document.querySelector('.not-compared [data-figure="windsor-2016-apparel-footwear-retention"]')
		).toHaveTextContent('it is not converted by compounding');
		expect(screen.getByTestId('measure-basis')).toHaveTextContent(
			'Measured over Dec 2024 with a 12-month activity window: S = 85, E = 86, N = 7.'
		);
	});

	it('sets a measured yearly CRR beside the yearly figure, labelled with its year and unit', () => {
		// (860 − 720) ÷ 730 = 19.2 % over 2024: 4.8 points behind 24 %, which lies outside its 95 % range.
		render(MeasureComparison, {
			measure: CRR_2024,
			figures: apparel
		});
		const item = document.querySelector('.gaps [data-figure="windsor-2016-apparel-footwear-retention"]');
		expect(item).toHaveTextContent('Yours (19.18%) is 4.82 percentage points below');
		expect(item).toHaveTextContent('behind the benchmark');
		expect(item).not.toHaveTextContent('converted');
		// The chart's table alternative names the 12 months and keeps the unit.
		expect(document.body).toHaveTextContent('You (Jan 2024 – Dec 2024)');
		expect(document.body).toHaveTextContent('19.18% per year');
	});

	// Review: a shop's yearly CRR of 32.35 % was set beside Windsor Circle's 24 %, which counts only the
	// customers active a year earlier who bought again (25.3 % counted that way).
	it('sets a yearly CRR beside Windsor Circle’s as Windsor counts it, without the customers back after a lapse', () => {
		// (860 − 720) ÷ 730 = 19.18 % the app's way; 40 of E came back after more than a year: (860 − 720 − 40) ÷ 730 = 13.70 %.
		render(MeasureComparison, {
			measure: { ...CRR_2024, counts: { ...CRR_2024.counts, returning: 40 } },
			figures: apparel
		});
		expect(screen.getByTestId('measure-recounted')).toHaveTextContent(
			'Counted as this figure counts it: of the 730 customers active a year earlier (S), 100 bought again within the year, 13.7%.'
		);
		const item = document.querySelector('.gaps [data-figure="windsor-2016-apparel-footwear-retention"]');
		expect(item).toHaveTextContent('Yours (13.7%) is 10.3 percentage points below');
		expect(document.body).toHaveTextContent('13.7% per year');
	});

	it('says a yearly CRR stored before the lapsed-and-back customers were counted is not set beside Windsor Circle’s', () => {
		render(MeasureComparison, {
			measure: { ...CRR_2024, counts: { start: 730, end: 860, acquired: 720 } },
			figures: apparel
		});
		expect(screen.queryByTestId('measure-recounted')).toBeNull();
		expect(
			document.querySelector('.not-compared [data-figure="windsor-2016-apparel-footwear-retention"]')
		).toHaveTextContent('Open the data set on the Analysis page once to record them.');
	});

	// Was "behind the benchmark": 19.2 % from S = 73 has a 95 % range of 11.8 % to 29.7 %, which holds 24 %.
	it('gives no verdict when the figure lies within the range of a rate from a small base', () => {
		render(MeasureComparison, {
			measure: {
				metric: 'crr',
				value: 14 / 73,
				period: 'year',
				windowMonths: 12,
				sampleSize: 73,
				periodMonth: 2024 * 12,
				counts: { start: 73, end: 86, acquired: 72, returning: 0 }
			},
			figures: apparel
		});
		const item = document.querySelector('.gaps [data-figure="windsor-2016-apparel-footwear-retention"]');
		expect(item).toHaveTextContent(
			'Yours (19.18%) and Apparel and footwear (Windsor Circle, 2016), 24% per year are about the same: from the customers behind yours, its 95 % range is 11.78% to 29.66%'
		);
		expect(item).toHaveTextContent('about the same as the benchmark');
		expect(item).not.toHaveTextContent('behind the benchmark');
	});

	// QA: an orders export's churn (Sept 2025, S = 93, 5.4 %) was "better than" Recurly's 6.7 % cancellations.
	it('never sets churn from an orders export beside subscription churn, whatever kind is chosen', () => {
		render(MeasureComparison, {
			measure: {
				metric: 'churn',
				value: 5 / 93,
				period: 'month',
				windowMonths: 12,
				sampleSize: 93,
				periodMonth: 2025 * 12 + 8,
				counts: { start: 93, end: 92, acquired: 4 },
				businessModel: 'subscription',
				fromOrders: true
			},
			figures: figuresForChoice('subscription', null)
		});
		expect(document.querySelector('.gaps')).toBeNull();
		expect(screen.queryByText(/better than the benchmark/)).toBeNull();
		const reasons = document.querySelectorAll('.not-compared li');
		expect(reasons.length).toBe(4);
		for (const reason of reasons)
			expect(reason).toHaveTextContent('Yours is measured from an orders export: customers who stopped ordering');
	});

	it('names the 12 months a yearly CRR was measured over when they are not a calendar year', () => {
		render(MeasureComparison, {
			measure: {
				metric: 'crr',
				value: 14 / 73,
				period: 'year',
				windowMonths: 12,
				sampleSize: 73,
				periodMonth: 2025 * 12 + 10,
				counts: { start: 73, end: 86, acquired: 72, returning: 0 }
			},
			figures: apparel
		});
		expect(document.body).toHaveTextContent('You (Nov 2025 – Oct 2026)');
		expect(document.body).toHaveTextContent(
			'Measured over Nov 2025 – Oct 2026 with a 12-month activity window: S = 73, E = 86, N = 72.'
		);
	});

	it('gives no verdict on a rate from fewer than 30 customers, and shows how wide it is', () => {
		// QA: one customer's repeat rate 100 % was "72 percentage points above 28 %… better".
		render(MeasureComparison, {
			measure: { metric: 'repeatPurchaseRate', value: 1, sampleSize: 1 },
			figures: apparel
		});
		expect(document.querySelector('.gaps')).toBeNull();
		expect(screen.queryByText(/better than the benchmark/)).toBeNull();
		// Wilson 95 % interval of 1 of 1: 20.7 % to 100 %.
		expect(screen.getByTestId('small-sample')).toHaveTextContent(
			'Too few customers for a verdict (1; at least 30 are needed). The 95 % range of the true rate: 20.7% to 100%.'
		);
	});
});
