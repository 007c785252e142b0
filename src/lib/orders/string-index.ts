/**
 * A hash index from strings to small integers, for the millions of order ids and customer ids
 * an import looks up. A `Map` re-hashes every freshly parsed string and allocates an entry per
 * key; this table keeps 32-bit hashes and indexes in typed arrays and compares strings only
 * when hashes match, which makes an import of a million orders several times faster.
 */
export class StringIndex {
	#hashes: Int32Array;
	/** Index + 1 per slot; 0 marks an empty slot. */
	#slots: Int32Array;
	#mask: number;
	#size = 0;
	readonly #keyOf: (index: number) => string;

	/** `keyOf(i)` returns the key stored under index i (the caller keeps the strings). */
	constructor(keyOf: (index: number) => string, capacity = 1 << 12) {
		let size = 16;
		while (size < capacity * 2) size *= 2;
		this.#hashes = new Int32Array(size);
		this.#slots = new Int32Array(size);
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
		const slots = this.#slots;
		const hashes = this.#hashes;
		let slot = hash & this.#mask;
		for (;;) {
			const entry = slots[slot];
			if (entry === 0) return -1;
			if (hashes[slot] === hash && this.#keyOf(entry - 1) === key) return entry - 1;
			slot = (slot + 1) & this.#mask;
		}
	}

	/** Stores `index` for `key` (which must not be present yet). */
	set(key: string, index: number, hash = StringIndex.hash(key)): void {
		if ((this.#size + 1) * 2 > this.#slots.length) this.#grow();
		this.#place(hash, index + 1);
		this.#size++;
	}

	/** Sets bit (hash & mask) in `bits` for every key's hash (`mask` + 1 bits, a multiple of 32). */
	markHashes(bits: Int32Array, mask: number): void {
		const slots = this.#slots;
		const hashes = this.#hashes;
		for (let s = 0; s < slots.length; s++) {
			if (slots[s] === 0) continue;
			const h = hashes[s] & mask;
			bits[h >> 5] |= 1 << (h & 31);
		}
	}

	/** Makes room for `extra` more keys at once (instead of growing step by step). */
	reserve(extra: number): void {
		while ((this.#size + extra) * 2 > this.#slots.length) this.#grow();
	}

	#place(hash: number, entry: number): void {
		let slot = hash & this.#mask;
		while (this.#slots[slot] !== 0) slot = (slot + 1) & this.#mask;
		this.#slots[slot] = entry;
		this.#hashes[slot] = hash;
	}

	#grow(): void {
		const oldSlots = this.#slots;
		const oldHashes = this.#hashes;
		this.#slots = new Int32Array(oldSlots.length * 2);
		this.#hashes = new Int32Array(oldSlots.length * 2);
		this.#mask = this.#slots.length - 1;
		for (let s = 0; s < oldSlots.length; s++) if (oldSlots[s] !== 0) this.#place(oldHashes[s], oldSlots[s]);
	}
}
