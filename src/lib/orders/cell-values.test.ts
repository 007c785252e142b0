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

	it(`remembers at most ${CELL_VALUES_MAX} texts, the first ones it can place`, () => {
		const values = new CellValues();
		const texts = Array.from({ length: CELL_VALUES_MAX + 1000 }, (_, i) => `p${i}`);
		texts.forEach((text, i) => values.note(text, i));
		const found = texts.filter((text, i) => values.get(text) === i);
		expect(found.length).toBeLessThanOrEqual(CELL_VALUES_MAX);
		expect(found.length).toBeGreaterThan(CELL_VALUES_MAX * 0.99);
		expect(values.get('p0')).toBe(0);
		expect(values.get(texts.at(-1)!)).toBe(UNSEEN);
	});

	it('finds every one of many texts alike but for a few characters (codes, numbered names, sizes)', () => {
		const sets = [
			Array.from({ length: 4000 }, (_, i) => `SKU-${String(i).padStart(6, '0')}`),
			Array.from({ length: 4000 }, (_, i) => `Product ${i + 1}`),
			Array.from({ length: 4000 }, (_, i) => `Product ${i + 1} Mug`),
			Array.from({ length: 4000 }, (_, i) => `Stoneware Breakfast Set ${i} - Speckled Glaze, Gift Box`),
			['Linen Shirt', 'Wool Scarf', 'Canvas Tote', 'Olive Oil 1 l'].flatMap((name) =>
				['XS', 'S', 'M', 'L', 'XL'].map((size) => `${name} - ${size}`)
			)
		];
		for (const texts of sets) {
			const values = new CellValues();
			texts.forEach((text, i) => values.note(text, i));
			// Looked up as cells cut from a row, not as the strings noted.
			const found = texts.filter((text, i) => values.get(`,${text},`.slice(1, -1)) === i).length;
			expect(found / texts.length).toBeGreaterThanOrEqual(0.99);
		}
	});

	it('never gives a text the value of another alike in the characters its slot is placed by', () => {
		// Long notes differ only in their first seven characters, all but one of which the slot of a
		// 200-character text skips (it reads every fourth from the end), so all share one slot.
		const tail = 'x'.repeat(193);
		const texts = Array.from({ length: 4096 }, (_, i) => {
			const digits = String(i).padStart(6, '0');
			return `${digits.slice(0, 3)}-${digits.slice(3)}${tail}`;
		});
		const values = new CellValues();
		texts.forEach((text, i) => values.note(text, i));
		const looked = texts.map((text) => values.get(`${text} `.slice(0, -1)));
		expect(looked.every((value, i) => value === i || value === UNSEEN)).toBe(true);
		expect(looked.filter((value) => value !== UNSEEN).length).toBeGreaterThan(0);
		expect(looked.filter((value) => value === UNSEEN).length).toBeGreaterThan(0);
		expect(values.get(`999-999${tail}`)).toBe(UNSEEN);
	});

	it('tells apart texts of one and two characters, and the empty text', () => {
		const values = new CellValues();
		const texts = ['', 'a', 'b', 'ab', 'ba', 'aa', 'A'];
		texts.forEach((text, i) => values.note(text, i - 1));
		expect(texts.map((text) => values.get(text))).toEqual(texts.map((_, i) => i - 1));
		expect(values.get('bb')).toBe(UNSEEN);
	});

	it('keeps the first value noted for a text', () => {
		const values = new CellValues();
		values.note('web', 0);
		values.note('web', 5);
		expect(values.get('web')).toBe(0);
	});
});
