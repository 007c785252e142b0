import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { preferences } from '$lib/prefs/preferences.svelte';
import SettingsControls from './SettingsControls.svelte';

beforeEach(() => {
	localStorage.clear();
	preferences.setCurrency('EUR');
	preferences.setTheme('system');
});

describe('SettingsControls', () => {
	it('changes the currency and remembers it in this browser', async () => {
		render(SettingsControls);
		const select = screen.getByLabelText('Currency');
		expect(select).toHaveValue('EUR');
		await userEvent.selectOptions(select, 'GBP');
		expect(preferences.currency).toBe('GBP');
		expect(localStorage.getItem('retention-lab:currency')).toBe('GBP');

		preferences.currency = 'EUR';
		preferences.restore();
		expect(preferences.currency).toBe('GBP');
	});

	it('ignores an unknown remembered currency: the current choice stays, it is not reset', () => {
		// Start from a currency that is not the default, so "ignored" and "reset" differ.
		preferences.currency = 'GBP';
		localStorage.setItem('retention-lab:currency', 'XXX');
		preferences.restore();
		expect(preferences.currency).toBe('GBP');
		render(SettingsControls);
		expect(screen.getByLabelText('Currency')).toHaveValue('GBP');
	});

	it('switches the theme, remembers it, and goes back to the system’s', async () => {
		render(SettingsControls);
		const select = screen.getByLabelText('Theme');
		expect(select).toHaveValue('system');
		await userEvent.selectOptions(select, 'Dark');
		expect(document.documentElement.dataset.theme).toBe('dark');
		expect(localStorage.getItem('retention-lab:theme')).toBe('dark');
		await userEvent.selectOptions(select, 'System');
		expect(document.documentElement.dataset.theme).toBeUndefined();
		expect(localStorage.getItem('retention-lab:theme')).toBe('system');
	});
});
