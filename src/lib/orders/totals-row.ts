/**
 * The words a spreadsheet's totals line below the data is labelled with, lower case: English,
 * German, Dutch, Latvian, Russian and Chinese (simplified and traditional).
 */
const TOTALS_WORDS = new Set([
	'total',
	'totals',
	'grand total',
	'sum',
	'summe',
	'gesamt',
	'totaal',
	'kopā',
	'kopsumma',
	'итого',
	'всего',
	'合计',
	'总计',
	'合計',
	'總計'
]);

/** The longest of `TOTALS_WORDS` with a colon and a space or two around it: longer cells are not looked at. */
const LONGEST = 16;

/** The first letters of `TOTALS_WORDS`, either case: a cell starting otherwise costs one look. */
const FIRST_LETTERS = new Set([...TOTALS_WORDS].flatMap((word) => [word[0], word[0].toUpperCase()]));

/** Whether a cell is exactly a totals label ("Total", "GRAND TOTAL:", "Итого", "合计："), whatever its case. */
export function isTotalsLabel(cell: string): boolean {
	if (cell.length === 0 || cell.length > LONGEST) return false;
	let text = cell.trim();
	if (!FIRST_LETTERS.has(text[0])) return false;
	text = text.toLowerCase();
	const last = text.charCodeAt(text.length - 1);
	if (last === 0x3a /* : */ || last === 0xff1a /* ： */) text = text.slice(0, -1).trimEnd();
	return TOTALS_WORDS.has(text);
}

/** The first cell of a row that is a totals label, or undefined. */
export function totalsLabelIn(fields: readonly string[]): string | undefined {
	for (let i = 0; i < fields.length; i++) if (isTotalsLabel(fields[i])) return fields[i].trim();
	return undefined;
}

/** Whether a cell is empty or only spaces, or a totals label: what a totals line has in a column it does not fill. */
export function emptyOrTotals(cell: string | undefined): boolean {
	if (cell === undefined || cell.length === 0) return true;
	const first = cell.charCodeAt(0);
	// (A digit first: a date, an id or an amount, as in nearly every row.)
	if (first >= 0x30 && first <= 0x39) return false;
	return cell.trim() === '' || isTotalsLabel(cell);
}
