import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import CurveChart from './CurveChart.svelte';
import { EMPHASIS_COLOUR, MUTED_COLOUR } from './series-style';
import { attributeValues, installResizeObserverStub, targetsBuilt, tableText } from './test-support';
import type { ChartSeries } from './types';

beforeAll(installResizeObserverStub);

const euro = (v: number) => `€${v.toFixed(0)}`;
/** Three cohorts, observed for 3, 2 and 1 months: a triangle. */
const cohorts: ChartSeries[] = [
	{
		id: 'jan',
		label: 'Jan',
		points: [
			{ x: 0, y: 40 },
			{ x: 1, y: 55 },
			{ x: 2, y: 62 }
		]
	},
	{
		id: 'feb',
		label: 'Feb',
		points: [
			{ x: 0, y: 35 },
			{ x: 1, y: 50 }
		]
	},
	{ id: 'mar', label: 'Mar', points: [{ x: 0, y: 45 }] }
];
const props = {
	title: 'Revenue per customer',
	series: cohorts,
	seriesHeader: 'Cohort',
	xLongFormat: (m: string | number) => `month ${m}`,
	yFormat: euro
};

const strokeOf = (container: HTMLElement, id: string) =>
	container.querySelector(`[data-series="${id}"] path.line`)?.getAttribute('stroke');

describe('CurveChart', () => {
	it('draws a grey curve per cohort with more than one month, and a point per value', async () => {
		const { container } = render(CurveChart, props);
		await targetsBuilt();
		const lines = container.querySelectorAll('path.line');
		expect(lines).toHaveLength(2); // March has one month: a marker, not a line
		expect([...lines].map((l) => l.getAttribute('stroke'))).toEqual([MUTED_COLOUR, MUTED_COLOUR]);
		expect(screen.getAllByRole('button', { name: /month \d/ })).toHaveLength(6);
		expect(attributeValues(container).join(' ')).not.toMatch(/NaN|Infinity/);
	});

	it('emphasises the cohort picked in the highlight list', async () => {
		const user = userEvent.setup();
		const { container } = render(CurveChart, props);
		await user.selectOptions(screen.getByRole('combobox', { name: 'Highlight' }), 'Feb');
		expect(strokeOf(container, 'feb')).toBe(EMPHASIS_COLOUR);
		expect(strokeOf(container, 'jan')).toBe(MUTED_COLOUR);
		// Drawn last, so on top of the others.
		expect(container.querySelector('.series-lines > g:last-child')).toHaveAttribute('data-series', 'feb');
		await user.selectOptions(screen.getByRole('combobox', { name: 'Highlight' }), 'None');
		expect(strokeOf(container, 'feb')).toBe(MUTED_COLOUR);
	});

	it('emphasises the cohort of the point with keyboard focus, and picks it with Enter', async () => {
		const user = userEvent.setup();
		const { container } = render(CurveChart, props);
		await targetsBuilt();
		await user.tab(); // the highlight list
		await user.tab(); // the first point
		expect(document.activeElement).toHaveAccessibleName('Jan, month 0: €40');
		expect(strokeOf(container, 'jan')).toBe(EMPHASIS_COLOUR);
		await user.keyboard('{ArrowDown}');
		expect(document.activeElement).toHaveAccessibleName('Feb, month 0: €35');
		expect(strokeOf(container, 'feb')).toBe(EMPHASIS_COLOUR);
		expect(strokeOf(container, 'jan')).toBe(MUTED_COLOUR);
		await user.keyboard('{Enter}');
		expect(screen.getByRole('combobox', { name: 'Highlight' })).toHaveDisplayValue('Feb');
	});

	it('tabulates one row per cohort and a column per month', async () => {
		const user = userEvent.setup();
		render(CurveChart, props);
		await user.click(screen.getByRole('button', { name: 'Show as table' }));
		expect(tableText(screen.getByRole('table'))).toEqual([
			['Cohort', '0', '1', '2'],
			['Jan', '€40', '€55', '€62'],
			['Feb', '€35', '€50', '–no value'],
			['Mar', '€45', '–no value', '–no value']
		]);
	});

	it('says so when there is nothing to draw', () => {
		render(CurveChart, { ...props, series: [] });
		expect(screen.getByText('No data to show yet.')).toBeInTheDocument();
	});
});
