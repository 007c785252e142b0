import { dayFromYmd, MS_PER_DAY } from '$lib/format/date';
import { DIMENSIONS, type Dimension } from '$lib/orders/columns';
import { planEntryProblem, type PlanEntry } from '$lib/planner/plan';
import { BackupError } from './backup-error';
import { ID_SEPARATOR } from './database';
import { datasetNameProblem } from './datasets';
import { chunkRowsOf, decodeAmounts, decodeNarrowInt, LEGACY_CHUNK_ROWS } from './chunk-rows';
import { scenarioNameProblem } from './scenarios';

/**
 * Checks every record of a backup before it is restored: each against the schema (types, ids,
 * lengths), and each data set against the data it describes (its order count against its
 * chunks, its customer count against its customer list and the customer numbers in its orders,
 * its date range against the dates of its orders, its order ids against its orders). Nothing
 * that an analysis could misread gets through: the 1 January 1970 orders of a data set whose
 * count was raised, or the orders silently dropped when it was lowered.
 *
 * Throws a `BackupError('corrupt')` naming the first fault; returns when all is well. Records
 * of schema versions before 4 (order ids inside the order chunks) are moved to their v4 place
 * first, as the database upgrade would have done.
 */

/** The earliest and latest days a stored order may have: 1900-01-01, and the day after it was stored. */
const FIRST_PLAUSIBLE_DAY = dayFromYmd(1900, 1, 1);
const CLOCK_SLACK_MS = 2 * MS_PER_DAY;

type Rec = Record<string, unknown>;

function fail(detail: string): never {
	throw new BackupError('corrupt', 0, detail);
}

/**
 * A chunk's orders that are the first of their customer's day by time (see `OrderColumns.firstOfDay`),
 * or whose cost is partial (`costPartial`): its own, ascending.
 */
function orderListColumn(value: unknown, count: number, what: string): void {
	if (!(value instanceof Int32Array)) fail(`${what}: not whole numbers`);
	for (let i = 0; i < value.length; i++)
		if (value[i] < 0 || value[i] >= count || (i > 0 && value[i] <= value[i - 1]))
			fail(`${what}: value ${value[i]} at ${i} is not an order of the chunk, in order`);
}

const isObject = (v: unknown): v is Rec =>
	typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);
const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isDay = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
/** Refuses bytes that are not UTF-8 (a reader would silently replace them). */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function records(tables: Record<string, unknown[]>, name: string): Rec[] {
	const list = tables[name] ?? [];
	list.forEach((record, i) => {
		if (!isObject(record)) fail(`${name} record ${i} is not an object`);
	});
	return list as Rec[];
}

function int32Column(value: unknown, length: number, min: number, max: number, what: string): void {
	if (!(value instanceof Int32Array) || value.length !== length) fail(`${what}: not ${length} whole numbers`);
	for (let i = 0; i < value.length; i++) {
		if (value[i] < min || value[i] > max) fail(`${what}: value ${value[i]} at ${i} outside ${min}…${max}`);
	}
}

/**
 * A column of dictionary indexes (see `IndexArray` in `chunk-rows`): Int32 from `min`, or a narrow
 * array (Uint8, Uint16) holding index + `offset` (a dimension's none, -1, is then 0).
 */
function indexColumn(value: unknown, length: number, min: number, max: number, offset: number, what: string): void {
	if (value instanceof Uint8Array || value instanceof Uint16Array) {
		if (value.length !== length) fail(`${what}: not ${length} whole numbers`);
		for (let i = 0; i < value.length; i++) {
			const index = value[i] - offset;
			if (index < min || index > max) fail(`${what}: value ${index} at ${i} outside ${min}…${max}`);
		}
		return;
	}
	int32Column(value, length, min, max, what);
}

/** Each customer's marketing consent: one byte a customer, 0 unknown, 1 yes, 2 no. */
function consentColumn(value: unknown, length: number, what: string): void {
	if (!(value instanceof Uint8Array) || value.length !== length) fail(`${what}: not ${length} consent values`);
	for (let i = 0; i < value.length; i++) if (value[i] > 2) fail(`${what}: value ${value[i]} at ${i} outside 0…2`);
}

