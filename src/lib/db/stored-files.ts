import type { DatasetRecord, SourceFile } from './database';

/** A chosen file as the review knows it: `rows` is its fingerprint once read (undefined before, null if it could not be). */
export interface ChosenFile {
	name: string;
	size: number;
	lastModified: number;
	rows?: string | null;
}

/**
 * A chosen file that a stored data set was imported from already: `by` 'rows' when their rows'
 * fingerprints are the same (whatever the files' names), 'file' when the same name, size and last
 * change say so and a fingerprint is not there to confirm it (not yet read, or a data set imported
 * before fingerprints were kept). `stored` is the data set's file (its only one, or one of several).
 */
export interface StoredCopy {
	file: number;
	dataset: DatasetRecord;
	stored: SourceFile;
	by: 'rows' | 'file';
}

/**
 * Which chosen files a stored data set holds already (each pair once, in the order of the files,
 * then of `datasets`). Two fingerprints decide, when both are there: the same name, size and date
 * with other rows is another file, and other names with the same rows are the same one. Without
 * both, the name, size and last change decide (the cheap check, before the fingerprint is read).
 */
export function storedCopies(chosen: readonly ChosenFile[], datasets: readonly DatasetRecord[]): StoredCopy[] {
	const copies: StoredCopy[] = [];
	chosen.forEach((file, index) => {
		for (const dataset of datasets) {
			let match: { stored: SourceFile; by: StoredCopy['by'] } | null = null;
			for (const stored of dataset.sourceFiles ?? []) {
				const by = sameFile(file, stored);
				if (by && (match === null || (by === 'rows' && match.by === 'file'))) match = { stored, by };
			}
			if (match) copies.push({ file: index, dataset, ...match });
		}
	});
	return copies;
}

/** Whether two files (chosen or stored) are the same: by their rows where both fingerprints are read, else by name, size and date. */
function sameFile(file: ChosenFile, other: ChosenFile | SourceFile): StoredCopy['by'] | null {
	if (typeof file.rows === 'string' && typeof other.rows === 'string')
		return file.rows === other.rows ? 'rows' : null;
	return sameNameSizeAndDate(file, other) ? 'file' : null;
}

/**
 * Whether two files are the same by their name, size and last change as the browser gives them:
 * the cheap check, before their rows' fingerprints say more.
 */
export function sameNameSizeAndDate(a: Omit<ChosenFile, 'rows'>, b: Omit<ChosenFile, 'rows'>): boolean {
	return a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
}

/** A chosen file that is an earlier chosen file again (`of`), by its rows or by its name, size and date. */
export interface ChosenAgain {
	file: number;
	of: number;
	by: StoredCopy['by'];
}

/**
 * The chosen files that are an earlier chosen file again (each the first it repeats): the same
 * rows when both fingerprints are read (whatever the names), else the same name, size and date.
 * A download saved twice ("orders (1).csv"), or one file dropped twice.
 */
export function chosenTwice(chosen: readonly ChosenFile[]): ChosenAgain[] {
	const again: ChosenAgain[] = [];
	chosen.forEach((file, index) => {
		for (let earlier = 0; earlier < index; earlier++) {
			const by = sameFile(file, chosen[earlier]);
			if (by) {
				again.push({ file: index, of: earlier, by });
				return;
			}
		}
	});
	return again;
}
