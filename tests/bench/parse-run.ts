/**
 * The import's parse in node, for A/B measurements of the accumulator (see parse.mjs): the
 * worker's path without the browser — a file's bytes decoded and read row by row into an
 * `OrderAccumulator` (`runImport` in one piece, no byte ranges).
 */
import { fileSource } from './file-source';
import { OrderAccumulator } from '../../src/lib/orders/accumulate';
import { runImport } from '../../src/lib/orders/pipeline';
import { firstDataRow } from '../../src/lib/orders/ranges';
import { RowReader } from '../../src/lib/orders/rows';

export interface ParseFigure {
	/** Reading and splitting the rows only (no accumulator). */
	rowsSeconds: number;
	/** The whole import (rows and accumulator). */
	importSeconds: number;
	/** Its CPU time (user + system, this process: the garbage collector's threads too). */
	importCpuSeconds: number;
	/** CPU time of reading and splitting the rows only. */
	rowsCpuSeconds: number;
	/** The accumulator alone on rows split beforehand (`addRow` for each, then `finish`): the fastest of `repeats`. */
	accumulatorSeconds: number;
	/** Its CPU time (user + system, this process), the fastest of `repeats`. */
	accumulatorCpuSeconds: number;
	rows: number;
	orders: number;
	customers: number;
	revenue: number;
	/** FNV-1a over the columns (and line items): equal fingerprints, equal results. */
	fingerprint: string;
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
	const used = process.cpuUsage(since);
	return (used.user + used.system) / 1e6;
}

function fnv(h: number, bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
	return h;
}

export async function parseFigure(bytes: Uint8Array, today: number, repeats = 3): Promise<ParseFigure> {
	const { plan, chunks } = fileSource(bytes);

	let cpu = process.cpuUsage();
	let t = performance.now();
	let rows = 0;
	const decoder = new TextDecoder(plan.encoding);
	const reader = new RowReader(plan.delimiter, plan.newline, () => rows++);
	const kept: [string[], number][] = [];
	const keeper = new RowReader(plan.delimiter, plan.newline, (fields, row) => void kept.push([fields, row]));
	for await (const chunk of chunks()) reader.push(decoder.decode(chunk, { stream: true }));
	reader.push(decoder.decode());
	reader.end();
	const rowsSeconds = (performance.now() - t) / 1000;
	const rowsCpuSeconds = cpuSeconds(cpu);
	for await (const chunk of chunks()) keeper.push(decoder.decode(chunk, { stream: true }));
	keeper.push(decoder.decode());
	keeper.end();

	let accumulatorSeconds = Infinity;
	let accumulatorCpuSeconds = Infinity;
	const firstData = firstDataRow(plan);
	for (let r = 0; r < repeats; r++) {
		const cpu = process.cpuUsage();
		const at = performance.now();
		const orders = new OrderAccumulator(today, Math.ceil((plan.estimatedRows ?? 0) * 1.1));
		orders.beginFile(plan, 0);
		for (const [fields, row] of kept) if (row >= firstData) orders.addRow(fields, row);
		orders.finish();
		accumulatorSeconds = Math.min(accumulatorSeconds, (performance.now() - at) / 1000);
		const used = process.cpuUsage(cpu);
		accumulatorCpuSeconds = Math.min(accumulatorCpuSeconds, (used.user + used.system) / 1e6);
	}
	kept.length = 0;

	cpu = process.cpuUsage();
	t = performance.now();
	const result = await runImport([{ plan, chunks }], { today });
	const importSeconds = (performance.now() - t) / 1000;
	const importCpuSeconds = cpuSeconds(cpu);
	if (result.kind !== 'orders') throw new Error('not an orders file');
	const c = result.columns;
	let h = 0x811c9dc5;
	for (const column of [c.customer, c.day, c.amount])
		h = fnv(h, new Uint8Array(column.buffer, column.byteOffset, c.count * column.BYTES_PER_ELEMENT));
	h = fnv(h, new TextEncoder().encode(result.customers.join('\n') + (result.orderIds?.toArray() ?? []).join('\n')));
	h = fnv(h, new TextEncoder().encode(JSON.stringify(result.report)));
	if (result.items) h = fnv(h, new Uint8Array(result.items.product.buffer));
	return {
		rowsSeconds,
		rowsCpuSeconds,
		importSeconds,
		importCpuSeconds,
		accumulatorSeconds,
		accumulatorCpuSeconds,
		rows,
		orders: c.count,
		customers: result.customers.length,
		revenue: result.report.revenue,
		fingerprint: (h >>> 0).toString(16)
	};
}