function finiteColumn(value: unknown, length: number, what: string): void {
	if (!(value instanceof Float64Array) || value.length !== length) fail(`${what}: not ${length} numbers`);
	for (let i = 0; i < value.length; i++) if (!Number.isFinite(value[i])) fail(`${what}: value at ${i} is not finite`);
}

/**
 * A chunk's customer numbers or days (see `NarrowInt` in `chunk-rows`) as whole numbers: Int32 as
 * they are (no base), or since v8 Uint16 above the chunk's base (a whole number).
 */
function wholeNumbers(value: unknown, base: unknown, length: number, what: string): Int32Array {
	if (value instanceof Uint16Array) {
		// The store only writes a base whose values fit an Int32 (else the chunk is Int32 as it is):
		// any other would wrap as it is read.
		let largest = 0;
		for (let i = 0; i < value.length; i++) if (value[i] > largest) largest = value[i];
		const fits = isDay(base) && base >= INT32_MIN && base + largest <= INT32_MAX;
		if (value.length !== length || !fits) fail(`${what}: not ${length} whole numbers`);
		const values = new Int32Array(length);
		decodeNarrowInt(values, value, base, 0);
		return values;
	}
	if (base !== undefined) fail(`${what}: a base without narrow values`);
	if (!(value instanceof Int32Array) || value.length !== length) fail(`${what}: not ${length} whole numbers`);
	return value;
}

/** A chunk's amounts: Float64, or since v8 Int32 cents; as numbers. */
function amountColumn(value: unknown, length: number, what: string): Float64Array {
	if (value instanceof Int32Array) {
		if (value.length !== length) fail(`${what}: not ${length} numbers`);
		const amounts = new Float64Array(length);
		decodeAmounts(amounts, value, 0);
		return amounts;
	}
	finiteColumn(value, length, what);
	return value as Float64Array;
}

/** Costs of goods: numbers, NaN where unknown, never infinite. */
function costColumn(value: unknown, length: number, what: string): void {
	if (!(value instanceof Float64Array) || value.length !== length) fail(`${what}: not ${length} numbers`);
	for (let i = 0; i < value.length; i++)
		if (value[i] === Infinity || value[i] === -Infinity) fail(`${what}: value at ${i} is infinite`);
}

/** Moves order ids kept inside order chunks (schema < 4) to their own records. */
function moveOrderIds(tables: Record<string, unknown[]>): void {
	const idChunks = (tables.orderIdChunks ??= []);
	for (const chunk of records(tables, 'orderChunks')) {
		if (chunk.orderIds === undefined) continue;
		if (!isStringArray(chunk.orderIds)) fail('order ids of a chunk are not text');
		idChunks.push({ datasetId: chunk.datasetId, index: chunk.index, ids: chunk.orderIds.join(ID_SEPARATOR) });
		delete chunk.orderIds;
	}
	tables.orderIdChunks = idChunks;
}

/** Groups a table's records by data set id, refusing records of no data set. */
function byDataset(tables: Record<string, unknown[]>, name: string, ids: Set<number>): Map<number, Rec[]> {
	const groups = new Map<number, Rec[]>();
	for (const record of records(tables, name)) {
		if (!isId(record.datasetId) || !ids.has(record.datasetId))
			fail(`${name}: a record of no data set (${String(record.datasetId)})`);
		const group = groups.get(record.datasetId) ?? [];
		group.push(record);
		groups.set(record.datasetId, group);
	}
	return groups;
}

