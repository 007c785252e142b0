import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { restoreErrorText } from '../../routes/data/backup-text';
import { BackupError } from './backup-error';
import { errorOf, failureOf } from './backup-protocol';
import { ReadOnlyDatabaseError } from './status';

/** An error as the page gets it from the backup worker: sent as data, structured-cloned, made again. */
const acrossTheWorker = (error: unknown) => errorOf(structuredClone(failureOf(error)));

describe('backup errors crossing from the worker to the page', () => {
	it.each([
		{ name: 'not a backup', error: new BackupError('notBackup'), text: 'This file is not a Retention Lab backup.' },
		{
			name: 'damaged',
			error: new BackupError('corrupt', 0, 'the header is not valid JSON'),
			text: 'The backup file is damaged (its contents do not match its index). Nothing was changed.'
		},
		{
			name: 'newer',
			error: new BackupError('newer', 4),
			text: 'This backup was made by a newer version of Retention Lab (backup format 4); update the app, then restore it.'
		},
		{
			name: 'of a newer database',
			error: new BackupError('newerDatabase', 20),
			text: 'This backup was made by a newer version of Retention Lab (database version 20); update the app, then restore it.'
		},
		{
			name: 'storage full',
			error: new BackupError('storageFull', 0, 'QuotaExceededError'),
			text: en.data.backup.errors.storageFull
		},
		{
			name: 'a read-only tab',
			error: new ReadOnlyDatabaseError('newer'),
			text: 'The backup could not be restored. Nothing was changed.'
		},
		{
			name: 'a bug',
			error: new TypeError('x is undefined'),
			text: 'The backup could not be restored. Nothing was changed.'
		},
		{
			name: 'a string thrown',
			error: 'a string thrown',
			text: 'The backup could not be restored. Nothing was changed.'
		}
	])('$name: tells the user what it told on the page', ({ error, text }) => {
		expect(restoreErrorText(acrossTheWorker(error), en)).toBe(text);
		expect(restoreErrorText(error, en)).toBe(text);
	});

	it('keeps what a refusal says for developers: its problem, version and detail', () => {
		const error = acrossTheWorker(new BackupError('corrupt', 0, 'table datasets: the record count does not agree'));
		expect(error).toBeInstanceOf(BackupError);
		expect(error).toMatchObject({
			problem: 'corrupt',
			version: 0,
			detail: 'table datasets: the record count does not agree'
		});
		expect(acrossTheWorker(new BackupError('newer', 7))).toMatchObject({ problem: 'newer', version: 7 });
		expect(acrossTheWorker(new ReadOnlyDatabaseError('upgraded'))).toMatchObject({ reason: 'upgraded' });
		expect(acrossTheWorker(new RangeError('Array buffer allocation failed')).message).toBe(
			'RangeError: Array buffer allocation failed'
		);
	});

	it('takes a problem it does not know for damage', () => {
		const error = errorOf({ kind: 'backup', problem: 'exploded' as never, version: 0, detail: '' });
		expect(restoreErrorText(error, en)).toBe(en.data.backup.errors.corrupt);
	});
});
