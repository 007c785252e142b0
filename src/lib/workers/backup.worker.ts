/// <reference lib="webworker" />
/**
 * Makes, checks and restores backups for the Data page, off its main thread (see
 * `backup-protocol.ts`); the work itself is `backupService`'s. One worker per backup made or per
 * file restored: the page ends it when done, and with it the connection and the checked records.
 */
import { db } from '$lib/db/database';
import { backupService } from '$lib/db/backup-service';
import type { ToBackupWorker } from '$lib/db/backup-protocol';

declare const self: DedicatedWorkerGlobalScope;

const handle = backupService(db, (reply) => self.postMessage(reply));

self.onmessage = (event: MessageEvent<ToBackupWorker>) => void handle(event.data);
