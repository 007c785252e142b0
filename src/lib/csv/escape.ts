/**
 * Writing CSV that is safe to open in a spreadsheet.
 *
 * Two separate problems are solved here:
 * 1. Quoting (RFC 4180): a cell holding the delimiter, a double quote or a line break is wrapped in
 *    double quotes, with inner quotes doubled, so the file parses back to the same cells.
 * 2. Formula injection (CWE-1236): Excel, LibreOffice Calc and Google Sheets evaluate a cell whose
 *    text starts with `=`, `+`, `-` or `@` (and, in some versions, a tab or carriage return before
 *    one) as a formula, even when it is quoted. A note typed by a user or a product name from an
 *    imported file could then run `=HYPERLINK(...)` in whoever opens the export. Such text cells
 *    get a leading apostrophe, which spreadsheets read as "this is text" and do not display.
 *
 * Numbers passed as numbers are written as they are: a number cannot be a formula, and neutralising
 * `-5` would turn it into text and break sums. Text that merely looks like a number ("-5" as a
 * string) is neutralised, because we cannot tell it from the start of `-5+HYPERLINK(...)`.
 */

export type CsvValue = string | number | null | undefined;

export interface CsvOptions {
	/** Cell separator; `;` suits spreadsheets in languages that write decimals with a comma. */
	delimiter?: ',' | ';' | '\t' | '|';
	/** Line ending between records; RFC 4180 uses CRLF. */
	eol?: '\r\n' | '\n';
	/** Start with a UTF-8 byte-order mark so Excel reads non-ASCII text (ā, ж, 中) correctly. */
	bom?: boolean;
}

/**
 * Characters that make a spreadsheet treat the cell as a formula when they come first.
 * Tab, CR and LF are included because some applications skip them before looking for `=`;
 * NUL is listed by OWASP ASVS 1.2.10. The full-width forms (typed by Chinese input methods) are
 * included defensively: they cost nothing, and we cannot check how every spreadsheet treats them.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\0', '＝', '＋', '－', '＠']);

/** True when a spreadsheet could read this text as a formula. */
export function looksLikeFormula(text: string): boolean {
	if (text.length === 0) return false;
	if (FORMULA_TRIGGERS.has(text[0])) return true;
	// Leading spaces are trimmed by some importers before they look for a formula sign.
	const firstVisible = text.trimStart()[0];
	return firstVisible !== undefined && FORMULA_TRIGGERS.has(firstVisible);
}

/** Prefixes an apostrophe to text a spreadsheet could evaluate; other text is returned unchanged. */
export function neutraliseFormula(text: string): string {
	return looksLikeFormula(text) ? `'${text}` : text;
}

/** One cell, neutralised and quoted as needed. `null`/`undefined` become an empty cell. */
export function escapeCsvCell(value: CsvValue, delimiter: CsvOptions['delimiter'] = ','): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') {
		// An empty cell is more honest than "NaN" or "Infinity" in a spreadsheet.
		return Number.isFinite(value) ? String(value) : '';
	}
	const text = neutraliseFormula(value);
	const needsQuotes = text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
	return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record (row) of cells, without a line ending. */
export function toCsvRow(cells: readonly CsvValue[], delimiter: CsvOptions['delimiter'] = ','): string {
	return cells.map((cell) => escapeCsvCell(cell, delimiter)).join(delimiter);
}

/** A whole file: every row escaped, records separated by `eol` and ending with one. */
export function toCsv(rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
	const { delimiter = ',', eol = '\r\n', bom = false } = options;
	const body = rows.map((row) => toCsvRow(row, delimiter) + eol).join('');
	return (bom ? '\uFEFF' : '') + body;
}
