import { describe, expect, it } from 'vitest';
import { SEQUENTIAL_RAMP } from './colour';
import { colourDomain, heatmapModel, heatmapTable, type HeatmapRow } from './heatmap';

// A cohort triangle: the newer the cohort, the fewer months observed.
const rows: HeatmapRow[] = [
	{ id: 'jan', label: 'Jan 2024', detail: '120', values: [1, 0.25, 0.1] },
	{ id: 'feb', label: 'Feb 2024', detail: '80', values: [1, 0.5, null] },
	{ id: 'mar', label: 'Mar 2024', values: [1, null, null] }
];

describe('colourDomain', () => {
	it.each([
		['0 to the largest value', rows, undefined, [0, 1]],
		['a chosen top', rows, [null, 0.5], [0, 0.5]],
		['negatives extend it down', [{ id: 'a', label: 'A', values: [-2, 3] }], undefined, [-2, 3]],
		['nothing observed', [{ id: 'a', label: 'A', values: [null] }], undefined, [0, 1]],
		['all zero', [{ id: 'a', label: 'A', values: [0, 0] }], undefined, [0, 1]],
		['a reversed override is ignored', rows, [1, 0], [0, 1]]
	] as const)('%s', (_name, input, override, expected) => {
		expect(colourDomain(input, override)).toEqual(expected);
	});
});

describe('heatmapModel', () => {
	it('has one cell per observed value and none for the unobserved ones', () => {
		const model = heatmapModel(rows, 3);
		expect(model.cells.map((c) => [c.row, c.col])).toEqual([
			[0, 0],
			[0, 1],
			[0, 2],
			[1, 0],
			[1, 1],
			[2, 0]
		]);
		expect(model.empty).toBe(false);
	});

	it('colours by value: the ends of the domain take the ends of the ramp', () => {
		const model = heatmapModel([{ id: 'a', label: 'A', values: [0, 1, 2] }], 3, [0, 1]);
		expect(model.cells.map((c) => c.fill)).toEqual([
			SEQUENTIAL_RAMP[0],
			SEQUENTIAL_RAMP[SEQUENTIAL_RAMP.length - 1],
			SEQUENTIAL_RAMP[SEQUENTIAL_RAMP.length - 1] // above the domain: clamped
		]);
		// Light cells take black text, the darkest white.
		expect(model.cells.map((c) => c.ink)).toEqual(['#000000', '#ffffff', '#ffffff']);
	});

	it('keeps to the number of columns it is told', () => {
		expect(heatmapModel(rows, 1).cells).toHaveLength(3);
		expect(heatmapModel(rows, 0).empty).toBe(true);
	});

	it('is empty with no rows or nothing observed', () => {
		expect(heatmapModel([], 5).empty).toBe(true);
		expect(heatmapModel([{ id: 'a', label: 'A', values: [null, Number.NaN] }], 2).empty).toBe(true);
	});
});

describe('heatmapTable', () => {
	const pct = (v: number) => `${Math.round(v * 100)} %`;

	it('has a row per cohort with its detail, and null where nothing is observed', () => {
		const table = heatmapTable(rows, ['0', '1', '2'], { row: 'Cohort', detail: 'Customers' }, pct);
		expect(table.columns).toEqual(['Cohort', 'Customers', '0', '1', '2']);
		expect(table.rows.map((r) => [r.header, ...r.cells])).toEqual([
			['Jan 2024', '120', '100 %', '25 %', '10 %'],
			['Feb 2024', '80', '100 %', '50 %', null],
			['Mar 2024', null, '100 %', null, null]
		]);
	});

	it('leaves the detail column out when no header is given', () => {
		const table = heatmapTable(rows.slice(0, 1), ['0'], { row: 'Cohort' }, pct);
		expect(table.columns).toEqual(['Cohort', '0']);
		expect(table.rows[0].cells).toEqual(['100 %']);
	});
});
