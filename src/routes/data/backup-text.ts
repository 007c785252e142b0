import { BackupError } from '$lib/db/backup-error';
import type { Messages } from '$lib/i18n/messages';

/** What a restore that failed tells the user: why the file was refused, or that the storage was full. */
export function restoreErrorText(error: unknown, m: Messages): string {
	const problems = m.data.backup.errors;
	if (!(error instanceof BackupError)) return problems.failed;
	if (error.problem === 'newer' || error.problem === 'newerDatabase')
		return problems[error.problem]({ version: String(error.version) });
	return problems[error.problem];
}

/** What a restore that went through tells the user: what it restored, and which figures it computed again. */
export function restoredText(
	counts: Record<string, number | undefined>,
	recomputedFigures: readonly string[],
	m: Messages
): string {
	const restored = m.data.backup.restored({
		datasets: String(counts.datasets ?? 0),
		scenarios: String(counts.scenarios ?? 0)
	});
	return [restored, ...recomputedFigures.map((name) => m.data.backup.figuresRecomputed({ name }))].join(' ');
}
