import type { MetricId } from '$lib/benchmarks/metrics';
import type { FactId } from './facts';
import type { Effort, Lever, SeedId, SegmentId } from './vocabulary';

/**
 * The retention tactic catalogue: every tactic the five seed articles name, merged where two
 * seeds say the same thing. Names, descriptions and how-to steps are in the message catalogue
 * (`msg.tactics.items[id]`); this is the structure the planner and the segment pages work with.
 * `seed-tactics.fixture.ts` records, seed by seed, which phrase of which article each id covers.
 */
export interface TacticSpec {
	/** The one lever the tactic mainly moves. */
	lever: Lever;
	/** The customers it suits; `all` alone when it suits everyone. */
	segments: readonly SegmentId[];
	/** The number to watch to see whether it works. */
	metric: MetricId;
	effort: Effort;
	/** The seed articles that name it. */
	seeds: readonly SeedId[];
	/** Seed figures that argue for it. */
	facts: readonly FactId[];
}

/** In checklist order: measure first, then keep, then grow frequency and order value, then win back. */
const CATALOGUE = {
	'measure-retention': {
		lever: 'retention',
		segments: ['all'],
		metric: 'crr',
		effort: 'low',
		seeds: ['000', '001', '004'],
		facts: ['acquisition-cost-5x', 'repeat-revenue-40']
	},
	'churn-reasons': {
		lever: 'retention',
		segments: ['at-risk', 'cant-lose', 'lost', 'lapsed'],
		metric: 'churn',
		effort: 'medium',
		seeds: ['004'],
		facts: ['acquisition-cost-5x']
	},
	'customer-service': {
		lever: 'retention',
		segments: ['all'],
		metric: 'churn',
		effort: 'medium',
		seeds: ['000', '003', '004'],
		facts: ['service-premium-24', 'service-loyalty-57']
	},
	'priority-support': {
		lever: 'retention',
		segments: ['top-1-percent', 'top-10-percent', 'champions', 'loyal', 'cant-lose'],
		metric: 'churn',
		effort: 'medium',
		seeds: ['000', '002'],
		facts: ['service-loyalty-57']
	},
	'easy-returns': {
		lever: 'retention',
		segments: ['all'],
		metric: 'churn',
		effort: 'medium',
		seeds: ['002', '003'],
		facts: []
	},
	'collect-feedback': {
		lever: 'retention',
		segments: ['all'],
		metric: 'nps',
		effort: 'low',
		seeds: ['001', '003', '004'],
		facts: []
	},
	'reviews-testimonials': {
		lever: 'retention',
		segments: ['all'],
		metric: 'nps',
		effort: 'low',
		seeds: ['002'],
		facts: ['reviews-trust-84']
	},
	'customer-accounts': {
		lever: 'retention',
		segments: ['new', 'one-time'],
		metric: 'repeatPurchaseRate',
		effort: 'low',
		seeds: ['000'],
		facts: []
	},
	'simplify-checkout': {
		lever: 'frequency',
		segments: ['all'],
		metric: 'repeatPurchaseRate',
		effort: 'medium',
		seeds: ['002', '004'],
		facts: ['cart-abandonment-76']
	},
	'personalised-email': {
		lever: 'frequency',
		segments: ['all'],
		metric: 'purchaseFrequency',
		effort: 'medium',
		seeds: ['000', '001', '003'],
		facts: ['email-overload-gen-z', 'email-overload-millennials']
	},
	'automated-email-flows': {
		lever: 'frequency',
		segments: ['new', 'one-time', 'potential-loyalists'],
		metric: 'repeatPurchaseRate',
		effort: 'medium',
		seeds: ['000'],
		facts: []
	},
	'abandoned-cart-recovery': {
		lever: 'frequency',
		segments: ['all'],
		metric: 'cartAbandonmentRate',
		effort: 'low',
		seeds: ['000', '002'],
		facts: ['cart-abandonment-76']
	},
	'sms-marketing': {
		lever: 'frequency',
		segments: ['all'],
		metric: 'purchaseFrequency',
		effort: 'medium',
		seeds: ['001'],
		facts: []
	},
	'loyalty-program': {
		lever: 'frequency',
		segments: ['loyal', 'potential-loyalists', 'champions'],
		metric: 'repeatPurchaseRate',
		effort: 'high',
		seeds: ['001', '003', '004'],
		facts: []
	},
	'loyal-customer-discounts': {
		lever: 'frequency',
		segments: ['loyal', 'champions'],
		metric: 'purchaseFrequency',
		effort: 'low',
		seeds: ['003', '004'],
		facts: []
	},
	'birthday-rewards': {
		lever: 'retention',
		segments: ['all'],
		metric: 'repeatPurchaseRate',
		effort: 'low',
		seeds: ['003', '004'],
		facts: []
	},
	'vip-early-access': {
		lever: 'retention',
		segments: ['champions', 'loyal', 'top-1-percent', 'top-10-percent'],
		metric: 'crr',
		effort: 'medium',
		seeds: ['003', '004'],
		facts: []
	},
	'paid-membership': {
		lever: 'frequency',
		segments: ['high-frequency', 'loyal', 'champions'],
		metric: 'purchaseFrequency',
		effort: 'high',
		seeds: ['004'],
		facts: []
	},
	'shipping-perks': {
		lever: 'frequency',
		segments: ['high-frequency'],
		metric: 'purchaseFrequency',
		effort: 'low',
		seeds: ['002'],
		facts: []
	},
	'referral-program': {
		lever: 'retention',
		segments: ['champions', 'loyal'],
		metric: 'nps',
		effort: 'medium',
		seeds: ['001', '002'],
		facts: []
	},
	'social-media': {
		lever: 'retention',
		segments: ['all'],
		metric: 'crr',
		effort: 'medium',
		seeds: ['001', '003'],
		facts: []
	},
	'long-term-relationship': {
		lever: 'retention',
		segments: ['all'],
		metric: 'clv',
		effort: 'low',
		seeds: ['004'],
		facts: []
	},
	'cross-sell': {
		lever: 'orderValue',
		segments: ['all'],
		metric: 'aov',
		effort: 'medium',
		seeds: ['002'],
		facts: ['cross-sell-profit-30']
	},
	'win-back-email': {
		lever: 'winBack',
		segments: ['at-risk', 'cant-lose', 'hibernating', 'lost', 'lapsed'],
		metric: 'churn',
		effort: 'low',
		seeds: ['000'],
		facts: []
	},
	'retargeting-ads': {
		lever: 'winBack',
		segments: ['one-time', 'at-risk', 'hibernating', 'lapsed'],
		metric: 'repeatPurchaseRate',
		effort: 'medium',
		seeds: ['000'],
		facts: []
	}
} as const satisfies Record<string, TacticSpec>;

