/// <reference lib="webworker" />
/**
 * A range worker: reads one byte range of a large orders file for the import worker, which
 * reads the first range itself and merges them (`$lib/orders/ranges`). The columns go back
 * transferred, not copied.
 */
import { partOf, readRange } from '$lib/orders/ranges';
import { chunksOf } from './blob-chunks';
import { transferablesOf, type FromRangeWorker, type ToRangeWorker } from './import-range-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<ToRangeWorker>) => {
	const { file, start, end, plan, today, expectedOrders, last } = event.data;
	const post = (message: FromRangeWorker, transfer: Transferable[] = []) => self.postMessage(message, transfer);
	const started = performance.now();
	let lastPost = 0;
	try {
		const read = partOf(
			await readRange(chunksOf(file.slice(start, end)), plan, {
				first: false,
				today,
				expectedOrders,
				keyHashes: !last,
				onProgress: (bytesRead, rows) => {
					const now = performance.now();
					if (now - lastPost < 100) return;
					lastPost = now;
					post({ type: 'progress', bytesRead, rows });
				}
			})
		);
		const readMs = performance.now() - started;
		post(
			{ type: 'read', read, readMs, postedAt: performance.timeOrigin + performance.now() },
			transferablesOf(read)
		);
	} catch {
		post({ type: 'failed' });
	}
};
