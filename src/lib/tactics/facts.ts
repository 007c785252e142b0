import type { SeedId } from './vocabulary';

/**
 * Figures the seed articles give to argue for a tactic, kept with who said them and where.
 * They are quoted as the seeds state them, not re-checked studies: `attributedTo` is the source
 * the seed names (null when it names none). The claim's words are in `msg.tactics.facts`.
 */
export interface Fact {
	/** 0.4 for "40 %", 5 for "five times". */
	value: number;
	unit: 'ratio' | 'times';
	/** How the seed hedges the number. */
	qualifier: 'about' | 'up-to' | 'exact';
	attributedTo: string | null;
	citedIn: SeedId;
}

export const FACTS = {
	'acquisition-cost-5x': { value: 5, unit: 'times', qualifier: 'about', attributedTo: null, citedIn: '004' },
	'repeat-revenue-40': { value: 0.4, unit: 'ratio', qualifier: 'up-to', attributedTo: null, citedIn: '000' },
	'service-premium-24': { value: 0.24, unit: 'ratio', qualifier: 'up-to', attributedTo: null, citedIn: '000' },
	'service-loyalty-57': { value: 0.57, unit: 'ratio', qualifier: 'exact', attributedTo: 'Zendesk', citedIn: '002' },
	'cross-sell-profit-30': { value: 0.3, unit: 'ratio', qualifier: 'exact', attributedTo: 'McKinsey', citedIn: '002' },
	'cart-abandonment-76': { value: 0.76, unit: 'ratio', qualifier: 'about', attributedTo: null, citedIn: '002' },
	'reviews-trust-84': { value: 0.84, unit: 'ratio', qualifier: 'exact', attributedTo: 'BrightLocal', citedIn: '002' },
	'email-overload-gen-z': { value: 0.53, unit: 'ratio', qualifier: 'exact', attributedTo: null, citedIn: '000' },
	'email-overload-millennials': { value: 0.49, unit: 'ratio', qualifier: 'exact', attributedTo: null, citedIn: '000' }
} as const satisfies Record<string, Fact>;

export type FactId = keyof typeof FACTS;
export const FACT_IDS = Object.keys(FACTS) as FactId[];
