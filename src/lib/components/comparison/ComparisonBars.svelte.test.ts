import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ComparisonBars from './ComparisonBars.svelte';

const format = (value: number) => `${Math.round(value * 100)} %`;

describe('ComparisonBars', () => {
	it('is an image named by its title and described, with the same numbers as a table', () => {
		render(ComparisonBars, {
			title: 'Your repeat rate beside comparable figures',
			description: 'Bars: yours and two figures',
			items: [
				{ id: 'you', label: 'You', value: 0.3, highlight: true },
				{ id: 'a', label: 'Apparel (Metrilo, undated)', value: 0.26 },
				{ id: 'b', label: 'All online shops (Metrilo, undated)', value: 0.28 }
			],
			format,
			reference: 0.3
		});
		const image = screen.getByRole('img', { name: 'Your repeat rate beside comparable figures' });
		expect(image).toHaveAccessibleDescription('Bars: yours and two figures');
		const rows = within(screen.getByRole('table')).getAllByRole('row');
		expect(rows.map((row) => row.textContent)).toEqual([
			'BarValue',
			'You30 %',
			'Apparel (Metrilo, undated)26 %',
			'All online shops (Metrilo, undated)28 %'
		]);
		// The user's bar is marked, and drawn with the stripes, not the figures' colour.
		const you = document.querySelector('[data-bar="you"]');
		expect(you).toHaveClass('highlight');
		expect(you?.querySelector('rect')?.getAttribute('style')).toMatch(/url\("?#.+-stripes"?\)/);
		expect(document.querySelector('[data-bar="a"]')).not.toHaveClass('highlight');
	});

	it('scales bars to the largest value and leaves out values that are not numbers', () => {
		render(ComparisonBars, {
			title: 't',
			description: 'd',
			items: [
				{ id: 'big', label: 'Big', value: 2 },
				{ id: 'half', label: 'Half', value: 1 },
				{ id: 'nan', label: 'Broken', value: Number.NaN }
			],
			format: String
		});
		const width = (id: string) => Number(document.querySelector(`[data-bar="${id}"] rect`)?.getAttribute('width'));
		expect(width('half') / width('big')).toBeCloseTo(0.5, 10);
		expect(document.querySelector('[data-bar="nan"]')).toBeNull();
		expect(screen.queryByText('NaN')).toBeNull();
	});
});
