import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import LineChart from './LineChart.svelte';
import { idleWorkPending } from './idle';
import {
	layersDrawn,
	attributeValues,
	WALK_TIMEOUT_MS,
	walkChartBuilt,
	holdIdleWork,
	installResizeObserverStub,
	targetsBuilt,
	tableText
} from './test-support';
import type { ChartSeries } from './types';

beforeAll(installResizeObserverStub);

const pct = (v: number) => `${Math.round(v * 100)} %`;
const series: ChartSeries[] = [
	{
		id: 'crr',
		label: 'CRR',
		points: [
			{ x: 'Jan', y: 0.8 },
			{ x: 'Feb', y: null },
			{ x: 'Mar', y: 0.7 },
			{ x: 'Apr', y: 0.75 }
		]
	},
	{
		id: 'churn',
		label: 'Churn',
		points: [
			{ x: 'Jan', y: 0.2 },
			{ x: 'Feb', y: null },
			{ x: 'Mar', y: 0.3 },
			{ x: 'Apr', y: 0.25 }
		]
	}
];
const props = { title: 'Retention by month', description: 'CRR and churn per month.', xHeader: 'Month', yFormat: pct };

describe('LineChart', () => {
	it('draws a line per unbroken run, a marker per value and a focusable point per value', async () => {
		const { container } = render(LineChart, { ...props, series });
		await targetsBuilt();
		// Each series: Jan alone (marker only), then Mar–Apr as a line.
		expect(container.querySelectorAll('path.line')).toHaveLength(2);
		expect(container.querySelectorAll('path.marker')).toHaveLength(6);
		const group = screen.getByRole('group', { name: /Retention by month: data points/ });
		expect(within(group).getAllByRole('button')).toHaveLength(6);
		expect(screen.getByRole('button', { name: 'CRR, Mar: 70 %' })).toBeInTheDocument();
		expect(attributeValues(container).join(' ')).not.toMatch(/NaN|Infinity/);
	});

	it('builds its points once the page is quiet, or at once when the pointer comes first', async () => {
		await holdIdleWork();
		render(LineChart, { ...props, series });
		await layersDrawn();
		const group = screen.getByRole('group', { name: /Retention by month: data points/ });
		// Only the Tab stop is there before the page is quiet.
		expect(within(group).getAllByRole('button')).toHaveLength(1);
		await fireEvent.pointerEnter(group);
		expect(within(group).getAllByRole('button')).toHaveLength(6);
		expect(idleWorkPending()).toBe(0);
		await targetsBuilt();
		expect(within(group).getAllByRole('button')).toHaveLength(6);
	});

	it('is reached by Tab before the page is quiet, and builds its points for the keyboard at once', async () => {
		const user = userEvent.setup();
		await holdIdleWork();
		render(LineChart, { ...props, series });
		await layersDrawn();
		const group = screen.getByRole('group', { name: /Retention by month: data points/ });
		const [stop] = within(group).getAllByRole('button');
		expect(stop).toHaveAccessibleName('CRR, Jan: 80 %');
		expect(stop).toHaveAttribute('tabindex', '0');
		await user.tab();
		expect(document.activeElement).toBe(stop);
		// Focus built every point, without waiting for an idle period.
		expect(within(group).getAllByRole('button')).toHaveLength(6);
		expect(idleWorkPending()).toBe(0);
		await user.keyboard('{ArrowDown}');
		expect(document.activeElement).toHaveAccessibleName('Churn, Jan: 20 %');
		await user.keyboard('{End}');
		expect(document.activeElement).toHaveAccessibleName('Churn, Apr: 25 %');
		await user.tab();
		expect(document.activeElement).toHaveTextContent('Show as table');
	});

	it(
		'moves over every point of a partly built chart, as of a fully built one',
		async () => {
			const long: ChartSeries[] = [
				{ id: 'crr', label: 'CRR', points: Array.from({ length: 250 }, (_, i) => ({ x: `P${i}`, y: 0.5 })) },
				{
					id: 'churn',
					label: 'Churn',
					points: Array.from({ length: 250 }, (_, i) => ({ x: `P${i}`, y: 0.25 }))
				}
			];
			const keys = ['{End}', '{ArrowLeft}', '{ArrowRight}', '{ArrowRight}', '{ArrowDown}', '{Home}', '{End}'];
			const group = () => screen.getByRole('group', { name: /Retention by month: data points/ });
			const walk = (partly: boolean) =>
				walkChartBuilt(
					partly,
					() => ({ unmount: render(LineChart, { ...props, series: long }).unmount, group }),
					keys,
					(partly) => {
						if (partly) expect(within(group()).getAllByRole('button')).toHaveLength(200);
					}
				);
			const partly = await walk(true);
			expect(partly).toEqual([
				'CRR, P249: 50 %',
				'CRR, P248: 50 %',
				'CRR, P249: 50 %',
				'CRR, P249: 50 %',
				'Churn, P249: 25 %',
				'Churn, P0: 25 %',
				'Churn, P249: 25 %'
			]);
			expect(partly).toEqual(await walk(false));
		},
		WALK_TIMEOUT_MS
	);

	it('builds the points of a large chart a batch per quiet moment', async () => {
		const many: ChartSeries[] = [
			{
				id: 'crr',
				label: 'CRR',
				points: Array.from({ length: 250 }, (_, i) => ({ x: `P${i}`, y: (i % 10) / 10 }))
			}
		];
		render(LineChart, { ...props, series: many });
		await layersDrawn();
		const group = screen.getByRole('group', { name: /Retention by month: data points/ });
		await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
		await tick();
		expect(within(group).getAllByRole('button')).toHaveLength(200);
		await targetsBuilt();
		expect(within(group).getAllByRole('button')).toHaveLength(250);
	});

	it('names the picture by the title and description', async () => {
		render(LineChart, { ...props, series });
		await layersDrawn();
		const img = screen.getByRole('img', { name: 'Retention by month' });
		expect(img).toHaveAccessibleDescription('CRR and churn per month.');
	});

	it('has a legend naming each series', () => {
		render(LineChart, { ...props, series });
		const legend = screen.getByRole('list', { name: 'Legend' });
		expect(
			within(legend)
				.getAllByRole('listitem')
				.map((li) => li.textContent?.trim())
		).toEqual(['CRR', 'Churn']);
	});

	it('moves between points with the arrow keys, from a single Tab stop', async () => {
		const user = userEvent.setup();
		render(LineChart, { ...props, series });
		await targetsBuilt();
		await user.tab();
		expect(document.activeElement).toHaveAccessibleName('CRR, Jan: 80 %');
		await user.keyboard('{ArrowRight}');
		expect(document.activeElement).toHaveAccessibleName('CRR, Mar: 70 %'); // February is a gap
		await user.keyboard('{ArrowDown}');
		expect(document.activeElement).toHaveAccessibleName('Churn, Mar: 30 %');
		// The tooltip shows the month with both values.
		expect(document.querySelector('.tooltip')).toHaveTextContent(/Mar\s*CRR: 70 %\s*Churn: 30 %/);
		await user.keyboard('{Escape}');
		expect(document.querySelector('.tooltip')).toBeNull();
		// Only one point is in the Tab order, so Tab leaves the chart.
		await user.tab();
		expect(document.activeElement).toHaveTextContent('Show as table');
	});

	it('shows the same numbers as a table', async () => {
		const user = userEvent.setup();
		render(LineChart, { ...props, series });
		await user.click(screen.getByRole('button', { name: 'Show as table' }));
		const table = screen.getByRole('table', { name: 'Retention by month' });
		expect(tableText(table)).toEqual([
			['Month', 'CRR', 'Churn'],
			['Jan', '80 %', '20 %'],
			['Feb', '–no value', '–no value'], // a dash on screen, "no value" to a screen reader
			['Mar', '70 %', '30 %'],
			['Apr', '75 %', '25 %']
		]);
	});

	it('says there is nothing to show instead of drawing an empty chart', () => {
		const { container } = render(LineChart, {
			...props,
			series: [{ id: 'crr', label: 'CRR', points: [{ x: 'Jan', y: null }] }]
		});
		expect(screen.getByText('No data to show yet.')).toBeInTheDocument();
		expect(container.querySelector('svg')).toBeNull();
		expect(screen.queryByRole('button', { name: 'Show as table' })).toBeNull();
	});

	it('says each point’s note and draws an uncertain point with a hollow marker, even without markers', async () => {
		const xs = Array.from({ length: 50 }, (_, k) => k);
		const noted: ChartSeries[] = [
			{
				id: 'ltv',
				label: 'All',
				points: xs.map((x) => ({
					x,
					y: x,
					note: x >= 48 ? `${50 - x} customers, uncertain` : '100 customers',
					uncertain: x >= 48
				}))
			}
		];
		const { container } = render(LineChart, { ...props, series: noted, yFormat: String });
		await targetsBuilt();
		// 50 x values: more than markersUpTo (40), so only the two uncertain points get one, hollow.
		const marks = container.querySelectorAll('path.marker');
		expect(marks).toHaveLength(2);
		for (const mark of marks) expect(mark.classList.contains('uncertain')).toBe(true);
		expect(screen.getByRole('button', { name: 'All, 49: 49 (1 customers, uncertain)' })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'All, 3: 3 (100 customers)' })).toBeInTheDocument();
	});

	it('draws a single point as a marker', async () => {
		const { container } = render(LineChart, {
			...props,
			series: [{ id: 'crr', label: 'CRR', points: [{ x: 'Q1', y: 0.5 }] }]
		});
		await layersDrawn();
		expect(container.querySelectorAll('path.line')).toHaveLength(0);
		expect(container.querySelectorAll('path.marker')).toHaveLength(1);
		expect(screen.queryByRole('list', { name: 'Legend' })).toBeNull(); // one series needs no key
	});

	it('brings a highlighted series forward by fading the others', async () => {
		const { container } = render(LineChart, { ...props, series, highlight: 'churn' });
		await layersDrawn();
		expect(container.querySelector('[data-series="crr"]')).toHaveAttribute('opacity', '0.35');
		expect(container.querySelector('[data-series="churn"]')).toHaveAttribute('opacity', '1');
	});

	it('dashes a series the caller marks as a prediction', async () => {
		const { container } = render(LineChart, {
			...props,
			series: [series[0], { ...series[1], id: 'predicted', dashed: true }]
		});
		await layersDrawn();
		expect(container.querySelector('[data-series="crr"] path.line')).not.toHaveAttribute('stroke-dasharray');
		expect(container.querySelector('[data-series="predicted"] path.line')).toHaveAttribute('stroke-dasharray');
	});

	it('places numeric x in proportion on a linear axis, with round ticks', async () => {
		const { container } = render(LineChart, {
			...props,
			xKind: 'linear',
			xLongFormat: (x: string | number) => `day ${x}`,
			series: [
				{
					id: 'a',
					label: 'A',
					points: [
						{ x: 0, y: 0.1 },
						{ x: 10, y: 0.2 },
						{ x: 40, y: 0.3 }
					]
				}
			]
		});
		await targetsBuilt();
		expect(screen.getAllByRole('button', { name: /^A, day \d+: \d+ %$/ })).toHaveLength(3);
		const ticks = [...container.querySelectorAll('.axis-x text')].map((t) => Number(t.textContent));
		// Two ticks fit the 100 px jsdom default: 0..40 in about two steps of 20.
		expect(ticks).toEqual([0, 20, 40]);
	});

	// QA 64: months since the first order over a short range were ticked 0, 0.2, 0.4 … 2.
	it.each([
		{ xs: [0, 1], ticks: [0, 1] },
		{ xs: [0, 0.5, 1], ticks: [0, 0.5, 1] }
	])('ticks whole numbers only where every x is whole: $xs', async ({ xs, ticks }) => {
		const { container } = render(LineChart, {
			...props,
			xKind: 'linear',
			xLongFormat: (x: string | number) => `month ${x}`,
			series: [{ id: 'a', label: 'A', points: xs.map((x, i) => ({ x, y: 0.1 * (i + 1) })) }]
		});
		await targetsBuilt();
		// (About two ticks fit the 100 px jsdom default: 0..1 in steps of 0.5.)
		const shown = [...container.querySelectorAll('.axis-x text')].map((t) => Number(t.textContent));
		expect(shown).toEqual(ticks);
	});
});
