/**
 * Workers started ahead of need (range and helper workers, loaded while the user reviews a file)
 * may fail to load before anyone listens to them: the `error` event then is gone, and whoever
 * later hands the worker its work would wait for an answer forever. This remembers that failure.
 */
const failed = new WeakSet<Worker>();

/** Watches a worker just created for a failure to load (or any error) from its first moment. */
export function watchStart(worker: Worker): Worker {
	worker.addEventListener('error', () => failed.add(worker));
	return worker;
}

/** True once the worker has reported an error (it will not answer). */
export function hasFailed(worker: Worker): boolean {
	return failed.has(worker);
}
