import type { FilePlan } from '$lib/orders/plan';
import type { RangeRead } from '$lib/orders/ranges';

/** From the import worker to a range worker: read these bytes of the file (not its first range). */
export interface ToRangeWorker {
	type: 'read';
	file: File;
	start: number;
	end: number;
	plan: FilePlan;
	today: number;
	expectedOrders: number;
	/** The file's last range: no ranges after it are checked against its order ids (see `readRange`). */
	last: boolean;
}

/** From a range worker: progress, the range read (typed arrays transferred), or a failure. */
export type FromRangeWorker =
	| { type: 'progress'; bytesRead: number; rows: number }
	| {
			type: 'read';
			read: RangeRead;
			/** Reading and parsing the range. */ readMs: number;
			/** `performance.timeOrigin + now()` when posted, to time the message's copy. */ postedAt: number;
	  }
	| { type: 'failed' };
/** The buffers of a range's typed arrays, to transfer. */
export function transferablesOf(read: RangeRead): ArrayBuffer[] {
	const part = read.part;
	const arrays: ArrayBufferView[] = [
		part.customer,
		part.day,
		part.amount,
		...(part.keyHashes ? [part.keyHashes] : []),
		part.split,
		part.orderIds.start
	];
	for (const block of part.orderIds.blocks) if (typeof block !== 'string') arrays.push(block);
	for (const d of part.dimensions) arrays.push(d.index);
	if (part.items) arrays.push(part.items.order, part.items.product);
	if (part.items?.sku) arrays.push(part.items.sku.index);
	if (part.names) arrays.push(part.names.of, part.names.day);
	if (part.consent) arrays.push(part.consent.value, part.consent.day, part.consent.time);
	if (part.cost) arrays.push(part.cost);
	for (const values of Object.values(part.ledger)) if (values) arrays.push(values);
	return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
