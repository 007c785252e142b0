import type { Analysis } from '$lib/analysis/analyse';

/**
 * What an import that just finished hands to the Analysis page in this tab's memory, so that the
 * page shows it at once instead of reading it back from IndexedDB (where it is stored too):
 * the analysis of the default settings, and the CLV fit the import worker is still computing.
 * Keyed by the data set's id and creation time (a data set deleted and restored since is another).
 */
interface HandedOffAnalysis {
	datasetId: number;
	createdAt: number;
	settingsKey: string;
	analysis: Analysis;
}

let handedOff: HandedOffAnalysis | null = null;
const clvPrecomputes = new Map<number, Promise<void>>();

/** Keeps the analysis an import computed (only the latest import's: one at a time). */
export function handOffAnalysis(entry: HandedOffAnalysis): void {
	handedOff = entry;
}

/** The analysis handed off for this data set and settings, or null. */
export function handedOffAnalysis(datasetId: number, createdAt: number, settingsKey: string): Analysis | null {
	const entry = handedOff;
	if (!entry || entry.datasetId !== datasetId || entry.createdAt !== createdAt) return null;
	return entry.settingsKey === settingsKey ? entry.analysis : null;
}

/**
 * Notes that the import worker is fitting the default CLV models of a data set; `done` settles
 * when the fit is cached or has failed (it never rejects). A page that wants that fit waits for
 * it instead of fitting the same models again beside it.
 */
export function noteClvPrecompute(datasetId: number, done: Promise<void>): void {
	clvPrecomputes.set(datasetId, done);
	void done.finally(() => {
		if (clvPrecomputes.get(datasetId) === done) clvPrecomputes.delete(datasetId);
	});
}

/** The CLV fit being precomputed for this data set, or null when none is running. */
export function clvPrecomputeOf(datasetId: number): Promise<void> | null {
	return clvPrecomputes.get(datasetId) ?? null;
}
