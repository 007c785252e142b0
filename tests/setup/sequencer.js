import { BaseSequencer } from 'vitest/node';

/** The files whose time is mostly waiting (measured: CPU time under half of the wall time). */
const WAITING_FILES = ['/src/lib/workers/import-helper.db.test.ts'];

/**
 * Vitest's order (a project after another, by name; within one the longest or largest file first)
 * with the files that mostly wait put first. The import worker's tests wait on its timers (the
 * review's 300 ms, a fit's wait for the page of up to a second): 35 s, of which 16 are CPU. Run
 * last, where the "unit-db" project's name put them, the other thread had nothing left to do and the
 * last 15 s of the run used a tenth of the two cores; run first, their waits are filled by the
 * other threads and, in `npm test`, by the lane beside Vitest (the type check, lint and build). A
 * file renamed here is simply not put first (a filtered run may leave any of them out).
 */
export class WaitingFilesFirst extends BaseSequencer {
	/**
	 * @override
	 * @param {import('vitest/node').TestSpecification[]} files
	 */
	async sort(files) {
		const sorted = await super.sort(files);
		/** @param {import('vitest/node').TestSpecification} file */
		const waits = (file) => WAITING_FILES.some((end) => file.moduleId.endsWith(end));
		return [...sorted.filter(waits), ...sorted.filter((file) => !waits(file))];
	}
}
