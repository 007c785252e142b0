import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, type DatasetRecord } from '$lib/db/database';
import DatasetList from './DatasetList.svelte';

function dataset(id: number, name: string, createdAt: number): DatasetRecord {
	return {
		id,
		name,
		kind: 'orders',
		createdAt,
		orderCount: 57,
		customerCount: 18,
		firstDay: 20_364,
		lastDay: 20_786,
		revenue: 2_628.6,
		currency: 'EUR',
		byteSize: 2_048,
		chunkCount: 1,
		dimensions: [],
		hasOrderIds: true,
		// The list does not read the import report.
		report: {} as DatasetRecord['report']
	};
}

beforeEach(async () => {
	await db().datasets.clear();
	// Renamed to the name another data set already has: the list numbers the later one.
	await db().datasets.bulkPut([dataset(1, 'QA shop again', 1_000), dataset(2, 'QA shop again', 2_000)]);
});

/** QA 56b D9: the buttons and the delete confirmation gave both rows the same bare name. */
describe('DatasetList with two data sets of one name', () => {
	it('names each row’s buttons with the label the row shows', async () => {
		render(DatasetList);
		const rows = await screen.findAllByTestId('dataset-row');
		// Newest first.
		expect(rows.map((row) => within(row).getByRole('rowheader').textContent?.trim())).toEqual([
			'QA shop again (2)',
			'QA shop again'
		]);
		const later = within(rows[0]);
		expect(later.getByRole('button', { name: /^Rename\s*QA shop again \(2\)$/ })).toBeTruthy();
		expect(later.getByRole('button', { name: /^Export CSV\s*QA shop again \(2\)$/ })).toBeTruthy();
		expect(later.getByRole('button', { name: /^Delete\s*QA shop again \(2\)$/ })).toBeTruthy();
		expect(later.getByRole('link', { name: /^Analyse\s*QA shop again \(2\)$/ })).toBeTruthy();
		expect(within(rows[1]).getByRole('button', { name: /^Delete\s*QA shop again$/ })).toBeTruthy();
	});

	it('asks to delete the data set by its label', async () => {
		// jsdom has no modal dialogs: opened as a plain open <dialog>.
		HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
			this.open = true;
		};
		HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
			this.open = false;
		};
		const user = userEvent.setup();
		render(DatasetList);
		const rows = await screen.findAllByTestId('dataset-row');
		await user.click(within(rows[0]).getByRole('button', { name: /^Delete\s*QA shop again \(2\)$/ }));
		const dialog = await screen.findByRole('dialog');
		expect(dialog.textContent).toContain('QA shop again (2)');
	});
});
