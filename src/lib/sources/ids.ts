import { SEED_IDS, type SeedId } from '$lib/tactics/vocabulary';

/**
 * The five source articles' ids and the anchors that cite them. Kept apart from `sources.ts`, which
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
