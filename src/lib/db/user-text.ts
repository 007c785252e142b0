/**
 * User-given text (data set and scenario names, customer ids) put where it could do harm: into a
 * download's file name, or into running text where bidirectional control characters (U+202E
 * RIGHT-TO-LEFT OVERRIDE and friends) could reorder what is shown around it.
 */

/** Bidirectional formatting characters: embeddings, overrides, isolates and marks. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * A user-given name as a safe part of a download's file name: letters, digits, `.`, `_`, space
 * and `-` are kept; anything else (slashes, formula signs such as `=`, brackets, control and
 * bidirectional characters) becomes `_`; no leading dots or spaces, at most 80 characters, and
 * `fallback` when nothing is left. Every export that names a file after a data set uses this.
 */
export function fileNamePart(name: string, fallback = 'data'): string {
	const safe = name
		.replace(/[^\p{L}\p{M}\p{N}._ -]+/gu, '_')
		.replace(/_+/g, '_')
		.replace(/^[.\s_-]+/, '')
		.slice(0, 80)
		.trim();
	return safe || fallback;
}

/**
 * Text wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, with any stray isolate or
 * override inside removed, for places where markup (`<bdi>`) cannot be used: `<option>` labels,
 * `title` attributes, messages built as one string.
 */
export function isolate(text: string): string {
	return `\u2068${text.replace(BIDI_CONTROLS, '')}\u2069`;
}
