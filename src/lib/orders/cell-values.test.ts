import { describe, expect, it } from 'vitest';
import { CELL_VALUES_MAX, CellValues, UNSEEN } from './cell-values';

describe('CellValues', () => {
	it.each([
		{ name: 'a text noted', noted: [['web', 0]], cell: 'web', value: 0 },
		{ name: 'the empty cell noted as none', noted: [['', -1]], cell: '', value: -1 },
		{ name: 'a text never noted', noted: [['web', 0]], cell: 'pos', value: UNSEEN },
		{ name: 'only the exact text', noted: [['web', 0]], cell: ' web', value: UNSEEN },
		{
			name: 'a cell cut from longer text',
			noted: [['Classic Olive Oil', 3]],
			cell: 'x,Classic Olive Oil'.slice(2),
			value: 3
		}
	] as { name: string; noted: [string, number][]; cell: string; value: number }[])(
		'$name',
		({ noted, cell, value }) => {
			const values = new CellValues();
			for (const [text, v] of noted) values.note(text, v);
			expect(values.get(cell)).toBe(value);
		}
	);

	it(`remembers at most ${CELL_VALUES_MAX} texts, and the first ones`, () => {
		const values = new CellValues();
		for (let i = 0; i <= CELL_VALUES_MAX; i++) values.note(`p${i}`, i);
		expect(values.get('p0')).toBe(0);
		expect(values.get(`p${CELL_VALUES_MAX - 1}`)).toBe(CELL_VALUES_MAX - 1);
		expect(values.get(`p${CELL_VALUES_MAX}`)).toBe(UNSEEN);
	});
});
