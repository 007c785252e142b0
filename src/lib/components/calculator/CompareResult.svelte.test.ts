import { render, screen } from '@testing-library/svelte';
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

beforeAll(installResizeObserverStub);

describe('comparing scenarios A and B in a calculator', () => {
	it('starts B as a copy of A, shows each result and B − A, absolute and relative', async () => {
		const { user, model } = setup();
		await user.click(screen.getByRole('button', { name: 'Load textbook example' }));
		await user.click(screen.getByRole('checkbox', { name: 'Compare with scenario B' }));
		expect(screen.getByRole('group', { name: 'Scenario A' })).toBeInTheDocument();
		const endB = screen.getByLabelText('Scenario B — End E');
		expect(endB).toHaveValue('10200');
		expect(screen.getByLabelText('Scenario A — End E')).toHaveValue('10200');
		expect(screen.getByTestId('compare-difference')).toHaveTextContent(/B − A\s*0 percent/);

		await user.clear(endB);
		await user.type(endB, '9800');
		expect(screen.getByTestId('compare-a')).toHaveTextContent(/Scenario A\s*82 percent/);
		expect(screen.getByTestId('compare-b')).toHaveTextContent(/Scenario B\s*78 percent/);
		expect(screen.getByTestId('compare-difference')).toHaveTextContent(/B − A\s*−4 percent/);
		// (0.78 − 0.82) / 0.82 = −4.878…%
		expect(screen.getByTestId('compare-relative')).toHaveTextContent('−4.9%');
		// Relative to |A|: a change from a negative A (an NPS of −20 to +5) reads as the rise it is, and says so.
		expect(screen.getByTestId('compare-relative')).toHaveTextContent('Relative change (B − A) / |A|');
		expect(screen.queryByTestId('result')).toBeNull();
		expect(model.params).toMatchObject({ e: '10200', ab: '1', 'b.e': '9800' });
	});

	it('says which scenario lacks a result, links B’s problem to B’s fields, and shows either math', async () => {
		const { user, model } = setup();
		model.load({ s: '100', e: '90', n: '10', ab: '1', 'b.s': '100', 'b.e': '5', 'b.n': '10' });
		await tick();
		const problem = screen.getByText('Problem: endBelowAcquired');
		const endB = screen.getByLabelText('Scenario B — End E');
		expect(endB).toHaveAttribute('aria-invalid', 'true');
		expect(endB.getAttribute('aria-describedby')).toContain(problem.id);
		expect(screen.getByLabelText('Scenario A — End E')).toHaveAttribute('aria-invalid', 'false');
		expect(screen.getByTestId('compare-result')).toHaveTextContent(
			'The difference appears once both scenarios have a result.'
		);
		expect(screen.queryByTestId('compare-difference')).toBeNull();

		await user.clear(endB);
		await user.type(endB, '50');
		await user.click(screen.getByText('Show the math'));
		expect(screen.getByTestId('math')).toHaveTextContent('(90 − 10) / 100');
		await user.click(screen.getByRole('radio', { name: 'Scenario B' }));
		expect(screen.getByTestId('math')).toHaveTextContent('(50 − 10) / 100');
		expect(model.params.math).toBe('b');

		await user.click(screen.getByRole('checkbox', { name: 'Compare with scenario B' }));
		expect(screen.queryByLabelText('Scenario B — End E')).toBeNull();
		expect(screen.getByLabelText('End E')).toHaveValue('90');
		expect(screen.getByTestId('result')).toHaveTextContent('80 percent');
		expect(screen.getByTestId('math')).toHaveTextContent('(90 − 10) / 100');
	});
});
