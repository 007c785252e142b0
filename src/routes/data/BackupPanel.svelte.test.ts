import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupError } from '$lib/db/backup-error';
import type { CheckedBackupSummary } from '$lib/db/backup-protocol';
import BackupPanel from './BackupPanel.svelte';

/** A promise the test settles. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
	return { promise, resolve, reject };
}

const work = {
	check: deferred<CheckedBackupSummary>(),
	restore: deferred<void>(),
	create: deferred<Blob>(),
	closed: 0
};

// The worker does the work (see backup-client.test.ts); here, what the panel says while it runs.
vi.mock('$lib/workers/backup-client', () => ({
	BackupClient: class {
		check = () => work.check.promise;
		restore = () => work.restore.promise;
		create = () => work.create.promise;
		close = () => void work.closed++;
	}
}));

beforeAll(() => {
	// jsdom has no modal dialogs: opened as a plain open <dialog>.
	HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
		this.open = true;
	};
	HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
		this.open = false;
	};
});

beforeEach(() => {
	work.check = deferred();
	work.restore = deferred();
	work.create = deferred();
	work.closed = 0;
});

const backupFile = () => new File([new Uint8Array(8)], 'shop.rlbackup', { type: 'application/octet-stream' });

describe('the backup panel while the backup worker runs', () => {
	it('says it is checking, then restoring, in the live status line; then what it restored and recomputed', async () => {
		const user = userEvent.setup();
		render(BackupPanel);
		const status = screen.getByRole('status');
		await user.upload(screen.getByTestId('restore-input'), backupFile());
		expect(status).toHaveTextContent('Checking the backup…');
		expect(screen.getByRole('button', { name: 'Download backup' })).toBeDisabled();

		work.check.resolve({
			createdAt: Date.UTC(2026, 11, 2),
			counts: { datasets: 1 },
			recomputedFigures: ['QA shop']
		});
		const dialog = await screen.findByRole('dialog');
		expect(dialog).toHaveTextContent('data sets: 1; scenarios: 0');
		expect(status.textContent).toBe('');
		await user.click(screen.getByRole('button', { name: 'Confirm' }));
		expect(status).toHaveTextContent('Restoring…');

		work.restore.resolve();
		await vi.waitFor(() => expect(work.closed).toBe(1));
		expect(status).toHaveTextContent(
			'Backup restored (data sets: 1; scenarios: 0). The figures stored with “QA shop” did not match its orders (the file was edited, or made by an older version of Retention Lab): they were computed again from the orders.'
		);
		expect(screen.getByRole('button', { name: 'Download backup' })).toBeEnabled();
	});

	it('says why a file was refused, as before, and ends the worker', async () => {
		const user = userEvent.setup();
		render(BackupPanel);
		await user.upload(screen.getByTestId('restore-input'), backupFile());
		vi.spyOn(console, 'warn').mockImplementationOnce(() => {});
		work.check.reject(new BackupError('corrupt', 0, 'the checksum does not match the file'));
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'The backup file is damaged (its contents do not match its index). Nothing was changed.'
		);
		expect(screen.getByRole('status').textContent).toBe('');
		expect(work.closed).toBe(1);
	});

	it('says so when a backup cannot be made (no unhandled failure), and lets the user try again', async () => {
		const user = userEvent.setup();
		render(BackupPanel);
		const button = screen.getByRole('button', { name: 'Download backup' });
		await user.click(button);
		expect(screen.getByRole('status')).toHaveTextContent('Making the backup…');
		work.create.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'The backup could not be made (The quota has been exceeded.). Nothing stored was changed'
		);
		expect(work.closed).toBe(1);
		expect(button).toBeEnabled();
	});
});
