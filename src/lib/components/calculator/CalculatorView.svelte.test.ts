import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { installResizeObserverStub } from '$lib/charts/test-support';
import { CalculatorState } from './calculator-state.svelte';
import CalculatorView from './CalculatorView.svelte';
import { testCalculator } from './test-calculator';

function setup() {
	const model = new CalculatorState(testCalculator, { tag: () => 'en-GB', currency: () => 'EUR' });
	render(CalculatorView, { model });
	return { model, user: userEvent.setup() };
}

const result = () => screen.getByTestId('result');

beforeAll(installResizeObserverStub);

describe('CalculatorView', () => {
	it('calculates live as the user types and names what is still missing', async () => {
		const { user } = setup();
		expect(result()).toHaveTextContent('Enter Start S, End E, New N to see the result.');
		await user.type(screen.getByLabelText('Start S'), '10,000');
		await user.type(screen.getByLabelText('End E'), '10200');
		expect(result()).toHaveTextContent('Enter New N to see the result.');
		await user.type(screen.getByLabelText('New N'), '2000');
		expect(result()).toHaveTextContent('CRR per quarter');
		expect(result()).toHaveTextContent('82 percent');
		expect(within(result()).getByText('Kept').nextElementSibling).toHaveTextContent('8200');
	});

	it('shows a field’s problem under it and blocks the result', async () => {
		const { user } = setup();
		const start = screen.getByLabelText('Start S');
		await user.type(start, '12abc');
		expect(start).toHaveAttribute('aria-invalid', 'true');
		expect(start).toHaveAccessibleDescription(/“12abc” is not a number/);
		expect(result()).toHaveTextContent('Correct the highlighted entries to see the result.');
	});

	// QA: in Latvian, Russian and Dutch a count of "10,000" was read as 10 without a word.
	it('asks whether a count typed "10,000" where the comma marks decimals meant ten thousand', async () => {
		const model = new CalculatorState(testCalculator, { tag: () => 'nl-NL', currency: () => 'EUR' });
		render(CalculatorView, { model });
		const user = userEvent.setup();
		const start = screen.getByLabelText('Start S');
		await user.type(start, '10,000');
		expect(start).toHaveAttribute('aria-invalid', 'true');
		expect(start).toHaveAccessibleDescription(
			/10,000: did you mean 10,000\? Counts are whole numbers, and in this language “,” marks decimals, so 10,000 reads as 10\./
		);
		expect(model.status).toMatchObject({ kind: 'invalid', fields: ['s'] });
		await user.clear(start);
		await user.type(start, '10000');
		expect(start).toHaveAttribute('aria-invalid', 'false');
		expect(model.readings.s).toMatchObject({ ok: true, value: 10000 });
	});

	it('asks for an emptied field only after the user leaves it', async () => {
		const { user } = setup();
		const start = screen.getByLabelText('Start S');
		await user.type(start, '5');
		await user.clear(start);
		expect(start).toHaveAttribute('aria-invalid', 'false');
		await user.tab();
		expect(start).toHaveAttribute('aria-invalid', 'true');
		expect(start).toHaveAccessibleDescription(/Required: enter a number/);
	});

	it('marks the fields behind a formula problem and links them to its explanation', async () => {
		const { model } = setup();
		model.load({ s: '10000', e: '1500', n: '2000' });
		await tick();
		const problem = within(result()).getByText('Problem: endBelowAcquired');
		for (const label of ['End E', 'New N']) {
			const input = screen.getByLabelText(label);
			expect(input).toHaveAttribute('aria-invalid', 'true');
			expect(input.getAttribute('aria-describedby')).toContain(problem.id);
		}
		expect(screen.getByLabelText('Start S')).toHaveAttribute('aria-invalid', 'false');
	});

	it('loads the examples, changes the period and opens the math', async () => {
		const { user, model } = setup();
		await user.click(screen.getByRole('button', { name: 'Load textbook example' }));
		expect(screen.getByLabelText('Start S')).toHaveValue('10000');
		expect(result()).toHaveTextContent('82 percent');

		await user.click(screen.getByRole('button', { name: 'Load other' }));
		expect(screen.getByLabelText('Period length')).toHaveValue('year');
		expect(result()).toHaveTextContent('CRR per year');
		expect(result()).toHaveTextContent('80 percent');

		await user.selectOptions(screen.getByLabelText('Period length'), 'month');
		expect(result()).toHaveTextContent('CRR per month');

		await user.click(screen.getByText('Show the math'));
		expect(model.showMath).toBe(true);
		expect(screen.getByTestId('math')).toHaveTextContent('CRR = (E − N) / S = (90 − 10) / 100 = 0.8');
	});

	it('shows a surprising result with its explanation, and the notes', async () => {
		const { model } = setup();
		model.load({ s: '100', e: '130', n: '20' });
		await tick();
		expect(result()).toHaveTextContent('110 percent');
		expect(within(result()).getByRole('note')).toHaveTextContent('More kept than started.');
		expect(screen.getByRole('heading', { name: 'Notes' })).toBeInTheDocument();
		expect(screen.getByText('A note for teachers.')).toBeInTheDocument();
	});
});
