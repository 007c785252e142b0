import { describe, expect, it } from 'vitest';
import { discard } from './discard';

// (The node tests run with a detaching transfer: tests/setup/detaching-buffers.ts.)
describe('discard, where ArrayBuffer.prototype.transfer exists', () => {
	// [what is discarded, each array's length afterwards]
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

	// Each replaces the prototype's transfer for itself and puts it back: the files of a test thread
	// share one realm (no per-file isolation), and a later file's arrays must still be detached.
	const withTransfer = (transfer: (this: ArrayBuffer, n: number) => ArrayBuffer, work: () => void) => {
		const proto = ArrayBuffer.prototype as unknown as { transfer: (this: ArrayBuffer, n: number) => ArrayBuffer };
		const had = Object.getOwnPropertyDescriptor(proto, 'transfer')!;
		proto.transfer = transfer;
		try {
			work();
		} finally {
			Object.defineProperty(proto, 'transfer', had);
		}
	};

	it('calls transfer(0) once a buffer', () => {
		const real = (ArrayBuffer.prototype as unknown as { transfer: (this: ArrayBuffer, n: number) => ArrayBuffer })
			.transfer;
		const calls: [number, number][] = [];
		const whole = new Float64Array(6);
		withTransfer(
			function (this: ArrayBuffer, length: number) {
				calls.push([this.byteLength, length]);
				return real.call(this, length);
			},
			() => discard(whole, whole.subarray(1), new Int32Array(3), null)
		);
		expect(calls).toEqual([
			[48, 0],
			[12, 0]
		]);
		expect(whole.length).toBe(0);
	});

	it('leaves a buffer that cannot be detached as it is', () => {
		const a = Int32Array.of(1, 2, 3);
		withTransfer(
			() => {
				throw new TypeError('cannot detach');
			},
			() => expect(() => discard(a)).not.toThrow()
		);
		expect([...a]).toEqual([1, 2, 3]);
	});

	it('leaves the prototype’s transfer as it found it', () => {
		const a = Int32Array.of(1, 2, 3);
		discard(a);
		expect(a.buffer.byteLength).toBe(0);
	});
});

describe('discard, without ArrayBuffer.prototype.transfer', () => {
	it('leaves the arrays to the collector, as they are', () => {
		const proto = ArrayBuffer.prototype as { transfer?: unknown };
		const had = Object.getOwnPropertyDescriptor(proto, 'transfer');
		delete proto.transfer;
		try {
			const a = Int32Array.of(4, 5);
			discard(a);
			expect([...a]).toEqual([4, 5]);
		} finally {
			if (had) Object.defineProperty(proto, 'transfer', had);
		}
	});
});