function checkDatasetRecord(d: Rec, backupCreatedAt: number): void {
	const what = `data set ${String(d.id)}`;
	if (typeof d.name !== 'string' || datasetNameProblem(d.name) !== null) fail(`${what}: bad name`);
	if (d.kind !== 'orders' && d.kind !== 'summary') fail(`${what}: unknown kind`);
	if (!isTime(d.createdAt) || d.createdAt > backupCreatedAt + CLOCK_SLACK_MS) fail(`${what}: bad creation time`);
	if (!isCount(d.orderCount) || !isCount(d.customerCount) || !isCount(d.chunkCount)) fail(`${what}: bad counts`);
	if (d.chunkRows !== undefined && (!isCount(d.chunkRows) || d.chunkRows < 1 || d.chunkRows > LEGACY_CHUNK_ROWS))
		fail(`${what}: bad chunk size`);
	if (typeof d.revenue !== 'number' || !Number.isFinite(d.revenue)) fail(`${what}: bad revenue`);
	if (typeof d.byteSize !== 'number' || !(d.byteSize >= 0)) fail(`${what}: bad size`);
	if (d.currency !== null && (typeof d.currency !== 'string' || d.currency.length > 16))
		fail(`${what}: bad currency`);
	if (typeof d.hasOrderIds !== 'boolean') fail(`${what}: bad order-id flag`);
	if (d.hasItems !== undefined && typeof d.hasItems !== 'boolean') fail(`${what}: bad line-item flag`);
	if (d.hasItemSkus !== undefined && typeof d.hasItemSkus !== 'boolean') fail(`${what}: bad line-item SKU flag`);
	if (d.hasItemSkus === true && d.hasItems !== true) fail(`${what}: line-item SKUs without line items`);
	if (d.hasUnnamedItems !== undefined && typeof d.hasUnnamedItems !== 'boolean')
		fail(`${what}: bad unnamed-item flag`);
	// (An item without a name is known by its SKU alone.)
	if (d.hasUnnamedItems === true && d.hasItemSkus !== true) fail(`${what}: line items without names or SKUs`);
	if (d.hasNames !== undefined && typeof d.hasNames !== 'boolean') fail(`${what}: bad name flag`);
	if (d.hasConsent !== undefined && typeof d.hasConsent !== 'boolean') fail(`${what}: bad consent flag`);
	if (d.hasCost !== undefined && typeof d.hasCost !== 'boolean') fail(`${what}: bad cost flag`);
	if (d.summaryUnit !== undefined && !['days', 'weeks', 'months'].includes(d.summaryUnit as string))
		fail(`${what}: bad unit`);
	const dims = d.dimensions;
	if (
		!Array.isArray(dims) ||
		dims.some((x) => !DIMENSIONS.includes(x as Dimension)) ||
		new Set(dims).size !== dims.length
	) {
		fail(`${what}: bad dimensions`);
	}
	if (d.firstDay === null || d.lastDay === null) {
		if (d.firstDay !== d.lastDay) fail(`${what}: half a date range`);
	} else {
		const latest = Math.floor((d.createdAt + CLOCK_SLACK_MS) / MS_PER_DAY);
		if (
			!isDay(d.firstDay) ||
			!isDay(d.lastDay) ||
			d.firstDay < FIRST_PLAUSIBLE_DAY ||
			d.firstDay > d.lastDay ||
			d.lastDay > latest
		) {
			fail(`${what}: date range out of bounds`);
		}
	}
	const report = d.report;
	if (!isObject(report)) fail(`${what}: no import report`);
	if (report.customers !== d.customerCount) fail(`${what}: customer count differs from its report`);
	if (report.firstDay !== d.firstDay || report.lastDay !== d.lastDay)
		fail(`${what}: date range differs from its report`);
	if (d.sourceFiles !== undefined && !isSourceFiles(d.sourceFiles)) fail(`${what}: bad source files`);
}

/** A data set's `sourceFiles` (absent on data sets imported, and backups made, before they were kept). */
function isSourceFiles(files: unknown): boolean {
	return (
		Array.isArray(files) &&
		files.every(
			(f) =>
				isObject(f) &&
				typeof f.name === 'string' &&
				f.name.length <= 1024 &&
				isCount(f.size) &&
				typeof f.lastModified === 'number' &&
				Number.isFinite(f.lastModified) &&
				(f.rows === null || (typeof f.rows === 'string' && /^\d{1,10}:\d{1,10}$/.test(f.rows)))
		)
	);
}

interface Contents {
	chunks: Rec[];
	idChunks: Rec[];
	strings: Rec[];
	summaries: Rec[];
}

/**
 * A data set's text lists with their parts joined (a long list is stored in parts: see
 * `string-parts.ts`); a part without its list, a list without one of its parts, or a part twice fails.
 */
