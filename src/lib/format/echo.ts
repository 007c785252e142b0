/** How many characters of a user's text a message repeats at most. */
export const ECHO_LIMIT = 24;

/**
 * A user's text as a message repeats it: trimmed, and cut to its first `limit` characters with "…"
 * when longer, so a pasted page or a 100,000-character link parameter is named, not echoed whole.
 * Counts characters, not UTF-16 units, so an emoji or a Chinese character is never split.
 */
export function echoText(text: string, limit = ECHO_LIMIT): string {
	const trimmed = text.trim();
	if (trimmed.length <= limit) return trimmed;
	const characters = Array.from(trimmed.slice(0, 2 * limit + 2));
	return characters.length <= limit ? trimmed : `${characters.slice(0, limit).join('')}…`;
}
