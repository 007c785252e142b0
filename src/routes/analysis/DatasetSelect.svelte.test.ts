import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DatasetSelect from './DatasetSelect.svelte';

const LIST = [
	{ id: 7, name: 'a_shopify_uk', createdAt: 1 },
	{ id: 3, name: 'd_generic_us', createdAt: 2 }
];
const shown = () => {
	const select = screen.getByTestId('dataset-select') as HTMLSelectElement;
	return select.selectedOptions[0]?.textContent ?? '';
};

describe('the data set selector names only a data set the page can show', () => {
	it('names the chosen data set', () => {
		render(DatasetSelect, { datasets: LIST, value: 3 });
		expect(shown()).toContain('d_generic_us');
	});

	it('says "Choose a data set" once the chosen one is deleted in another tab, not the next one', async () => {
		const { rerender } = render(DatasetSelect, { datasets: LIST, value: 7 });
		expect(shown()).toContain('a_shopify_uk');
		await rerender({ datasets: LIST.slice(1), value: 7 });
		expect(shown()).toBe('Choose a data set');
	});

	it('says "Choose a data set" while none is chosen', () => {
		render(DatasetSelect, { datasets: LIST, value: null });
		expect(shown()).toBe('Choose a data set');
	});

	it('tells data sets of the same name apart, the later imported numbered', () => {
		const again = [...LIST, { id: 9, name: 'a_shopify_uk', createdAt: 3 }];
		render(DatasetSelect, { datasets: again, value: 9 });
		expect(shown()).toContain('a_shopify_uk (2)');
		const options = [...(screen.getByTestId('dataset-select') as HTMLSelectElement).options].map((o) =>
			o.text.replace(/[\u2068\u2069]/g, '')
		);
		expect(options).toEqual(['a_shopify_uk', 'd_generic_us', 'a_shopify_uk (2)']);
	});
});
