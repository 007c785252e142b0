import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { DatasetMetricsRecord } from '$lib/db/database';
import DatasetBasis from './DatasetBasis.svelte';

const currencies: [string, number][] = [
	['USD', 154],
	['CAD', 28]
];
const reason = { code: 'severalCurrencies', currencies } as const;
const record = (mixed: boolean): DatasetMetricsRecord => ({
	datasetId: 1,
	datasetName: 'Two currencies',
	computedAt: 0,
	currency: 'USD',
	customers: 107,
	orders: 182,
	revenuePerYear: null,
	measures: [{ metric: 'repeatPurchaseRate', value: 0.4, sampleSize: 107 }],
	...(mixed
		? {
				currencies,
				withheld: [
					{ metric: 'aov', reason },
					{ metric: 'clv', reason }
				]
			}
		: { withheld: [] })
});

describe('DatasetBasis: a data set whose orders are in several currencies', () => {
	it('says so, and lists its amounts as not compared, with the reason', () => {
		render(DatasetBasis, { record: record(true), heading: 'Flagged on the Analysis page, so not compared' });
		expect(screen.getByTestId('several-currencies')).toHaveTextContent(
			'Orders are in several currencies (USD 154 and CAD 28). Amounts were added up without conversion'
		);
		const items = screen.getAllByRole('listitem');
		expect(items.map((item) => item.dataset.metric)).toEqual(['aov', 'clv']);
		expect(items[0]).toHaveTextContent(
			'Average order value (AOV): Orders are in several currencies (USD 154 and CAD 28), added up without conversion: an amount in no one currency is not comparable with a figure in one.'
		);
	});

	it('says nothing of currencies for a data set in one', () => {
		render(DatasetBasis, { record: record(false), heading: 'Flagged' });
		expect(screen.queryByTestId('several-currencies')).toBeNull();
		expect(screen.queryByRole('listitem')).toBeNull();
	});
});
