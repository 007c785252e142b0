/**
 * Trimming and blank tests for the cells an import reads on every row, without a call into the
 * engine's `String.prototype.trim` for the cells that need none: nearly every cell of an export
 * starts and ends with a letter, a digit or a sign. In node, on the bench file (four cells a row,
 * each trimmed once or twice), the calls to `trim` were about 5% of the import's instructions.
 */

/**
 * Whether a character code is printable ASCII other than the space: no white space or line
 * terminator that `trim` takes off (those are the ASCII space and controls, and code points from
 * U+00A0 on).
 */
function isPrintableAscii(code: number): boolean {
	return code > 0x20 && code < 0x7f;
}

/**
 * `cell.trim()`: the cell itself when its first and last characters are printable ASCII (nothing
 * to take off, as `trim` would find), else the cell trimmed.
 */
export function trimCell(cell: string): string {
	const last = cell.length - 1;
	if (last < 0 || (isPrintableAscii(cell.charCodeAt(0)) && isPrintableAscii(cell.charCodeAt(last)))) return cell;
	return cell.trim();
}

/**
 * `cell.trim() !== ''`: at once for a cell that starts with printable ASCII, else by trimming it.
 * (An empty cell is told by its length: a character read past a string's end makes V8 compile the
 * read as a call into the engine from then on.)
 */
export function hasText(cell: string): boolean {
	return cell.length > 0 && (isPrintableAscii(cell.charCodeAt(0)) || cell.trim() !== '');
}
