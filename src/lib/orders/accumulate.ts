import type { OrderColumns } from './columns';
import { Dictionary, GrowableFloat64, GrowableInt32 } from './growable';
import type { OrderRole } from './layouts';
import type { FilePlan } from './plan';
import {
	emptyTally,
	fileReport,
	MAX_EXAMPLES,
	tallyAdd,
	type FileReport,
	type ImportReport,
	type RowRef,
	type SkipReason,
	type Tally
} from './report';
import { orderEvidence, parseDay, type DateOrder } from './sniff/dates';
import { MAX_ABS_AMOUNT, parseAmount } from './sniff/numbers';
import { classifyStatus } from './status';
import { StringIndex } from './string-index';

/** Optional per-order labels kept for segments and exports (dictionary-encoded; -1 = none). */
export const DIMENSIONS = ['product', 'category', 'channel', 'country'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface DimensionColumn {
	values: string[];
	index: Int32Array;
}

export interface OrdersResult {
	kind: 'orders';
	columns: OrderColumns;
	customers: string[];
	/** Order ids as exported, or null when no file had an order-id column. */
	orderIds: string[] | null;
	dimensions: Partial<Record<Dimension, DimensionColumn>>;
	report: ImportReport;
}

/** Dates before this or after tomorrow are taken to be errors (a typo, a default "0001-01-01"). */
export const EARLIEST_DAY = 7305; // 1990-01-01

/** Lower-case e-mail addresses; turn spreadsheet floats ("12346.0") back into the ids they were. */
export function normaliseCustomerId(raw: string): string {
	const id = raw.trim();
	if (id.includes('@')) return id.toLowerCase();
	// (The last-character test keeps the regular expression off the hot path.)
	if (id.charCodeAt(id.length - 1) === 48 && /^\d+\.0+$/.test(id)) return id.slice(0, id.indexOf('.'));
	return id;
}

export interface DateEvidence {
	dmy: number;
	mdy: number;
	firstDmy: RowRef | null;
	firstMdy: RowRef | null;
}

/**
 * Turns parsed rows into orders, one file after another, into shared columns: customers are
 * the same people across files (several monthly exports make one data set).
 *
 * The rules, which the report and the README state:
 * - rows of one order (same order id, one after another) are its line items: `orderTotal`
 *   layouts take the first non-empty total, `lineItems` layouts add up quantity × unit price;
 * - cancelled, voided and failed orders, UCI `C` invoices, and orders refunded in full are not
 *   purchases; they are counted apart. Partly refunded orders count at their net value;
 * - a row with a negative amount and no status is a return: it is netted into the same order
 *   (by id) or else the customer's latest earlier order;
 * - an order id seen again later (another export overlapping this one) is a duplicate.
 */
export class OrderAccumulator {
	readonly customers = new Dictionary();
	readonly #customerOf: GrowableInt32;
	readonly #dayOf: GrowableInt32;
	readonly #amountOf: GrowableFloat64;
	readonly #orderIds: string[] = [];
	#anyOrderIds = false;
	readonly #orderById: StringIndex;
	readonly #fileOfOrder: GrowableInt32;
	/** The latest order (by day) of each customer so far, for netting returns. */
	readonly #latestOrderOf = new GrowableInt32(1 << 12);
	readonly #dimensions = new Map<Dimension, { dictionary: Dictionary; index: GrowableInt32 }>();

	readonly #latestDay: number;
	#plan!: FilePlan;
	#file = 0;
	#columns: Partial<Record<OrderRole, number>> = {};
	#required = 0;
	#currentKey: string | null = null;
	#currentOrder = -1;
	#currentCancelled = false;

	readonly skipped: Partial<Record<SkipReason, Tally>> = {};
	readonly report = {
		rowsRead: 0,
		blankRows: 0,
		lineItemRows: 0,
		cancelled: emptyTally(),
		unpaid: emptyTally(),
		fullyRefunded: emptyTally(),
		partlyRefunded: emptyTally(),
		refundedAmount: 0,
		negativeRowsNetted: emptyTally(),
		duplicates: emptyTally(),
		currencies: new Map<string, number>()
	};
	readonly evidence: DateEvidence[] = [];
	readonly files: FileReport[] = [];

	/** `expectedOrders` sizes the columns and the order-id index up front (growing them costs time). */
	constructor(today: number, expectedOrders = 1 << 12) {
		this.#latestDay = today + 1;
		const capacity = Math.max(1 << 10, Math.min(expectedOrders, 1 << 26));
		this.#customerOf = new GrowableInt32(capacity);
		this.#dayOf = new GrowableInt32(capacity);
		this.#amountOf = new GrowableFloat64(capacity);
		this.#fileOfOrder = new GrowableInt32(capacity);
		this.#orderById = new StringIndex((i) => this.#orderIds[i], capacity);
	}

	beginFile(plan: FilePlan, fileIndex: number): void {
		this.#plan = plan;
		this.#file = fileIndex;
		this.#columns = plan.mapping as Partial<Record<OrderRole, number>>;
		const c = this.#columns;
		const needed = [c.customer, c.date, c.amount, c.quantity, c.unitPrice].filter((i): i is number => i !== undefined);
		this.#required = needed.length ? Math.max(...needed) : 0;
		this.#currentKey = null;
		this.#currentOrder = -1;
		this.#currentCancelled = false;
		if (c.orderId !== undefined) this.#anyOrderIds = true;
		for (const dim of DIMENSIONS) {
			if (c[dim] !== undefined && !this.#dimensions.has(dim)) {
				const index = new GrowableInt32(Math.max(1024, this.#dayOf.length * 2));
				for (let i = 0; i < this.#dayOf.length; i++) index.push(-1);
				this.#dimensions.set(dim, { dictionary: new Dictionary(), index });
			}
		}
		this.evidence[fileIndex] = { dmy: 0, mdy: 0, firstDmy: null, firstMdy: null };
		this.files[fileIndex] = fileReport(plan);
	}

	#skip(reason: SkipReason, row: number, value?: string): void {
		const tally = (this.skipped[reason] ??= emptyTally());
		tallyAdd(tally, value === undefined ? { file: this.#file, row } : { file: this.#file, row, value: clip(value) });
	}

	/** One data row (`row` is its 1-based position in the file, the header being row 1). */
	addRow(fields: string[], row: number): void {
		if (fields.length === 1 && fields[0].trim() === '') {
			this.report.blankRows++;
			return;
		}
		this.report.rowsRead++;
		this.files[this.#file].rowsRead++;
		const c = this.#columns;
		const plan = this.#plan;
		const lineItems = plan.amountMode === 'lineItems';

		// (NUL separates stored ids, and no real id contains it.)
		const orderKey = c.orderId !== undefined ? stripNul((fields[c.orderId] ?? '').trim()) : '';

		// Further line items of the order on the previous row.
		// (In line-item layouts each line stands alone: when the order's first line was unusable,
		// the next line may still start it.)
		const continuesOrder = orderKey && orderKey === this.#currentKey && !(lineItems && this.#currentOrder < 0 && !this.#currentCancelled);
		if (continuesOrder) {
			this.report.lineItemRows++;
			if (this.#currentCancelled || this.#currentOrder < 0) return;
			if (lineItems) {
				const line = this.#lineAmount(fields, row);
				if (line !== null) this.#amountOf.data[this.#currentOrder] += line;
			} else {
				this.#fillDimensions(fields, this.#currentOrder, true);
			}
			return;
		}

		if (fields.length <= this.#required) {
			this.#skip('tooFewFields', row);
			return;
		}

		// Cancellations are recognised before anything else is checked: they are not purchases
		// whatever else is wrong with them.
		if (this.#isCancelled(fields, orderKey)) {
			this.#currentKey = orderKey || null;
			this.#currentOrder = -1;
			this.#currentCancelled = true;
			tallyAdd(this.report.cancelled, { file: this.#file, row });
			return;
		}
		this.#currentCancelled = false;
		this.#currentKey = orderKey || null;
		this.#currentOrder = -1;

		const orderHash = orderKey ? StringIndex.hash(orderKey) : 0;
		const seen = orderKey ? this.#orderById.get(orderKey, orderHash) : -1;
		if (seen >= 0) {
			const sameFile = this.#fileOfOrder.data[seen] === this.#file;
			if (lineItems && sameFile) {
				// Lines of an earlier order, not next to it: add them there.
				this.report.lineItemRows++;
				const line = this.#lineAmount(fields, row);
				if (line !== null) this.#amountOf.data[seen] += line;
				this.#currentOrder = seen;
				return;
			}
			const amountRaw = !lineItems && c.amount !== undefined ? (fields[c.amount] ?? '').trim() : 'x';
			if (!lineItems && !amountRaw) {
				this.report.lineItemRows++; // a stray line item of an order already counted
				return;
			}
			tallyAdd(this.report.duplicates, { file: this.#file, row, value: clip(orderKey) });
			return;
		}

		const customerRaw = c.customer !== undefined ? fields[c.customer] ?? '' : '';
		const customerId = normaliseCustomerId(customerRaw);
		if (!customerId) {
			this.#skip('missingCustomer', row);
			return;
		}

		const dateRaw = c.date !== undefined ? fields[c.date] ?? '' : '';
		const day = parseDay(dateRaw, plan.dateOrder);
		if (plan.dateOrder !== 'ymd') this.#noteEvidence(dateRaw, row);
		if (day !== day) {
			this.#skip(dateRaw.trim() ? 'invalidDate' : 'missingDate', row, dateRaw);
			return;
		}
		if (day < EARLIEST_DAY || day > this.#latestDay) {
			this.#skip('dateOutOfRange', row, dateRaw);
			return;
		}

		let amount: number;
		if (lineItems) {
			const line = this.#lineAmount(fields, row);
			if (line === null) return;
			amount = line;
		} else {
			const amountRaw = c.amount !== undefined ? (fields[c.amount] ?? '').trim() : '';
			if (!amountRaw) {
				this.#skip('missingAmount', row);
				return;
			}
			amount = parseAmount(amountRaw, plan.decimal);
			if (amount !== amount) {
				this.#skip('invalidAmount', row, amountRaw);
				return;
			}
			if (Math.abs(amount) > MAX_ABS_AMOUNT) {
				this.#skip('amountOutOfRange', row, amountRaw);
				return;
			}
		}

		const statusClass = c.status !== undefined ? classifyStatus(plan.layout, fields[c.status] ?? '') : 'kept';
		if (statusClass === 'unpaid') {
			tallyAdd(this.report.unpaid, { file: this.#file, row });
			this.#currentCancelled = true;
			return;
		}

		let refunded = 0;
		if (c.refundedAmount !== undefined) {
			const refundRaw = (fields[c.refundedAmount] ?? '').trim();
			const parsed = refundRaw ? parseAmount(refundRaw, plan.decimal) : 0;
			if (parsed === parsed) refunded = Math.abs(parsed);
		}
		if (statusClass === 'refunded' || (refunded > 0 && refunded >= amount && amount > 0)) {
			tallyAdd(this.report.fullyRefunded, { file: this.#file, row });
			this.report.refundedAmount += amount > 0 ? amount : refunded;
			this.#currentCancelled = true;
			return;
		}

		if (amount < 0 && !lineItems) {
			// A return booked as its own row: it belongs to an order the customer already has.
			const target = this.customers.has(customerId) ? this.#latestOrderBefore(this.customers.indexOf(customerId), day) : -1;
			if (target < 0) {
				this.#skip('refundWithoutOrder', row, String(amount));
				return;
			}
			this.#amountOf.data[target] += amount;
			this.report.refundedAmount += -amount;
			tallyAdd(this.report.negativeRowsNetted, { file: this.#file, row });
			return;
		}

		const customer = this.customers.indexOf(customerId);
		if (refunded > 0) {
			tallyAdd(this.report.partlyRefunded, { file: this.#file, row });
			this.report.refundedAmount += refunded;
			amount -= refunded;
		}

		const order = this.#dayOf.length;
		this.#customerOf.push(customer);
		this.#dayOf.push(day);
		this.#amountOf.push(amount);
		this.#fileOfOrder.push(this.#file);
		this.#orderIds.push(orderKey);
		if (orderKey) this.#orderById.set(orderKey, order, orderHash);
		this.#currentOrder = order;
		this.#fillDimensions(fields, order, false);
		while (this.#latestOrderOf.length <= customer) this.#latestOrderOf.push(-1);
		const latest = this.#latestOrderOf.data[customer];
		if (latest < 0 || this.#dayOf.data[latest] <= day) this.#latestOrderOf.data[customer] = order;

		if (c.currency !== undefined) {
			const code = (fields[c.currency] ?? '').trim().toUpperCase();
			if (code) this.report.currencies.set(code, (this.report.currencies.get(code) ?? 0) + 1);
		}
	}

	#isCancelled(fields: string[], orderKey: string): boolean {
		const c = this.#columns;
		if (this.#plan.layout === 'uci' && /^c/i.test(orderKey)) return true;
		if (c.cancelledAt !== undefined && (fields[c.cancelledAt] ?? '').trim() !== '') return true;
		if (c.status !== undefined && classifyStatus(this.#plan.layout, fields[c.status] ?? '') === 'cancelled') return true;
		return false;
	}

	/** Quantity × unit price of a line; null (and the row counted as skipped) when unusable. */
	#lineAmount(fields: string[], row: number): number | null {
		const c = this.#columns;
		const plan = this.#plan;
		const qtyRaw = (fields[c.quantity!] ?? '').trim();
		const priceRaw = (fields[c.unitPrice!] ?? '').trim();
		const qty = parseAmount(qtyRaw, plan.decimal);
		const price = parseAmount(priceRaw, plan.decimal);
		if (!qtyRaw || !priceRaw) {
			this.#skip('missingAmount', row);
			return null;
		}
		if (qty !== qty || price !== price) {
			this.#skip('invalidAmount', row, qty !== qty ? qtyRaw : priceRaw);
			return null;
		}
		if (qty <= 0) {
			this.#skip('nonPositiveQuantity', row, qtyRaw);
			return null;
		}
		if (price < 0) {
			this.#skip('negativePrice', row, priceRaw);
			return null;
		}
		const line = qty * price;
		if (line > MAX_ABS_AMOUNT) {
			this.#skip('amountOutOfRange', row, `${qtyRaw} × ${priceRaw}`);
			return null;
		}
		return line;
	}

	#fillDimensions(fields: string[], order: number, onlyIfEmpty: boolean): void {
		if (this.#dimensions.size === 0) return;
		for (const [dim, column] of this.#dimensions) {
			const source = this.#columns[dim];
			if (onlyIfEmpty && order < column.index.length && column.index.data[order] >= 0) continue;
			const raw = source !== undefined ? (fields[source] ?? '').trim() : '';
			const value = raw ? column.dictionary.indexOf(raw) : -1;
			if (order < column.index.length) column.index.data[order] = value;
			else column.index.push(value);
		}
	}

	#latestOrderBefore(customer: number, day: number): number {
		if (customer >= this.#latestOrderOf.length) return -1;
		const latest = this.#latestOrderOf.data[customer];
		return latest >= 0 && this.#dayOf.data[latest] <= day ? latest : -1;
	}

	#noteEvidence(raw: string, row: number): void {
		const evidence = orderEvidence(raw);
		if (!evidence) return;
		const e = this.evidence[this.#file];
		if (evidence === 'dmy') {
			e.dmy++;
			e.firstDmy ??= { file: this.#file, row, value: clip(raw) };
		} else {
			e.mdy++;
			e.firstMdy ??= { file: this.#file, row, value: clip(raw) };
		}
	}

	/** The order the evidence of a file's dates contradicts its plan with, if it does. */
	contradictedOrder(fileIndex: number, plan: FilePlan): { order: DateOrder; decidedBy: RowRef } | null {
		const e = this.evidence[fileIndex];
		if (!e || plan.dateOrderBasis !== 'default') return null;
		if (plan.dateOrder === 'dmy' && e.mdy > 0 && e.dmy === 0 && e.firstMdy) return { order: 'mdy', decidedBy: e.firstMdy };
		if (plan.dateOrder === 'mdy' && e.dmy > 0 && e.mdy === 0 && e.firstDmy) return { order: 'dmy', decidedBy: e.firstDmy };
		return null;
	}

	get orderCount(): number {
		return this.#dayOf.length;
	}

	finish(): OrdersResult {
		const count = this.#dayOf.length;
		const columns: OrderColumns = {
			count,
			customer: this.#customerOf.toArray(),
			day: this.#dayOf.toArray(),
			amount: this.#amountOf.toArray()
		};
		let revenue = 0;
		let zero = 0;
		let firstDay = Infinity;
		let lastDay = -Infinity;
		for (let i = 0; i < count; i++) {
			const a = columns.amount[i];
			revenue += a;
			if (a === 0) zero++;
			const d = columns.day[i];
			if (d < firstDay) firstDay = d;
			if (d > lastDay) lastDay = d;
		}
		const net = new Float64Array(this.customers.size);
		for (let i = 0; i < count; i++) net[columns.customer[i]] += columns.amount[i];
		const negativeNet = net.reduce((n, v) => (v < 0 ? n + 1 : n), 0);

		const dimensions: OrdersResult['dimensions'] = {};
		for (const [dim, column] of this.#dimensions) {
			if (column.dictionary.size > 0) dimensions[dim] = { values: column.dictionary.values, index: column.index.toArray().subarray(0, count) };
		}
		const currencyCounts = Object.fromEntries([...this.report.currencies].sort((a, b) => b[1] - a[1]));
		const currencies = Object.keys(currencyCounts);
		const warnings: ImportReport['warnings'] = [];
		if (currencies.length > 1) warnings.push({ code: 'severalCurrencies', counts: currencyCounts });
		if (negativeNet > 0) warnings.push({ code: 'negativeNetCustomers', count: negativeNet });
		for (const [i, e] of this.evidence.entries()) {
			const plan = this.files[i];
			if (!e || !plan) continue;
			const against = plan.dateOrder === 'dmy' ? e.mdy : plan.dateOrder === 'mdy' ? e.dmy : 0;
			const examples = plan.dateOrder === 'dmy' ? e.firstMdy : e.firstDmy;
			if (against > 0 && examples) warnings.push({ code: 'dateOrderConflicts', count: against, examples: [examples] });
		}

		const report: ImportReport = {
			kind: 'orders',
			files: this.files,
			rowsRead: this.report.rowsRead,
			blankRows: this.report.blankRows,
			lineItemRows: this.report.lineItemRows,
			ordersKept: count,
			customers: this.customers.size,
			skipped: this.skipped,
			cancelled: this.report.cancelled,
			unpaid: this.report.unpaid,
			refunds: {
				fullyRefunded: this.report.fullyRefunded,
				partlyRefunded: this.report.partlyRefunded,
				refundedAmount: round2(this.report.refundedAmount),
				negativeRowsNetted: this.report.negativeRowsNetted
			},
			duplicates: this.report.duplicates,
			zeroValueOrders: zero,
			firstDay: count ? firstDay : null,
			lastDay: count ? lastDay : null,
			revenue: round2(revenue),
			currency: currencies[0] ?? null,
			warnings
		};
		return {
			kind: 'orders',
			columns,
			customers: this.customers.values,
			orderIds: this.#anyOrderIds ? this.#orderIds : null,
			dimensions,
			report
		};
	}
}

function stripNul(value: string): string {
	return value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;
}

function clip(value: string): string {
	return value.length > 60 ? value.slice(0, 57) + '…' : value;
}

function round2(value: number): number {
	return Math.round(value * 100) / 100;
}

export { MAX_EXAMPLES };
