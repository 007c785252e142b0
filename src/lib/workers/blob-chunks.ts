/**
 * How long a read loop may run before it lets the thread's queued tasks run (see `chunksOf`).
 * A few milliseconds: a yield costs tens of microseconds.
 */
export const YIELD_EVERY_MS = 8;

/**
 * Resolves in a task of its own, after the tasks already queued (messages, a nested worker's
 * "started" notice): a message through a MessageChannel, not a timer (nested timers are clamped
 * to 4 ms). A channel of its own each time: on one shared channel Node delivers the messages a
 * reader posts one after another in a single batch, the other ports' waiting meanwhile.
 */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

/**
 * For a read loop: awaited after each piece of work, waits for a task of its own (`nextTask`) once
 * `everyMs` or more have passed since the last, else returns at once.
 */
export function taskYielder(everyMs = YIELD_EVERY_MS): () => Promise<void> {
	let since = performance.now();
	return async () => {
		if (performance.now() - since < everyMs) return;
		await nextTask();
		since = performance.now();
	};
}

/** The buffer a blob is read into, chunk after chunk (see `blobReader`). */
export const READ_BUFFER_BYTES = 256 * 1024;

/** Reads a blob chunk by chunk: `next` gives null at its end; `release` lets the stream go. */
export interface BlobReader {
	next(): Promise<Uint8Array | null>;
	release(): void;
}

/**
 * Reads `blob` into one buffer of `bufferBytes` (at most the blob's size), reused for every chunk:
 * a chunk is valid until the next one is read (copy it to keep it). A browser's own chunks are
 * each a new buffer (Chromium 156: 64 KB to 2 MB), memory to allocate fresh that, on a machine
 * where fresh memory is slow, cost a range worker more than reading itself (half the bench file:
 * about 5,000 page faults and 0.15-0.3 s against 500-900 faults and 0.05-0.1 s). Where the blob's
 * stream is not a byte stream (a browser without readable byte streams), its own chunks.
 */
export function blobReader(blob: Blob, bufferBytes = READ_BUFFER_BYTES): BlobReader {
	const stream = blob.stream();
	let byob: ReadableStreamBYOBReader | null;
	try {
		byob = stream.getReader({ mode: 'byob' });
	} catch {
		// Not a byte stream: read with its own chunks.
		byob = null;
	}
	if (byob) {
		const reader = byob;
		let buffer: ArrayBuffer | null = null;
		return {
			async next() {
				buffer ??= new ArrayBuffer(Math.max(1, Math.min(bufferBytes, blob.size)));
				const { done, value } = await reader.read(new Uint8Array(buffer));
				if (done || !value) return null;
				// The buffer was handed to the stream and comes back with the chunk (the same memory).
				buffer = value.buffer as ArrayBuffer;
				return value;
			},
			release: () => reader.releaseLock()
		};
	}
	const reader = stream.getReader();
	return {
		async next() {
			const { done, value } = await reader.read();
			return done ? null : value;
		},
		release: () => reader.releaseLock()
	};
}

export interface ChunkReadOptions {
	/** Stops the read at the next chunk once it fires (the read then rejects with its reason). */
	signal?: AbortSignal;
	/** The error a failed read rejects with, made from the stream's (default: the stream's own). */
	readError?: (cause: unknown) => Error;
	yieldEveryMs?: number;
}

/**
 * A blob's bytes as a stream of chunks, read as they are consumed, each valid until the next is
 * asked for (`blobReader`). Every `yieldEveryMs` (`YIELD_EVERY_MS`) of the
 * consumer's work (or more) it waits for a task of its own before reading on: reading a blob and
 * the consumer's parsing otherwise run in microtasks only, and the thread's tasks wait till the
 * whole read ends. In the import worker those are the page's messages (Import, the CLV word) and,
 * worse, the notices Chromium posts to a parent worker that its nested worker has started: a
 * message to a range worker is held until its parent hears that, so without a yield the ranges
 * read one after the other, not side by side.
 */
export async function* chunksOf(
	blob: Blob,
	{ signal, readError, yieldEveryMs = YIELD_EVERY_MS }: ChunkReadOptions = {}
): AsyncGenerator<Uint8Array> {
	const reader = blobReader(blob);
	const letTasksRun = taskYielder(yieldEveryMs);
	try {
		for (;;) {
			signal?.throwIfAborted();
			let chunk: Uint8Array | null;
			try {
				chunk = await reader.next();
			} catch (error) {
				throw readError ? readError(error) : error;
			}
			signal?.throwIfAborted();
			if (!chunk) return;
			yield chunk;
			await letTasksRun();
		}
	} finally {
		reader.release();
	}
}