function joinStringParts(what: string, strings: Rec[]): Rec[] {
	const lists: Rec[] = [];
	const parts = new Map<string, Rec>();
	for (const s of strings) {
		if (typeof s.key !== 'string' || !isStringArray(s.values)) fail(`${what}: bad text list`);
		const part = /^(.+)#([1-9]\d*)$/.exec(s.key);
		if (!part) lists.push(s);
		else if (parts.has(s.key) || s.index !== undefined || s.parts !== undefined)
			fail(`${what}: bad text list part`);
		else parts.set(s.key, s);
	}
	const joined = lists.map((list) => {
		if (list.parts === undefined) return list;
		const count = list.parts;
		if (typeof count !== 'number' || !Number.isInteger(count) || count < 2 || count > 10_000)
			fail(`${what}: bad text list parts`);
		const pieces: string[][] = [];
		for (let k = 1; k < count; k++) {
			const part = parts.get(`${String(list.key)}#${k}`);
			if (!part) fail(`${what}: a text list lacks a part`);
			pieces.push(part.values as string[]);
			parts.delete(`${String(list.key)}#${k}`);
		}
		const values = (list.values as string[]).concat(...pieces);
		const { parts: _parts, ...rest } = list;
		return { ...rest, values };
	});
	if (parts.size) fail(`${what}: a text list part without its list`);
	return joined;
}

function checkCustomers(
	d: Rec & { customerCount: number },
	stored: Rec[],
	dims: readonly Dimension[],
	hasItems = false,
	hasNames = false,
	hasItemSkus = false,
	hasConsent = false
): Map<string, number> {
	const what = `data set ${String(d.id)}`;
	const sizes = new Map<string, number>();
	const strings = joinStringParts(what, stored);
	for (const s of strings) {
		if (typeof s.key !== 'string' || sizes.has(s.key) || !isStringArray(s.values)) fail(`${what}: bad text list`);
		sizes.set(s.key, s.values.length);
		if (s.key === 'names') int32Column(s.index, d.customerCount, -1, s.values.length - 1, `${what}, names`);
		else if (s.index !== undefined) fail(`${what}: an index on the text list ${s.key}`);
		if (s.key === 'consent') consentColumn(s.consent, d.customerCount, `${what}, consent`);
		else if (s.consent !== undefined) fail(`${what}: consent on the text list ${s.key}`);
		if (s.others !== undefined && (s.key !== 'consent' || !isStringArray(s.others)))
			fail(`${what}: bad addresses of others who declined on the text list ${s.key}`);
	}
	if (sizes.get('customers') !== d.customerCount)
		fail(`${what}: customer list does not hold ${d.customerCount} customers`);
	const expected = new Set([
		'customers',
		...dims.map((x) => `dimension:${x}`),
		...(hasItems ? ['items'] : []),
		...(hasItemSkus ? ['itemSkus'] : []),
		...(hasNames ? ['names'] : []),
		...(hasConsent ? ['consent'] : [])
	]);
	if (sizes.size !== expected.size || [...sizes.keys()].some((k) => !expected.has(k)))
		fail(`${what}: text lists do not match`);
	return sizes;
}

