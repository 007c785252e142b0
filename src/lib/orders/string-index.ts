import { discard } from './discard';

/** FNV-1a (32 bits), over UTF-16 code units: `StringIndex.hash`. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/**
 * A hash index from strings to small integers, for the millions of order ids and customer ids
 * an import looks up. A `Map` re-hashes every freshly parsed string and allocates an entry per
 * key; this table keeps 32-bit hashes and indexes in typed arrays and compares strings only
 * when hashes match, which makes an import of a million orders several times faster.
 *
 * Keys usually arrive in order (Shopify's `#1001…` newest first, WooCommerce's ids, customer ids
 * in a file sorted by customer). While every key added lies beyond the one before in one
 * direction (see `compareKeys`), the table is not built: a key beyond the last cannot be
 * present, so `get` answers without probing, and `set` only notes the key's hash and index.
 * The first key that breaks the run (a repeat, an earlier key, a lookup between the first and
 * the last) builds the table from those notes; from then on it is a hash table. A million
 * lookups at random in a table of 32 MB cost cache misses; the notes are written in order.
 */
export class StringIndex {
	/**
	 * Slot s is `table[2s]` (its key's hash) and `table[2s + 1]` (index + 1; 0 marks an empty
	 * slot): side by side, so that a probe touches one cache line, not two far apart. Null until
	 * the keys stop running in one direction.
	 */
	#table: Int32Array | null = null;
	/** Slots - 1 (the slot count is a power of two). */
	#mask: number;
	#size = 0;
	readonly #keyOf: (index: number) => string;

	// While there is no table: the keys' hashes in the order added, and their indexes, which are
	// not kept while each key's index is its position among them (as a dictionary numbers its
	// values, and an import its orders with ids: 4 bytes a key less) ...
	#hashes: Int32Array;
	#indexes: Int32Array | null = null;
	// ... the first and the last key (the last is the extreme), their indexes, and the direction
	// (0 until a second key is added).
	#first = '';
	#firstIndex = -1;
	#last = '';
	#lastIndex = -1;
	#direction: -1 | 0 | 1 = 0;
	/** The last key `get` found beyond the last key, while no key has been added since (`set` needs no comparison then). */
	#beyond: string | null = null;

	/** `keyOf(i)` returns the key stored under index i (the caller keeps the strings). */
	constructor(keyOf: (index: number) => string, capacity = 1 << 12) {
		let size = 16;
		while (size < capacity * 2) size *= 2;
		this.#mask = size - 1;
		this.#hashes = new Int32Array(Math.max(16, Math.min(capacity, 1 << 26)));
		this.#keyOf = keyOf;
	}

	get size(): number {
		return this.#size;
	}

	/** True once the keys have stopped running in one direction (and the hash table is built). */
	get built(): boolean {
		return this.#table !== null;
	}

