import { TACTICS, tacticsForSegment, type Tactic, type TacticId } from '$lib/tactics/catalogue';
import { isSegmentId, LEVERS, type Lever, type SegmentId } from '$lib/tactics/vocabulary';
import { completePlan, isTacticStatus, type PlanEntry, type TacticStatus } from './plan';

/**
 * The planner's filters and their form in the address (`/planner?segment=at-risk&lever=winBack`),
 * so that other pages can link to the tactics for a segment and a filtered view can be shared.
 */
export interface PlanFilter {
	lever: Lever | null;
	segment: SegmentId | null;
	status: TacticStatus | null;
}

export const NO_FILTER: PlanFilter = { lever: null, segment: null, status: null };

export const FILTER_PARAMS = { lever: 'lever', segment: 'segment', status: 'status' } as const;

function isLever(value: unknown): value is Lever {
	return typeof value === 'string' && (LEVERS as readonly string[]).includes(value);
}

/** The filter a query asks for; unknown values are ignored rather than showing nothing. */
export function readFilter(params: URLSearchParams): PlanFilter {
	const lever = params.get(FILTER_PARAMS.lever);
	const segment = params.get(FILTER_PARAMS.segment);
	const status = params.get(FILTER_PARAMS.status);
	return {
		lever: isLever(lever) ? lever : null,
		segment: isSegmentId(segment) ? segment : null,
		status: isTacticStatus(status) ? status : null
	};
}

/** The query of a filter, keeping any other parameters of `params`. */
export function writeFilter(filter: PlanFilter, params = new URLSearchParams()): URLSearchParams {
	const next = new URLSearchParams(params);
	for (const key of Object.keys(FILTER_PARAMS) as (keyof PlanFilter)[]) {
		const value = filter[key];
		if (value === null) next.delete(FILTER_PARAMS[key]);
		else next.set(FILTER_PARAMS[key], value);
	}
	return next;
}

export function isFiltered(filter: PlanFilter): boolean {
	return filter.lever !== null || filter.segment !== null || filter.status !== null;
}

/**
 * The tactics to list. With a segment, those written for it come first, then those that suit every
 * customer (as `tacticsForSegment` orders them); otherwise the checklist order.
 */
export function filterTactics(
	entries: readonly PlanEntry[],
	filter: PlanFilter,
	tactics: readonly Tactic[] = TACTICS
): TacticId[] {
	const known = new Set(tactics.map((tactic) => tactic.id));
	const ordered =
		filter.segment === null ? tactics : tacticsForSegment(filter.segment).filter((tactic) => known.has(tactic.id));
	const status = new Map(
		completePlan(
			entries,
			tactics.map((tactic) => tactic.id)
		).map((row) => [row.tacticId, row.status])
	);
	return ordered
		.filter((tactic) => filter.lever === null || tactic.lever === filter.lever)
		.filter((tactic) => filter.status === null || status.get(tactic.id) === filter.status)
		.map((tactic) => tactic.id);
}
