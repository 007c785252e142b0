import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { DatasetRecord } from '$lib/db/database';
import StoredCopies from './StoredCopies.svelte';

/** Text as read, without the bidirectional isolates around user-given names. */
const read = (element: Element) =>
	(element.textContent ?? '')
		.replace(/[\u2068\u2069]/g, '')
		.replace(/\s+/g, ' ')
		.trim();

const FILE = { name: 'a_shopify_uk.csv', size: 5120, lastModified: 1_796_000_000_000 };
const stored = (id: number, createdAt: number, rows: string | null = '11:22', name = 'a_shopify_uk') =>
	({ id, name, createdAt, sourceFiles: [{ ...FILE, rows }] }) as DatasetRecord;
// 6 Dec 2026, 08:12 UTC.
const DEC_6 = Date.UTC(2026, 11, 6, 8, 12);

describe('the review’s notice of a file a stored data set holds already', () => {
	it.each([
		{
			why: 'fingerprint read: the same rows, the data set named with its import date',
			rows: '11:22',
			datasets: [stored(1, DEC_6)],
			texts: [
				/^“a_shopify_uk\.csv” has the same rows as the data set “a_shopify_uk”, imported 6 Dec 2026.*Open a_shopify_uk$/
			]
		},
		{
			why: 'before the fingerprint is read: the same name, size and date',
			rows: undefined,
			datasets: [stored(1, DEC_6)],
			texts: [
				/^“a_shopify_uk\.csv” has the same name, size and date modified as “a_shopify_uk\.csv”, imported 6 Dec 2026.* into the data set “a_shopify_uk”\./
			]
		},
		{
			why: 'imported twice already: both, told apart',
			rows: '11:22',
			datasets: [stored(3, DEC_6 + 60_000), stored(2, DEC_6)],
			texts: [
				/data set “a_shopify_uk \(2\)”.*Open a_shopify_uk \(2\)$/,
				/data set “a_shopify_uk”,.*Open a_shopify_uk$/
			]
		}
	])('$why', ({ rows, datasets, texts }) => {
		render(StoredCopies, { files: [{ ...FILE, rows }], datasets, canStart: true, onimport: () => {} });
		const notes = screen.getAllByTestId('stored-copy');
		expect(notes.map(read)).toEqual(texts.map(() => expect.anything()));
		notes.forEach((note, i) => expect(read(note)).toMatch(texts[i]));
		expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(
			datasets.map((d) => `/analysis?dataset=${d.id}`)
		);
		expect(screen.getByTestId('stored-copies')).toHaveTextContent(/nothing is replaced or added to/);
	});

	it.each([
		{ why: 'other rows than the stored file’s', rows: '99:99', datasets: [stored(1, DEC_6)] },
		{ why: 'no data set stored', rows: '11:22', datasets: [] },
		{
			why: 'a data set stored before its files were kept',
			rows: '11:22',
			datasets: [{ id: 1, name: 'x', createdAt: 1 } as DatasetRecord]
		}
	])('says nothing for $why', ({ rows, datasets }) => {
		render(StoredCopies, { files: [{ ...FILE, rows }], datasets, canStart: true, onimport: () => {} });
		expect(screen.queryByTestId('stored-copies')).toBeNull();
	});

	it.each([true, false])(
		'Import anyway imports (never held back by the notice; off only as Import is: %s)',
		async (canStart) => {
			const onimport = vi.fn();
			render(StoredCopies, {
				files: [{ ...FILE, rows: '11:22' }],
				datasets: [stored(1, DEC_6)],
				canStart,
				onimport
			});
			const button = screen.getByRole('button', { name: 'Import anyway' });
			expect(button).toHaveProperty('disabled', !canStart);
			if (!canStart) return;
			await fireEvent.click(button);
			expect(onimport).toHaveBeenCalledTimes(1);
		}
	);
});