	/**
	 * Where the keys lie, while they run in one direction: the least and greatest (by
	 * `compareKeys`); 'empty' with none; 'unknown' once the table is built.
	 */
	get span(): KeySpan {
		if (this.#table !== null) return 'unknown';
		if (this.#size === 0) return 'empty';
		return this.#direction < 0 ? { low: this.#last, high: this.#first } : { low: this.#first, high: this.#last };
	}

	static hash(key: string): number {
		let h = FNV_OFFSET;
		for (let i = 0; i < key.length; i++) {
			h ^= key.charCodeAt(i);
			h = Math.imul(h, FNV_PRIME);
		}
		return h | 0;
	}

	/** The index stored for `key`, or -1. */
	get(key: string, hash = StringIndex.hash(key)): number {
		if (this.#table === null) {
			if (this.#size === 0) return -1;
			const fromLast = compareKeys(key, this.#last);
			if (fromLast === 0) return this.#lastIndex;
			if (this.#size === 1) return -1;
			const direction = this.#direction;
			// Beyond the last key, or before the first: not among the keys.
			if (fromLast * direction > 0) {
				this.#beyond = key;
				return -1;
			}
			const fromFirst = compareKeys(key, this.#first);
			if (fromFirst === 0) return this.#firstIndex;
			if (fromFirst * direction < 0) return -1;
			this.#build();
		}
		const table = this.#table!;
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
		if (this.#table === null) {
			const size = this.#size;
			const beyond = key === this.#beyond;
			this.#beyond = null;
			const step = size === 0 ? 0 : beyond ? this.#direction : compareKeys(key, this.#last);
			const direction = size === 1 ? Math.sign(step) : this.#direction;
			if (size === 0 || (step !== 0 && step * direction > 0)) {
				if (size === 0) {
					this.#first = key;
					this.#firstIndex = index;
				}
				this.#direction = direction as -1 | 0 | 1;
				this.#last = key;
				this.#lastIndex = index;
				let hashes = this.#hashes;
				if (size === hashes.length) {
					hashes = new Int32Array(hashes.length * 2);
					hashes.set(this.#hashes);
					discard(this.#hashes);
					this.#hashes = hashes;
				}
				hashes[size] = hash;
				let indexes = this.#indexes;
				if (indexes === null && index !== size) {
					// The first key whose index is not its position: the indexes are kept from now on.
					indexes = new Int32Array(hashes.length);
					for (let i = 0; i < size; i++) indexes[i] = i;
				} else if (indexes !== null && size === indexes.length) {
					indexes = new Int32Array(hashes.length);
					indexes.set(this.#indexes!);
					discard(this.#indexes);
				}
				if (indexes !== null) {
					indexes[size] = index;
					this.#indexes = indexes;
				}
				this.#size++;
				return;
			}
			this.#build();
		}
		if ((this.#size + 1) * 2 > this.#mask + 1) this.#grow();
		this.#place(hash, index + 1);
		this.#size++;
	}

	/** Sets bit (hash & mask) in `bits` for every key's hash (`mask` + 1 bits, a multiple of 32). */
	markHashes(bits: Int32Array, mask: number): void {
		const table = this.#table;
		if (table === null) {
			const hashes = this.#hashes;
			for (let s = 0; s < this.#size; s++) {
				const h = hashes[s] & mask;
				bits[h >> 5] |= 1 << (h & 31);
			}
			return;
		}
		for (let s = 0; s < table.length; s += 2) {
			if (table[s + 1] === 0) continue;
			const h = table[s] & mask;
			bits[h >> 5] |= 1 << (h & 31);
		}
	}

	/** Makes room for `extra` more keys at once (instead of growing step by step). */
	reserve(extra: number): void {
		if (this.#table === null) {
			while ((this.#size + extra) * 2 > this.#mask + 1) this.#mask = this.#mask * 2 + 1;
			return;
		}
		while ((this.#size + extra) * 2 > this.#mask + 1) this.#grow();
	}

	/** The hash table from the notes (the keys stopped running in one direction). */
	#build(): void {
		while (this.#size * 2 > this.#mask + 1) this.#mask = this.#mask * 2 + 1;
		this.#table = new Int32Array(2 * (this.#mask + 1));
		const hashes = this.#hashes;
		const indexes = this.#indexes;
		for (let s = 0; s < this.#size; s++) this.#place(hashes[s], (indexes === null ? s : indexes[s]) + 1);
		discard(hashes, indexes);
		this.#hashes = new Int32Array(0);
		this.#indexes = null;
		this.#first = this.#last = '';
	}

	#place(hash: number, entry: number): void {
		const table = this.#table!;
		const mask = this.#mask;
		let slot = hash & mask;
		while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
		table[2 * slot] = hash;
		table[2 * slot + 1] = entry;
	}

	#grow(): void {
		const old = this.#table!;
		this.#table = new Int32Array(old.length * 2);
		this.#mask = this.#table.length / 2 - 1;
		for (let s = 0; s < old.length; s += 2) if (old[s + 1] !== 0) this.#place(old[s], old[s + 1]);
		discard(old);
	}

	/** Frees the index's memory now (see `discard`); it may not be used afterwards. */
	dispose(): void {
		discard(this.#table, this.#hashes, this.#indexes);
		this.#table = null;
		this.#hashes = new Int32Array(0);
		this.#indexes = null;
		this.#size = 0;
		this.#first = this.#last = this.#beyond = '';
	}
}

/** The least and greatest key of an index (or of a range's order ids), or none, or not known. */
export type KeySpan = { low: string; high: string } | 'empty' | 'unknown';

/**
 * The order the run of keys is judged by: shorter keys first, then by UTF-16 code units (so that
 * "#999" comes before "#1000", as order numbers count). Negative, 0 or positive; only the sign
 * is meaningful.
 *
 * Keys of one length are compared by the engine's own string comparison, which is by UTF-16 code
 * units too: a loop over the characters here cost about 3% of an import's instructions (every
 * new order id is compared with the last, and ids in a run share all but their last characters).
 */
export function compareKeys(a: string, b: string): number {
	const n = a.length;
	if (n !== b.length) return n - b.length;
	// (Greater first: keys running upwards, the usual run, take one comparison.)
	return a > b ? 1 : a < b ? -1 : 0;
}
