import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisClient } from '$lib/workers/analysis-client';
import { holdoutCheck, type HoldoutOverview } from '$lib/analysis/clv-engine';
import { installResizeObserverStub } from '$lib/charts/test-support';
import { noDropoutOrders } from '../../../tests/fixtures/clv/no-dropout';
import { ClvState } from './clv-state.svelte';
import HoldoutCheck from './HoldoutCheck.svelte';

beforeAll(installResizeObserverStub);

/** A client whose hold-out requests are answered by `answer` (and recorded). */
function clientAnswering(answer: (splitDay: number) => HoldoutOverview) {
	const asked: number[] = [];
	const client = {
		request(message: { type: string; splitDay?: number }) {
			asked.push(message.splitDay!);
			const reply = Promise.resolve({
				type: 'holdoutChecked' as const,
				requestId: 1,
				overview: answer(message.splitDay!)
			});
			return Object.assign(reply, { requestId: 1 });
		}
	} as unknown as AnalysisClient;
	return { state: new ClvState(() => client), asked };
}

const DEC_7_2025 = Date.UTC(2025, 11, 7) / 86_400_000;

describe('HoldoutCheck', () => {
	it.each([
		['one day', DEC_7_2025, DEC_7_2025, '7 Dec 2025'],
		['two days', DEC_7_2025, DEC_7_2025 + 1, '7 Dec 2025 – 8 Dec 2025']
	])('a history of %s says why no split is possible, and offers no empty date range', (_, first, last, span) => {
		const { state } = clientAnswering(() => {
			throw new Error('no check may run');
		});
		render(HoldoutCheck, { clv: state, datasetId: 1, first, last });
		expect(screen.getByTestId('holdout-too-short')).toHaveTextContent(`The orders cover only ${span}`);
		expect(screen.queryByText(/Choose a date between/)).toBeNull();
		expect(screen.queryByLabelText('Split date')).toBeNull();
		expect(screen.queryByRole('button', { name: 'Run the check' })).toBeNull();
	});

	it('a year of customers who never drop out: the check runs with the no-drop-out fit and says so', async () => {
		const { orders, customerCount, firstDay, lastDay } = noDropoutOrders(600, 12);
		const { state, asked } = clientAnswering((split) =>
			holdoutCheck(orders, customerCount, 'week', split, lastDay, firstDay)
		);
		render(HoldoutCheck, { clv: state, datasetId: 1, first: firstDay, last: lastDay });
		await userEvent.click(screen.getByRole('button', { name: 'Run the check' }));
		// Before the default split the fit is flat in (a, b) or at a → 0: either way it runs, and says which.
		const note = await screen.findByTestId('holdout-fit-note');
		const fit = state.holdout!.params!;
		expect(note).toHaveTextContent(
			fit.a === 0 ? 'the check uses the model’s no-drop-out limit' : 'the data barely pin down drop-out'
		);
		expect(screen.getByTestId('holdout-errors')).toBeInTheDocument();
		expect(screen.queryByRole('alert')).toBeNull();
		expect(asked).toEqual([firstDay + Math.round(((lastDay - firstDay) * 2) / 3)]);
	});

	it('a refused split offers one that works, and runs it', async () => {
		const { orders, customerCount, firstDay, lastDay } = noDropoutOrders(600, 12);
		const { state, asked } = clientAnswering((split) =>
			holdoutCheck(orders, customerCount, 'week', split, lastDay, firstDay)
		);
		render(HoldoutCheck, { clv: state, datasetId: 1, first: firstDay, last: lastDay });
		// Three days into the year: too few repeat buyers before the split.
		const input = screen.getByLabelText('Split date');
		await userEvent.clear(input);
		await userEvent.type(input, '2025-01-04');
		await userEvent.click(screen.getByRole('button', { name: 'Run the check' }));
		const suggestion = await screen.findByTestId('holdout-suggestion');
		expect(screen.getByRole('alert')).toHaveTextContent('Too few customers bought more than once');
		expect(suggestion).toHaveTextContent('Run the check with the split on 1 Sept 2025');
		await userEvent.click(suggestion);
		expect(await screen.findByTestId('holdout-errors')).toBeInTheDocument();
		expect(asked).toEqual([firstDay + 3, firstDay + Math.round(((lastDay - firstDay) * 2) / 3)]);
	});
});
