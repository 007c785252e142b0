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

/**
 * A blob's bytes as a stream of chunks, read as they are consumed. Every `YIELD_EVERY_MS` of the
 * consumer's work (or more) it waits for a task of its own before reading on: reading a blob and
 * the consumer's parsing otherwise run in microtasks only, and the thread's tasks wait till the
 * whole read ends. In the import worker those are the page's messages (Import, the CLV word) and,
 * worse, the notices Chromium posts to a parent worker that its nested worker has started: a
 * message to a range worker is held until its parent hears that, so without a yield the ranges
 * read one after the other, not side by side.
 */
export async function* chunksOf(blob: Blob, yieldEveryMs = YIELD_EVERY_MS): AsyncGenerator<Uint8Array> {
	const reader = blob.stream().getReader();
	const letTasksRun = taskYielder(yieldEveryMs);
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return;
			yield value;
			await letTasksRun();
		}
	} finally {
		reader.releaseLock();
	}
}
