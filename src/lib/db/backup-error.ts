export type BackupProblem = 'notBackup' | 'newer' | 'corrupt';

/**
 * Why a backup file is refused. `detail` says in English what did not agree (for developers and
 * logs); the user reads the catalogue message of `problem`.
 */
export class BackupError extends Error {
	constructor(
		readonly problem: BackupProblem,
		readonly version = 0,
		readonly detail = ''
	) {
		super(detail ? `${problem}: ${detail}` : problem);
		this.name = 'BackupError';
	}
}
