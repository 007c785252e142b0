import { sampledCurrencies, type SampledCurrencies } from './currency-choice';
import { ImportError } from './errors';
import { AMOUNT_SAMPLE_ROWS, chooseAmountMode, type AmountSample } from './amount-mode';
import {
	customerValuesOf,
	DATE_ORDER_OF_LAYOUT,
	missingRoles,
	normaliseHeader,
	readAsGeneric,
	recogniseLayout,
	YES_NO_PAID,
	type LayoutMatch,
	type Role
} from './layouts';
import { holdsPaymentStatuses } from './status';
import { isPayoutsList, otherExportOf } from './other-exports';
import { NO_DATE_PLAN, type DatePlan, type FilePlan } from './plan';
import { isBlankRow, MAX_COLUMNS, RowReader, withQuoteLine } from './rows';
import { unwrapSpreadsheetCells } from './spreadsheet-text';
import { dateStyle, guessDateOrder, parseDay, type DateOrderGuess } from './sniff/dates';
import { isSqlDump, markupKind } from './sniff/markup';
import { numericDatesOf } from './sniff/numeric-dates';
import {
	guessDelimiter,
	guessNewline,
	splitWhitespace,
	type Delimiter,
	type DelimiterGuess,
	type Newline
} from './sniff/delimiter';
import { firstInvalidUtf8, guessEncoding, type EncodingGuess, type TextEncoding } from './sniff/encoding';
import type { ImportWarning, RowRef } from './report';
import {
	decimalStyleOf,
	guessDecimalSeparator,
	splitByThousands,
	type AmountDecimal,
	type DecimalGuess
} from './sniff/numbers';

/** The bytes the inspection looks at: the file's start and a few slices from further in. */
export interface FileSample {
	name: string;
	size: number;
	head: Uint8Array;
	/** Slices from later in the file (their first and last lines are partial and dropped). */
	spread: Uint8Array[];
}

export const HEAD_BYTES = 256 * 1024;
export const SPREAD_BYTES = 64 * 1024;
export const PREVIEW_ROWS = 12;

/** What was found in a file before importing it: shown to the user with the proposed plan. */
/** The user's overrides of what was sniffed, applied when a file is inspected again. */
export interface InspectOverrides {
	encoding?: TextEncoding;
	delimiter?: Delimiter;
	/** The row (1 = the file's first line) that holds the header, or the first data row. */
	headerRow?: number;
}

export interface FileInspection {
	name: string;
	size: number;
	encoding: EncodingGuess;
	newline: Newline;
	delimiter: DelimiterGuess;
	layout: LayoutMatch;
	/** Column names (the header row, or "Column 1", … when there is none). */
	columns: string[];
	/** The first data rows, for the preview table. */
	preview: string[][];
	/** The file's first rows as read (title rows included), for choosing the header row. */
	topRows: string[][];
	decimal: DecimalGuess;
	dates: DateOrderGuess | null;
	missing: Role[];
	/**
	 * For each column, how its dates would be read were it the date column (null: its sample values
	 * are mostly not dates): the review applies it when the user chooses the date column.
	 */
	datePlans: (DatePlan | null)[];
	/**
	 * For each column, its first sample value (with its row) where none of the column's sample values
	 * reads as a date, in either day/month order or as numbers: the review keeps Import off while it
	 * is the date column. Null where one does, or where the first rows hold no value.
	 */
	unreadableDates: (RowRef | null)[];
	/**
	 * The decimal separator each column's values show (null: no numbers, or none that decides), for
	 * an amount column the user chooses in the review: the file's was guessed from the columns the
	 * layouts know, which may have been none.
	 */
	decimalPlans: (AmountDecimal | null)[];
	/**
	 * Two rows of one order with different amounts (row numbers and amounts as written), when the
	 * sample's rows hold each item's amount, so that the import sums them (`lineAmounts`): the review
	 * shows why. Null otherwise.
	 */
	itemAmountRows: [RowRef, RowRef] | null;
	/** The first data rows, from which the review decides the amount mode again when the user maps the amount column. */
	amountSample: AmountSample;
	/**
	 * The columns whose sampled values are people's names (see `customerValuesOf`): where one is the
	 * customer column, the review says that customers are told apart by name only.
	 */
	nameColumns: number[];
	/** The currencies of the sampled rows, where they are two or more (see `sampledCurrencies`). */
	currencies: SampledCurrencies | null;
	plan: FilePlan;
}

