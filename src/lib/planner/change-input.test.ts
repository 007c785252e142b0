import { describe, expect, it } from 'vitest';
import { readChange, sliderStep, stepChange, type ChangeReading } from './change-input';

const ORDER_VALUE = { min: -50, max: 100 };
const RETENTION = { min: -30, max: 30, step: 0.5 };

describe('readChange: a typed change is read in the language’s way, never ×10', () => {
	const cases: [text: string, decimal: '.' | ',', expected: ChangeReading][] = [
		// QA 52c D3: 7,5 in Latvian, Russian or Dutch is seven and a half, not 75.
		['7,5', ',', { ok: true, value: 7.5, ambiguous: false }],
		['7.5', '.', { ok: true, value: 7.5, ambiguous: false }],
		// A point typed where a comma is the mark is still a decimal point (as in the baseline fields).
		['7.5', ',', { ok: true, value: 7.5, ambiguous: false }],
		['7,5', '.', { ok: true, value: 7.5, ambiguous: false }],
		['-20', '.', { ok: true, value: -20, ambiguous: false }],
		['−12,5', ',', { ok: true, value: -12.5, ambiguous: false }],
		['+10', '.', { ok: true, value: 10, ambiguous: false }],
		['10 %', ',', { ok: true, value: 10, ambiguous: false }],
		[' 0 ', '.', { ok: true, value: 0, ambiguous: false }],
		['-0', '.', { ok: true, value: 0, ambiguous: false }],
		['100', '.', { ok: true, value: 100, ambiguous: false }],
		['-50', ',', { ok: true, value: -50, ambiguous: false }],
		// A lone separator before three digits: the language decides, and the reading says so.
		['1.500', '.', { ok: true, value: 1.5, ambiguous: true }],
		['1,500', ',', { ok: true, value: 1.5, ambiguous: true }],
		['1,500', '.', { ok: false, problem: 'outOfRange' }],
		['100,5', ',', { ok: false, problem: 'outOfRange' }],
		['75', ',', { ok: true, value: 75, ambiguous: false }],
		['', ',', { ok: false, problem: 'empty' }],
		['   ', '.', { ok: false, problem: 'empty' }],
		['7,5x', ',', { ok: false, problem: 'notNumber' }],
		['1e2', '.', { ok: false, problem: 'notNumber' }],
		['7,5.5,5', ',', { ok: false, problem: 'badSeparators' }],
		['1'.padEnd(400, '0'), '.', { ok: false, problem: 'outOfRange' }]
	];
	it.each(cases)('“%s” with “%s” as the decimal mark', (text, decimal, expected) => {
		expect(readChange(text, decimal, ORDER_VALUE)).toEqual(expected);
	});
});

describe('stepChange: Arrow Up and Down step as a number input does', () => {
	const cases: [value: number, direction: 1 | -1, expected: number][] = [
		[0, 1, 0.5],
		[0, -1, -0.5],
		[7.5, 1, 8],
		[7.3, 1, 7.5],
		[7.3, -1, 7],
		[7.75, -1, 7.5],
		[0.1 + 0.2, 1, 0.5],
		[30, 1, 30],
		[-30, -1, -30],
		[29.8, 1, 30],
		[-29.8, -1, -30]
	];
	it.each(cases)('%s by %s step', (value, direction, expected) => {
		expect(stepChange(value, direction, RETENTION)).toBe(expected);
	});

	it('steps whole points where the slider does', () => {
		expect(stepChange(7.5, 1, { min: -50, max: 100, step: 1 })).toBe(8);
		expect(stepChange(10, -1, { min: -50, max: 100, step: 1 })).toBe(9);
	});
});

describe('sliderStep: the slider draws the value used, not one rounded to its step', () => {
	const cases: [value: number, range: { min: number; step: number }, step: number | 'any'][] = [
		// QA: 7.5 beside whole steps was used as 7.5 and drawn (and said) as 8.
		[7.5, { min: -50, step: 1 }, 0.5],
		[-12.25, { min: -50, step: 1 }, 0.25],
		[7.3, { min: -50, step: 1 }, 0.1],
		[2.75, { min: -30, step: 0.5 }, 0.25],
		[0.05, { min: -30, step: 0.5 }, 0.05],
		// On its steps: the step as set.
		[8, { min: -50, step: 1 }, 1],
		[0, { min: -50, step: 1 }, 1],
		[-50, { min: -50, step: 1 }, 1],
		[-7.5, { min: -30, step: 0.5 }, 0.5],
		// More decimals than a step is refined to: any value.
		[1.2345678, { min: -50, step: 1 }, 'any'],
		[1e-7, { min: -30, step: 0.5 }, 'any']
	];
	it.each(cases)('%s from %o: %s', (value, range, expected) => {
		const step = sliderStep(value, range);
		expect(step).toBe(expected);
		// The browser's rule: a value is kept as it is when (value − min) is a whole number of steps.
		if (step !== 'any') {
			const steps = (value - range.min) / step;
			expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-9);
		}
	});
});
