import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { DatasetRecord } from '$lib/db/database';
import type { ImportWarning } from '$lib/orders/report';
import { preferences } from '$lib/prefs/preferences.svelte';
import DatasetCurrencyNotes from './DatasetCurrencyNotes.svelte';

function dataset(currency: string | null, warnings: ImportWarning[] = []): DatasetRecord {
	return { id: 1, name: 'Shop', currency, report: { warnings } } as unknown as DatasetRecord;
}

const sharedDollar: ImportWarning = { code: 'sharedCurrencyMark', mark: '$', count: 2, currencies: ['USD', 'CAD'] };

describe('DatasetCurrencyNotes: what a data set’s currency rests on', () => {
	it.each([
		['a file that named its currency', dataset('EUR'), []],
		['a file that named none', dataset(null), ['assumed-currency']],
		['amounts marked "$", no currency named', dataset(null, [sharedDollar]), ['shared-currency-mark']],
		['a stored currency that is no code', dataset('руб.'), ['currency-not-code']]
	])('%s → %j', (_, record, notes) => {
		preferences.currency = 'GBP';
		const { container } = render(DatasetCurrencyNotes, { dataset: record });
		expect([...container.querySelectorAll('[data-testid]')].map((e) => e.getAttribute('data-testid'))).toEqual(
			notes
		);
	});

	it('names the currency the amounts are shown in: the setting where the file names none', () => {
		preferences.currency = 'GBP';
		render(DatasetCurrencyNotes, { dataset: dataset(null) });
		expect(screen.getByRole('note').textContent).toContain('GBP');
	});
});
