import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { decodeBackup } from './backup';
import type { FromBackupWorker } from './backup-protocol';
import { backupService } from './backup-service';
import { DATABASE_NAME, db, SCHEMA_V4 } from './database';

describe('the backup service, for a tab whose code is older than the stored database', () => {
	it('backs up the database as stored (every table, its version) when asked to, not as this code knows it', async () => {
		// The database as a newer version of the app left it: a table this code does not know.
		const newer = new Dexie(DATABASE_NAME);
		newer.version(11).stores({ ...SCHEMA_V4, keyedOrderChunks: '', keyedOrderIdChunks: '', extra: 'id' });
		await newer.table('extra').add({ id: 1, text: 'only the newer code knows this table' });
		newer.close();

		const replies: FromBackupWorker[] = [];
		const handle = backupService(db, (reply) => replies.push(reply));
		await handle({ type: 'create', requestId: 1, now: 5, asStored: true });
		const [reply] = replies;
		if (reply.type !== 'created') throw new Error(JSON.stringify(reply));
		const { header } = await decodeBackup(await reply.file.arrayBuffer(), 11);
		expect(header.schemaVersion).toBe(11);
		expect(header.counts).toMatchObject({ extra: 1 });
	});
});
