import type Dexie from 'dexie';
import { backupAsStored, createBackup, parseBackup, restoreBackup, type ParsedBackup } from './backup';
import { failureOf, type FromBackupWorker, type ToBackupWorker } from './backup-protocol';

/**
 * Answers the Data page's backup requests (see `backup-protocol.ts`): in the backup worker, or on
 * the page itself where no worker could start. Keeps the backup last checked until it is restored:
 * its records (typed arrays of every order) never cross to the page and back.
 *
 * `database`: the connection to read and write (opened on first use). `reply` is called once per
 * request (a backup made comes as a Blob, which crosses to the page without being copied).
 */
export function backupService(
	database: () => Dexie,
	reply: (message: FromBackupWorker) => void
): (message: ToBackupWorker) => Promise<void> {
	let checked: ParsedBackup | null = null;
	return async (message) => {
		const { requestId } = message;
		try {
			switch (message.type) {
				case 'create': {
					const file = message.asStored
						? await backupAsStored(undefined, message.now)
						: await createBackup(database(), message.now);
					return reply({ type: 'created', requestId, file });
				}
				case 'check': {
					checked = null;
					const parsed = await parseBackup(message.buffer, database());
					checked = parsed;
					const { createdAt, counts } = parsed.header;
					return reply({
						type: 'checked',
						requestId,
						summary: { createdAt, counts, recomputedFigures: parsed.recomputedFigures }
					});
				}
				case 'restore': {
					if (!checked) throw new Error('restore: no backup was checked');
					const parsed = checked;
					checked = null;
					// The planner's stash is the page's (localStorage): the page clears it once this is done.
					await restoreBackup(parsed, database(), null);
					return reply({ type: 'restored', requestId });
				}
			}
		} catch (error) {
			reply({ type: 'failed', requestId, failure: failureOf(error) });
		}
	};
}
