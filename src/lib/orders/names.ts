/**
 * Customers' names as stored (see `CustomerNames`). A file with first- and last-name columns
 * (WooCommerce `First Name (Billing)` / `Last Name (Billing)`, generic `first_name` / `last_name`)
 * gives both parts, kept apart by U+001F (a control character, removed from every imported text,
 * so it never occurs in a name); a file with one name column (Shopify `Billing Name`, generic
 * `name`) gives the full name as written, which is never split: where a name's family part
 * starts cannot be told from the text alone ("Anna Maria Berzina", "Li Wei", "van Dijk").
 */

export const NAME_SEPARATOR = '\u001f';

export type PersonName = { kind: 'parts'; first: string; last: string } | { kind: 'full'; full: string };

/** A stored name read back; null for none. */
export function readName(value: string | undefined): PersonName | null {
	if (!value) return null;
	const at = value.indexOf(NAME_SEPARATOR);
	if (at < 0) return { kind: 'full', full: value };
	return { kind: 'parts', first: value.slice(0, at), last: value.slice(at + 1) };
}
