import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import BarChart from './BarChart.svelte';
import type { BarDatum } from './bars';
import { installResizeObserverStub, tableText } from './test-support';

beforeAll(installResizeObserverStub);

const pct = (v: number) => `${Math.round(v * 100)} %`;
const bars: BarDatum[] = [
	{ id: 'you', label: 'Your shop', value: 0.25, emphasis: true },
	{ id: 'low', label: 'Lower quartile', value: 0.2 },
	{ id: 'high', label: 'Upper quartile', value: 0.5 },
	{ id: 'none', label: 'Not reported', value: null }
];
const props = { title: 'Repeat-purchase rate', bars, labelHeader: 'Figure', valueHeader: 'Rate', format: pct };

const barWidths = (container: HTMLElement) =>
	[...container.querySelectorAll<HTMLElement>('.bar')].map((b) => parseFloat(b.style.width));

describe('BarChart', () => {
	it('draws a bar per figure, as wide as its share of the scale, with its label and value', () => {
		const { container } = render(BarChart, { ...props, max: 1 });
		// percentRange: widths are percentages of the scale 0..1, whatever the layout.
		expect(barWidths(container)).toEqual([25, 20, 50]);
		const rows = [...container.querySelectorAll('li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
		expect(rows).toEqual(['Your shop 25 %', 'Lower quartile 20 %', 'Upper quartile 50 %', 'Not reported no value']);
	});

	it('scales to a round number above the largest value when no top is fixed', () => {
		const { container } = render(BarChart, props);
		expect(barWidths(container)).toEqual([50, 40, 100]); // scale 0..0.5
	});

	it("sets the reader's own figure apart by more than colour", () => {
		const { container } = render(BarChart, props);
		const items = container.querySelectorAll('li');
		expect(items[0]).toHaveClass('emphasis');
		expect(items[1]).not.toHaveClass('emphasis');
	});

	it('marks the reference value with a labelled line at its place on the scale', () => {
		const { container } = render(BarChart, { ...props, max: 1, reference: { value: 0.3, label: 'Median' } });
		const line = container.querySelector<HTMLElement>('.reference');
		expect(parseFloat(line?.style.left ?? '')).toBe(30);
		expect(line).toHaveTextContent('Median: 30 %');
	});

	it('is a picture named by its title, with the numbers (and the reference) in the table', async () => {
		const user = userEvent.setup();
		render(BarChart, { ...props, reference: { value: 0.3, label: 'Median' } });
		expect(screen.getByRole('img', { name: 'Repeat-purchase rate' })).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Show as table' }));
		expect(tableText(screen.getByRole('table'))).toEqual([
			['Figure', 'Rate'],
			['Your shop', '25 %'],
			['Lower quartile', '20 %'],
			['Upper quartile', '50 %'],
			['Not reported', '–no value'],
			['Median', '30 %']
		]);
	});

	it('says so when there are no figures', () => {
		const { container } = render(BarChart, { ...props, bars: [{ id: 'x', label: 'X', value: null }] });
		expect(screen.getByText('No data to show yet.')).toBeInTheDocument();
		expect(container.querySelector('.bar')).toBeNull();
	});
});
