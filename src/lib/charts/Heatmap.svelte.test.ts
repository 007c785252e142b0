import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEQUENTIAL_RAMP } from './colour';
import Heatmap from './Heatmap.svelte';
import type { HeatmapRow } from './heatmap';
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

	it('keeps the row labels beside the scrolling cells and the picture named by the title', async () => {
		const { container } = render(Heatmap, props);
		await layersDrawn();
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

	// 24 monthly cohorts, each observed up to now: a triangle of 300 cells, built 200 per idle period
	// (rows 0–9 and 5 cells of row 10 in the first).
	const triangle: HeatmapRow[] = Array.from({ length: 24 }, (_, r) => ({
		id: `c${r}`,
		label: `Cohort ${r}`,
		values: Array.from({ length: 24 }, (_, m) => (m < 24 - r ? 1 - m / 50 : null))
	}));
	const big = { ...props, rows: triangle, columns: Array.from({ length: 24 }, (_, m) => String(m)) };
	const cellGroup = () => screen.getByRole('group', { name: /Cohort activity: data points/ });
	const cellButtons = () => within(cellGroup()).getAllByRole('button');

	it('is reached by Tab before the page is quiet', async () => {
		const user = userEvent.setup();
		await holdIdleWork();
		render(Heatmap, big);
		await layersDrawn();
		expect(cellButtons()).toHaveLength(1);
		await user.tab();
		expect(document.activeElement).toHaveAccessibleName('Cohort 0, month 0: 100 %');
		expect(cellButtons()).toHaveLength(300);
	});

	it(
		'moves over every cell of a partly built heatmap, as of a fully built one',
		async () => {
			const keys = [
				'{End}',
				'{Home}',
				...Array<string>(11).fill('{ArrowDown}'),
				'{ArrowUp}',
				'{End}',
				'{ArrowUp}',
				'{ArrowRight}'
			];
			const walk = (partly: boolean) =>
				walkChartBuilt(
					partly,
					() => ({ unmount: render(Heatmap, big).unmount, group: cellGroup }),
					keys,
					(partly) => expect(cellButtons()).toHaveLength(partly ? 200 : 300)
				);
			const partly = await walk(true);
			expect(partly).toEqual([
				'Cohort 0, month 23: 54 %',
				'Cohort 0, month 0: 100 %',
				...Array.from({ length: 11 }, (_, r) => `Cohort ${r + 1}, month 0: 100 %`),
				'Cohort 10, month 0: 100 %',
				'Cohort 10, month 13: 74 %',
				'Cohort 9, month 13: 74 %',
				'Cohort 9, month 14: 72 %'
			]);
			expect(partly).toEqual(await walk(false));
		},
		WALK_TIMEOUT_MS
	);

	it('builds every cell on a key, even one pressed before focus came', async () => {
		await holdIdleWork();
		render(Heatmap, big);
		await layersDrawn();
		const [first] = cellButtons();
		await fireEvent.keyDown(first, { key: 'ArrowDown' });
		expect(cellButtons()).toHaveLength(300);
		await fireEvent.keyDown(document.activeElement!, { key: 'End' });
		expect(document.activeElement).toHaveAccessibleName('Cohort 1, month 22: 56 %');
	});

	it('builds every cell when the pointer comes', async () => {
		await holdIdleWork();
		render(Heatmap, big);
		await layersDrawn();
		expect(cellButtons()).toHaveLength(1);
		await fireEvent.pointerEnter(cellGroup());
		expect(cellButtons()).toHaveLength(300);
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

	it('names each cell once, not again on every move of the keyboard focus', async () => {
		let formatted = 0;
		const format = (v: number) => (formatted++, pct(v));
		const user = userEvent.setup();
		render(Heatmap, { ...big, format });
		await targetsBuilt();
		const built = formatted;
		await user.tab();
		for (let i = 0; i < 10; i++) await user.keyboard('{ArrowRight}');
		// At most the tooltip's text per move (the names are made as the targets are built).
		expect(built).toBeGreaterThanOrEqual(300);
		expect(formatted - built).toBeLessThanOrEqual(11);
	});

	it('says so when no cohort has been observed', () => {
		render(Heatmap, { ...props, rows: [] });
		expect(screen.getByText('No data to show yet.')).toBeInTheDocument();
	});
});
