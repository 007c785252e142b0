import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { figuresForChoice } from '$lib/benchmarks/selection';
import MeasureComparison from './MeasureComparison.svelte';

const apparel = figuresForChoice('apparel', null);

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

	it('converts a monthly CRR to a year and says so', () => {
		// 90 % a month: 0.9¹² = 28.2 % a year, 4.2 points above 24 %.
		render(MeasureComparison, { measure: { metric: 'crr', value: 0.9, period: 'month' }, figures: apparel });
		const item = document.querySelector('.gaps [data-figure="windsor-2016-apparel-footwear-retention"]');
		expect(item).toHaveTextContent('Yours (28.2%) is 4.2 percentage points above');
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
});
