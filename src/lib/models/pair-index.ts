/**
 * Dense numbering of distinct pairs of numbers (a, b): the first pair seen gets 0, the next new one
 * 1, and so on. An open-addressing hash table over typed arrays — several times faster than a Map
 * with composite keys for the hundreds of thousands of customers the models group.
 * Keys compare by value (0 and −0 are the same key); NaN keys are not supported.
 */
const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);

/** murmur3's 32-bit finaliser: every input bit affects every output bit. */
function mix(h: number): number {
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	return h ^ (h >>> 16);
}

// Whole numbers stored as doubles have all-zero low words and zero low bits in the high word, so
// both words must be mixed thoroughly before the table mask keeps only the low bits.
function hashOf(a: number, b: number): number {
	// Fast path: both whole numbers in 32-bit range (counts, day numbers, indices).
	if ((a | 0) === a && (b | 0) === b) return mix(a ^ mix(b ^ 0x9e3779b9)) >>> 0;
	scratch[0] = a + 0; // −0 → 0
	let h = mix(words[0] ^ mix(words[1]));
	scratch[0] = b + 0;
	h = mix(h ^ words[0] ^ mix(words[1] ^ 0x9e3779b9));
	return h >>> 0;
}

export class PairIndex {
	private first: Float64Array;
	private second: Float64Array;
	/** slot → index + 1, 0 when empty */
	private slots: Int32Array;
	private mask: number;
	size = 0;

	constructor(expected = 1024) {
		let capacity = 16;
		while (capacity < expected * 2) capacity *= 2;
		this.slots = new Int32Array(capacity);
		this.mask = capacity - 1;
		this.first = new Float64Array(Math.max(8, expected));
		this.second = new Float64Array(Math.max(8, expected));
	}

	/** The index of (a, b), numbering it if new. */
	indexOf(a: number, b = 0): number {
		let slot = hashOf(a, b) & this.mask;
		for (;;) {
			const entry = this.slots[slot];
			if (entry === 0) break;
			if (this.first[entry - 1] === a && this.second[entry - 1] === b) return entry - 1;
			slot = (slot + 1) & this.mask;
		}
		const index = this.size++;
		if (index === this.first.length) this.growKeys();
		this.first[index] = a;
		this.second[index] = b;
		this.slots[slot] = index + 1;
		if (this.size * 2 > this.slots.length) this.rehash();
		return index;
	}

	/** First components of the pairs, by index. */
	firstValues(): Float64Array {
		return this.first.slice(0, this.size);
	}

	private growKeys(): void {
		const first = new Float64Array(this.first.length * 2);
		const second = new Float64Array(this.second.length * 2);
		first.set(this.first);
		second.set(this.second);
		this.first = first;
		this.second = second;
	}

	private rehash(): void {
		const slots = new Int32Array(this.slots.length * 2);
		const mask = slots.length - 1;
		for (let index = 0; index < this.size; index++) {
			let slot = hashOf(this.first[index], this.second[index]) & mask;
			while (slots[slot] !== 0) slot = (slot + 1) & mask;
			slots[slot] = index + 1;
		}
		this.slots = slots;
		this.mask = mask;
	}
}