function checkOrders(d: Rec, c: Contents): void {
	const what = `data set ${String(d.id)}`;
	const orderCount = d.orderCount as number;
	const customerCount = d.customerCount as number;
	const dims = d.dimensions as Dimension[];
	const hasItems = d.hasItems === true;
	const hasItemSkus = d.hasItemSkus === true;
	const sizes = checkCustomers(
		d as Rec & { customerCount: number },
		c.strings,
		dims,
		hasItems,
		d.hasNames === true,
		hasItemSkus,
		d.hasConsent === true
	);
	if (c.summaries.length) fail(`${what}: an orders data set with a summary`);
	const rows = chunkRowsOf(d as { chunkRows?: number });
	const chunkCount = Math.ceil(orderCount / rows);
	if (d.chunkCount !== chunkCount || c.chunks.length !== chunkCount)
		fail(`${what}: ${orderCount} orders but ${c.chunks.length} chunks`);
	if (orderCount > 0 && d.firstDay === null) fail(`${what}: orders without a date range`);
	const seen = new Set<number>();
	const counts = new Map<number, number>();
	let first = Infinity;
	let last = -Infinity;
	let revenue = 0;
	for (const chunk of c.chunks) {
		const index = chunk.index;
		if (!isCount(index) || index >= chunkCount || seen.has(index)) fail(`${what}: bad chunk index`);
		seen.add(index);
		const count = Math.min(rows, orderCount - index * rows);
		if (chunk.count !== count) fail(`${what}: chunk ${index} holds ${String(chunk.count)} orders, not ${count}`);
		counts.set(index, count);
		const at = `${what}, chunk ${index}`;
		const customers = wholeNumbers(chunk.customer, chunk.customerBase, count, `${at}, customers`);
		int32Column(customers, count, 0, customerCount - 1, `${at}, customers`);
		const days = wholeNumbers(chunk.day, chunk.dayBase, count, `${at}, dates`);
		int32Column(days, count, d.firstDay as number, d.lastDay as number, `${at}, dates`);
		const amounts = amountColumn(chunk.amount, count, `${at}, amounts`);
		for (let i = 0; i < count; i++) {
			if (days[i] < first) first = days[i];
			if (days[i] > last) last = days[i];
		}
		for (const amount of amounts) revenue += amount;
		for (const x of DIMENSIONS) {
			if (dims.includes(x))
				indexColumn(chunk[x], count, -1, (sizes.get(`dimension:${x}`) ?? 0) - 1, 1, `${at}, ${x}`);
			else if (chunk[x] !== undefined) fail(`${at}: an undeclared column ${x}`);
		}
		if (d.hasCost === true) costColumn(chunk.cost, count, `${at}, costs`);
		else if (chunk.cost !== undefined) fail(`${at}: an undeclared cost column`);
		if (hasItems) checkItems(chunk, count, sizes.get('items') ?? 0, at, d.hasUnnamedItems === true);
		else if (chunk.itemStart !== undefined || chunk.itemProduct !== undefined) fail(`${at}: undeclared line items`);
		// (A backup made before SKUs per line item were kept has none: its data set imports as it was.)
		if (hasItemSkus) {
			const items = (chunk.itemProduct as ArrayLike<number>).length;
			indexColumn(chunk.itemSku, items, -1, (sizes.get('itemSkus') ?? 0) - 1, 1, `${at}, line-item SKUs`);
		} else if (chunk.itemSku !== undefined) fail(`${at}: undeclared line-item SKUs`);
		if (chunk.firstOfDay !== undefined)
			orderListColumn(chunk.firstOfDay, count, `${at}, first orders of their day`);
		if (chunk.costPartial !== undefined) {
			if (d.hasCost !== true) fail(`${at}: partial costs without a cost column`);
			orderListColumn(chunk.costPartial, count, `${at}, orders with a partial cost`);
		}
	}
	// The stored range and revenue (to the cent) are those of the orders (see `OrderAccumulator.finish`).
	if (orderCount > 0 && (first !== d.firstDay || last !== d.lastDay))
		fail(`${what}: dates ${first}…${last} differ from its range`);
	const stated = d.revenue as number;
	if (!(Math.abs(revenue - stated) <= 0.01 + 1e-9 * Math.abs(stated)))
		fail(`${what}: revenue differs from its orders`);
	if (!d.hasOrderIds) {
		if (c.idChunks.length) fail(`${what}: order ids of a data set without them`);
		return;
	}
	const idSeen = new Set<number>();
	for (const chunk of c.idChunks) {
		const count = counts.get(chunk.index as number);
		// Before v8 one string, since v8 its UTF-8 bytes (a separator is a 0 byte); never both.
		const { ids, bytes } = chunk;
		const text = typeof ids === 'string' && bytes === undefined;
		if (
			count === undefined ||
			idSeen.has(chunk.index as number) ||
			!(text || (bytes instanceof Uint8Array && ids === undefined))
		)
			fail(`${what}: bad order-id chunk`);
		idSeen.add(chunk.index as number);
		let separators = 0;
		if (text)
			for (let at = ids.indexOf(ID_SEPARATOR); at >= 0; at = ids.indexOf(ID_SEPARATOR, at + 1)) separators++;
		else {
			for (const byte of bytes as Uint8Array) if (byte === 0) separators++;
			try {
				strictUtf8.decode(bytes as Uint8Array);
			} catch {
				fail(`${what}: chunk ${String(chunk.index)} has order ids that are not UTF-8`);
			}
		}
		if (separators + 1 !== count)
			fail(`${what}: chunk ${String(chunk.index)} has ${separators + 1} order ids for ${count} orders`);
	}
	if (idSeen.size !== chunkCount) fail(`${what}: order ids missing`);
}

