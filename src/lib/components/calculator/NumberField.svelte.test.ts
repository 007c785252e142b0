import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import NumberField from './NumberField.svelte';

const base = { id: 'f-s', label: 'Start S', hint: 'Customers at the start.', value: '' };

describe('NumberField', () => {
	it('is labelled, described by its hint and valid while there is no problem', () => {
		render(NumberField, { ...base, oninput: () => {} });
		const input = screen.getByLabelText('Start S');
		expect(input).toHaveAttribute('aria-invalid', 'false');
		expect(input).toHaveAccessibleDescription('Customers at the start.');
	});

	it('reports the text after every keystroke', async () => {
		const oninput = vi.fn();
		render(NumberField, { ...base, oninput });
		await userEvent.type(screen.getByLabelText('Start S'), '42');
		expect(oninput.mock.calls).toEqual([['4'], ['42']]);
	});

	it('links its own problem to the input', () => {
		render(NumberField, { ...base, value: 'abc', error: '“abc” is not a number.', oninput: () => {} });
		const input = screen.getByLabelText('Start S');
		expect(input).toHaveAttribute('aria-invalid', 'true');
		expect(input).toHaveAccessibleDescription('Customers at the start. “abc” is not a number.');
	});

	it('can be marked invalid for a problem described elsewhere, and shows its unit and a reading note', () => {
		const { container } = render(NumberField, {
			...base,
			value: '10.500',
			invalid: true,
			describedBy: 'elsewhere',
			unit: 'EUR',
			note: 'Read as 10.5',
			optional: true,
			oninput: () => {}
		});
		const input = screen.getByLabelText(/Start S/);
		expect(input).toHaveAttribute('aria-invalid', 'true');
		expect(input.getAttribute('aria-describedby')).toBe('f-s-hint f-s-unit f-s-note elsewhere');
		expect(container).toHaveTextContent('(optional)');
		expect(screen.getByText('Read as 10.5')).toBeInTheDocument();
	});
});
