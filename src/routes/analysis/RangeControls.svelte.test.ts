import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { readRange } from '$lib/analysis/date-range';
import { dayFromYmd } from '$lib/format/date';
import RangeControls from './RangeControls.svelte';

const SPAN = { minDay: dayFromYmd(2024, 1, 1), maxDay: dayFromYmd(2025, 9, 30) };
const fields = (fromText: string, toText: string) => ({
	fromText,
	toText,
	span: SPAN,
	rangeChoice: readRange(fromText, toText, SPAN),
	applyPreset: () => {}
});
const LAST_VALID = { from: '30 Sept 2025', to: '30 Sept 2025' };

describe('dates typed that are invalid say which days the figures on screen are for', () => {
	it('the start after the end: the figures below are said to be still the last valid range’s', () => {
		render(RangeControls, { fields: fields('2025-09-30', '2025-04-01'), id: 'range', shown: LAST_VALID });
		expect(screen.getByTestId('range-problem').textContent).toBe('The start date is after the end date.');
		const stale = screen.getByTestId('range-stale');
		expect(stale.textContent).toBe(
			'The figures below are still for 30 Sept 2025 – 30 Sept 2025, the last valid dates: correct the dates to update them.'
		);
		expect(stale.getAttribute('role')).toBe('alert');
		// Tied to both date fields, as the problem is.
		for (const field of ['range-from', 'range-to'])
			expect(screen.getByTestId(field).getAttribute('aria-describedby')?.split(' ')).toEqual([
				'range-problem',
				'range-stale'
			]);
	});

	it('valid dates, or no figures on screen: nothing more is said', () => {
		render(RangeControls, { fields: fields('2025-04-01', '2025-09-30'), id: 'a', shown: LAST_VALID });
		expect(screen.getByTestId('a-stale').textContent).toBe('');
		render(RangeControls, { fields: fields('2025-09-30', '2025-04-01'), id: 'b', shown: null });
		expect(screen.getByTestId('b-problem').textContent).not.toBe('');
		expect(screen.getByTestId('b-stale').textContent).toBe('');
	});
});
