import { discard } from './discard';
import { GrowableUint16 } from './growable';
import { FNV_OFFSET, FNV_PRIME, StringIndex } from './string-index';

/**
 * Between two ids in a block, and in the stored chunks (`ID_SEPARATOR` in `$lib/db/database`):
 * ids never contain it (control characters are removed from them).
 */
export const ID_JOIN = '\u0000';

/** Ids per block: a block is joined once this many have been pushed. */
const BLOCK = 4096;
/**
 * The last start an id may have in a block: starts are kept in 2 bytes each. An id that would
 * start further on begins the next block (long ids make blocks of fewer ids).
 */
export const MAX_START = 0xffff;

/**
 * A joined block: its bytes when every character is ASCII (most ids: one byte each outside the
 * JavaScript heap, freed at once when released, moved between workers without a copy), else the
 * string itself.
 */
export type IdBlock = string | Uint8Array;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A block's characters [from, to) as a string. */
function textOf(block: IdBlock, from = 0, to = block.length): string {
	if (typeof block === 'string') return from === 0 && to === block.length ? block : block.slice(from, to);
	return decoder.decode(block.subarray(from, to));
}

/**
 * Byte blocks are cut from slabs, the first of `FIRST_SLAB_BYTES`, each next twice as large up to
 * `SLAB_BYTES`: over the largest size Chromium's allocator keeps in its buckets (about 1 MB), a
 * slab freed goes back to the system at once; a block of its own (37 KB) would stay in the
 * allocator's free slots, still counted in the tab's memory.
 */
const FIRST_SLAB_BYTES = 64 << 10;
const SLAB_BYTES = 2 << 20;

/** An `OrderIdList` as sent between workers (structured clone: plain data, `start` and byte blocks transferable). */
export interface OrderIdParts {
	length: number;
	blocks: IdBlock[];
	/** Index of the first id of each block. */
	firsts: number[];
	/** Each id's start in its block (UTF-16 units, at most `MAX_START`); may be longer than `length`. */
	start: Uint16Array;
	/** The ids after the last block, not joined yet. */
	pending: string[];
}

/**
 * The orders' ids, kept joined: a few thousand at a time into one string (`ID_JOIN` between
 * them), with each id's start in it (2 bytes). A million short ids cost about 10 bytes each this
 * way, where a string of its own each costs about 30; the store writes the joined blocks as they are.
 * A block of ASCII ids is kept as its bytes (`IdBlock`): out of the JavaScript heap, whose garbage
 * collector let released blocks (about 200 MB at 20 million orders) pile up until after the store.
 * An id read back (`get`) is a new string: for the rare look-ups of the order-id index.
 */
export class OrderIdList {
	length = 0;
	readonly #blocks: IdBlock[] = [];
	readonly #firsts: number[] = [];
	readonly #start: GrowableUint16;
	#pending: string[] = [];
	#pendingFirst = 0;
	#offset = 0;
	/** Blocks before this one were released (see `release`). */
	#released = 0;
	/** The slab byte blocks are being cut from, and how much of it is used. */
	#slab: Uint8Array | null = null;
	#slabUsed = 0;
	/** The size of the next slab's predecessor (each is twice as large, up to `SLAB_BYTES`). */
	#slabSize = FIRST_SLAB_BYTES / 2;

	constructor(capacity = 1024) {
		this.#start = new GrowableUint16(Math.max(16, capacity));
	}

	static from(ids: readonly string[]): OrderIdList {
		const list = new OrderIdList(ids.length);
		for (const id of ids) list.push(id);
		return list;
	}

	static fromParts(parts: OrderIdParts): OrderIdList {
		const list = new OrderIdList(0);
		list.appendParts(parts);
		return list;
	}

