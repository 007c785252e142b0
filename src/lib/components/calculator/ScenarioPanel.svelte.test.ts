import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '$lib/db/database';
import ScenarioPanel from './ScenarioPanel.svelte';

beforeEach(async () => {
	await db().scenarios.clear();
});

function setup(inputs: Record<string, string> = { s: '10000', e: '10200', n: '2000', p: 'quarter' }) {
	const onload = vi.fn();
	render(ScenarioPanel, { calculatorId: 'crr', getInputs: () => inputs, onload });
	return { onload, user: userEvent.setup() };
}

describe('ScenarioPanel', () => {
	it('refuses an empty name with a message, then saves, lists, loads and deletes a scenario', async () => {
		const { onload, user } = setup();
		expect(await screen.findByText('No scenarios saved for this calculator yet.')).toBeInTheDocument();
		const name = screen.getByLabelText('Scenario name');

		await user.click(screen.getByRole('button', { name: 'Save scenario' }));
		expect(name).toHaveAttribute('aria-invalid', 'true');
		expect(name).toHaveAccessibleDescription('Give the scenario a name.');

		await user.type(name, 'Seed 001 quarter');
		expect(name).toHaveAttribute('aria-invalid', 'false');
		await user.click(screen.getByRole('button', { name: 'Save scenario' }));
		await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved “Seed 001 quarter”.'));
		expect(name).toHaveValue('');

		await user.click(await screen.findByRole('button', { name: 'Load “Seed 001 quarter”' }));
		expect(onload).toHaveBeenCalledWith({ s: '10000', e: '10200', n: '2000', p: 'quarter' }, undefined);
		expect(screen.getByRole('status')).toHaveTextContent('Loaded “Seed 001 quarter”.');

		await user.click(screen.getByRole('button', { name: 'Delete “Seed 001 quarter”' }));
		expect(await screen.findByText('No scenarios saved for this calculator yet.')).toBeInTheDocument();
		expect(await db().scenarios.count()).toBe(0);
	});

	it('says a name is too long as it is typed, and that saving under an existing name replaces it', async () => {
		await db().scenarios.add({ calculator: 'crr', name: 'Q1', inputs: {}, createdAt: 1, updatedAt: 1 });
		const { user } = setup();
		const name = screen.getByLabelText('Scenario name');
		await user.click(name);
		await user.paste('x'.repeat(81));
		expect(name).toHaveAccessibleDescription('Keep the name to 80 characters or fewer.');
		await user.clear(name);
		await user.type(name, 'Q1');
		await waitFor(() =>
			expect(name).toHaveAccessibleDescription('A scenario called “Q1” exists: saving replaces its inputs.')
		);
	});

	it('lists only this calculator’s scenarios', async () => {
		await db().scenarios.add({ calculator: 'nps', name: 'Survey', inputs: {}, createdAt: 1, updatedAt: 1 });
		await db().scenarios.add({ calculator: 'crr', name: 'Mine', inputs: {}, createdAt: 1, updatedAt: 1 });
		setup();
		expect(await screen.findByText('Mine')).toBeInTheDocument();
		expect(screen.queryByText('Survey')).not.toBeInTheDocument();
	});

	it('keeps each scenario’s currency for a calculator with amounts, lists it and loads in it', async () => {
		await db().scenarios.add({
			calculator: 'aov',
			name: 'Pounds',
			inputs: { r: '100', o: '4' },
			currency: 'GBP',
			createdAt: 1,
			updatedAt: 1
		});
		const onload = vi.fn();
		render(ScenarioPanel, {
			calculatorId: 'aov',
			getInputs: () => ({ r: '125000', o: '2500' }),
			getCurrency: () => 'USD',
			onload
		});
		const user = userEvent.setup();
		await user.type(screen.getByLabelText('Scenario name'), 'Dollars');
		await user.click(screen.getByRole('button', { name: 'Save scenario' }));

		await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
		expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('Dollars');
		expect(screen.getAllByRole('listitem').map((li) => li.querySelector('.currency')?.textContent)).toEqual([
			'amounts in USD',
			'amounts in GBP'
		]);
		expect((await db().scenarios.where({ calculator: 'aov', name: 'Dollars' }).first())?.currency).toBe('USD');

		await user.click(screen.getByRole('button', { name: 'Load “Pounds”' }));
		expect(onload).toHaveBeenCalledWith({ r: '100', o: '4' }, 'GBP');
	});

	it('shows no currency for a calculator without amounts', async () => {
		const scenario = { calculator: 'crr', name: 'Q1', inputs: {}, currency: 'EUR', createdAt: 1, updatedAt: 1 };
		await db().scenarios.add(scenario);
		setup();
		expect(await screen.findByText('Q1')).toBeInTheDocument();
		expect(screen.queryByText(/amounts in/)).not.toBeInTheDocument();
	});
});
