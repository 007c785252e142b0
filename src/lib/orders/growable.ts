import { discard } from './discard';
import { StringIndex } from './string-index';

/**
 * Typed arrays that grow by doubling, for building columns of unknown length without boxing.
 *
 * An outgrown array is freed as soon as its values are copied (see `discard`), not left to the
 * garbage collector: in a worker that holds hundreds of MB, V8 collects it seconds later, and at 20
 * million orders a range worker held 256 MB of outgrown arrays, most of them its ledger's (measured
 * with ArrayBuffers tracked by allocation site). So `data` must be read again after anything that may
 * grow it (push, reserve, append): an array taken before reads as empty afterwards.
 */
export class GrowableInt32 {
	data: Int32Array;
	length = 0;
	constructor(capacity = 1024) {
		this.data = new Int32Array(capacity);
	}
	push(value: number): void {
		if (this.length === this.data.length) {
			const next = new Int32Array(this.data.length * 2);
			next.set(this.data);
			discard(this.data);
			this.data = next;
		}
		this.data[this.length++] = value;
	}
	/** Makes room for `extra` more values. */
	reserve(extra: number): void {
		if (this.length + extra <= this.data.length) return;
		const next = new Int32Array(Math.max(this.data.length * 2, this.length + extra));
		next.set(this.data.subarray(0, this.length));
		discard(this.data);
		this.data = next;
	}
	/** Makes room for `extra` more values and no more (when no more will come). */
	reserveExactly(extra: number): void {
		if (this.length + extra <= this.data.length) return;
		const next = new Int32Array(this.length + extra);
		next.set(this.data.subarray(0, this.length));
		discard(this.data);
		this.data = next;
	}
	/** Appends the values. */
	append(values: Int32Array): void {
		this.reserve(values.length);
		this.data.set(values, this.length);
		this.length += values.length;
	}
	/** A right-sized copy of the values pushed so far. */
	toArray(): Int32Array {
		return this.data.slice(0, this.length);
	}
}

/** Like `GrowableInt32`, for values in [0, 65535] (2 bytes each). */
export class GrowableUint16 {
	data: Uint16Array;
	length = 0;
	constructor(capacity = 1024) {
		this.data = new Uint16Array(capacity);
	}
	push(value: number): void {
		if (this.length === this.data.length) {
			const next = new Uint16Array(this.data.length * 2);
			next.set(this.data);
			discard(this.data);
			this.data = next;
		}
		this.data[this.length++] = value;
	}
	/** Appends the values. */
	append(values: Uint16Array): void {
		if (this.length + values.length > this.data.length) {
			const next = new Uint16Array(Math.max(this.data.length * 2, this.length + values.length));
			next.set(this.data.subarray(0, this.length));
			discard(this.data);
			this.data = next;
		}
		this.data.set(values, this.length);
		this.length += values.length;
	}
}

export class GrowableFloat64 {
	data: Float64Array;
	length = 0;
	constructor(capacity = 1024) {
		this.data = new Float64Array(capacity);
	}
	push(value: number): void {
		if (this.length === this.data.length) {
			const next = new Float64Array(this.data.length * 2);
			next.set(this.data);
			discard(this.data);
			this.data = next;
		}
		this.data[this.length++] = value;
	}
	/** Makes room for `extra` more values. */
	reserve(extra: number): void {
		if (this.length + extra <= this.data.length) return;
		const next = new Float64Array(Math.max(this.data.length * 2, this.length + extra));
		next.set(this.data.subarray(0, this.length));
		discard(this.data);
		this.data = next;
	}
	/** Makes room for `extra` more values and no more (when no more will come). */
	reserveExactly(extra: number): void {
		if (this.length + extra <= this.data.length) return;
		const next = new Float64Array(this.length + extra);
		next.set(this.data.subarray(0, this.length));
		discard(this.data);
		this.data = next;
	}
	/** Appends the values. */
	append(values: Float64Array): void {
		this.reserve(values.length);
		this.data.set(values, this.length);
		this.length += values.length;
	}
	toArray(): Float64Array {
		return this.data.slice(0, this.length);
	}
}

/** Strings to small integers, first seen first: customer ids, product names, countries. */
export class Dictionary {
	readonly values: string[] = [];
	readonly #index: StringIndex;
	readonly #fold: ((value: string) => string) | null;
	/**
	 * `fold`: values with the same key are one, kept as first written ("SPRING" and "spring", one
	 * discount code).
	 */
	constructor(fold: ((value: string) => string) | null = null) {
		this.#fold = fold;
		this.#index = new StringIndex(fold ? (i) => fold(this.values[i]) : (i) => this.values[i]);
	}
	get size(): number {
		return this.values.length;
	}
	indexOf(value: string): number {
		const key = this.#fold ? this.#fold(value) : value;
		const hash = StringIndex.hash(key);
		let index = this.#index.get(key, hash);
		if (index < 0) {
			index = this.values.length;
			this.values.push(ownString(value));
			this.#index.set(key, index, hash);
		}
		return index;
	}
	/** Makes room for `extra` more values. */
	reserve(extra: number): void {
		this.#index.reserve(extra);
	}
	has(value: string): boolean {
		return this.find(value) >= 0;
	}
	/** The index of `value`, or -1 where it is not in the dictionary (nothing is added). */
	find(value: string): number {
		return this.#index.get(this.#fold ? this.#fold(value) : value);
	}
	/** Frees the index's memory now (see `discard`): the values stay, but no value may be looked up or added. */
	dispose(): void {
		this.#index.dispose();
	}
}

/**
 * The string as a copy of its own. A field the CSV parser cut out of a chunk of text may be a
 * view of that whole chunk (V8 slices strings of 13 characters or more): keeping one id of each
 * chunk would keep the whole file's text alive.
 */
export function ownString(value: string): string {
	return value.length < 13 ? value : (' ' + value).slice(1);
}
