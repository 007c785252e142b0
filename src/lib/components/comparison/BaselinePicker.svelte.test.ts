import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '$lib/db/database';
import { preferences } from '$lib/prefs/preferences.svelte';
import BaselinePicker from './BaselinePicker.svelte';
import { ComparisonSetup } from './comparison-setup.svelte';

let cleanups: (() => void)[] = [];

beforeEach(async () => {
	localStorage.clear();
	preferences.setCurrency('EUR');
	await db().scenarios.clear();
	await db().datasetMetrics.clear();
});
afterEach(() => {
	for (const cleanup of cleanups) cleanup();
	cleanups = [];
});

function newSetup(): ComparisonSetup {
	let setup!: ComparisonSetup;
	cleanups.push(
		$effect.root(() => {
			setup = new ComparisonSetup();
		})
	);
	return setup;
}

function setup() {
	const model = newSetup();
	render(BaselinePicker, { setup: model, idPrefix: 'test' });
	return { model, user: userEvent.setup() };
}

describe('BaselinePicker', () => {
	it('offers the scenarios holding a comparable number and shows what one measures', async () => {
		await db().scenarios.add({
			calculator: 'crr',
			name: 'Q3',
			inputs: { s: '10000', e: '10200', n: '2000', p: 'quarter' },
			createdAt: 1,
			updatedAt: 1
		});
		await db().scenarios.add({
			calculator: 'ltv-cac',
			name: 'Ads',
			inputs: { l: '600', c: '150' },
			createdAt: 1,
			updatedAt: 1
		});
		const { model, user } = setup();
		await user.click(screen.getByLabelText('A saved calculator scenario'));
		const select = await screen.findByLabelText('Scenario');
		const options = [...(select as HTMLSelectElement).options].map((option) => option.text.trim());
		// The name is isolated (FSI … PDI), so a bidirectional override in it cannot reorder the rest.
		expect(options).toEqual(['Choose…', '\u2068Q3\u2069 (Customer retention rate (CRR))']);
		await user.selectOptions(select, '\u2068Q3\u2069 (Customer retention rate (CRR))');
		expect(await screen.findByText('Your Customer retention rate (CRR): 82% per quarter')).toBeInTheDocument();
		expect(model.measures).toEqual([{ metric: 'crr', value: 0.82, period: 'quarter', businessModel: 'ecommerce' }]);
	});

	it('reads a typed value, explains one that is not a number, and asks the period where it matters', async () => {
		const { model, user } = setup();
		await user.click(screen.getByLabelText('A value I type in'));
		await user.selectOptions(screen.getByLabelText('Metric'), 'Customer retention rate (CRR)');
		const value = screen.getByLabelText('Your value');
		await user.type(value, 'abc');
		expect(value).toHaveAccessibleDescription(expect.stringContaining('“abc” is not a number.'));
		expect(model.measures).toEqual([]);
		await user.clear(value);
		await user.type(value, '18');
		await user.selectOptions(screen.getByLabelText('Period it covers'), 'year');
		expect(model.measures).toEqual([{ metric: 'crr', value: 0.18, period: 'year', businessModel: 'ecommerce' }]);

		await user.selectOptions(screen.getByLabelText('Metric'), 'Repeat-purchase rate');
		expect(screen.queryByLabelText('Period it covers')).toBeNull();
		expect(model.measures).toEqual([{ metric: 'repeatPurchaseRate', value: 0.18, businessModel: 'ecommerce' }]);
	});

	// QA 64: a repeat-purchase rate typed as "0,28" was compared as 0.28 % with no word.
	it.each([
		{
			metric: 'Repeat-purchase rate',
			typed: '0.28',
			value: 0.0028,
			note: '0.28% is under 1%: did you mean 28%? Type the percentage itself (28 for 28%), not the fraction (0.28).'
		},
		{
			metric: 'Customer retention rate (CRR)',
			typed: '0.805',
			value: 0.00805,
			note: '0.805% is under 1%: did you mean 80.5%? Type the percentage itself (80.5 for 80.5%), not the fraction (0.805).'
		},
		// Plausible as typed: no note.
		{ metric: 'Repeat-purchase rate', typed: '1', value: 0.01, note: null },
		{ metric: 'Repeat-purchase rate', typed: '0', value: 0, note: null },
		// A monthly churn of half a percent is real (subscriptions).
		{ metric: 'Churn rate', typed: '0.5', value: 0.005, note: null }
	])(
		'asks whether $typed for $metric was a fraction typed as a percentage',
		async ({ metric, typed, value, note }) => {
			const { model, user } = setup();
			await user.click(screen.getByLabelText('A value I type in'));
			await user.selectOptions(screen.getByLabelText('Metric'), metric);
			const field = screen.getByLabelText('Your value');
			await user.type(field, typed);
			// The value is compared as typed either way.
			expect(model.measures[0]?.value).toBeCloseTo(value, 12);
			if (note === null) expect(field).not.toHaveAccessibleDescription(expect.stringContaining('under 1%'));
			else expect(field).toHaveAccessibleDescription(expect.stringContaining(note));
		}
	);

	it('uses a data set’s stored figures in its own currency', async () => {
		await db().datasetMetrics.put({
			datasetId: 7,
			datasetName: 'Shop 2024',
			computedAt: Date.UTC(2025, 0, 15),
			currency: 'USD',
			customers: 2000,
			orders: 5000,
			revenuePerYear: 250_000,
			measures: [
				{ metric: 'repeatPurchaseRate', value: 0.31 },
				{ metric: 'clv', value: 140 }
			]
		});
		const { model, user } = setup();
		await user.click(screen.getByLabelText('An analysed data set'));
		await user.selectOptions(
			await screen.findByLabelText('Data set'),
			'\u2068Shop 2024\u2069, analysed 15 Jan 2025'
		);
		expect(
			await screen.findByText('Your Revenue per customer so far (“CLV” as Windsor Circle counts it): US$140.00')
		).toBeInTheDocument();
		expect(model.measures[1]).toEqual({
			metric: 'clv',
			value: 140,
			currency: 'USD',
			businessModel: 'ecommerce',
			fromOrders: true
		});
	});

	// Review: with monthly periods (the default) a data set has a month's CRR and churn and the yearly ones;
	// the list was keyed by metric, and Svelte threw on the duplicate key: no figure was shown.
	it('lists a data set’s CRR and churn of a month and of a year, each with its period', async () => {
		const counts = { start: 170, end: 141, acquired: 14 };
		await db().datasetMetrics.put({
			datasetId: 8,
			datasetName: 'Three years',
			computedAt: Date.UTC(2025, 0, 15),
			currency: 'USD',
			customers: 431,
			orders: 1153,
			revenuePerYear: 23_000,
			measures: [
				{ metric: 'crr', value: 0.954, period: 'month', windowMonths: 12, periodMonth: 24_291, counts },
				{ metric: 'churn', value: 0.046, period: 'month', windowMonths: 12, periodMonth: 24_291, counts },
				{ metric: 'crr', value: 0.3235, period: 'year', windowMonths: 12, periodMonth: 24_281, counts },
				{ metric: 'churn', value: 0.6765, period: 'year', windowMonths: 12, periodMonth: 24_281, counts }
			]
		});
		const { user } = setup();
		await user.click(screen.getByLabelText('An analysed data set'));
		await user.selectOptions(
			await screen.findByLabelText('Data set'),
			'\u2068Three years\u2069, analysed 15 Jan 2025'
		);
		const list = await screen.findByRole('list', { name: 'Your numbers beside the figures' });
		await waitFor(() => expect(list.querySelectorAll('li')).toHaveLength(4));
		const items = [...list.querySelectorAll('li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
		expect(items.filter((text) => text?.includes('per month'))).toHaveLength(2);
		expect(items.filter((text) => text?.includes('per year'))).toHaveLength(2);
	});

	it('remembers the choice in this browser for the next page', async () => {
		const { model, user } = setup();
		model.setSector('apparel');
		model.industry = 'apparel';
		await user.click(screen.getByLabelText('A value I type in'));
		await user.type(screen.getByLabelText('Your value'), '30');
		await waitFor(() => expect(localStorage.getItem('retention-lab:comparison')).toContain('"typedText":"30"'));

		const next = newSetup();
		await waitFor(() =>
			expect(next.measures).toEqual([{ metric: 'repeatPurchaseRate', value: 0.3, businessModel: 'ecommerce' }])
		);
		expect(next.sector).toBe('apparel');
		expect(next.industry).toBe('apparel');
	});

	it('drops an industry that is not in a newly chosen sector', () => {
		const model = newSetup();
		model.setSector('apparel');
		model.setIndustry('apparel');
		model.setSector('beauty');
		expect(model.industry).toBeNull();
		model.setIndustry('tea');
		expect(model.industry).toBeNull();
	});
});
