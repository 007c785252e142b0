import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { BackupError, createBackup, parseBackup, restoreBackup } from '$lib/db/backup';
import { db } from '$lib/db/database';
import { en } from '$lib/i18n/en';
import lv from '$lib/i18n/lv';
import { restoredText, restoreErrorText } from './backup-text';

describe('what a restore tells the user', () => {
	it('says the storage is full, and that nothing was changed, when the browser had no room', async () => {
		const parsed = await parseBackup(await (await createBackup(db())).arrayBuffer(), db());
		const scenarios = db().tables.find((t) => t.name === 'scenarios')!;
		parsed.tables.scenarios = [{ id: 1, calculator: 'crr', name: 'Q1', inputs: {}, createdAt: 1, updatedAt: 1 }];
		const bulkAdd = vi
			.spyOn(scenarios, 'bulkAdd')
			.mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
		const error = await restoreBackup(parsed, db(), undefined).catch((e: unknown) => e);
		bulkAdd.mockRestore();

		const text = restoreErrorText(error, en);
		expect(text).toMatch(/no more storage space/);
		expect(text).toMatch(/Nothing was changed/);
		expect(text).not.toBe(en.data.backup.errors.failed);
		expect(restoreErrorText(error, lv as typeof en)).toMatch(/nav vietas.*Nekas netika mainīts/);
	});

	it('keeps the general message for other failures, and each refusal’s own', () => {
		expect(restoreErrorText(new Error('x'), en)).toBe(en.data.backup.errors.failed);
		expect(restoreErrorText(new BackupError('corrupt'), en)).toBe(en.data.backup.errors.corrupt);
		expect(restoreErrorText(new BackupError('newer', 12), en)).toMatch(/\(backup format 12\)/);
		// Records of a newer database: its version, which is numbered apart from the backup format's.
		expect(restoreErrorText(new BackupError('newerDatabase', 20), en)).toMatch(/\(database version 20\)/);
	});

	it('names each data set whose figures were computed again from its orders', () => {
		expect(restoredText({ datasets: 1, scenarios: 0 }, ['QA shop'], en)).toBe(
			'Backup restored (data sets: 1; scenarios: 0). The figures stored with “QA shop” did not match its orders (the file was edited, or made by an older version of Retention Lab): they were computed again from the orders.'
		);
		expect(restoredText({ datasets: 2 }, [], en)).toBe('Backup restored (data sets: 2; scenarios: 0).');
	});
});
