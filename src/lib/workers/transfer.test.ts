import { describe, expect, it } from 'vitest';
import { transferablesOf } from './transfer';

describe('transferablesOf', () => {
	const a = new Float64Array(4);
	const b = new Int32Array(3);
	const shared = new ArrayBuffer(16);
	const left = new Uint8Array(shared, 0, 8);
	const right = new Uint8Array(shared, 8, 8);
	const raw = new ArrayBuffer(8);

	it.each([
		{ name: 'nothing', message: undefined, buffers: [] },
		{ name: 'plain values', message: { n: 1, s: 'x', list: [1, 2], nested: { ok: true } }, buffers: [] },
		{ name: 'typed arrays at the top', message: { a, b, n: 3 }, buffers: [a.buffer, b.buffer] },
		{
			name: 'nested and in arrays',
			message: { models: { clv: a }, parts: [{ x: b }] },
			buffers: [a.buffer, b.buffer]
		},
		{ name: 'two views of one buffer, once', message: { left, right }, buffers: [shared] },
		{ name: 'an ArrayBuffer itself', message: { raw }, buffers: [raw] },
		{ name: 'null fields', message: { customerOf: null, x: a }, buffers: [a.buffer] }
	])('finds the buffers of $name', ({ message, buffers }) => {
		expect(transferablesOf(message)).toEqual(buffers);
	});

	it('stops at cycles', () => {
		const cyclic: Record<string, unknown> = { a };
		cyclic.self = cyclic;
		expect(transferablesOf(cyclic)).toEqual([a.buffer]);
	});

	it('gives buffers that postMessage moves rather than copies', () => {
		const message = { x: new Float64Array([1, 2, 3]) };
		const { port1, port2 } = new MessageChannel();
		port1.postMessage(message, transferablesOf(message));
		expect(message.x.length).toBe(0); // detached: moved, not copied
		port1.close();
		port2.close();
	});
});
