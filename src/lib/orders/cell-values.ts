import { FNV_PRIME } from './string-index';

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
/** The most characters a slot is placed by (see `#slot`). */
const HASHED_CHARACTERS = 64;

/**
 * The dictionary values of a column's cells as the file wrote them, for cells that needed no
 * cleaning (no spaces around, no control characters). Without it each cell of a dimension column
 * (four a row in a file with channel, country, product and discount code) was scanned for control
 * characters, trimmed, hashed character by character and looked up in the dictionary: the
 * accumulator took about a quarter longer on such a file (tests/bench/parse.mjs).
 *
 * A table placed by a hash of the text, not a `Map`: in Chromium, where the import runs, `Map.get`
 * of a freshly cut cell hashes it through the runtime, and it was the largest item of the import's
 * profile on the attributes bench file (17%, more than splitting the rows); with the table the
 * whole import of that file took 1.56-1.86 s against 1.87-1.91 s, and of a Shopify-shaped one
 * 0.78-0.80 s against 0.81-0.84 s (means of 4 runs, two rounds, in a worker). In node the two were
 * even. A lookup compares whole strings, so a text alike in the hashed characters is never taken
 * for another: at worst it is not found (`UNSEEN`).
 *
 * Keys are the dictionary's own strings (or ''), never the cells: a cell cut from the text may be
 * a view of its whole chunk (see `ownString`), which a remembered key would keep alive.
 */
export class CellValues {
	readonly #texts: (string | null)[] = new Array<string | null>(SLOTS).fill(null);
	readonly #values = new Int32Array(SLOTS);
	#size = 0;

	/**
	 * The first slot of a text: a hash of every character of a text up to HASHED_CHARACTERS long,
	 * and of that many spread over a longer one. An earlier version read only ten characters (the
	 * ends, quarters and middle); names that differ in other places ("Product 120 Mug", "Product
	 * 121 Mug") then all fell on the same few slots, were looked up the slow way, and a
	 * Shopify-shaped import was 9% slower than with a `Map`. FNV-1a like `StringIndex.hash`, but
	 * seeded by the length and capped, so that a long free-text cell costs no more than 64 steps.
	 */
	static #slot(text: string): number {
		const n = text.length;
		const step = n <= HASHED_CHARACTERS ? 1 : Math.ceil(n / HASHED_CHARACTERS);
		let h = Math.imul(n, 0x9e3779b1);
		for (let i = n - 1; i >= 0; i -= step) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
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
