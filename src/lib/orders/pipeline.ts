import { OrderAccumulator, type OrdersResult } from './accumulate';
import { ImportError } from './errors';
import type { FilePlan } from './plan';
import { lastLineOf, NotUtf8AfterAll, readRows, withQuoteLineOf, type CutOffRow } from './read-rows';
import type { TextEncoding } from './sniff/encoding';
import { firstDataRow, mergeRanges, type RangeReads } from './ranges';
import { duplicateColumns } from './headers';
import { missingRoles, type Role } from './layouts';
import type { ImportWarning, RowRef } from './report';
import { SummaryAccumulator, type SummaryResult } from './summary';
import { sameFiles } from './same-files';

export interface ImportSource {
	plan: FilePlan;
	/**
	 * The file's bytes, from the start, as often as asked (a restart reads it again). A chunk is valid
	 * only until the next is read (the reader may reuse its memory): use it at once, never keep it.
	 */
	chunks: () => AsyncIterable<Uint8Array>;
	/**
	 * Reads the file as byte ranges in parallel (see `ranges.ts`), or resolves null when it is
	 * not worth splitting. Used only when the import is this one file of orders; when the ranges
	 * cannot be merged exactly, the file is read again through `chunks`.
	 */
	ranges?: (plan: FilePlan, onProgress: (bytesRead: number, rows: number) => void) => Promise<RangeReads | null>;
}

export interface ImportProgress {
	bytesRead: number;
	totalBytes: number;
	rows: number;
	file: number;
}

export interface ImportOptions {
	/** Today's day number: later dates are errors. */
	today: number;
	onProgress?: (progress: ImportProgress) => void;
	/**
	 * Filled with the time merging parallel byte ranges took, and whether they could be merged
	 * (0 and false when the files were read whole).
	 */
	timings?: { mergeMs: number; merged: boolean };
}

export type ImportResult = OrdersResult | SummaryResult;

/**
 * Reads every file with its plan into one data set. Pure: bytes in, columns and a report out
 * (the worker feeds it a File's stream; tests feed it strings).
 *
 * When a file's day/month order was a default (nothing in the sampled rows decided it) and the
 * full read finds a date that can only be the other order, the import starts again with that
 * order, and the report says so.
 */
export async function runImport(sources: ImportSource[], options: ImportOptions): Promise<ImportResult> {
	if (sources.length === 0) throw new ImportError('emptyFile', {});
	const summaryFiles = sources.filter((s) => s.plan.layout === 'summary').length;
	if (summaryFiles > 0 && summaryFiles < sources.length) throw new ImportError('layoutMismatch', {});
	const plans = sources.map((s) => ({ ...s.plan }));
	plans.forEach((plan, file) => {
		const missing = missingRoles(plan.layout, plan.mapping, plan.amountMode);
		if (missing.length > 0) throw new ImportError('missingColumns', { name: plan.name, roles: missing }, file);
	});
	const switched: DateOrderSwitch[] = [];
	// A file without an order id chosen twice (or saved again under another header) is read once.
	const same = await sameFiles(plans, (file) => sources[file].chunks());

	for (;;) {
		const outcome = await readAll(sources, plans, options, summaryFiles > 0, same).catch((error: unknown) => {
			if (!(error instanceof NotUtf8InFile)) throw error;
			return { encoding: error };
		});
		if ('encoding' in outcome) {
			// Read again in the code page the file's later bytes are in; the report says so.
			const { file, encoding } = outcome.encoding;
			const plan = plans[file];
			const warning: ImportWarning[] = encoding ? [{ code: 'notUtf8', encoding, examples: [] }] : [];
			plans[file] = {
				...plan,
				encoding: encoding ?? plan.encoding,
				utf8FromSample: undefined,
				warnings: [...(plan.warnings ?? []), ...warning]
			};
			continue;
		}
		if ('result' in outcome) {
			const result = outcome.result;
			for (const s of switched) result.report.warnings.push({ code: 'dateOrderSwitched', ...s });
			const report = result.report;
			plans.forEach((plan, file) => {
				for (const warning of plan.warnings ?? []) report.warnings.push(withFile(warning, file));
			});
			plans.forEach((plan, file) => {
				for (const w of duplicateWarnings(plan)) report.warnings.push(withFile(w, file));
			});
			// "Several date styles" says whether every date was read, from the whole file, not the sample.
			const unread = (report.skipped.invalidDate?.count ?? 0) + (report.skipped.otherDateOrder?.count ?? 0);
			for (const w of report.warnings) if (w.code === 'mixedDateStyles') w.unread = unread;
			const ambiguous = report.skipped.ambiguousAmount?.count ?? 0;
			for (const w of report.warnings) if (w.code === 'mixedDecimals') w.ambiguous = ambiguous;
			refuseEmpty(result);
			return result;
		}
		const { file, order, decidedBy } = outcome.restart;
		switched.push({ from: plans[file].dateOrder, to: order, decidedBy });
		plans[file] = { ...plans[file], dateOrder: order, dateOrderBasis: 'data', dateOrderDecidedBy: decidedBy };
	}
}

