import { HEAD_BYTES } from '$lib/orders/inspect';
import type { FilePlan } from '$lib/orders/plan';
import {
	hasQuotedLineBreak,
	lineKeyOf,
	rangeCount,
	rangeCountBySize,
	readRange,
	splitRanges,
	type RangeRead,
	type RangeReads
} from '$lib/orders/ranges';
import { chunksOf } from './blob-chunks';
import type { FromRangeWorker, ToRangeWorker } from './import-range-protocol';
import { hasFailed, watchStart } from './worker-start';

/** How reading a file in ranges went, for the page's performance measures. */
export interface RangeTimings {
	ranges: number;
	/** From splitting the file to the last range read. */
	wallMs: number;
	/** Reading and parsing each range, in its worker. */
	readMs: number[];
	/** Copying the ranges' results between workers (the typed arrays are transferred). */
	cloneMs: number;
}

/** Range workers started ahead (while the user reviews the file), idle until an import uses them. */
const idle: Worker[] = [];

function startRangeWorker(): Worker {
	return watchStart(new Worker(new URL('./import-range.worker.ts', import.meta.url), { type: 'module' }));
}

/**
 * Starts the range workers a file will be read with, so that the import does not wait for them
 * to load: called when a single large file has been inspected.
 */
export function prepareRangeWorkers(plan: FilePlan, cores = deviceCores()): void {
	keepIdle(rangeCount(plan, cores) - 1);
}

/**
 * Starts the range workers a single file of `size` bytes may be read with, before it is inspected
 * (its plan may still read it whole: then they stay idle). A worker's start (its script fetched
 * through the service worker, compiled) took 0.25-0.4 s in traces of the bench: started once the
 * file was inspected, the range worker began its range that long after the import worker began the
 * first, and the parse's wall time was that much longer.
 */
export function prepareRangeWorkersForSize(size: number, cores = deviceCores()): void {
	keepIdle(rangeCountBySize(size, cores) - 1);
}

/** Starts range workers until `wanted` are idle. */
function keepIdle(wanted: number): void {
	while (idle.length < wanted) idle.push(startRangeWorker());
}

function deviceCores(): number {
	return typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 1 : 1;
}

/** One range read by a range worker (terminated when done, failed or stopped by `signal`). */
function readInWorker(
	message: ToRangeWorker,
	onProgress: (bytesRead: number, rows: number) => void,
	timings: RangeTimings,
	index: number,
	workers: Worker[],
	signal: AbortSignal
): Promise<RangeRead> {
	const worker = idle.pop() ?? startRangeWorker();
	workers.push(worker);
	return new Promise<RangeRead>((resolve, reject) => {
		const stop = () => {
			worker.terminate();
			reject(signal.reason);
		};
		if (signal.aborted) return stop();
		// Started ahead, it may have failed to load before this listened: the file is then read whole.
		if (hasFailed(worker)) {
			worker.terminate();
			return reject(new Error('range worker failed'));
		}
		signal.addEventListener('abort', stop, { once: true });
		worker.onmessage = (event: MessageEvent<FromRangeWorker>) => {
			const data = event.data;
			if (data.type === 'progress') return onProgress(data.bytesRead, data.rows);
			signal.removeEventListener('abort', stop);
			worker.terminate();
			if (data.type === 'failed') return reject(new Error('range failed'));
			timings.readMs[index] = data.readMs;
			timings.cloneMs = Math.max(timings.cloneMs, performance.timeOrigin + performance.now() - data.postedAt);
			resolve(data.read);
		};
		worker.onerror = (event) => {
			event.preventDefault();
			signal.removeEventListener('abort', stop);
			worker.terminate();
			reject(new Error('range worker failed'));
		};
		worker.postMessage(message);
	});
}

/**
 * Reads a large file in as many byte ranges as the device has cores, the first here and the
 * others in range workers, all at once; null when the file is read in one piece instead (small,
 * UTF-16, quoted line breaks near its start, or a range that failed: reading it whole then
 * reports the error at its row). `signal` drops the read (a parse started ahead that the user's
 * choices no longer match): its range workers are terminated, the first range stops at its next
 * chunk, and it rejects with the signal's reason.
 */
export async function readFileRanges(
	file: File,
	plan: FilePlan,
	today: number,
	onProgress: (bytesRead: number, rows: number) => void,
	timings: RangeTimings,
	options: { signal?: AbortSignal; cores?: number } = {}
): Promise<RangeReads | null> {
	const cores = options.cores ?? deviceCores();
	const dropped = options.signal ?? new AbortController().signal;
	dropped.throwIfAborted();
	const started = performance.now();
	const count = rangeCount(plan, cores);
	if (count < 2) return null;
	const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
	if (hasQuotedLineBreak(new TextDecoder(plan.encoding).decode(head))) return null;
	const ranges = await splitRanges(
		file.size,
		count,
		plan.newline,
		async (at, length) => new Uint8Array(await file.slice(at, at + length).arrayBuffer()),
		lineKeyOf(plan)
	);
	if (ranges.length < 2) return null;
	dropped.throwIfAborted();
	timings.ranges = ranges.length;
	const progress = ranges.map(() => ({ bytesRead: 0, rows: 0 }));
	const report = (index: number) => (bytesRead: number, rows: number) => {
		progress[index] = { bytesRead, rows };
		onProgress(
			progress.reduce((s, p) => s + p.bytesRead, 0),
			progress.reduce((s, p) => s + p.rows, 0)
		);
	};
	const expected = (plan.estimatedRows ?? 0) * 1.1;
	const expectedOrders = ([start, end]: [number, number]) => Math.ceil((expected * (end - start)) / file.size);
	const workers: Worker[] = [];
	// Stops every range: dropping the read, or a range that failed.
	const stop = new AbortController();
	const drop = () => stop.abort(dropped.reason);
	dropped.addEventListener('abort', drop, { once: true });
	try {
		const rest = Promise.all(
			ranges.slice(1).map(([start, end], i) =>
				readInWorker(
					{
						type: 'read',
						file,
						start,
						end,
						plan,
						today,
						expectedOrders: expectedOrders([start, end]),
						last: i === ranges.length - 2
					},
					report(i + 1),
					timings,
					i + 1,
					workers,
					stop.signal
				)
			)
		);
		// A range that fails or will not merge stops the first one too: the file is then read whole.
		rest.catch(() => stop.abort());
		const readStarted = performance.now();
		const first = await readRange(chunksOf(file.slice(0, ranges[0][1])), plan, {
			first: true,
			today,
			// Room for the whole file's orders: the other ranges are merged into this one's columns,
			// which then need not be copied into larger ones (pages not written to are not in memory).
			expectedOrders: Math.ceil(expected),
			// Its order-id index holds its own orders only (merged ranges' ids are not indexed).
			expectedOwnOrders: expectedOrders(ranges[0]),
			onProgress: report(0),
			signal: stop.signal
		});
		timings.readMs[0] = performance.now() - readStarted;
		const reads = { first, rest: await rest };
		timings.wallMs = performance.now() - started;
		return reads;
	} catch {
		for (const worker of workers) worker.terminate();
		dropped.throwIfAborted();
		return null;
	} finally {
		dropped.removeEventListener('abort', drop);
	}
}
