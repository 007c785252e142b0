import { SEED_IDS, type SEED_LANGUAGE, type SeedId } from '$lib/tactics/vocabulary';

/**
 * The five source articles' ids, the anchors that cite them and the keys their catalogue texts use. Kept apart from `sources.ts`, which
 * pulls in the tactic and benchmark data, so a citation link costs next to nothing in a page's bundle.
 */

/** A source article, by the number its file name starts with (the same ids as the tactic catalogue's). */
export type SourceId = SeedId;
export const SOURCE_IDS: readonly SourceId[] = SEED_IDS;

export function isSourceId(value: unknown): value is SourceId {
	return typeof value === 'string' && (SOURCE_IDS as readonly string[]).includes(value);
}

/** The id of a source's entry on the Sources page: `/sources#source-001` lands on it. */
export function sourceAnchor(id: SourceId): string {
	return `source-${id}`;
}

/** The source an anchor (with or without its leading `#`) points to, or null. */
export function sourceFromAnchor(anchor: string): SourceId | null {
	const id = /^#?source-(.+)$/.exec(anchor)?.[1];
	return isSourceId(id) ? id : null;
}

export type SourceLanguage = (typeof SEED_LANGUAGE)[SeedId];

/** Where in the copy the title was found. */
export type TitleBasis =
	/** A title line, as the article gives it. */
	| 'title-line'
	/** No title line: the heading of the article's main part. */
	| 'main-heading'
	/** No title line: a title-like phrase left inside the running text. */
	| 'embedded'
	/** No title line: the first words of the lead paragraph. */
	| 'lead';

/** Keys of `msg.sources.publisherNotes`: what the text names that is not its publisher. */
export type PublisherNoteKey = 'ecwid-features' | 'metrilo-cited' | 'figures-cited' | 'author-unnamed';

/** Calculators a source's formula is used in (ids as in the calculators' addresses). */
export type SourceCalculatorId = 'crr' | 'aov' | 'frequency' | 'clv-simple' | 'nps';

/** Where in the app a contribution is used. */
export type Destination =
	{ kind: 'calculator'; id: SourceCalculatorId } | { kind: 'page'; page: 'analysis' | 'benchmarks' };

/** Keys of `msg.sources.contributions`: a formula, definition or worked example taken from a source. */
export type ContributionKey =
	| 'crr-formula-letters'
	| 'crr-formula-words'
	| 'crr-textbook-example'
	| 'nps-scale'
	| 'high-frequency-segment'
	| 'revenue-tiers'
	| 'clv-formula'
	| 'aov-frequency-factors'
	| 'lifetime-range';
