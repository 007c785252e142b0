/** `CellValues.get` of a cell not seen before (or not remembered). */
export const UNSEEN = -2;

/**
 * How many distinct cells a column remembers. Channels, countries, discount codes and most shops'
 * product names are far fewer; past this a column (a free-text note) is looked up the slow way,
 * with no more short strings kept than this.
 */
export const CELL_VALUES_MAX = 4096;

/**
 * The dictionary values of a column's cells as the file wrote them, for cells that needed no
 * cleaning (no spaces around, no control characters). Without it each cell of a dimension column
 * (four a row in a file with channel, country, product and discount code) was scanned for control
 * characters, trimmed, hashed character by character and looked up in the dictionary: the
 * accumulator took about a quarter longer on such a file (tests/bench/parse.mjs). A `Map` beat a
 * hand-made table placed by a few characters: V8 hashes a string once, natively.
 *
 * Keys are the dictionary's own strings (or ''), never the cells: a cell cut from the text may be
 * a view of its whole chunk (see `ownString`), which a remembered key would keep alive.
 */
export class CellValues {
	readonly #values = new Map<string, number>();

	/** The value of a cell with this exact text (-1: empty), or `UNSEEN`. */
	get(cell: string): number {
		return this.#values.get(cell) ?? UNSEEN;
	}

	/** Notes that a cell with exactly this text has `value`: `text` is the dictionary's own string. */
	note(text: string, value: number): void {
		if (this.#values.size < CELL_VALUES_MAX) this.#values.set(text, value);
	}
}
