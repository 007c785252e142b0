import { updated } from '$app/state';
import { reportProblem } from './status';

/**
 * Tells a worker that could not start because a new version of the site was deployed (its old
 * hashed file removed) from one that failed for another reason. A script that fails to load
 * gives a plain `error` event; an error thrown inside a running worker gives an `ErrorEvent` with
 * a message (null: not a load failure). For a load failure the site's version file is read: when
 * it names another version, the site was updated, which is reported to the page frame too.
 */
export async function workerLoadFailure(event: Event): Promise<'updated' | 'failed' | null> {
	if (event instanceof ErrorEvent && event.message) return null;
	let newer: boolean;
	try {
		newer = await updated.check();
	} catch {
		return 'failed';
	}
	if (!newer) return 'failed';
	reportProblem({ kind: 'codeGone' });
	return 'updated';
}
