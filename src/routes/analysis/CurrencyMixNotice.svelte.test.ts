import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import CurrencyMixNotice from './CurrencyMixNotice.svelte';

describe('CurrencyMixNotice: the orders’ currencies, added up without conversion', () => {
	it('names each currency with its count, the most used first', () => {
		render(CurrencyMixNotice, {
			mix: [
				['USD', 154],
				['CAD', 28]
			]
		});
		expect(screen.getByRole('note')).toHaveTextContent(
			'Orders are in several currencies (USD 154 and CAD 28). Amounts were added up without conversion, so revenue, order values and CLV mix currencies.'
		);
	});

	it('says which data set, where two are side by side', () => {
		render(CurrencyMixNotice, {
			mix: [
				['EUR', 1200],
				['USD', 3],
				['GBP', 1]
			],
			name: 'B: shop'
		});
		expect(screen.getByTestId('several-currencies')).toHaveTextContent(
			'B: shop: orders are in several currencies (EUR 1,200, USD 3 and GBP 1). Its amounts were added up without conversion'
		);
	});

	it.each([null, undefined])('says nothing for orders in one currency (%s)', (mix) => {
		const { container } = render(CurrencyMixNotice, { mix });
		expect(container.textContent?.trim()).toBe('');
	});
});
