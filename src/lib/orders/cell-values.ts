/** `CellValues.get` of a cell not seen before (or not remembered). */
export const UNSEEN = -2;

/**
 * How many distinct cells a column remembers. Channels, countries, discount codes and most shops'
 * product names are far fewer; past this a column (a free-text note) is looked up the slow way,
 * with no more short strings kept than this.
 */
export const CELL_VALUES_MAX = 4096;

/** Slots of the table: twice the most texts, so that probes stay short. */
const SLOTS = CELL_VALUES_MAX * 2;
const MASK = SLOTS - 1;
const SLOT_SHIFT = 32 - Math.log2(SLOTS);
/**
 * The most slots a lookup reads: texts placed on the same few slots (a column of codes alike in
 * every character the slot is placed by) are looked up the slow way rather than compared in turn.
 */
const MAX_PROBES = 16;

/**
 * The dictionary values of a column's cells as the file wrote them, for cells that needed no
 * cleaning (no spaces around, no control characters). Without it each cell of a dimension column
 * (four a row in a file with channel, country, product and discount code) was scanned for control
 * characters, trimmed, hashed character by character and looked up in the dictionary: the
 * accumulator took about a quarter longer on such a file (tests/bench/parse.mjs).
 *
 * A table placed by a text's length and ten of its characters, not a `Map`: in Chromium, where the
 * import runs, `Map.get` of a freshly cut cell hashes it through the runtime, and it was the largest
 * item of the import's profile on the attributes bench file (17%, more than splitting the rows);
 * with the table the whole import took 1.68 s against 1.87 s (mean of 15 runs each, interleaved, in
 * a worker). In node the two were even. A lookup compares whole strings, so a text alike in the
 * sampled characters is never taken for another: at worst it is not found (`UNSEEN`).
 *
 * Keys are the dictionary's own strings (or ''), never the cells: a cell cut from the text may be
 * a view of its whole chunk (see `ownString`), which a remembered key would keep alive.
 */
export class CellValues {
	readonly #texts: (string | null)[] = new Array<string | null>(SLOTS).fill(null);
	readonly #values = new Int32Array(SLOTS);
	#size = 0;

	/**
	 * The first slot of a text, placed by its length and ten of its characters: the first two, the
	 * last four (codes and sizes differ there), and those at a quarter, at half (and the one before)
	 * and at three quarters.
	 * Hashing every character in script cost more than the lookup saves. (A position outside a short
	 * text reads NaN, which counts as 0.)
	 */
	static #slot(text: string): number {
		const n = text.length;
		let h = Math.imul(n ^ (text.charCodeAt(0) << 16) ^ text.charCodeAt(n - 1), 0x9e3779b1);
		h = Math.imul(h ^ (text.charCodeAt(n - 2) << 16) ^ text.charCodeAt(n - 3), 0x85ebca6b);
		h = Math.imul(h ^ (text.charCodeAt(n - 4) << 16) ^ text.charCodeAt(n >> 1), 0xc2b2ae35);
		h = Math.imul(h ^ (text.charCodeAt(n >> 2) << 16) ^ text.charCodeAt((3 * n) >> 2), 0x27d4eb2f);
		h = Math.imul(h ^ (text.charCodeAt(1) << 16) ^ text.charCodeAt((n >> 1) - 1), 0x165667b1);
		return (h ^ (h >>> 15)) >>> SLOT_SHIFT;
	}

	/** The value of a cell with this exact text (-1: empty), or `UNSEEN`. */
	get(cell: string): number {
		const texts = this.#texts;
		let slot = CellValues.#slot(cell);
		for (let probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & MASK) {
			const text = texts[slot];
			if (text === null) return UNSEEN;
			if (text === cell) return this.#values[slot];
		}
		return UNSEEN;
	}

	/** Notes that a cell with exactly this text has `value`: `text` is the dictionary's own string. */
	note(text: string, value: number): void {
		if (this.#size >= CELL_VALUES_MAX) return;
		const texts = this.#texts;
		let slot = CellValues.#slot(text);
		for (let probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & MASK) {
			const there = texts[slot];
			if (there === text) return;
			if (there !== null) continue;
			texts[slot] = text;
			this.#values[slot] = value;
			this.#size++;
			return;
		}
	}
}
