import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { installResizeObserverStub, tableText } from '$lib/charts/test-support';
import { CalculatorState } from './calculator-state.svelte';
import CalculatorView from './CalculatorView.svelte';
import LiftList from './LiftList.svelte';
import { testCalculator } from './test-calculator';

beforeAll(installResizeObserverStub);

// The test calculator's CRR = (E − N) / S, shown as "82 percent"; expected values worked out by hand.
function setup() {
	const model = new CalculatorState(testCalculator, { tag: () => 'en-GB', currency: () => 'EUR' });
	render(CalculatorView, { model });
	return { model, user: userEvent.setup() };
}

const response = () => screen.getByTestId('response');

async function showTable(user: ReturnType<typeof userEvent.setup>): Promise<string[][]> {
	await user.click(within(response()).getByRole('button', { name: 'Show as table' }));
	return tableText(within(response()).getByRole('table'));
}

describe('ResponseChart in a calculator', () => {
	it('shows no chart until there is a result', () => {
		setup();
		expect(screen.queryByTestId('response')).toBeNull();
		expect(screen.queryByTestId('lifts')).toBeNull();
	});

	it('tabulates the result along the main input, the user’s calculation in its own column', async () => {
		const { model, user } = setup();
		model.load({ s: '10000', e: '10200', n: '2000' });
		await user.click(screen.getByRole('button', { name: 'Load textbook example' }));
		expect(within(response()).getByRole('heading', { level: 3 })).toHaveTextContent('CRR against End E');
		const rows = await showTable(user);
		expect(rows[0]).toEqual(['End E', 'CRR', 'Your calculation']);
		// E from N = 2,000 (0 %) to N + S = 12,000 (100 %) by 1,000, and the user's 10,200.
		expect(rows).toHaveLength(13);
		expect(rows[1]).toEqual(['2,000', '0 percent', '–no value']);
		expect(rows).toContainEqual(['10,200', '82 percent', '82 percent']);
		expect(rows.filter((row) => row[2] !== '–no value')).toHaveLength(2); // the header and the user's row
	});

	it('follows a changed input', async () => {
		const { user } = setup();
		await user.click(screen.getByRole('button', { name: 'Load textbook example' }));
		await showTable(user);
		const end = screen.getByLabelText('End E');
		await user.clear(end);
		await user.type(end, '9');
		expect(within(response()).getByText('The chart comes back once the result can be calculated.')).toBeVisible();
		await user.type(end, '800');
		// The table stays open while E is retyped (9 is below N: no result for a moment).
		const rows = tableText(within(response()).getByRole('table'));
		expect(rows).toContainEqual(['9,800', '78 percent', '78 percent']);
		expect(rows.map((row) => row[0])).not.toContain('10,200');
	});

	it('lets the reader choose the input to vary', async () => {
		const { user } = setup();
		await user.click(screen.getByRole('button', { name: 'Load textbook example' }));
		await user.selectOptions(within(response()).getByLabelText('Input to vary'), 'Start S');
		expect(within(response()).getByRole('heading', { level: 3 })).toHaveTextContent('CRR against Start S');
		const rows = await showTable(user);
		// S from 5,000 to 15,000: (10,200 − 2,000) / 5,000 = 164 %, / 15,000 = 55 %.
		expect(rows[1]).toEqual(['5,000', '164 percent', '–no value']);
		expect(rows.at(-1)).toEqual(['15,000', '55 percent', '–no value']);
		expect(rows).toContainEqual(['10,000', '82 percent', '82 percent']);
	});
});

describe('LiftList', () => {
	it('lists each change with the new result, largest gain first', async () => {
		const { user } = setup();
		await user.click(screen.getByRole('button', { name: 'Load textbook example' }));
		// N halved: (10,200 − 1,000) / 10,000 = 92 %; E + 500: 8,700 / 10,000 = 87 %.
		expect(tableText(within(screen.getByTestId('lifts')).getByRole('table'))).toEqual([
			['Change', 'New result', 'Difference'],
			['New N: −50%', '92 percent', '+10 percent (+12.2%)'],
			['End E: +500', '87 percent', '+5 percent (+6.1%)']
		]);
	});

	it('shows a difference without a share when the result was 0', () => {
		render(LiftList, {
			lifts: [{ id: 'a', field: 'A', by: '+1', result: '5', difference: '+5', relative: null }]
		});
		expect(tableText(screen.getByRole('table'))).toEqual([
			['Change', 'New result', 'Difference'],
			['A: +1', '5', '+5']
		]);
	});
});
