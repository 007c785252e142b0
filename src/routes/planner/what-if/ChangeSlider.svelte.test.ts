import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { locale } from '$lib/i18n/i18n.svelte';
import ChangeSlider from './ChangeSlider.svelte';

/** A slider whose value follows its changes, as the page's state makes it. */
function setup(value = 0, limits = { min: -30, max: 30, step: 0.5 }) {
	const onchange = vi.fn((next: number) => {
		void view.rerender({ value: next });
	});
	const view = render(ChangeSlider, {
		id: 'r',
		label: 'Retention',
		unit: 'percentage points',
		...limits,
		value,
		onchange
	});
	return { onchange, user: userEvent.setup(), view };
}

/** The exact-change box, in any language. */
const box = () => screen.getByRole('spinbutton');

afterEach(() => locale.set('en', false));

describe('ChangeSlider', () => {
	it('labels the slider and the number input and says the value with its unit', () => {
		setup(5);
		const slider = screen.getByRole('slider', { name: 'Retention change' });
		expect(slider).toHaveValue('5');
		expect(slider).toHaveAttribute('aria-valuetext', '+5 percentage points');
		expect(screen.getByRole('spinbutton', { name: 'Retention, exact change' })).toHaveValue('5');
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
		expect(number).toHaveValue('45');
		expect(number).toHaveAccessibleDescription(expect.stringContaining('Enter a number from −30 to 30.'));

		await fireEvent.input(screen.getByRole('slider'), { target: { value: '2.5' } });
		expect(onchange).toHaveBeenLastCalledWith(2.5);
		expect(number).toHaveAttribute('aria-invalid', 'false');
	});

	// QA 52c D3: a type=number box read `7,5` as 75 in a comma language (a ×10 change, no message).
	it.each([
		['lv', '7,5'],
		['ru', '7,5'],
		['nl', '7,5'],
		['nl', '-12,5'],
		['en', '7.5']
	] as const)('in %s reads “%s” in the language’s way and keeps it as typed', async (language, typed) => {
		await locale.set(language, false);
		const { onchange, user } = setup(0, { min: -50, max: 100, step: 1 });
		const number = box();
		await user.clear(number);
		await user.type(number, typed);
		const expected = Number(typed.replace(',', '.'));
		expect(onchange).toHaveBeenLastCalledWith(expected);
		expect(onchange).not.toHaveBeenCalledWith(75);
		expect(number).toHaveValue(typed);
		expect(number).toHaveAttribute('aria-invalid', 'false');
	});

	it('refuses text that is not a number with a message, keeping the text and the last change', async () => {
		const { onchange } = setup(2);
		const number = screen.getByRole('spinbutton', { name: 'Retention, exact change' });
		await fireEvent.input(number, { target: { value: '7,5x' } });
		expect(onchange).not.toHaveBeenCalledWith(expect.anything());
		expect(number).toHaveValue('7,5x');
		expect(number).toHaveAttribute('aria-invalid', 'true');
		expect(number).toHaveAccessibleDescription(expect.stringContaining('“7,5x” is not a number.'));
		expect(number).toHaveAccessibleDescription(expect.stringContaining('The last valid change is used.'));
	});

	it('says how an ambiguous number was read', async () => {
		const { onchange, user } = setup();
		const number = screen.getByRole('spinbutton', { name: 'Retention, exact change' });
		await user.clear(number);
		await user.type(number, '1.500');
		expect(onchange).toHaveBeenLastCalledWith(1.5);
		expect(number).toHaveAccessibleDescription(expect.stringContaining('Read as 1.5'));
	});

	it('steps by Arrow Up and Down as a number input does', async () => {
		const { onchange, user, view } = setup(7.5);
		const number = screen.getByRole('spinbutton', { name: 'Retention, exact change' });
		number.focus();
		await user.keyboard('{ArrowUp}');
		expect(onchange).toHaveBeenLastCalledWith(8);
		await view.rerender({ value: 7.3 });
		await user.keyboard('{ArrowDown}');
		expect(onchange).toHaveBeenLastCalledWith(7);
	});

	it('shows a value set from outside (slider, reset, address) in the language’s way', async () => {
		await locale.set('lv', false);
		const { view } = setup(2.5);
		expect(box()).toHaveValue('2,5');
		await view.rerender({ value: -7.5 });
		expect(box()).toHaveValue('-7,5');
	});
});

describe('ChangeSlider: the thumb is drawn where the value used is', () => {
	// QA: 7.5 typed beside a slider of whole steps was used as 7.5 but drawn (and said) at 8: a
	// browser rounds a range input's value to its step. The slider's step lets the value be.
	it.each([
		[7.5, { min: -50, max: 100, step: 1 }, '0.5'],
		[-12.25, { min: -50, max: 100, step: 1 }, '0.25'],
		[2.75, { min: -30, max: 30, step: 0.5 }, '0.25'],
		[8, { min: -50, max: 100, step: 1 }, '1']
	])('%s with steps of %o: step %s', (value, limits, step) => {
		setup(value, limits);
		const slider = screen.getByRole('slider') as HTMLInputElement;
		expect(slider).toHaveAttribute('step', step);
		expect(slider.valueAsNumber).toBe(value);
		const steps = (value - limits.min) / Number(slider.step);
		expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-9);
	});

	it('steps the slider by its own step again once the value is back on one', async () => {
		const { view } = setup(7.5, { min: -50, max: 100, step: 1 });
		await view.rerender({ value: 8 });
		expect(screen.getByRole('slider')).toHaveAttribute('step', '1');
	});
});