/**
 * A chunk's line items: `itemStart` runs from 0 up to the number of products, each a known one;
 * without `itemStart` (each order has one line item) there are as many products as orders.
 */
function checkItems(chunk: Rec, count: number, products: number, at: string, unnamed: boolean): void {
	const product = chunk.itemProduct;
	if (!(product instanceof Int32Array || product instanceof Uint16Array || product instanceof Uint8Array))
		fail(`${at}: no line items`);
	if (chunk.itemStart === undefined) {
		if (product.length !== count) fail(`${at}: line items do not add up`);
	} else {
		indexColumn(chunk.itemStart, count + 1, 0, product.length, 0, `${at}, line-item starts`);
		const start = chunk.itemStart as Int32Array | Uint16Array;
		if (start[0] !== 0 || start[count] !== product.length) fail(`${at}: line items do not add up`);
		for (let i = 0; i < count; i++) if (start[i + 1] < start[i]) fail(`${at}: line-item starts go back at ${i}`);
	}
	indexColumn(product, product.length, unnamed ? -1 : 0, products - 1, unnamed ? 1 : 0, `${at}, line-item products`);
}

function checkSummary(d: Rec, c: Contents): void {
	const what = `data set ${String(d.id)}`;
	const n = d.customerCount as number;
	checkCustomers(d as Rec & { customerCount: number }, c.strings, []);
	if (
		d.orderCount !== 0 ||
		d.chunkCount !== 0 ||
		c.chunks.length ||
		c.idChunks.length ||
		(d.dimensions as unknown[]).length ||
		d.hasItems === true ||
		d.hasItemSkus === true ||
		d.hasNames === true ||
		d.hasConsent === true ||
		d.hasCost === true
	) {
		fail(`${what}: a summary data set with orders`);
	}
	if (c.summaries.length !== 1) fail(`${what}: ${c.summaries.length} summaries`);
	const s = c.summaries[0];
	for (const column of ['frequency', 'recency', 'age', 'monetary'] as const) {
		// Monetary may be NaN (a customer with no repeat purchase has no mean repeat spend).
		if (!(s[column] instanceof Float64Array) || s[column].length !== n)
			fail(`${what}: summary column ${column} is not ${n} numbers`);
	}
}

function checkScenarios(tables: Record<string, unknown[]>): void {
	const ids = new Set<number>();
	for (const s of records(tables, 'scenarios')) {
		if (!isId(s.id) || ids.has(s.id)) fail('a scenario has a bad id');
		ids.add(s.id);
		if (typeof s.calculator !== 'string' || s.calculator.length === 0 || s.calculator.length > 80)
			fail(`scenario ${s.id}: bad calculator`);
		if (typeof s.name !== 'string' || scenarioNameProblem(s.name) !== null) fail(`scenario ${s.id}: bad name`);
		if (!isObject(s.inputs) || Object.values(s.inputs).some((v) => typeof v !== 'string'))
			fail(`scenario ${s.id}: bad inputs`);
		if (s.currency !== undefined && typeof s.currency !== 'string') fail(`scenario ${s.id}: bad currency`);
		if (!isTime(s.createdAt) || !isTime(s.updatedAt)) fail(`scenario ${s.id}: bad times`);
	}
}

function checkPlan(tables: Record<string, unknown[]>): void {
	const ids = new Set<unknown>();
	for (const entry of records(tables, 'plan')) {
		if (ids.has(entry.tacticId) || planEntryProblem(entry as Record<keyof PlanEntry, unknown>) !== null) {
			fail(`plan entry ${String(entry.tacticId)} is not valid`);
		}
		ids.add(entry.tacticId);
	}
}

