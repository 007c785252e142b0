import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEQUENTIAL_RAMP } from './colour';
import Heatmap from './Heatmap.svelte';
import type { HeatmapRow } from './heatmap';
import { attributeValues, installResizeObserverStub, targetsBuilt, tableText } from './test-support';

beforeAll(installResizeObserverStub);

const pct = (v: number) => `${Math.round(v * 100)} %`;
const rows: HeatmapRow[] = [
	{ id: 'jan', label: 'Jan 2024', detail: '120', values: [1, 0.25, 0.1] },
	{ id: 'feb', label: 'Feb 2024', detail: '80', values: [1, 0.5, null] },
	{ id: 'mar', label: 'Mar 2024', detail: '95', values: [1, null, null] }
];
const props = {
	title: 'Cohort activity',
	rows,
	columns: ['0', '1', '2'],
	columnTitle: 'Months since first purchase',
	columnLongFormat: (i: number) => `month ${i}`,
	rowHeader: 'Cohort',
	detailHeader: 'Customers',
	format: pct
};

describe('Heatmap', () => {
	it('draws a cell for each observed value and none for the months not yet observed', async () => {
		const { container } = render(Heatmap, props);
		await targetsBuilt();
		const cells = container.querySelectorAll('rect.cell');
		expect(cells).toHaveLength(6);
		expect(screen.getAllByRole('button', { name: /Jan 2024|Feb 2024|Mar 2024/ })).toHaveLength(6);
		// Full cohorts (100 %) take the darkest colour of the ramp.
		expect(cells[0].getAttribute('fill')).toBe(SEQUENTIAL_RAMP[SEQUENTIAL_RAMP.length - 1]);
		expect(attributeValues(container).join(' ')).not.toMatch(/NaN|Infinity/);
	});

	it('keeps the row labels beside the scrolling cells and the picture named by the title', () => {
		const { container } = render(Heatmap, props);
		expect(container.querySelector('.scroller .labels')?.textContent).toMatch(/Jan 2024\s*120/);
		expect(screen.getByRole('img', { name: 'Cohort activity' })).toBeInTheDocument();
	});

	it('moves through the cohort triangle with the arrow keys', async () => {
		const user = userEvent.setup();
		render(Heatmap, props);
		await targetsBuilt();
		await user.tab();
		expect(document.activeElement).toHaveAccessibleName('Jan 2024, month 0: 100 %');
		await user.keyboard('{End}');
		expect(document.activeElement).toHaveAccessibleName('Jan 2024, month 2: 10 %');
		await user.keyboard('{ArrowDown}'); // Feb has no month 2 yet: nearest is month 1
		expect(document.activeElement).toHaveAccessibleName('Feb 2024, month 1: 50 %');
		expect(document.querySelector('.tooltip')).toHaveTextContent('Feb 2024, month 1: 50 %');
	});

	it('explains the colours and the blank cells', () => {
		render(Heatmap, { ...props, domain: [0, 0.5] });
		expect(screen.getByText('Colour scale:').parentElement).toHaveTextContent('Colour scale: 0 % 50 %');
		expect(screen.getByText('Not observed yet')).toBeInTheDocument();
	});

	it('tabulates the cohorts with their sizes', async () => {
		const user = userEvent.setup();
		render(Heatmap, props);
		await user.click(screen.getByRole('button', { name: 'Show as table' }));
		expect(tableText(screen.getByRole('table'))).toEqual([
			['Cohort', 'Customers', '0', '1', '2'],
			['Jan 2024', '120', '100 %', '25 %', '10 %'],
			['Feb 2024', '80', '100 %', '50 %', '–no value'],
			['Mar 2024', '95', '100 %', '–no value', '–no value']
		]);
	});

	it('says so when no cohort has been observed', () => {
		render(Heatmap, { ...props, rows: [] });
		expect(screen.getByText('No data to show yet.')).toBeInTheDocument();
	});
});
