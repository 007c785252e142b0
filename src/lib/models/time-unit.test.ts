import { describe, expect, it } from 'vitest';
import { daysPerUnit, monthsToUnits, unitsPerYear } from './time-unit';

describe('time units', () => {
	it.each([
		['day', 1, 365.25],
		['week', 7, 365.25 / 7],
		['month', 30.4375, 12]
	] as const)('a %s is %f days, %f of them a year', (unit, days, perYear) => {
		expect(daysPerUnit(unit)).toBeCloseTo(days, 12);
		expect(unitsPerYear(unit)).toBeCloseTo(perYear, 12);
		// A year of months in the unit is the same span.
		expect(monthsToUnits(12, unit)).toBeCloseTo(perYear, 12);
	});
});