/** The Analysis settings a data set's figures name (see `DatasetMetricsRecord.settings`, `analysis-state`). */
function isAnalysisSettings(s: unknown): boolean {
	return (
		isObject(s) &&
		['month', 'quarter', 'year'].includes(s.period as string) &&
		typeof s.windowMonths === 'number' &&
		Number.isInteger(s.windowMonths) &&
		s.windowMonths >= 1 &&
		s.windowMonths <= 36 &&
		(s.lifetimeYears === undefined ||
			(typeof s.lifetimeYears === 'number' && s.lifetimeYears >= 0.1 && s.lifetimeYears <= 50))
	);
}

function checkMetrics(tables: Record<string, unknown[]>, datasets: Map<number, Rec>): void {
	for (const [id, list] of byDataset(tables, 'datasetMetrics', new Set(datasets.keys()))) {
		const d = datasets.get(id)!;
		const m = list[0];
		const what = `figures of data set ${id}`;
		if (list.length !== 1 || typeof m.datasetName !== 'string' || !isTime(m.computedAt))
			fail(`${what} are not valid`);
		if (!isCount(m.customers) || !isCount(m.orders) || m.customers > (d.customerCount as number))
			fail(`${what}: bad counts`);
		if (d.kind === 'orders' && m.orders > (d.orderCount as number)) fail(`${what}: more orders than the data set`);
		if (m.revenuePerYear !== null && !Number.isFinite(m.revenuePerYear)) fail(`${what}: bad revenue`);
		// The figures are computed again from the orders on restore (`backup-figures.ts`): with the
		// settings and currency they name, which must be ones the Analysis page could have used.
		if (d.kind !== 'orders') fail(`${what}: figures of a data set without orders`);
		if (m.currency !== null && (typeof m.currency !== 'string' || m.currency.length > 16))
			fail(`${what}: bad currency`);
		if (m.settings !== undefined && !isAnalysisSettings(m.settings)) fail(`${what}: bad settings`);
		const measures = m.measures;
		if (
			!Array.isArray(measures) ||
			measures.some((x) => !isObject(x) || typeof x.metric !== 'string' || !Number.isFinite(x.value))
		) {
			fail(`${what}: bad measures`);
		}
	}
}

export function validateBackupTables(tables: Record<string, unknown[]>, backupCreatedAt: number): void {
	moveOrderIds(tables);
	const datasets = new Map<number, Rec>();
	for (const d of records(tables, 'datasets')) {
		if (!isId(d.id) || datasets.has(d.id)) fail('a data set has a bad id');
		checkDatasetRecord(d, backupCreatedAt);
		datasets.set(d.id, d);
	}
	const ids = new Set(datasets.keys());
	const chunks = byDataset(tables, 'orderChunks', ids);
	const idChunks = byDataset(tables, 'orderIdChunks', ids);
	// Since schema v9, in the tables keyed out of line (see the schema): a data set's chunks and ids
	// are all in those or all in the ones before, as the store writes them (the reader goes by where
	// its first chunk is).
	const keyedChunks = byDataset(tables, 'keyedOrderChunks', ids);
	const keyedIdChunks = byDataset(tables, 'keyedOrderIdChunks', ids);
	const strings = byDataset(tables, 'datasetStrings', ids);
	const summaries = byDataset(tables, 'summaries', ids);
	for (const [id, d] of datasets) {
		const before = [...(chunks.get(id) ?? []), ...(idChunks.get(id) ?? [])];
		const keyed = [...(keyedChunks.get(id) ?? []), ...(keyedIdChunks.get(id) ?? [])];
		if (before.length && keyed.length) fail(`data set ${id}: chunks in the tables of two schemas`);
		const contents = {
			chunks: keyed.length ? (keyedChunks.get(id) ?? []) : (chunks.get(id) ?? []),
			idChunks: keyed.length ? (keyedIdChunks.get(id) ?? []) : (idChunks.get(id) ?? []),
			strings: strings.get(id) ?? [],
			summaries: summaries.get(id) ?? []
		};
		if (d.kind === 'orders') checkOrders(d, contents);
		else checkSummary(d, contents);
	}
	checkMetrics(tables, datasets);
	checkScenarios(tables);
	checkPlan(tables);
}