	push(id: string): void {
		if (this.#offset > MAX_START) this.#close();
		this.#start.push(this.#offset);
		this.#offset += id.length + 1;
		this.#pending.push(id);
		this.length++;
		if (this.#pending.length === BLOCK) this.#close();
	}

	/** Joins the pending ids into a block. */
	#close(): void {
		if (this.#pending.length === 0) return;
		this.#blocks.push(this.#keep(this.#pending.join(ID_JOIN)));
		this.#firsts.push(this.#pendingFirst);
		this.#pending = [];
		this.#pendingFirst = this.length;
		this.#offset = 0;
	}

	/** A joined block as kept: ASCII text as its bytes (UTF-8 is one byte a character only for ASCII). */
	#keep(text: string): IdBlock {
		if (!this.#slab || this.#slab.length - this.#slabUsed < text.length) {
			if (text.length > SLAB_BYTES / 2) {
				const bytes = encoder.encode(text);
				if (bytes.length !== text.length) return text;
				// The next blocks start a new slab: `#laterIn` looks only at the first byte block after the
				// released ones, so none may be cut from a slab that a block of its own came after.
				this.#slab = null;
				return bytes;
			}
			this.#slabSize = Math.min(SLAB_BYTES, Math.max(this.#slabSize * 2, text.length * 4));
			this.#slab = new Uint8Array(this.#slabSize);
			this.#slabUsed = 0;
		}
		const block = this.#slab.subarray(this.#slabUsed, this.#slabUsed + text.length);
		// It reads every character only when each took one byte: all ASCII.
		if (encoder.encodeInto(text, block).read !== text.length) return text;
		this.#slabUsed += text.length;
		return block;
	}

	/** The block id i is in (i before the pending ids). */
	#blockOf(i: number): number {
		const firsts = this.#firsts;
		let low = 0;
		let high = firsts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (firsts[mid] <= i) low = mid;
			else high = mid - 1;
		}
		return low;
	}

	/** Where id i lies in its block: [from, to). */
	#bounds(i: number, block: number): [number, number] {
		const start = this.#start.data;
		const next = block + 1 < this.#firsts.length ? this.#firsts[block + 1] : this.#pendingFirst;
		return [start[i], i + 1 === next ? this.#blocks[block].length : start[i + 1] - 1];
	}

	get(i: number): string {
		if (i >= this.#pendingFirst) return this.#pending[i - this.#pendingFirst];
		const block = this.#readable(this.#blockOf(i));
		const [from, to] = this.#bounds(i, block);
		return textOf(this.#blocks[block], from, to);
	}

	/** True when id i is the empty string (an order without an id), without reading it. */
	isEmpty(i: number): boolean {
		if (i >= this.#pendingFirst) return this.#pending[i - this.#pendingFirst] === '';
		const [from, to] = this.#bounds(i, this.#readable(this.#blockOf(i)));
		return from === to;
	}

	/**
	 * The ids [from, to) in order, as pieces: a span of a block (its ids lie side by side there,
	 * separators included) or one id not yet in a block.
	 */
	*#pieces(from: number, to: number): Generator<{ block: IdBlock; fromAt: number; toAt: number } | string> {
		let i = from;
		const firstBlock = i < this.#pendingFirst && from < to ? this.#readable(this.#blockOf(i)) : this.#blocks.length;
		for (let b = firstBlock; b < this.#blocks.length; b++) {
			const first = this.#firsts[b];
			const end = b + 1 < this.#firsts.length ? this.#firsts[b + 1] : this.#pendingFirst;
			if (first >= to) break;
			const last = Math.min(end, to) - 1;
			yield {
				block: this.#blocks[b],
				fromAt: i === first ? 0 : this.#start.data[i],
				toAt: this.#bounds(last, b)[1]
			};
			i = last + 1;
		}
		for (; i < to; i++) yield this.#pending[i - this.#pendingFirst];
	}

	/** The ids [from, to) joined with `ID_JOIN`, as the store kept them before schema v8 (whole blocks as they are). */
	joined(from: number, to: number): string {
		const pieces: string[] = [];
		for (const piece of this.#pieces(from, to))
			pieces.push(typeof piece === 'string' ? piece : textOf(piece.block, piece.fromAt, piece.toAt));
		return pieces.join(ID_JOIN);
	}

	/**
	 * The ids [from, to) as the store keeps them since schema v8: their UTF-8 bytes with a 0 byte
	 * (`ID_JOIN`) between two, in an array of their own (a joined string of each chunk's ids was a
	 * string of V8's heap for the garbage collector to find: about 200 MB at 20 million orders). An
	 * ASCII block's bytes are copied as they are, other text is encoded. Null when an id of the
	 * range is not well-formed UTF-16 (a lone surrogate, which UTF-8 cannot carry and TextEncoder
	 * would silently replace): the store then keeps that chunk's ids as their joined string.
	 */
	bytes(from: number, to: number): Uint8Array | null {
		const pieces: Uint8Array[] = [];
		let length = 0;
		const add = (bytes: Uint8Array) => {
			pieces.push(bytes);
			length += bytes.length;
		};
		for (const piece of this.#pieces(from, to)) {
			let text: string;
			if (typeof piece === 'string') text = piece;
			else if (typeof piece.block === 'string') text = piece.block.slice(piece.fromAt, piece.toAt);
			else {
				add(piece.block.subarray(piece.fromAt, piece.toAt));
				continue;
			}
			if (!isWellFormed(text)) return null;
			add(encoder.encode(text));
		}
		const out = new Uint8Array(length + Math.max(0, pieces.length - 1));
		let at = 0;
		for (const [k, bytes] of pieces.entries()) {
			// (A new array is zeroed: the separator between two pieces is already there.)
			if (k > 0) at++;
			out.set(bytes, at);
			at += bytes.length;
		}
		return out;
	}

	/** `block`, unless it was released. */
	#readable(block: number): number {
		if (block < this.#released) throw new RangeError('order ids read after they were released');
		return block;
	}

	/**
	 * Drops the joined blocks whose ids all come before `before`: nobody reads those ids again (the
	 * store, having written them, lets them go as it goes: at 20 million orders they are about 200 MB
	 * of strings). Reading a released id throws, and the list's `storedBytes` and `parts` are no longer
	 * its ids': only for a list nothing else will read.
	 */
	release(before: number): void {
		const blocks = this.#blocks;
		const firsts = this.#firsts;
		while (this.#released < blocks.length) {
			const end = this.#released + 1 < firsts.length ? firsts[this.#released + 1] : this.#pendingFirst;
			if (end > before) break;
			const block = blocks[this.#released];
			blocks[this.#released++] = '';
			if (typeof block !== 'string' && !this.#laterIn(block.buffer)) {
				// Its slab's last block: the slab is freed.
				if (block.buffer === this.#slab?.buffer) this.#slab = null;
				discard(block);
			}
		}
		// Every id released: their offsets go too (49 MB at 20 million orders, else held through the
		// CLV fit until a garbage collection).
		if (before >= this.length && this.#released === blocks.length) discard(this.#start.data);
	}

	/** True when a block after the released ones is cut from `buffer` (a slab's blocks come in order). */
	#laterIn(buffer: ArrayBufferLike): boolean {
		for (let b = this.#released; b < this.#blocks.length; b++) {
			const block = this.#blocks[b];
			if (typeof block !== 'string') return block.buffer === buffer;
		}
		return false;
	}

	/**
	 * The bytes the store writes for these ids (`bytes`): their UTF-8 and one separator each. An
	 * ASCII block is its length; text is counted character by character (1 to 3 bytes, 4 a pair).
	 */
	storedBytes(): number {
		let total = 0;
		for (const block of this.#blocks) total += typeof block === 'string' ? utf8Length(block) : block.length;
		for (const id of this.#pending) total += utf8Length(id);
		// Within a block the separators are counted already; one more after each block and pending id.
		return total + this.#blocks.length + this.#pending.length;
	}

	/** This list's data, to send to another worker (`start`'s buffer may be transferred). */
	parts(): OrderIdParts {
		return {
			length: this.length,
			blocks: this.#blocks,
			firsts: this.#firsts,
			start: this.#start.data,
			pending: this.#pending
		};
	}

	/** Appends another list's ids (sent as `parts`), its blocks as they are. */
	appendParts(parts: OrderIdParts): void {
		this.#close();
		// Blocks after these are cut from a new slab: a slab's blocks stay together (see `release`).
		this.#slab = null;
		const base = this.length;
		for (const [k, block] of parts.blocks.entries()) {
			this.#blocks.push(block);
			this.#firsts.push(base + parts.firsts[k]);
		}
		const pendingAt = parts.length - parts.pending.length;
		this.#start.append(parts.start.subarray(0, pendingAt));
		this.length += pendingAt;
		this.#pendingFirst = this.length;
		this.#offset = 0;
		for (const id of parts.pending) this.push(id);
	}

	/**
	 * `StringIndex.hash` of each of the first `count` ids (0 for an empty one), read from the joined
	 * blocks as they are (no string made per id).
	 */
	hashes(count = this.length): Int32Array {
		const hashes = new Int32Array(count);
		const separator = ID_JOIN.charCodeAt(0);
		for (let b = 0; b < this.#blocks.length && this.#firsts[b] < count; b++) {
			const block = this.#blocks[b];
			const text = typeof block === 'string' ? block : null;
			const bytes = typeof block === 'string' ? null : block;
			const end = Math.min(count, b + 1 < this.#firsts.length ? this.#firsts[b + 1] : this.#pendingFirst);
			let i = this.#firsts[b];
			let h = FNV_OFFSET;
			let empty = true;
			for (let k = 0; k <= block.length && i < end; k++) {
				const c = k < block.length ? (bytes ? bytes[k] : text!.charCodeAt(k)) : separator;
				if (c === separator) {
					hashes[i++] = empty ? 0 : h | 0;
					h = FNV_OFFSET;
					empty = true;
				} else {
					h ^= c;
					h = Math.imul(h, FNV_PRIME);
					empty = false;
				}
			}
		}
		for (let i = this.#pendingFirst; i < count; i++) {
			const id = this.#pending[i - this.#pendingFirst];
			hashes[i] = id ? StringIndex.hash(id) : 0;
		}
		return hashes;
	}

	/**
	 * A new list of the ids whose `newIndex` is not negative, in order: for orders left out at the
	 * end of an import. Each block is read as one text and split, not id by id.
	 */
	filtered(newIndex: Int32Array): OrderIdList {
		const list = new OrderIdList(this.length);
		let i = 0;
		const take = (id: string) => {
			if (newIndex[i++] >= 0) list.push(id);
		};
		for (const piece of this.#pieces(0, this.length)) {
			if (typeof piece === 'string') take(piece);
			else for (const id of textOf(piece.block, piece.fromAt, piece.toAt).split(ID_JOIN)) take(id);
		}
		return list;
	}

	toArray(): string[] {
		return Array.from({ length: this.length }, (_, i) => this.get(i));
	}
}

/** The length of `text` in UTF-8 (a lone surrogate counted as the 3 bytes of U+FFFD). */
function utf8Length(text: string): number {
	let bytes = text.length;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) continue;
		if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
			// A surrogate pair: two units, four bytes.
			bytes += 2;
			i++;
		} else bytes += code < 0x800 ? 1 : 2;
	}
	return bytes;
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}

/** A lone surrogate: a high one not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** `String.prototype.isWellFormed` (Chrome 111, Safari 16.4, Firefox 119), or the same test where it is missing. */
function isWellFormed(text: string): boolean {
	return typeof text.isWellFormed === 'function' ? text.isWellFormed() : !LONE_SURROGATE.test(text);
}
