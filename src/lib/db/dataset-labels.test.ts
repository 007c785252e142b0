import { describe, expect, it } from 'vitest';
import { datasetLabels, labelOf } from './dataset-labels';

const numbered = (name: string, n: number) => `${name} (${n})`;
const d = (id: number, name: string, createdAt = id) => ({ id, name, createdAt });

describe('the labels data sets are chosen by', () => {
	it.each([
		{ why: 'names all different: the names', datasets: [d(1, 'a'), d(2, 'b')], labels: ['a', 'b'] },
		{
			why: 'the same file imported twice (QA): the later one numbered',
			datasets: [d(1, 'a_shopify_uk'), d(2, 'd_generic_us'), d(3, 'a_shopify_uk')],
			labels: ['a_shopify_uk', 'd_generic_us', 'a_shopify_uk (2)']
		},
		{
			why: 'numbered in the order imported, not the order listed (newest first)',
			datasets: [d(3, 'x', 300), d(2, 'x', 200), d(1, 'x', 100)],
			labels: ['x (3)', 'x (2)', 'x']
		},
		{
			why: 'imported in the same millisecond (a restored backup): by id',
			datasets: [d(5, 'x', 100), d(4, 'x', 100)],
			labels: ['x (2)', 'x']
		},
		{
			why: 'a number that would give another data set’s name is skipped',
			datasets: [d(1, 'x'), d(2, 'x (2)'), d(3, 'x')],
			labels: ['x', 'x (2)', 'x (3)']
		},
		{
			why: 'three of one name beside one named as the second would be',
			datasets: [d(1, 'x'), d(2, 'x'), d(3, 'x'), d(4, 'x (3)')],
			labels: ['x', 'x (2)', 'x (4)', 'x (3)']
		},
		{
			why: 'names differing in case only are different names',
			datasets: [d(1, 'A'), d(2, 'a')],
			labels: ['A', 'a']
		}
	])('$why', ({ datasets, labels }) => {
		const shown = datasetLabels(datasets, numbered);
		expect(datasets.map((x) => shown.get(x.id))).toEqual(labels);
		expect(new Set(shown.values()).size).toBe(datasets.length);
	});

	it('gives the name of a data set it has no label of (one stored since)', () => {
		expect(labelOf(new Map([[1, 'x (2)']]), 1, 'x')).toBe('x (2)');
		expect(labelOf(new Map(), 7, 'y')).toBe('y');
		expect(labelOf(new Map(), undefined, 'y')).toBe('y');
	});
});