/** Offsets of the spread samples: evenly through the file, on even bytes (UTF-16 safe). */
export function spreadOffsets(size: number, count = 4): number[] {
	if (size <= HEAD_BYTES + SPREAD_BYTES) return [];
	const offsets: number[] = [];
	for (let i = 1; i <= count; i++) {
		const at = Math.floor(((size - SPREAD_BYTES) * i) / count) & ~1;
		if (at > HEAD_BYTES) offsets.push(at);
	}
	return offsets;
}

const MAGIC: [number[], string][] = [
	[[0x50, 0x4b, 0x03, 0x04], 'zip'],
	[[0xd0, 0xcf, 0x11, 0xe0], 'xls'],
	[[0x25, 0x50, 0x44, 0x46], 'pdf'],
	[[0x89, 0x50, 0x4e, 0x47], 'image'],
	[[0xff, 0xd8, 0xff], 'image'],
	[[0x47, 0x49, 0x46, 0x38], 'image'],
	[[0x1f, 0x8b], 'gzip'],
	[[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'sqlite'],
	[[0x7b, 0x5c, 0x72, 0x74, 0x66], 'rtf']
];

function binaryKind(bytes: Uint8Array): string | null {
	for (const [magic, kind] of MAGIC)
		if (magic.every((b, i) => bytes[i] === b)) return kind === 'zip' ? zipKind(bytes) : kind;
	return null;
}

/**
 * What a ZIP file is, by the names of the entries in its first bytes (each entry's local header
 * names it, uncompressed): an Excel workbook has `xl/workbook.xml` and its like, an OpenDocument
 * spreadsheet says its type in the `mimetype` entry it starts with; anything else is an archive
 * to unpack (a shop's export downloaded zipped), not a workbook to save as CSV.
 */
function zipKind(head: Uint8Array): 'xlsx' | 'ods' | 'zip' {
	const names = new TextDecoder('latin1').decode(head);
	if (/xl\/(?:workbook|worksheets\/|styles|sharedStrings|_rels\/)/.test(names)) return 'xlsx';
	if (names.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
	return 'zip';
}

export function inspectSample(
	sample: FileSample,
	dateFallback: 'dmy' | 'mdy' = 'dmy',
	overrides: InspectOverrides = {}
): FileInspection {
	const { name, size, head } = sample;
	if (size === 0 || head.length === 0) throw new ImportError('emptyFile', { name });
	const magic = binaryKind(head);
	if (magic) throw new ImportError('binaryFile', { name, kind: magic });

	const guessed = guessEncoding(head);
	const encoding = overrides.encoding
		? { encoding: overrides.encoding, bomLength: overridesBom(head, overrides.encoding), basis: 'bom' as const }
		: guessed;
	const text = new TextDecoder(encoding.encoding).decode(head);
	if (!text.trim()) throw new ImportError('emptyFile', { name });
	const markup = markupKind(text);
	if (markup) throw new ImportError('notCsv', { name, kind: markup });
	if (isSqlDump(text)) throw new ImportError('notCsv', { name, kind: 'sql' });
	if (/^[[{]\s*["{[\]]/.test(text.trimStart().slice(0, 200))) throw new ImportError('notCsv', { name, kind: 'json' });

	let control = 0;
	let replacement = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f) control++;
		else if (c === 0xfffd) replacement++;
	}
	if (control > text.length * 0.01) throw new ImportError('binaryFile', { name, kind: 'unknown' });
	if (replacement > text.length * 0.05) throw new ImportError('undecodable', { name, encoding: encoding.encoding });

	const wholeFile = head.length >= size;
	const newline = guessNewline(text);
	if (!wholeFile && !text.includes('\n') && !text.includes('\r')) {
		// No line break in the first quarter megabyte: either thousands of columns or no CSV at all.
		const separators = Math.max(...[',', ';', '\t', '|'].map((d) => text.split(d).length - 1));
		if (separators >= MAX_COLUMNS)
			throw new ImportError('tooManyColumns', { name, row: 1, columns: `${separators + 1}+`, max: MAX_COLUMNS });
		throw new ImportError('lineTooLong', { name, row: 1, limit: head.length });
	}

	// Excel writes its delimiter on a first line of its own ("sep=;") when asked to: taken as said.
	const hinted = excelDelimiterHint(text);
	const delimiter = overrides.delimiter
		? forcedDelimiter(text, newline, overrides.delimiter)
		: hinted
			? forcedDelimiter(text, newline, hinted)
			: guessDelimiter(text, newline);
	const rows = readRows(text, delimiter.delimiter, newline, wholeFile, 400);
	if (rows.length === 0) throw new ImportError('emptyFile', { name });
	const top = overrides.headerRow
		? Math.min(Math.max(overrides.headerRow, 1), rows.length) - 1
		: findTableStart(rows);
	if (delimiter.fieldCount <= 1 || rows[top].length <= 1) {
		const quotes = countQuotes(text);
		if (quotes >= 8 && quotes >= text.replace(/\s/g, '').length * 0.3) {
			throw new ImportError('mostlyQuotes', { name, quotes, chars: text.length });
		}
		throw new ImportError('singleColumn', { name, firstLine: rows[top].join('').slice(0, 80) });
	}

	let recognised = recogniseLayout(rows.slice(top), delimiter.delimiter);
	// A customer or product list has no order dates: no column chosen by hand would make it orders.
	const normalised = rows[top].map(normaliseHeader);
	const other =
		recognised.mapping.date === undefined
			? otherExportOf(normalised)
			: isPayoutsList(normalised)
				? ('payouts' as const)
				: null;
	if (other) throw new ImportError('otherExport', { name, kind: other });
	const firstData = top + (recognised.hasHeader ? 1 : 0);
	/** Data rows of the sample with their row numbers (1 = the file's first line). */
	const bodyRows: number[] = [];
	const body: string[][] = [];
	rows.forEach((r, i) => {
		if (i < firstData || isBlankRow(r)) return;
		body.push(r);
		bodyRows.push(i + 1);
	});
	if (body.length === 0) {
		// The sample ended inside the first data row: that row is far too long, not missing.
		if (!wholeFile) throw new ImportError('lineTooLong', { name, row: rows.length + 1, limit: head.length });
		throw new ImportError(recognised.hasHeader ? 'headerOnly' : 'emptyFile', { name });
	}

	// Later slices of the file help decide day/month order and decimal marks.
	const spreadRows: string[][] = [];
	for (const bytes of sample.spread) {
		const slice = new TextDecoder(encoding.encoding).decode(bytes);
		const firstBreak = slice.indexOf('\n');
		const lastBreak = slice.lastIndexOf('\n');
		if (firstBreak < 0 || lastBreak <= firstBreak) continue;
		try {
			spreadRows.push(
				...readRows(slice.slice(firstBreak + 1, lastBreak + 1), delimiter.delimiter, newline, true, 200)
			);
		} catch {
			// A slice may start inside a quoted field; it is only a hint, so a bad one is dropped.
		}
	}
	const width = rows[top].length;
	// (Rows may end with a delimiter the header does not: a field more, empty.)
	const sampleRows = [
		...body,
		...spreadRows.filter((r) => r.length === width || (r.length === width + 1 && r[width].trim() === ''))
	];
	const column = (index: number | undefined) => (index === undefined ? [] : sampleRows.map((r) => r[index] ?? ''));

	const paid = recognised.mapping.paymentStatus;
	if (
		paid !== undefined &&
		YES_NO_PAID.has(normaliseHeader(rows[top][paid] ?? '')) &&
		!holdsPaymentStatuses(recognised.layout, column(paid))
	)
		recognised = { ...recognised, mapping: { ...recognised.mapping, paymentStatus: undefined } };
	const m = recognised.mapping;
	const amountValues = [
		...column(m.amount),
		...column(m.unitPrice),
		...column(m.refundedAmount),
		...column(m.monetary)
	];
	const decimal = guessDecimalSeparator(amountValues, delimiter.delimiter);
	// A file that names no per-item amount may still hold one in each row: its sample says so.
	// (Kept for the review only where it can decide anything: a Shopify export's 71 columns are not.)
	const rowsDecide = readAsGeneric(recognised.layout) || recognised.layout === 'woocommerce';
	const amountSample: AmountSample = {
		rows: rowsDecide ? body.slice(0, AMOUNT_SAMPLE_ROWS) : [],
		rowNumbers: rowsDecide ? bodyRows.slice(0, AMOUNT_SAMPLE_ROWS) : []
	};
	const choice = chooseAmountMode(
		recognised.layout,
		recognised.amountMode,
		m,
		amountSample,
		decimal.decimal,
		m.amount === undefined ? '' : (rows[top][m.amount] ?? '')
	);
	// (Only ever from one total to the rows summed: a layout's own choice stands.)
	const layout: LayoutMatch =
		choice.amountMode === 'lineAmounts' ? { ...recognised, amountMode: 'lineAmounts' } : recognised;
	const itemAmountRows = choice.itemAmountRows;
	// UCI Online Retail writes its invoice dates month first, without leading zeros ("12/1/2010 8:26",
	// as its CSV copies do): where no date in the sample tells, that is such a file's order, not the
	// browser's. (A re-export with leading zeros, "01/12/2010 08:26", may be day first: the browser's.)
	// An export that always writes one order (Etsy's MM/DD/YY) is read in it, and says so.
	const layoutDateOrder = DATE_ORDER_OF_LAYOUT[recognised.layout];
	const fileDateFallback =
		layoutDateOrder ??
		(recognised.layout === 'uci' &&
		m.date !== undefined &&
		column(m.date).some((v) => /^\s*(\d|\d\d\/\d)\//.test(v))
			? 'mdy'
			: dateFallback);
	const dates = m.date !== undefined ? guessDateOrder(column(m.date), fileDateFallback) : null;

	const header = rows[top];
	const columns = layout.hasHeader
		? header.map((h, i) => h.trim() || `Column ${i + 1}`)
		: header.map((_, i) => `Column ${i + 1}`);
	const dateIndexInSample = (i: number) => (i < body.length ? bodyRows[i] : 0);
	const rowRef = (found: { value: string; index: number } | null) =>
		found ? { file: 0, row: dateIndexInSample(found.index), value: found.value } : null;
	const warnings: ImportWarning[] = [];
	// (Excel's "sep=" line above the header is no title: nothing to say of it.)
	if (top > 0 && !(hinted && top === 1)) warnings.push({ code: 'headerRow', row: top + 1 });
	if (!overrides.encoding && guessed.basis === 'scored') {
		const bad = firstInvalidUtf8(head.subarray(0, Math.min(head.length, 1 << 20)));
		warnings.push({
			code: 'notUtf8',
			encoding: encoding.encoding,
			examples: bad >= 0 ? [badByteRow(head, bad, encoding.encoding)] : []
		});
	}
	const datePlan = datePlanOf(dates, rowRef, m.date !== undefined ? column(m.date) : [], layoutDateOrder);
	const nameColumns = layout.hasHeader
		? columns.flatMap((_, c) => (customerValuesOf(rows.slice(top), c, normalised[c]) === 'name' ? [c] : []))
		: [];
	const plan: FilePlan = {
		name,
		size,
		layout: layout.layout,
		hasHeader: layout.hasHeader,
		mapping: layout.mapping,
		amountMode: layout.amountMode,
		encoding: encoding.encoding,
		bomLength: encoding.bomLength,
		...(!overrides.encoding &&
			encoding.encoding === 'utf-8' &&
			encoding.basis === 'ascii' && { utf8FromSample: true as const }),
		delimiter: delimiter.delimiter,
		newline,
		decimal: decimal.decimal,
		...datePlan,
		...(top > 0 ? { headerRow: top + 1 } : {}),
		...(layout.hasHeader ? { headers: header.map((h) => h.trim()) } : {}),
		...(layout.layout === 'summary' ? { summaryUnit: 'days' as const } : {}),
		...(layout.paymentLedger ? { paymentLedger: layout.paymentLedger } : {}),
		...(layout.productQuantities ? { productQuantities: true as const } : {}),
		...(nameColumns.length > 0 ? { nameColumns } : {}),
		estimatedRows: estimateRows(size, head.length, text, newline, rows.length)
	};
	if (decimal.decimal === 'either') {
		const moneyColumns = [m.amount, m.unitPrice, m.refundedAmount, m.monetary];
		warnings.push({ code: 'mixedDecimals', ...decimalExamples(body, bodyRows, moneyColumns) });
	}
	if (dates && dates.styles.length > 1) {
		warnings.push({
			code: 'mixedDateStyles',
			examples: dates.styles.map((s) => ({ file: 0, row: dateIndexInSample(s.index), value: s.value }))
		});
	}
	if (warnings.length) plan.warnings = warnings;
	// How each other column's dates would be read, from the same sample, for a date column the
	// user chooses in the review (a header the layouts do not know).
	// (A column whose first values are mostly not dates is not read further: a Shopify export has 71.)
	const datePlans = columns.map((_, index) => {
		if (index === m.date) return datePlan;
		const first = body
			.slice(0, 20)
			.map((r) => (r[index] ?? '').trim())
			.filter(Boolean);
		if (first.length === 0) return null;
		if (first.filter((v) => dateStyle(v) !== null).length * 2 < first.length)
			return numericDatesOf(first) ? datePlanOf(null, rowRef, column(index)) : null;
		const guess = guessDateOrder(column(index), fileDateFallback);
		return guess.parsedShare >= 0.5 ? datePlanOf(guess, rowRef, column(index)) : null;
	});
	// Per column, its first value where no value of its sample reads as a date in either order (nor as
	// dates written as numbers): the review keeps Import off while such a column is the date column.
	const unreadableDates = columns.map((_, index) => {
		const values = column(index);
		// (The example is from the first rows, with its row number: none there, nothing is said.)
		const first = values.slice(0, body.length).findIndex((v) => v.trim() !== '');
		if (first < 0 || values.some(readsAsDate) || numericDatesOf(values)) return null;
		return { file: 0, row: bodyRows[first], value: values[first].trim() };
	});
	// (Only columns whose first values are mostly numbers are read further.)
	const decimalPlans = columns.map((_, index) => {
		const first = body
			.slice(0, 20)
			.map((r) => (r[index] ?? '').trim())
			.filter(Boolean);
		if (first.length === 0 || first.filter((v) => /\d/.test(v)).length * 2 < first.length) return null;
		const guess = guessDecimalSeparator(column(index), delimiter.delimiter);
		return guess.ambiguous ? null : guess.decimal;
	});
	return {
		name,
		size,
		encoding,
		newline,
		delimiter,
		layout,
		columns,
		preview: body.slice(0, PREVIEW_ROWS),
		topRows: rows
			.slice(0, TOP_ROWS)
			.map((r) => r.slice(0, 6).map((f) => (f.length > 40 ? f.slice(0, 39) + '…' : f))),
		decimal,
		dates,
		missing: missingRoles(layout.layout, layout.mapping, layout.amountMode),
		datePlans,
		unreadableDates,
		decimalPlans,
		itemAmountRows,
		amountSample,
		nameColumns,
		currencies: sampledCurrencies(layout.mapping, layout.amountMode, plan.headers, column),
		plan
	};
}

/**
 * The first few amounts of the sample's rows written with a decimal point and with a decimal comma,
 * with their row numbers, for the review to show that a column mixes them (see `guessDecimalSeparator`).
 * (The later slices that may also have shown them have no row numbers: they give no examples.)
 */
function decimalExamples(
	body: readonly string[][],
	bodyRows: readonly number[],
	columns: readonly (number | undefined)[]
): { point: RowRef[]; comma: RowRef[] } {
	const point: RowRef[] = [];
	const comma: RowRef[] = [];
	body.forEach((fields, i) => {
		for (const column of columns) {
			if (column === undefined) continue;
			const value = (fields[column] ?? '').trim();
			const style = decimalStyleOf(value);
			const examples = style === '.' ? point : style === ',' ? comma : null;
			if (examples && examples.length < MIXED_DECIMAL_EXAMPLES)
				examples.push({ file: 0, row: bodyRows[i], value });
		}
	});
	return { point, comma };
}
const MIXED_DECIMAL_EXAMPLES = 3;

/** Whether a date text reads as a calendar day in some order (as the import reads it in the plan's). */
function readsAsDate(raw: string): boolean {
	const value = raw.trim();
	if (!value) return false;
	const dmy = parseDay(value, 'dmy');
	const mdy = parseDay(value, 'mdy');
	return dmy === dmy || mdy === mdy;
}

function datePlanOf(
	dates: DateOrderGuess | null,
	rowRef: (found: { value: string; index: number } | null) => RowRef | null,
	values: readonly string[],
	layoutDateOrder?: 'dmy' | 'mdy'
): DatePlan {
	// Dates written as numbers (Excel's day numbers, Unix times): read so where all the sample's are.
	if (!dates || dates.parsedShare < 0.5) {
		const numericDates = numericDatesOf(values);
		const index = values.findIndex((v) => v.trim() !== '');
		if (numericDates)
			return {
				...NO_DATE_PLAN,
				numericDates,
				dateOrderDecidedBy: rowRef({ value: values[index].trim(), index })
			};
	}
	if (!dates) return { ...NO_DATE_PLAN };
	return {
		dateOrder: dates.order,
		dateOrderBasis:
			dates.order === 'ymd'
				? 'not-needed'
				: dates.ambiguous
					? dates.order === layoutDateOrder
						? 'layout'
						: 'default'
					: dates.conflictBy
						? 'conflicting'
						: 'data',
		dateOrderDecidedBy: rowRef(dates.decidedBy),
		...(dates.conflictBy ? { dateOrderConflict: rowRef(dates.conflictBy) } : {})
	};
}

/** Rows offered as the header row in the review. */
export const TOP_ROWS = 10;

/**
 * The index of the row the table starts at (its header, or its first row): 0, unless title rows
 * ("Orders report", "Exported … by admin", a blank line) stand above it. Then it is the first row
 * with the field count most rows below it share, whose cells are filled and look like names. A
 * row of group names over the header (a spreadsheet's merged cells) is passed over too.
 */
export function findTableStart(rows: string[][]): number {
	const counts = new Map<number, number>();
	for (const r of rows.slice(0, 60)) if (r.length > 1) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
	let dominant = 0;
	let most = 0;
	for (const [count, n] of counts) {
		if (n > most || (n === most && count > dominant)) {
			dominant = count;
			most = n;
		}
	}
	const nameLike = (v: string) => v.trim() !== '' && !/^[-+(]?[\d\s.,'/:-]+\)?$/.test(v.trim());
	if (dominant === 0 || widenedByThousands(rows, nameLike)) return 0;
	// A row of group names above the header ("Order,,,Payment,,", from merged cells): mostly empty,
	// with a row of names under it. (A header with unnamed columns may have data of no plain number
	// under it, "#1001,5 Jan 2024,ann@x.com,€12.50": no header holds an address, nor digits in most
	// of its names.)
	if (rows[0]?.length === dominant) {
		const groups = rows.length > 2 && rows[0].filter((v) => v.trim() === '').length * 2 >= dominant;
		const header = (row: string[]) =>
			row.every(nameLike) &&
			!row.some((v) => v.includes('@')) &&
			row.filter((v) => /\d/.test(v)).length * 4 < row.length;
		return groups && rows[1].length === dominant && header(rows[1]) ? 1 : 0;
	}
	const limit = Math.min(rows.length, 30);
	// Data rows that each end with a delimiter the header does not have (one field more, empty):
	// the header is the row of names one narrower above them.
	for (let i = 0; i + 1 < limit; i++) {
		const r = rows[i];
		const next = rows[i + 1];
		if (
			r.length === dominant - 1 &&
			r.every(nameLike) &&
			next.length === dominant &&
			next[dominant - 1].trim() === ''
		)
			return i;
	}
	for (let i = 0; i < limit; i++) {
		const r = rows[i];
		if (r.length === dominant && r.filter(nameLike).length >= Math.ceil(dominant / 2)) return i;
	}
	for (let i = 0; i < limit; i++) if (rows[i].length === dominant) return i;
	return 0;
}

/**
 * Whether the first row is a header of names, and the rows below it that have more fields have
 * them only because an amount's thousands separators are not in quotes ("1,234.50": the import
 * joins its parts again): then most rows may be wider than the header, which is no title.
 */
function widenedByThousands(rows: string[][], nameLike: (v: string) => boolean): boolean {
	const width = rows[0].length;
	const header = rows[0];
	if (width < 2 || !header.every(nameLike) || header.some((v) => v.includes('@'))) return false;
	let wider = 0;
	let even = 0;
	for (const r of rows.slice(1, 60)) {
		if (isBlankRow(r)) continue;
		if (r.length < width) continue;
		if (r.length === width) {
			even++;
			continue;
		}
		const extra = r.length - width;
		if (!r.some((_, column) => splitByThousands(r, column, extra))) return false;
		wider++;
	}
	return wider > 0 && even > 0;
}

function countQuotes(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 34) n++;
	return n;
}

/** The row of a byte offset, with the text around it as the chosen encoding reads it. */
function badByteRow(
	head: Uint8Array,
	offset: number,
	encoding: TextEncoding
): { file: number; row: number; value: string } {
	let row = 1;
	let lineStart = 0;
	for (let i = 0; i < offset; i++) {
		if (head[i] === 10) {
			row++;
			lineStart = i + 1;
		}
	}
	let lineEnd = head.indexOf(10, offset);
	if (lineEnd < 0) lineEnd = head.length;
	const line = new TextDecoder(encoding)
		.decode(head.subarray(lineStart, Math.min(lineEnd, lineStart + 200)))
		.replace(/\r$/, '');
	return { file: 0, row, value: line.length > 60 ? line.slice(0, 59) + '…' : line };
}

function readRows(
	text: string,
	delimiter: DelimiterGuess['delimiter'],
	newline: Newline,
	complete: boolean,
	limit: number
): string[][] {
	const rows: string[][] = [];
	const reader = new RowReader(delimiter, newline, (fields) => {
		// (Cells as the import reads them: `="123"` is 123, see `spreadsheetText`.)
		if (rows.length < limit) {
			unwrapSpreadsheetCells(fields);
			rows.push(fields);
		}
	});
	try {
		reader.push(text);
		if (complete) reader.end();
	} catch (error) {
		throw withQuoteLine(error, text);
	}
	return rows;
}

function overridesBom(head: Uint8Array, encoding: TextEncoding): number {
	const guess = guessEncoding(head);
	return guess.basis === 'bom' && guess.encoding === encoding ? guess.bomLength : 0;
}

/** The user chose the delimiter: measure it the same way a guess is measured. */
/** The delimiter an Excel "sep=X" first line names (a comma, semicolon, tab or bar), or null. */
export function excelDelimiterHint(text: string): Delimiter | null {
	const match = /^\ufeff?"?sep=([,;\t|])"?[ \t]*(?:\r\n|\n|\r)/i.exec(text);
	return match ? (match[1] as Delimiter) : null;
}

function forcedDelimiter(text: string, newline: Newline, delimiter: Delimiter): DelimiterGuess {
	const rows = readRows(text, delimiter, newline, false, 60);
	const counts = rows.map((r) => (delimiter === 'whitespace' ? splitWhitespace(r.join(' ')).length : r.length));
	const fieldCount = counts.length ? Math.max(...counts) : 1;
	return {
		delimiter,
		fieldCount,
		consistency: counts.length ? counts.filter((c) => c === fieldCount).length / counts.length : 0
	};
}

/** The file's likely number of rows: its size over the bytes per row of the sampled lines. */
function estimateRows(size: number, headBytes: number, text: string, newline: Newline, sampledRows: number): number {
	let chars = 0;
	for (let k = 0; k < sampledRows; k++) {
		const next = text.indexOf(newline, chars);
		if (next < 0) {
			chars = text.length;
			break;
		}
		chars = next + newline.length;
	}
	const bytesPerRow = (headBytes * (chars / Math.max(1, text.length))) / Math.max(1, sampledRows);
	return Math.ceil(size / Math.max(1, bytesPerRow));
}
