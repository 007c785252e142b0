import { db, type SourceFile } from '$lib/db/database';
import { ImportError } from '$lib/orders/errors';
import type { FilePlan } from '$lib/orders/plan';
import { rowsHash } from '$lib/orders/same-files';
import { chunksOf } from './blob-chunks';

/**
 * The fingerprints of a stored data set's files still to be read (`DatasetRecord.sourceFiles`): in
 * a first import the review does not read them (see `reviewReadsFingerprints` in import.worker.ts),
 * and they are read once the CLV fit is made, by whichever worker caches it (the import's, or the
 * Analysis page's worker when the page takes the fit the import handed over).
 */
export interface PendingFingerprints {
	/** The data set's files as stored, those of `later` without their fingerprint (null). */
	sourceFiles: SourceFile[];
	/** The places in `sourceFiles` (and `files`, `plans`) of the files to read. */
	later: number[];
	files: File[];
	plans: FilePlan[];
}

/** A file's fingerprint (`rowsHash`), or null when it cannot be read (gone, or changed since it was chosen). */
export function readFingerprint(file: File, plan: FilePlan): Promise<string | null> {
	return rowsHash(
		plan,
		chunksOf(file, { readError: () => new ImportError('readFailed', { name: file.name }) })
	).catch(() => null);
}

/**
 * Reads the pending fingerprints and writes them into the stored data set (none written when it was
 * deleted meanwhile). Never fails: a data set without them is matched to a file chosen again by its
 * name, size and date. `read` reads one (the import worker's reuses the reads it began itself).
 */
export async function fillFingerprints(
	datasetId: number,
	pending: PendingFingerprints,
	read: (file: File, plan: FilePlan) => Promise<string | null> = readFingerprint
): Promise<void> {
	if (pending.later.length === 0) return;
	try {
		const filled = pending.sourceFiles.slice();
		for (const i of pending.later)
			filled[i] = { ...filled[i], rows: await read(pending.files[i], pending.plans[i]) };
		if (filled.every((file) => file.rows === null)) return;
		await db().datasets.update(datasetId, { sourceFiles: filled });
	} catch {
		// (Left without: see above.)
	}
}
