import { describe, expect, it } from 'vitest';
import { linePath, lineTable, lineTableBySeries, lineTargets, prepareLines, xValuesOf } from './lines';
import type { ChartSeries } from './types';

const crr: ChartSeries = {
	id: 'crr',
	label: 'CRR',
	points: [
		{ x: 'Jan', y: 0.8 },
		{ x: 'Feb', y: null },
		{ x: 'Mar', y: 0.7 },
		{ x: 'Apr', y: 0.75 }
	]
};
const churn: ChartSeries = {
	id: 'churn',
	label: 'Churn',
	points: [
		{ x: 'Jan', y: 0.2 },
		{ x: 'Mar', y: 0.3 },
		{ x: 'Apr', y: 0.25 }
	]
};

describe('xValuesOf', () => {
	it.each([
		['labels in the order they first appear', [crr, churn], 'category', ['Jan', 'Feb', 'Mar', 'Apr']],
		[
			'numbers sorted, whatever the series order',
			[
				{
					id: 'a',
					label: 'A',
					points: [
						{ x: 3, y: 1 },
						{ x: 1, y: 1 }
					]
				},
				{
					id: 'b',
					label: 'B',
					points: [
						{ x: 0, y: 1 },
						{ x: 2, y: 1 }
					]
				}
			],
			'category',
			[0, 1, 2, 3]
		],
		[
			'a linear axis drops labels',
			[
				{
					id: 'a',
					label: 'A',
					points: [
						{ x: 'Jan', y: 1 },
						{ x: 5, y: 2 }
					]
				}
			],
			'linear',
			[5]
		],
		['nothing from no series', [], 'category', []]
	] as const)('%s', (_name, series, kind, expected) => {
		expect(xValuesOf(series, kind)).toEqual(expected);
	});

	it('takes an explicit order when given', () => {
		expect(xValuesOf([crr], 'category', ['Apr', 'Jan'])).toEqual(['Apr', 'Jan']);
	});
});

describe('prepareLines', () => {
	it('splits a line at a null and keeps points a series lacks out of it', () => {
		const model = prepareLines([crr, churn], 'category');
		const [a, b] = model.series;
		expect(a.segments.map((run) => run.map((p) => p.x))).toEqual([['Jan'], ['Mar', 'Apr']]);
		// Churn has no February at all: that is not a gap, the line runs on from January.
		expect(b.segments.map((run) => run.map((p) => p.x))).toEqual([['Jan', 'Mar', 'Apr']]);
		expect(a.points.map((p) => p.pos)).toEqual([0, 2, 3]);
		expect(a.byCol).toEqual([0.8, null, 0.7, 0.75]);
		expect(b.byCol).toEqual([0.2, undefined, 0.3, 0.25]);
	});

	it('gives category axes half a step of room at each end', () => {
		expect(prepareLines([crr], 'category').xDomain).toEqual([-0.5, 3.5]);
		expect(prepareLines([{ id: 'one', label: 'One', points: [{ x: 'Q1', y: 0.5 }] }], 'category').xDomain).toEqual([
			-0.5, 0.5
		]);
	});

	it('places linear x by value and widens a single x', () => {
		const model = prepareLines(
			[
				{
					id: 'a',
					label: 'A',
					points: [
						{ x: 10, y: 1 },
						{ x: 40, y: 2 }
					]
				}
			],
			'linear'
		);
		expect(model.xDomain).toEqual([10, 40]);
		expect(model.series[0].points.map((p) => p.pos)).toEqual([10, 40]);
		expect(prepareLines([{ id: 'a', label: 'A', points: [{ x: 7, y: 1 }] }], 'linear').xDomain).toEqual([6, 8]);
	});

	it('treats NaN as a gap, never as a value', () => {
		const model = prepareLines(
			[
				{
					id: 'a',
					label: 'A',
					points: [
						{ x: 0, y: 1 },
						{ x: 1, y: Number.NaN },
						{ x: 2, y: 3 }
					]
				}
			],
			'category'
		);
		expect(model.series[0].segments).toHaveLength(2);
	});

	it.each([
		['no series', []],
		['only gaps', [{ id: 'a', label: 'A', points: [{ x: 'Jan', y: null }] }]],
		['series without points', [{ id: 'a', label: 'A', points: [] }]]
	])('is empty with %s', (_name, series) => {
		const model = prepareLines(series, 'category');
		expect(model.empty).toBe(true);
	});

	it('styles series by position, honouring a forced dash', () => {
		const model = prepareLines([crr, { ...churn, dashed: true }], 'category');
		expect(model.series[0].style.dash).toBeNull();
		expect(model.series[1].style.dash).not.toBeNull();
		expect(model.series[0].style.colour).not.toBe(model.series[1].style.colour);
	});
});

