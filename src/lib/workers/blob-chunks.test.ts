import { describe, expect, it } from 'vitest';
import { blobReader, chunksOf, nextTask } from './blob-chunks';

const CHUNK = 64 << 10;

function blobOf(chunks: number): Blob {
	return new Blob(Array.from({ length: chunks }, (_, i) => new Uint8Array(CHUNK).fill(i % 251)));
}

function busy(ms: number): void {
	const until = performance.now() + ms;
	while (performance.now() < until);
}

/**
 * Reads `blob` with `chunksOf`, busy for `workMs` on each chunk, and says after how many chunks a
 * message posted before the read was heard (-1: only after the read ended).
 */
async function heardAfter(blob: Blob, workMs: number, yieldEveryMs?: number) {
	let read = 0;
	let heard = -1;
	const channel = new MessageChannel();
	channel.port1.onmessage = () => {
		heard = read;
		channel.port1.close();
	};
	channel.port2.postMessage('import');
	const bytes: number[] = [];
	for await (const chunk of chunksOf(blob, { yieldEveryMs })) {
		read++;
		bytes.push(chunk.byteLength, chunk[0]);
		busy(workMs);
	}
	const heardDuring = heard;
	await new Promise((resolve) => setTimeout(resolve, 0));
	channel.port1.close();
	return { read, heardDuring, bytes };
}

describe('chunksOf', () => {
	it.each([
		{ name: 'yields every 8 ms (default)', yieldEveryMs: undefined, workMs: 3, heardBy: 4 },
		{ name: 'yields after every chunk', yieldEveryMs: 0, workMs: 1, heardBy: 1 },
		{ name: 'yields every 20 ms', yieldEveryMs: 20, workMs: 3, heardBy: 8 }
	])('lets a queued message in while the blob is read: $name', async ({ yieldEveryMs, workMs, heardBy }) => {
		const { read, heardDuring } = await heardAfter(blobOf(40), workMs, yieldEveryMs);
		expect(read).toBe(40);
		expect(heardDuring).toBeGreaterThan(0);
		expect(heardDuring).toBeLessThanOrEqual(heardBy);
	});

	it('without yielding (the harness can tell), the message is heard only once the read has ended', async () => {
		const { read, heardDuring } = await heardAfter(blobOf(40), 1, 1e9);
		expect(read).toBe(40);
		expect(heardDuring).toBe(-1);
	});

	it('reads every byte, in order, whatever the yields', async () => {
		const blob = blobOf(12);
		const whole = new Uint8Array(await blob.arrayBuffer());
		for (const yieldEveryMs of [0, 8, 1e9]) {
			const parts: Uint8Array[] = [];
			for await (const chunk of chunksOf(blob, { yieldEveryMs })) parts.push(chunk.slice());
			const joined = new Uint8Array(parts.reduce((s, p) => s + p.byteLength, 0));
			let at = 0;
			for (const p of parts) {
				joined.set(p, at);
				at += p.byteLength;
			}
			expect(joined.length).toBe(whole.length);
			// (toEqual on 768 KB of bytes takes vitest seconds: the first differing byte, -1 for none.)
			expect(joined.findIndex((b, i) => b !== whole[i])).toBe(-1);
		}
	});

	it('stops at the next chunk once its signal fires, rejecting with its reason', async () => {
		const stop = new AbortController();
		let read = 0;
		const reading = (async () => {
			for await (const chunk of chunksOf(blobOf(12), { signal: stop.signal })) {
				expect(chunk.byteLength).toBeGreaterThan(0);
				if (++read === 2) stop.abort(new Error('cancelled'));
			}
		})();
		await expect(reading).rejects.toThrow('cancelled');
		expect(read).toBe(2);
	});

	it('a read that fails rejects with the error made by readError (the stream’s own without it)', async () => {
		const failing = {
			size: 10,
			stream: () => new ReadableStream({ pull: (controller) => controller.error(new Error('disk gone')) })
		} as unknown as Blob;
		const readAll = async (options?: Parameters<typeof chunksOf>[1]) => {
			for await (const chunk of chunksOf(failing, options)) expect(chunk).toBeNull();
		};
		await expect(readAll({ readError: (cause) => new Error(`unreadable: ${String(cause)}`) })).rejects.toThrow(
			'unreadable: Error: disk gone'
		);
		await expect(readAll()).rejects.toThrow('disk gone');
	});

	it('nextTask resolves in a later task, in the order asked', async () => {
		const order: string[] = [];
		const waits = [nextTask().then(() => order.push('a')), nextTask().then(() => order.push('b'))];
		await Promise.resolve();
		order.push('microtask');
		await Promise.all(waits);
		expect(order).toEqual(['microtask', 'a', 'b']);
	});
});

describe('blobReader', () => {
	// Chunks from one reused buffer (a byte stream) or the stream's own (a stream that is not one):
	// the same bytes in order, for blobs smaller than, equal to and larger than the buffer.
	it.each([
		{ size: 0, buffer: 1024, byteStream: true },
		{ size: 1000, buffer: 1024, byteStream: true },
		{ size: 1024, buffer: 1024, byteStream: true },
		{ size: 5 * 1024 + 7, buffer: 1024, byteStream: true },
		{ size: 300_000, buffer: undefined, byteStream: true },
		{ size: 5 * 1024 + 7, buffer: 1024, byteStream: false }
	])(
		'reads $size bytes through a buffer of $buffer (byte stream: $byteStream)',
		async ({ size, buffer, byteStream }) => {
			const bytes = Uint8Array.from({ length: size }, (_, i) => (i * 7 + (i >> 8)) % 256);
			const blob = new Blob([bytes]);
			if (!byteStream) {
				// A stream of the blob's chunks that refuses a BYOB reader, as a browser without byte streams.
				const stream = blob.stream();
				const plain = new ReadableStream<Uint8Array>({
					async start(controller) {
						for await (const chunk of stream) controller.enqueue(chunk);
						controller.close();
					}
				});
				Object.defineProperty(blob, 'stream', { value: () => plain });
			}
			const reader = blobReader(blob, buffer);
			const read: number[] = [];
			let chunks = 0;
			let previous: Uint8Array | null = null;
			let takenBack = 0;
			for (let chunk = await reader.next(); chunk; chunk = await reader.next()) {
				// The read that gave this chunk took the previous chunk's memory back (it is detached).
				if (previous?.byteLength === 0) takenBack++;
				read.push(...chunk);
				chunks++;
				previous = chunk;
				if (buffer && byteStream) expect(chunk.byteLength).toBeLessThanOrEqual(buffer);
			}
			reader.release();
			expect(read.length).toBe(size);
			expect(read.findIndex((b, i) => b !== bytes[i])).toBe(-1);
			// One buffer for every chunk of a byte stream: each read reuses the previous chunk's memory
			// (so a chunk is valid only until the next read), where a stream's own chunks are each new.
			if (chunks > 1) expect(takenBack).toBe(byteStream ? chunks - 1 : 0);
		}
	);
});
