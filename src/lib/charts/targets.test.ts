import { describe, expect, it } from 'vitest';
import { moveFocus, nearestTarget, tooltipPlacement, type Target, lazyLabel } from './targets';

/**
 * A cohort triangle with a hole:
 *   row 0: cols 0 1 2 3
 *   row 1: cols 0 1 _ 3
 *   row 2: cols 0
 * (row 3 is missing entirely)
 *   row 4: cols 0 1
 */
const layout: [number, number][] = [
	[0, 0],
	[0, 1],
	[0, 2],
	[0, 3],
	[1, 0],
	[1, 1],
	[1, 3],
	[2, 0],
	[4, 0],
	[4, 1]
];
const targets: Target[] = layout.map(([row, col]) => ({ key: `${row}:${col}`, row, col, x: col * 10, y: row * 10 }));
const at = (row: number, col: number) => targets.findIndex((t) => t.row === row && t.col === col);

describe('moveFocus', () => {
	it.each([
		['ArrowRight', [0, 0], [0, 1]],
		['ArrowRight', [1, 1], [1, 3]], // skips the hole
		['ArrowRight', [0, 3], [0, 3]], // stays at the end
		['ArrowLeft', [1, 3], [1, 1]],
		['ArrowLeft', [0, 0], [0, 0]],
		['Home', [0, 2], [0, 0]],
		['End', [1, 0], [1, 3]],
		['ArrowDown', [0, 3], [1, 3]],
		['ArrowDown', [0, 2], [1, 1]], // no (1, 2): closest column, the lower one on a tie
		['ArrowDown', [1, 3], [2, 0]], // row 2 only has column 0
		['ArrowDown', [2, 0], [4, 0]], // skips the empty row 3
		['ArrowDown', [4, 1], [4, 1]],
		['ArrowUp', [4, 1], [2, 0]],
		['ArrowUp', [1, 3], [0, 3]],
		['ArrowUp', [0, 1], [0, 1]]
	] as const)('%s from %j → %j', (key, [row, col], [toRow, toCol]) => {
		expect(moveFocus(targets, at(row, col), key)).toBe(at(toRow, toCol));
	});

	it('leaves other keys to the browser', () => {
		expect(moveFocus(targets, 0, 'Tab')).toBeNull();
		expect(moveFocus(targets, 0, 'Enter')).toBeNull();
	});

	it('starts at the first target from nowhere, and has nowhere to go without targets', () => {
		expect(moveFocus(targets, -1, 'ArrowRight')).toBe(0);
		expect(moveFocus([], 0, 'ArrowRight')).toBeNull();
	});
});

describe('nearestTarget', () => {
	it.each([
		[0, 0, at(0, 0)],
		[14, 2, at(0, 1)],
		[31, 12, at(1, 3)],
		[-100, 100, at(4, 0)]
	])('(%d, %d) → target %d', (x, y, expected) => {
		expect(nearestTarget(targets, x, y)).toBe(expected);
	});

	it('finds nothing without targets or without a pointer position', () => {
		expect(nearestTarget([], 1, 1)).toBe(-1);
		expect(nearestTarget(targets, Number.NaN, Number.NaN)).toBe(-1);
	});
});

describe('tooltipPlacement', () => {
	it.each([
		[10, 200, 300, 300, 'right', 'above'],
		[250, 200, 300, 300, 'left', 'above'],
		[10, 20, 300, 300, 'right', 'below'],
		[0, 0, 0, 0, 'right', 'above'] // no layout (jsdom): harmless default
	])('(%d, %d) in %d × %d → %s, %s', (x, y, width, height, horizontal, vertical) => {
		expect(tooltipPlacement(x, y, width, height)).toEqual({ horizontal, vertical });
	});
});

describe('lazyLabel', () => {
	it('makes the name when it is read, each time (so a name read in an effect follows the language)', () => {
		let calls = 0;
		let language = 'en';
		const target = lazyLabel({ key: 'a:0', row: 0, col: 0, xv: 1, yv: 2 }, () => {
			calls++;
			return `${language}: point`;
		});
		expect(calls).toBe(0);
		expect(target.label).toBe('en: point');
		language = 'lv';
		expect(target.label).toBe('lv: point');
		expect(calls).toBe(2);
		// Equal to a target made with the name at once (the name is an enumerable property).
		expect(target).toEqual({ key: 'a:0', row: 0, col: 0, xv: 1, yv: 2, label: 'lv: point' });
	});
});
