import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '$lib/i18n/i18n.svelte';
import Page from './+page.svelte';

afterEach(async () => {
	await locale.set('en', false);
	localStorage.clear();
});

// QA: with "Values I type in", emptying r said "The data set does not give every value", though
// no data set was involved. The sentence now fits where the baseline came from.
describe('what the What-if page says an empty baseline value waits for', () => {
	it.each(['en', 'lv', 'ru', 'zh', 'nl'] as const)(
		'typed values, in %s: no data set is named',
		async (language) => {
			await locale.set(language, false);
			render(Page);
			const r = document.getElementById('what-if-retention') as HTMLInputElement;
			await userEvent.setup().clear(r);
			const missing = await screen.findByTestId('what-if-missing');
			const t = locale.messages.planner.whatIf;
			const label = t.fields.retention.label;
			expect(missing.textContent?.trim()).toBe(t.missingFields.typed({ fields: label }));
			expect(missing.textContent).not.toBe(t.missingFields.dataset({ fields: label }));
			expect(missing.textContent).toContain(label);
		},
		30_000
	);
});
