import { screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { installResizeObserverStub } from '$lib/charts/test-support';
import { renderCalculator } from './test-support';

beforeAll(installResizeObserverStub);

/**
 * QA (session 64): B − A was taken of the unrounded results and shown on its own, so it did not
 * match the A and B shown above it (US$287.39 − US$266.67 read +US$20.73; NPS +42.11 − +38.89 read
 * +3.2; 15.38 − 14.29 months read +1.1 months). Each case is a link and the three numbers it must show,
 * B − A worked by hand from the A and B shown.
 */
const CASES: { id: string; params: Record<string, string>; a: string; b: string; difference: string }[] = [
	{
		id: 'clv-retention',
		params: {
			m: '100',
			r: '80',
			d: '10',
			k: '50',
			p: 'year',
			'b.m': '100.5',
			'b.r': '81.5',
			'b.d': '10',
			'b.k': '50',
			'b.p': 'year'
		},
		a: '266.67',
		b: '287.39',
		difference: '+€20.72'
	},
	{
		id: 'nps',
		params: { pro: '10', pas: '5', det: '3', 'b.pro': '11', 'b.pas': '5', 'b.det': '3' },
		a: '+38.89',
		b: '+42.11',
		difference: '+3.22'
	},
	{
		id: 'lifetime',
		params: { c: '7', p: 'month', 'b.c': '6.5', 'b.p': 'month' },
		a: '14.29 months',
		b: '15.38 months',
		difference: '+1.09 months'
	}
];

describe('B − A is the difference of the A and B shown', () => {
	it.each(CASES)('$id: $b − $a = $difference', async ({ id, params, a, b, difference }) => {
		const { model } = renderCalculator(id);
		model.load({ ...params, ab: '1' });
		await tick();
		expect(screen.getByTestId('compare-a')).toHaveTextContent(a);
		expect(screen.getByTestId('compare-b')).toHaveTextContent(b);
		const shown = screen.getByTestId('compare-difference').querySelector('output')?.textContent;
		expect(shown).toBe(difference);
	});
});
