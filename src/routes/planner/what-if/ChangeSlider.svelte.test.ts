import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ChangeSlider from './ChangeSlider.svelte';

function setup(value = 0) {
	const onchange = vi.fn();
	render(ChangeSlider, {
		id: 'r',
		label: 'Retention',
		unit: 'percentage points',
		min: -30,
		max: 30,
		step: 0.5,
		value,
		onchange
	});
	return { onchange, user: userEvent.setup() };
}

describe('ChangeSlider', () => {
	it('labels the slider and the number input and says the value with its unit', () => {
		setup(5);
		const slider = screen.getByRole('slider', { name: 'Retention change' });
		expect(slider).toHaveValue('5');
		expect(slider).toHaveAttribute('aria-valuetext', '+5 percentage points');
		expect(screen.getByRole('spinbutton', { name: 'Retention, exact change' })).toHaveValue(5);
	});

	it('passes a typed change in range on', async () => {
		const { onchange, user } = setup();
		const number = screen.getByRole('spinbutton', { name: 'Retention, exact change' });
		await user.clear(number);
		await user.type(number, '7.5');
		expect(onchange).toHaveBeenLastCalledWith(7.5);
	});

	it('refuses a change out of range with a message, and takes the slider again', async () => {
		const { onchange, user } = setup();
		const number = screen.getByRole('spinbutton', { name: 'Retention, exact change' });
		await user.clear(number);
		await user.type(number, '45');
		expect(onchange).not.toHaveBeenCalledWith(45);
		expect(number).toHaveAttribute('aria-invalid', 'true');
		expect(number).toHaveAccessibleDescription(expect.stringContaining('Enter a number from −30 to 30.'));

		await fireEvent.input(screen.getByRole('slider'), { target: { value: '2.5' } });
		expect(onchange).toHaveBeenLastCalledWith(2.5);
		expect(number).toHaveAttribute('aria-invalid', 'false');
	});
});
