/// <reference lib="webworker" />
/**
 * The import worker: reads the chosen files (streaming, never whole), parses them with
 * PapaParse, builds the column-wise orders and stores them in IndexedDB, reporting progress.
 * The page stays responsive because none of this runs on its thread; cancelling terminates
 * this worker, and the single storing transaction then never commits.
 */
import { analyse } from '$lib/analysis/analyse';
import { DEFAULT_ANALYSIS_SETTINGS, publishMeasures, writeCachedAnalysis } from '$lib/analysis/cache';
import { db } from '$lib/db/database';
import { storeImport } from '$lib/db/datasets';
import { dayFromYmd } from '$lib/format/date';
import { ImportError, toErrorData } from '$lib/orders/errors';
import { HEAD_BYTES, inspectSample, SPREAD_BYTES, spreadOffsets, type FileSample } from '$lib/orders/inspect';
import { runImport } from '$lib/orders/pipeline';
import type { InspectOverrides } from '$lib/orders/inspect';
import type { FromImportWorker, InspectOutcome, ToImportWorker } from './import-protocol';
import { prepareRangeWorkers, readFileRanges, type RangeTimings } from './import-ranges';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromImportWorker) => self.postMessage(message);

async function sampleFile(file: File): Promise<FileSample> {
	const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
	const spread = await Promise.all(
		spreadOffsets(file.size).map(
			async (at) => new Uint8Array(await file.slice(at, at + SPREAD_BYTES).arrayBuffer())
		)
	);
	return { name: file.name, size: file.size, head, spread };
}

async function inspect(
	file: File,
	overrides: InspectOverrides | null,
	dateFallback: 'dmy' | 'mdy'
): Promise<InspectOutcome> {
	try {
		const sample = await sampleFile(file);
		return { ok: true, inspection: inspectSample(sample, dateFallback, overrides ?? {}) };
	} catch (error) {
		return {
			ok: false,
			error:
				error instanceof ImportError
					? toErrorData(error)
					: { code: 'readFailed', params: { name: file.name }, file: null }
		};
	}
}

/** A file's bytes as a stream of chunks, read from disk as they are parsed. */
async function* chunksOf(file: File): AsyncGenerator<Uint8Array> {
	const reader = file.stream().getReader();
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return;
			yield value;
		}
	} catch {
		throw new ImportError('readFailed', { name: file.name });
	} finally {
		reader.releaseLock();
	}
}

function localToday(): number {
	const now = new Date();
	return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

self.onmessage = async (event: MessageEvent<ToImportWorker>) => {
	const message = event.data;
	if (message.type === 'inspect') {
		const outcomes = await Promise.all(
			message.files.map((f, i) => inspect(f, message.overrides[i] ?? null, message.dateFallback))
		);
		post({ type: 'inspected', outcomes });
		// One large file: its range workers load while the user reviews it.
		const [only] = outcomes;
		if (outcomes.length === 1 && only.ok) prepareRangeWorkers(only.inspection.plan);
		return;
	}
	const started = performance.now();
	let lastPost = 0;
	const today = localToday();
	const ranges: RangeTimings = { ranges: 1, wallMs: 0, readMs: [], cloneMs: 0 };
	const merge = { mergeMs: 0, merged: false };
	try {
		const result = await runImport(
			message.files.map((file, i) => ({
				plan: message.plans[i],
				chunks: () => chunksOf(file),
				ranges: (plan, onProgress) => readFileRanges(file, plan, today, onProgress, ranges)
			})),
			{
				today,
				timings: merge,
				onProgress: (p) => {
					const now = performance.now();
					if (now - lastPost < 100) return;
					lastPost = now;
					post({ type: 'progress', progress: { ...p, elapsedMs: now - started, phase: 'reading' } });
				}
			}
		);
		const totalBytes = message.plans.reduce((s, p) => s + p.size, 0);
		post({
			type: 'progress',
			progress: {
				rows: result.report.rowsRead,
				bytesRead: totalBytes,
				totalBytes,
				elapsedMs: performance.now() - started,
				phase: 'storing'
			}
		});
		const read = performance.now();
		const datasetId = await storeImport(result, message.name);
		const stored = performance.now();
		// Stored: the strings are not needed to analyse the orders (the columns point to them by index).
		const customerCount = result.customers.length;
		if (result.kind === 'orders') {
			result.orderIds = null;
			result.dimensions = {};
			result.items = null;
		}
		result.customers = [];
		let analysed = stored;
		if (result.kind === 'orders') {
			// The orders are in memory now: analyse them with the Analysis page's default settings
			// and cache it, so the page shows the figures at once instead of reading them back.
			const dataset = (await db().datasets.get(datasetId))!;
			const { analysis } = analyse(result.columns, customerCount, DEFAULT_ANALYSIS_SETTINGS);
			await writeCachedAnalysis(datasetId, dataset.createdAt, DEFAULT_ANALYSIS_SETTINGS, analysis);
			// The same record the Analysis page writes for what it shows (one writer, with its settings).
			await publishMeasures(datasetId, DEFAULT_ANALYSIS_SETTINGS, analysis, message.currency);
			analysed = performance.now();
		}
		post({
			type: 'stored',
			datasetId,
			report: result.report,
			elapsedMs: analysed - started,
			readMs: read - started,
			storeMs: stored - read,
			analyseMs: analysed - stored,
			parse: {
				ranges: ranges.ranges,
				merged: merge.merged,
				rangesMs: ranges.wallMs,
				slowestRangeMs: Math.max(0, ...ranges.readMs),
				cloneMs: ranges.cloneMs,
				mergeMs: merge.mergeMs
			}
		});
	} catch (error) {
		post({ type: 'failed', error: toErrorData(error) });
	}
};
