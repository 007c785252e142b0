/**
 * The small fixed vocabularies the tactic catalogue is written in. Other modules link to these
 * ids (segments to tactics, the planner to levers), so they are stable: rename only with a migration.
 */

/** The five seed articles in `shared/seeds/`, by the number their file names start with. */
export const SEED_IDS = ['000', '001', '002', '003', '004'] as const;
export type SeedId = (typeof SEED_IDS)[number];

/** Each seed's language (the app's UI languages are the seeds' languages plus English). */
export const SEED_LANGUAGE: Record<SeedId, 'lv' | 'zh' | 'ru' | 'nl'> = {
	'000': 'lv',
	'001': 'zh',
	'002': 'ru',
	'003': 'lv',
	'004': 'nl'
};

/** What a tactic mainly moves: keeping customers, how often they buy, how much, or bringing them back. */
export const LEVERS = ['retention', 'frequency', 'orderValue', 'winBack'] as const;
export type Lever = (typeof LEVERS)[number];

export const EFFORTS = ['low', 'medium', 'high'] as const;
export type Effort = (typeof EFFORTS)[number];

/**
 * Customer segments (SPEC §3): the RFM named segments, then the seed 002 segments, then `all` for
 * tactics that suit every customer. The analysis links each segment to the tactics listing it.
 */
export const RFM_SEGMENT_IDS = [
	'champions',
	'loyal',
	'potential-loyalists',
	'new',
	'at-risk',
	'cant-lose',
	'hibernating',
	'lost'
] as const;
export const SEED_SEGMENT_IDS = ['high-frequency', 'top-1-percent', 'top-10-percent', 'one-time', 'lapsed'] as const;
export const SEGMENT_IDS = [...RFM_SEGMENT_IDS, ...SEED_SEGMENT_IDS, 'all'] as const;
export type SegmentId = (typeof SEGMENT_IDS)[number];

export function isSegmentId(value: unknown): value is SegmentId {
	return typeof value === 'string' && (SEGMENT_IDS as readonly string[]).includes(value);
}
