import { describe, expect, it } from 'vitest';
import { periodLabel } from './period-label';

// Month index = year × 12 + month (0-based), as in $lib/analysis/calendar.
describe('periodLabel', () => {
	it.each([
		[2024 * 12 + 2, 'month', 'en-GB', 'Mar 2024'],
		[2024 * 12 + 2, 'month', 'en-US', 'Mar 2024'],
		[2023 * 12 + 11, 'month', 'nl-NL', 'dec 2023'],
		[2024 * 12 + 0, 'quarter', 'en-GB', 'Q1 2024'],
		[2024 * 12 + 11, 'quarter', 'en-GB', 'Q4 2024'],
		[2024 * 12 + 5, 'year', 'en-GB', '2024']
	] as const)('%i as a %s in %s is %s', (month, unit, tag, expected) => {
		expect(periodLabel(month, unit, tag)).toBe(expected);
	});

	it('formats with the language asked for each time, not the first one cached', () => {
		const month = 2024 * 12 + 4;
		const en = periodLabel(month, 'month', 'en-GB');
		const ru = periodLabel(month, 'month', 'ru-RU');
		expect(ru).not.toBe(en);
		expect(periodLabel(month, 'month', 'en-GB')).toBe(en);
		expect(ru).toBe(
			new Intl.DateTimeFormat('ru-RU', { timeZone: 'UTC', month: 'short', year: 'numeric' }).format(
				Date.UTC(2024, 4, 1)
			)
		);
	});

	it('words a quarter in the reader language when given', () => {
		expect(periodLabel(2024 * 12 + 7, 'quarter', 'lv', (p) => `${p.year}. g. ${p.quarter}. cet.`)).toBe(
			'2024. g. 3. cet.'
		);
	});
});
