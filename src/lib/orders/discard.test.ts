import { afterEach, describe, expect, it, vi } from 'vitest';
import { discard } from './discard';

describe('discard', () => {
	afterEach(() => {
		vi.restoreAllMocks();
		delete (ArrayBuffer.prototype as { transfer?: unknown }).transfer;
	});

	// [what is discarded, each array's length afterwards (null: not an array)]
	const cases: [string, () => (ArrayBufferView | null | undefined)[], number[]][] = [
		['one array', () => [new Int32Array(8)], [0]],
		['two kinds', () => [new Float64Array(4), new Uint16Array(3)], [0, 0]],
		[
			'a view and its buffer’s other view',
			() => {
				const whole = new Int32Array(10);
				return [whole.subarray(2, 5), whole];
			},
			[0, 0]
		],
		['nothing given', () => [null, undefined], []],
		['an empty array', () => [new Int32Array(0)], [0]],
		[
			'an array already discarded',
			() => {
				const a = new Int32Array(4);
				discard(a);
				return [a];
			},
			[0]
		]
	];
	it.each(cases)('detaches %s', (_, make, lengths) => {
		const arrays = make();
		discard(...arrays);
		const typed = arrays.filter((a): a is Int32Array => a instanceof Object && 'length' in a);
		expect(typed.map((a) => a.length)).toEqual(lengths);
		for (const a of typed) expect(a.buffer.byteLength).toBe(0);
	});

	it('leaves a buffer that cannot be detached as it is', () => {
		Object.defineProperty(ArrayBuffer.prototype, 'transfer', {
			configurable: true,
			writable: true,
			value() {
				throw new TypeError('cannot detach');
			}
		});
		const a = Int32Array.of(1, 2, 3);
		expect(() => discard(a)).not.toThrow();
		expect([...a]).toEqual([1, 2, 3]);
	});

	it('frees through ArrayBuffer.prototype.transfer(0) where there is one, once a buffer', () => {
		const calls: [number, number][] = [];
		Object.defineProperty(ArrayBuffer.prototype, 'transfer', {
			configurable: true,
			writable: true,
			value(this: ArrayBuffer, length: number) {
				calls.push([this.byteLength, length]);
				structuredClone(this, { transfer: [this] });
				return new ArrayBuffer(length);
			}
		});
		const whole = new Float64Array(6);
		discard(whole, whole.subarray(1), new Int32Array(3), null);
		expect(calls).toEqual([
			[48, 0],
			[12, 0]
		]);
		expect(whole.length).toBe(0);
	});
});