/** A file read as UTF-8 from its sample that is in a code page after all (see `NotUtf8AfterAll`). */
class NotUtf8InFile extends Error {
	constructor(
		readonly file: number,
		readonly encoding: TextEncoding | null
	) {
		super('not UTF-8 after all');
	}
}

interface DateOrderSwitch {
	from: FilePlan['dateOrder'];
	to: FilePlan['dateOrder'];
	decidedBy: RowRef;
}

type ReadOutcome =
	{ result: ImportResult } | { restart: { file: number; order: FilePlan['dateOrder']; decidedBy: RowRef } };

async function readAll(
	sources: ImportSource[],
	plans: FilePlan[],
	options: ImportOptions,
	isSummary: boolean,
	same: readonly (number | null)[]
): Promise<ReadOutcome> {
	const totalBytes = plans.reduce((sum, p) => sum + p.size, 0);
	let bytesBefore = 0;
	let rowsBefore = 0;
	const expected = plans.reduce((sum, p) => sum + (p.estimatedRows ?? 0), 0);
	const capacity = Math.ceil(expected * 1.1);
	const parallel = !isSummary && sources.length === 1 ? sources[0].ranges : undefined;
	const merged = parallel ? await readRanges(parallel, plans[0], options) : null;
	const orders = isSummary ? null : (merged?.orders ?? new OrderAccumulator(options.today, capacity));
	const summaries = isSummary ? new SummaryAccumulator() : null;
	let malformedQuotes = merged?.malformedQuotes ?? 0;
	const malformedExamples: RowRef[] = merged?.firstMalformedQuoteRow
		? [{ file: 0, row: merged.firstMalformedQuoteRow }]
		: [];
	/** Files whose last row looks cut off (see `CutOffRow`), by their index. */
	const cutOffs = new Map<number, CutOffRow>();
	/** Files that named no currency (no currency column, none in the amounts' header or marks), with the orders read from each. */
	const unnamedCurrency: { file: number; orders: number }[] = [];
	if (merged?.cutOff) cutOffs.set(0, merged.cutOff);
	if (merged) {
		const contradicted = orders!.contradictedOrder(0, plans[0]);
		if (contradicted) return { restart: { file: 0, ...contradicted } };
	}

	for (let f = merged ? sources.length : 0; f < sources.length; f++) {
		const plan = plans[f];
		const target = orders ?? summaries!;
		const sameAs = same[f];
		if (orders && sameAs !== null) {
			orders.skipFile(plan, f, sameAs);
			bytesBefore += plan.size;
			continue;
		}
		if (orders) orders.beginFile(plan, f, f < sources.length - 1);
		else summaries!.beginFile(plan, f);
		const evidenceBefore = orders?.currencyEvidence();
		const read = await readRows(sources[f].chunks(), plan, target, {
			// Title rows above the table, and the header, are not data.
			firstData: firstDataRow(plan),
			file: f,
			afterChunk: (bytesRead, rows) =>
				options.onProgress?.({
					bytesRead: bytesBefore + bytesRead,
					totalBytes,
					rows: rowsBefore + rows,
					file: f
				})
		}).catch(async (error: unknown) => {
			if (error instanceof NotUtf8AfterAll) throw new NotUtf8InFile(f, error.encoding);
			throw await withQuoteLineOf(error, sources[f].chunks(), plan);
		});
		bytesBefore += plan.size;
		rowsBefore += read.rows;
		malformedQuotes += read.malformedQuotes;
		if (read.firstMalformedQuoteRow) malformedExamples.push({ file: f, row: read.firstMalformedQuoteRow });
		if (read.cutOff) cutOffs.set(f, read.cutOff);

		const contradicted = orders?.contradictedOrder(f, plan);
		if (contradicted) return { restart: { file: f, ...contradicted } };
		const evidence = orders?.currencyEvidence();
		if (evidence && evidenceBefore && evidence.named === evidenceBefore.named) {
			const read = evidence.orders - evidenceBefore.orders;
			if (read > 0) unnamedCurrency.push({ file: f, orders: read });
		}
	}

	const result = orders ? orders.finish() : summaries!.finish();
	// A file that named no currency beside files that did: its amounts are counted in theirs.
	const currency = result.report.currency;
	if (currency && sources.length > 1)
		for (const { file, orders: count } of unnamedCurrency)
			result.report.warnings.push({ code: 'fileNamesNoCurrency', file, orders: count, currency });
	// What only reading needed is freed now (the result holds what it needs).
	orders?.dispose();
	if (malformedQuotes > 0)
		result.report.warnings.push({ code: 'malformedQuotes', count: malformedQuotes, examples: malformedExamples });
	for (const [file, cut] of cutOffs)
		result.report.warnings.push({
			code: 'fileCutOff',
			file,
			row: cut.row,
			line: await lastLineOf(sources[file].chunks(), plans[file]),
			halfCharacter: cut.halfCharacter
		});
	return { result };
}