export type TacticId = keyof typeof CATALOGUE;

export interface Tactic extends TacticSpec {
	id: TacticId;
}

/** Every tactic, in checklist order. */
export const TACTICS: readonly Tactic[] = Object.entries(CATALOGUE).map(([id, spec]) => ({
	id: id as TacticId,
	...spec
}));

export const TACTIC_IDS: readonly TacticId[] = TACTICS.map((tactic) => tactic.id);

export function isTacticId(value: unknown): value is TacticId {
	return typeof value === 'string' && Object.hasOwn(CATALOGUE, value);
}

export function tacticById(id: TacticId): Tactic {
	const tactic = TACTICS.find((candidate) => candidate.id === id);
	if (!tactic) throw new Error(`Unknown tactic ${id}`);
	return tactic;
}

/**
 * Tactics for a customer segment: those written for it first, then (unless turned off) the ones
 * that suit every customer. Each group keeps the checklist order.
 */
export function tacticsForSegment(segment: SegmentId, options: { includeGeneral?: boolean } = {}): Tactic[] {
	const { includeGeneral = true } = options;
	const specific = TACTICS.filter((tactic) => segment !== 'all' && tactic.segments.includes(segment));
	const general = includeGeneral ? TACTICS.filter((tactic) => tactic.segments.includes('all')) : [];
	return [...specific, ...general];
}

export function tacticsForLever(lever: Lever): Tactic[] {
	return TACTICS.filter((tactic) => tactic.lever === lever);
}

export function tacticsFromSeed(seed: SeedId): Tactic[] {
	return TACTICS.filter((tactic) => tactic.seeds.includes(seed));
}
