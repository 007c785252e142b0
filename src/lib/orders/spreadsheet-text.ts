import { looksLikeFormula } from '$lib/csv/escape';

/**
 * A cell as the spreadsheet that wrote it means it, where the file wrote it in one of two ways to
 * keep a spreadsheet from changing it:
 *
 * - An Excel text formula of a plain quoted string, `="1650009220308087884"`: Taobao's and many
 *   Excel-oriented exports write long ids so, lest Excel turn them into 1.65E+18. A spreadsheet
 *   shows the string; a copy of the file saved again by Excel has it without the formula. Read as
 *   the string (`""` inside it a quote), the two copies' orders are the same orders. Any other
 *   formula (`=A1`, `="a"&B2`, `=SUM(…)`) is kept as written: what it means is not in the file.
 * - The apostrophe this app's own CSV exports put before a cell a spreadsheet could run as a
 *   formula (`neutraliseFormula` in `$lib/csv/escape`, against formula injection): taken off
 *   exactly where the export would have put it, so that "+371 20000000" and "-5" come back as
 *   they were and an export read beside its original has the same ids.
 *
 * Both, in that order: the app's export of a cell still holding `="…"` wrote `'="…"`.
 *
 * Cells that start with an apostrophe not followed by what the export guards ("'s-Hertogenbosch",
 * "'t Hooft", "'abc") are kept as written. A value that itself starts with an apostrophe and then
 * `=`, `+`, `-`, `@`, a tab or a line break ("'-5") is read without its apostrophe: the export
 * wrote such a value unchanged, so it cannot be told from a guarded one, and a spreadsheet shows
 * it without the apostrophe too (a leading apostrophe there marks text and is not shown).
 */
export function spreadsheetText(cell: string): string {
	let text = cell;
	if (text.charCodeAt(0) === APOSTROPHE && looksLikeFormula(text.slice(1))) text = text.slice(1);
	if (text.charCodeAt(0) === EQUALS) return textFormulaValue(text) ?? text;
	return text;
}

const APOSTROPHE = 0x27;
const EQUALS = 0x3d;
const QUOTE = 0x22;

/** The string of a text formula `="…"` (inner quotes doubled), or null when the cell is anything else. */
function textFormulaValue(text: string): string | null {
	const end = text.length - 1;
	if (end < 2 || text.charCodeAt(1) !== QUOTE || text.charCodeAt(end) !== QUOTE) return null;
	let doubled = false;
	for (let i = 2; i < end; i++) {
		if (text.charCodeAt(i) !== QUOTE) continue;
		// A quote inside is one of a doubled pair, or the string ends before the cell does.
		if (i + 1 >= end || text.charCodeAt(i + 1) !== QUOTE) return null;
		doubled = true;
		i++;
	}
	const inner = text.slice(2, end);
	return doubled ? inner.replaceAll('""', '"') : inner;
}

/**
 * `spreadsheetText` of every cell of a row that could need it, in place: a cell that starts with
 * neither `=` nor an apostrophe (nearly all) costs one character's look. (An empty cell is passed
 * over before the look: reading the first character of an empty string, past its end, made V8
 * recompile the loop with a call into the engine for every character read, about 4% of an
 * import of a file with empty cells such as the attributes bench file's discount codes.)
 */
export function unwrapSpreadsheetCells(fields: string[]): void {
	for (let i = 0; i < fields.length; i++) {
		const field = fields[i];
		if (field.length === 0) continue;
		const first = field.charCodeAt(0);
		if (first === EQUALS || first === APOSTROPHE) fields[i] = spreadsheetText(field);
	}
}
