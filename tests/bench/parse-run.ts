/**
 * The import's parse in node, for A/B measurements of the accumulator (see parse.mjs): the
 * worker's path without the browser — a file's bytes decoded and read row by row into an
 * `OrderAccumulator` (`runImport` in one piece, no byte ranges).
 */
import { fileSource } from './file-source';
import { DIMENSIONS } from '../../src/lib/orders/columns';
import { OrderAccumulator } from '../../src/lib/orders/accumulate';
import { runImport } from '../../src/lib/orders/pipeline';
import { firstDataRow } from '../../src/lib/orders/ranges';
import { RowReader } from '../../src/lib/orders/rows';
import type { OrdersResult } from '../../src/lib/orders/accumulate';

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
	/** The dimensions the result holds, with their count of distinct values ("channel 3, country 12"). */
	dimensions: string;
	/**
	 * FNV-1a over the whole result (columns, customers, order ids, dimensions, line items, names,
	 * consent, costs and the report): equal fingerprints, equal results.
	 */
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
	const fingerprint = fingerprintOf(result);
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
		dimensions: DIMENSIONS.filter((d) => result.dimensions[d])
			.map((d) => `${d} ${result.dimensions[d]!.values.length}`)
			.join(', '),
		fingerprint
	};
}

type IntOrFloatArray = Int32Array | Uint8Array | Float64Array;

/**
 * Every part of an orders result, hashed in a fixed order; each part is tagged with its name (and
 * a missing one says so), so that a part moving between fields changes the fingerprint too.
 */
function fingerprintOf(result: OrdersResult): string {
	let h = 0x811c9dc5;
	const text = (tag: string, value: string) => (h = fnv(h, new TextEncoder().encode(`${tag}\u0000${value}\u0000`)));
	const array = (tag: string, values: IntOrFloatArray | null | undefined, length = values?.length ?? 0) => {
		text(tag, values ? String(length) : 'none');
		if (values) h = fnv(h, new Uint8Array(values.buffer, values.byteOffset, length * values.BYTES_PER_ELEMENT));
	};
	const strings = (tag: string, values: readonly string[] | null | undefined) =>
		text(tag, values ? `${values.length}\u0001${values.join('\u0001')}` : 'none');
	const c = result.columns;
	text('count', String(c.count));
	array('customer', c.customer, c.count);
	array('day', c.day, c.count);
	array('amount', c.amount, c.count);
	array('firstOfDay', c.firstOfDay);
	strings('customers', result.customers);
	strings('orderIds', result.orderIds?.toArray());
	for (const dim of DIMENSIONS) {
		const column = result.dimensions[dim];
		strings(`dimension ${dim} values`, column?.values);
		array(`dimension ${dim} index`, column?.index, column ? Math.min(column.index.length, c.count) : 0);
	}
	const items = result.items;
	strings('item values', items?.values);
	array('item start', items?.start);
	array('item product', items?.product);
	strings('item sku values', items?.skus?.values);
	array('item sku index', items?.skus?.index);
	strings('name values', result.names?.values);
	array('name index', result.names?.index);
	strings('consent columns', result.consent?.columns);
	array('consent of', result.consent?.of);
	array('cost', result.cost);
	array('costPartial', result.costPartial);
	text('report', JSON.stringify(result.report));
	return (h >>> 0).toString(16);
}
