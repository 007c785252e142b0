import { render, screen } from '@testing-library/svelte';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { CalculatorState } from '$lib/components/calculator/calculator-state.svelte';
import CalculatorView from '$lib/components/calculator/CalculatorView.svelte';
import { locale } from '$lib/i18n/i18n.svelte';
import { preferences } from '$lib/prefs/preferences.svelte';
import { calculatorById } from './index';

/** A value typed into the field whose label starts with `label`. */
export type Entry = readonly [label: string, text: string];

/**
 * A real calculator in the shared view, as its page shows it, with the app's own settings (language,
 * currency) and a user to drive it. The view holds a chart: install the ResizeObserver stub first.
 */
export function renderCalculator(id: string): { model: CalculatorState; user: UserEvent } {
	const calculator = calculatorById(id);
	if (!calculator) throw new Error(`no calculator ${id}`);
	const model = new CalculatorState(calculator, { tag: () => locale.intlTag, currency: () => preferences.currency });
	render(CalculatorView, { model });
	return { model, user: userEvent.setup() };
}

/** The field whose label starts with `label` (the first, where another text repeats it). */
export function fieldLabelled(label: string): HTMLInputElement {
	return screen.getAllByLabelText(label, { exact: false })[0] as HTMLInputElement;
}
