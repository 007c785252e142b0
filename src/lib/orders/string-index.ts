/**
 * A hash index from strings to small integers, for the millions of order ids and customer ids
 * an import looks up. A `Map` re-hashes every freshly parsed string and allocates an entry per
 * key; this table keeps 32-bit hashes and indexes in typed arrays and compares strings only
 * when hashes match, which makes an import of a million orders several times faster.
 */
export class StringIndex {
	/**
	 * Slot s is `table[2s]` (its key's hash) and `table[2s + 1]` (index + 1; 0 marks an empty
	 * slot): side by side, so that a probe touches one cache line, not two far apart.
	 */
	#table: Int32Array;
	/** Slots - 1 (the slot count is a power of two). */
	#mask: number;
	#size = 0;
	readonly #keyOf: (index: number) => string;

	/** `keyOf(i)` returns the key stored under index i (the caller keeps the strings). */
	constructor(keyOf: (index: number) => string, capacity = 1 << 12) {
		let size = 16;
		while (size < capacity * 2) size *= 2;
		this.#table = new Int32Array(size * 2);
		this.#mask = size - 1;
		this.#keyOf = keyOf;
	}

	get size(): number {
		return this.#size;
	}

	static hash(key: string): number {
		let h = 0x811c9dc5;
		for (let i = 0; i < key.length; i++) {
			h ^= key.charCodeAt(i);
			h = Math.imul(h, 0x01000193);
		}
		return h | 0;
	}

	/** The index stored for `key`, or -1. */
	get(key: string, hash = StringIndex.hash(key)): number {
		const table = this.#table;
		const mask = this.#mask;
		let slot = hash & mask;
		for (;;) {
			const entry = table[2 * slot + 1];
			if (entry === 0) return -1;
			if (table[2 * slot] === hash && this.#keyOf(entry - 1) === key) return entry - 1;
			slot = (slot + 1) & mask;
		}
	}

	/** Stores `index` for `key` (which must not be present yet). */
	set(key: string, index: number, hash = StringIndex.hash(key)): void {
		if ((this.#size + 1) * 2 > this.#mask + 1) this.#grow();
		this.#place(hash, index + 1);
		this.#size++;
	}

	/** Sets bit (hash & mask) in `bits` for every key's hash (`mask` + 1 bits, a multiple of 32). */
	markHashes(bits: Int32Array, mask: number): void {
		const table = this.#table;
		for (let s = 0; s < table.length; s += 2) {
			if (table[s + 1] === 0) continue;
			const h = table[s] & mask;
			bits[h >> 5] |= 1 << (h & 31);
		}
	}

	/** Makes room for `extra` more keys at once (instead of growing step by step). */
	reserve(extra: number): void {
		while ((this.#size + extra) * 2 > this.#mask + 1) this.#grow();
	}

	#place(hash: number, entry: number): void {
		const table = this.#table;
		const mask = this.#mask;
		let slot = hash & mask;
		while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
		table[2 * slot] = hash;
		table[2 * slot + 1] = entry;
	}

	#grow(): void {
		const old = this.#table;
		this.#table = new Int32Array(old.length * 2);
		this.#mask = this.#table.length / 2 - 1;
		for (let s = 0; s < old.length; s += 2) if (old[s + 1] !== 0) this.#place(old[s], old[s + 1]);
	}
}
