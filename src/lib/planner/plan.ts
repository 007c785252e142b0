import { isTacticId, TACTIC_IDS, type TacticId } from '$lib/tactics/catalogue';

/** Where the user stands with a tactic. `not-relevant` takes it out of the progress count. */
export const TACTIC_STATUSES = ['not-started', 'planned', 'in-progress', 'done', 'not-relevant'] as const;
export type TacticStatus = (typeof TACTIC_STATUSES)[number];

export function isTacticStatus(value: unknown): value is TacticStatus {
	return typeof value === 'string' && (TACTIC_STATUSES as readonly string[]).includes(value);
}

/** The user's plan for one tactic, as stored (one record per tactic). */
export interface PlanEntry {
	tacticId: TacticId;
	status: TacticStatus;
	notes: string;
	owner: string;
	/** A calendar date, `YYYY-MM-DD`, or null when none is set. */
	targetDate: string | null;
	/** Milliseconds since the epoch of the last change. */
	updatedAt: number;
}

/** A tactic's line in the full plan: its entry, or the defaults when the user has not touched it. */
export type PlanRow = Omit<PlanEntry, 'updatedAt'> & { updatedAt: number | null };

export const MAX_NOTES_LENGTH = 5000;
export const MAX_OWNER_LENGTH = 120;

/** True for a real calendar date written `YYYY-MM-DD` (2025-02-30 is not one). */
export function isIsoDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export type PlanEntryProblem =
	'unknown-tactic' | 'invalid-status' | 'invalid-date' | 'notes-too-long' | 'owner-too-long' | 'invalid-timestamp';

/** What is wrong with an entry (e.g. one read back from storage or a restored backup), or null. */
export function planEntryProblem(entry: Record<keyof PlanEntry, unknown>): PlanEntryProblem | null {
	if (!isTacticId(entry.tacticId)) return 'unknown-tactic';
	if (!isTacticStatus(entry.status)) return 'invalid-status';
	if (entry.targetDate !== null && (typeof entry.targetDate !== 'string' || !isIsoDate(entry.targetDate))) {
		return 'invalid-date';
	}
	if (typeof entry.notes !== 'string' || entry.notes.length > MAX_NOTES_LENGTH) return 'notes-too-long';
	if (typeof entry.owner !== 'string' || entry.owner.length > MAX_OWNER_LENGTH) return 'owner-too-long';
	if (typeof entry.updatedAt !== 'number' || !Number.isFinite(entry.updatedAt)) return 'invalid-timestamp';
	return null;
}

/** A fresh entry for a tactic the user starts planning. */
export function newPlanEntry(tacticId: TacticId, now: number): PlanEntry {
	return { tacticId, status: 'not-started', notes: '', owner: '', targetDate: null, updatedAt: now };
}

export type PlanEntryChange = Partial<Pick<PlanEntry, 'status' | 'notes' | 'owner' | 'targetDate'>>;

/**
 * The entry with a change applied and its time stamped. An empty target date clears it; an
 * invalid one is refused (the form shows the problem rather than saving a date nobody meant).
 */
export function applyChange(entry: PlanEntry, change: PlanEntryChange, now: number): PlanEntry {
	const next: PlanEntry = { ...entry, ...change, updatedAt: now };
	if (next.targetDate !== null) {
		next.targetDate = next.targetDate.trim();
		if (next.targetDate === '') next.targetDate = null;
	}
	const problem = planEntryProblem(next);
	if (problem) throw new RangeError(`Plan entry for ${entry.tacticId}: ${problem}`);
	return next;
}

/**
 * One row per tactic, in catalogue order, filling in the defaults for untouched tactics.
 * Entries for ids no longer in the catalogue are left out; if a tactic has two entries, the
 * most recently updated one counts.
 */
export function completePlan(entries: readonly PlanEntry[], tacticIds: readonly TacticId[] = TACTIC_IDS): PlanRow[] {
	const latest = new Map<TacticId, PlanEntry>();
	for (const entry of entries) {
		const seen = latest.get(entry.tacticId);
		if (!seen || entry.updatedAt >= seen.updatedAt) latest.set(entry.tacticId, entry);
	}
	return tacticIds.map(
		(tacticId) =>
			latest.get(tacticId) ?? {
				tacticId,
				status: 'not-started',
				notes: '',
				owner: '',
				targetDate: null,
				updatedAt: null
			}
	);
}

export interface ProgressSummary {
	/** Tactics in the catalogue. */
	total: number;
	counts: Record<TacticStatus, number>;
	/** Tactics not marked "not relevant". */
	relevant: number;
	done: number;
	/** done / relevant as a fraction; null when every tactic is marked not relevant. */
	doneShare: number | null;
}

export function summarizeProgress(
	entries: readonly PlanEntry[],
	tacticIds: readonly TacticId[] = TACTIC_IDS
): ProgressSummary {
	const counts = Object.fromEntries(TACTIC_STATUSES.map((status) => [status, 0])) as Record<TacticStatus, number>;
	const rows = completePlan(entries, tacticIds);
	for (const row of rows) counts[row.status] += 1;
	const relevant = rows.length - counts['not-relevant'];
	const done = counts.done;
	return { total: rows.length, counts, relevant, done, doneShare: relevant === 0 ? null : done / relevant };
}
