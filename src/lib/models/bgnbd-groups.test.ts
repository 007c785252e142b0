import { describe, expect, it } from 'vitest';
import { groupCustomers } from './bgnbd-groups';

/** The groups as (x, t_x, T, weight) in group order, and each row's group. */
function shape(groups: ReturnType<typeof groupCustomers>) {
	return {
		groups: Array.from({ length: groups.count }, (_, g) => [
			groups.x[g],
			groups.tx[g],
			groups.T[g],
			groups.weight[g]
		]),
		rowGroup: Array.from(groups.rowGroup),
		xValues: Array.from(groups.xValues),
		timeValues: Array.from(groups.timeValues)
	};
}

const rows = (data: number[][]) => ({
	count: data.length,
	x: Float64Array.from(data, (r) => r[0]),
	tx: Float64Array.from(data, (r) => r[1]),
	T: Float64Array.from(data, (r) => r[2])
});

describe('groupCustomers', () => {
	// Times in weeks from whole days (the table path) mixed with times that are not (the hash path):
	// the numbering is by first appearance either way, the same as without a unit.
	const cases: { name: string; data: number[][]; groups: number; times: number }[] = [
		{
			name: 'weeks from days',
			data: [
				[0, 0, 3 / 7],
				[2, 1 / 7, 3 / 7],
				[0, 0, 3 / 7],
				[2, 1 / 7, 3 / 7],
				[1, 2 / 7, 2 / 7]
			],
			groups: 3,
			times: 4
		},
		{
			name: 'times off the day grid',
			data: [
				[1, 0.1, 0.3],
				[1, 1 / 7, 0.3],
				[1, 0.1, 0.3],
				[0, 0, 1e9]
			],
			groups: 3,
			times: 5
		},
		{
			name: 'fractional x',
			data: [
				[1.5, 1, 2],
				[0, 0, 2],
				[1.5, 1, 2],
				[3, 1, 2]
			],
			groups: 3,
			times: 3
		},
		{
			name: 'minus zero',
			data: [
				[0, -0, 1],
				[0, 0, 1],
				[1, 1, 1]
			],
			groups: 2,
			times: 2
		}
	];
	for (const { name, data, groups, times } of cases) {
		it(name, () => {
			const plain = groupCustomers(rows(data));
			const weeks = groupCustomers({ ...rows(data), unit: 'week' });
			expect(shape(weeks)).toEqual(shape(plain));
			expect(plain.count).toBe(groups);
			expect(plain.timeValues.length).toBe(times);
			let total = 0;
			for (let g = 0; g < plain.count; g++) total += plain.weight[g];
			expect(total).toBe(data.length);
			for (let i = 0; i < data.length; i++) {
				const g = plain.rowGroup[i];
				expect([plain.x[g], plain.tx[g], plain.T[g]].map((v) => v + 0)).toEqual(
					[data[i][0], data[i][1], data[i][2]].map((v) => v + 0)
				);
			}
		});
	}

	it('numbers many groups (the hash grows) in order of first appearance', () => {
		const data: number[][] = [];
		for (let i = 0; i < 5000; i++)
			data.push([i % 50, i % 50 === 0 ? 0 : (i % 50) / 7, (i % 50) / 7 + (i % 97) / 7 + 1]);
		const groups = groupCustomers({ ...rows(data), unit: 'week' });
		expect(shape(groups)).toEqual(shape(groupCustomers(rows(data))));
		let next = 0;
		for (let i = 0; i < data.length; i++) {
			if (groups.rowGroup[i] === next) next++;
			else expect(groups.rowGroup[i]).toBeLessThan(next);
		}
		expect(next).toBe(groups.count);
		expect(groups.count).toBe(50 * 97);
	});
});