describe('lineTable', () => {
	it('has a row per x value and a column per series, with null where there is no value', () => {
		const model = prepareLines([crr, churn], 'category');
		const table = lineTable(
			model,
			'Month',
			(x) => `${x} 2024`,
			(y) => `${Math.round(y * 100)} %`
		);
		expect(table.columns).toEqual(['Month', 'CRR', 'Churn']);
		expect(table.rows.map((r) => [r.header, ...r.cells])).toEqual([
			['Jan 2024', '80 %', '20 %'],
			['Feb 2024', null, null],
			['Mar 2024', '70 %', '30 %'],
			['Apr 2024', '75 %', '25 %']
		]);
	});
});

describe('a point’s note (its basis) and uncertain mark', () => {
	// A month of a revenue curve over 4 customers is not a plain figure: its table cell says so.
	const thin: ChartSeries = {
		id: 'ltv',
		label: 'All customers',
		points: [
			{ x: 0, y: 10, note: '120 customers' },
			{ x: 1, y: 32.56, note: '4 customers, uncertain', uncertain: true }
		]
	};
	const money = (y: number) => `€${y.toFixed(2)}`;
	it('says the note after the value, in both table shapes', () => {
		const model = prepareLines([thin], 'category');
		expect(lineTable(model, 'Month', String, money).rows.map((r) => r.cells[0])).toEqual([
			'€10.00 (120 customers)',
			'€32.56 (4 customers, uncertain)'
		]);
		expect(lineTableBySeries(model, 'Group', String, money).rows[0].cells).toEqual([
			'€10.00 (120 customers)',
			'€32.56 (4 customers, uncertain)'
		]);
	});
	it('keeps the mark on the placed point', () => {
		expect(prepareLines([thin], 'category').series[0].points.map((p) => p.uncertain)).toEqual([false, true]);
	});
});

describe('lineTableBySeries', () => {
	it('has a row per series and a column per x value', () => {
		const model = prepareLines([crr, churn], 'category');
		const table = lineTableBySeries(model, 'Cohort', String, (y) => y.toFixed(2));
		expect(table.columns).toEqual(['Cohort', 'Jan', 'Feb', 'Mar', 'Apr']);
		expect(table.rows.map((r) => [r.header, ...r.cells])).toEqual([
			['CRR', '0.80', null, '0.70', '0.75'],
			['Churn', '0.20', null, '0.30', '0.25']
		]);
	});
});

describe('linePath', () => {
	it('moves to the first point and draws to the others, in scaled pixels', () => {
		const model = prepareLines([crr, churn], 'category');
		// Churn sits at Jan, Mar, Apr = positions 0, 2, 3. x: 100 px a step from 10; y: 0..1 upside down over 200 px.
		const path = linePath(
			model.series[1].segments[0],
			(pos) => 10 + pos * 100,
			(y) => 200 - y * 200
		);
		expect(path).toBe('M10,160L210,140L310,150');
	});

	it('rounds to hundredths of a pixel', () => {
		const model = prepareLines([{ id: 'a', label: 'A', points: [{ x: 0, y: 1 / 3 }] }], 'category');
		expect(
			linePath(
				model.series[0].points,
				(pos) => pos,
				(y) => y
			)
		).toBe('M0,0.33');
	});
});

describe('lineTargets', () => {
	it('has a target per value (none for gaps), placed in scale units, on a grid of series × x', () => {
		const model = prepareLines([crr, churn], 'category');
		const targets = lineTargets(model, (s, p) => `${s.label} ${p.x} ${p.y}`);
		expect(targets.map((t) => [t.key, t.row, t.col, t.xv, t.yv, t.label])).toEqual([
			['crr:0', 0, 0, 0, 0.8, 'CRR Jan 0.8'],
			['crr:2', 0, 2, 2, 0.7, 'CRR Mar 0.7'],
			['crr:3', 0, 3, 3, 0.75, 'CRR Apr 0.75'],
			['churn:0', 1, 0, 0, 0.2, 'Churn Jan 0.2'],
			['churn:2', 1, 2, 2, 0.3, 'Churn Mar 0.3'],
			['churn:3', 1, 3, 3, 0.25, 'Churn Apr 0.25']
		]);
	});
});