/** The file read in parallel ranges and merged, or null when it must be read in one piece. */
async function readRanges(ranges: NonNullable<ImportSource['ranges']>, plan: FilePlan, options: ImportOptions) {
	// A range that fails (a line break inside quotes ends it mid-row, or the file is malformed)
	// is read again with the whole file, which reports any error at its row.
	const reads = await ranges(plan, (bytesRead, rows) =>
		options.onProgress?.({ bytesRead, totalBytes: plan.size, rows, file: 0 })
	).catch(() => null);
	if (!reads) return null;
	const started = performance.now();
	const merged = mergeRanges(reads, plan);
	if (options.timings) {
		options.timings.mergeMs = performance.now() - started;
		options.timings.merged = merged !== null;
	}
	return merged;
}

/** An import that keeps nothing is an error, with the reasons the rows were dropped. */
function refuseEmpty(result: ImportResult): void {
	const report = result.report;
	const kept = result.kind === 'orders' ? report.ordersKept : report.customers;
	if (kept > 0) return;
	if (report.rowsRead === 0) throw new ImportError('headerOnly', {});
	const reasons = Object.entries(report.skipped).filter(([, t]) => t && t.count > 0);
	const invalidDates = report.skipped.invalidDate?.count ?? 0;
	if (
		invalidDates > 0 &&
		invalidDates + (report.skipped.missingDate?.count ?? 0) === report.rowsRead - report.lineItemRows
	) {
		const example = report.skipped.invalidDate!.examples[0];
		throw new ImportError('noDates', { rows: report.rowsRead, value: example.value ?? '', row: example.row });
	}
	throw new ImportError('noOrders', {
		rows: report.rowsRead,
		reasons: reasons.map(([reason, t]) => `${reason}:${t!.count}`),
		cancelled: report.cancelled.count + report.refunds.fullyRefunded.count + report.unpaid.count,
		// Of the refunded, those that the file gives as partly refunded (all products back, shipping kept).
		shippingKept: report.refunds.fullyRefundedShippingKept?.count ?? 0,
		creditNotes: (report.creditNotes?.netted.count ?? 0) + (report.creditNotes?.withoutOrder.count ?? 0),
		apartOnly: report.apartOnly?.orders.count ?? 0,
		testOrders: report.testOrders?.orders.count ?? 0,
		otherCurrencies: report.otherCurrencies?.orders.count ?? 0,
		onlyCurrency: report.otherCurrencies?.kept ?? ''
	});
}

/** A warning from a file's inspection, with its row references pointed at that file. */
function withFile(warning: ImportWarning, file: number): ImportWarning {
	const inFile = (refs: RowRef[]) => refs.map((e) => ({ ...e, file }));
	if ('examples' in warning) return { ...warning, examples: inFile(warning.examples) };
	if (warning.code === 'mixedDecimals')
		return { ...warning, point: inFile(warning.point), comma: inFile(warning.comma) };
	return warning;
}

/** A warning for each header that several columns share, naming the one the mapping uses. */
function duplicateWarnings(plan: FilePlan): ImportWarning[] {
	if (!plan.hasHeader || !plan.headers) return [];
	const roleOf = new Map(Object.entries(plan.mapping).map(([role, column]) => [column as number, role as Role]));
	return duplicateColumns(plan.headers).map((group) => {
		const used = group.columns.find((c) => roleOf.has(c));
		return {
			code: 'duplicateColumns' as const,
			name: group.name,
			columns: group.columns.map((c) => c + 1),
			used: used === undefined ? null : used + 1,
			role: used === undefined ? null : roleOf.get(used)!
		};
	});
}
