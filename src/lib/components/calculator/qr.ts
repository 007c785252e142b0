/**
 * A QR code as one SVG path (issue 15.4, the printed handout): the dark modules of a matrix drawn
 * as unit squares, with the quiet zone of 4 modules that the standard (ISO/IEC 18004) asks for.
 * The matrix comes from `qrcode-generator`, loaded on the device: nothing is requested to make it.
 */

export interface QrMatrix {
	getModuleCount(): number;
	isDark(row: number, col: number): boolean;
}

export interface QrSvg {
	/** Width and height in modules, quiet zone included. */
	size: number;
	/** The dark modules: one `M x y h1 v1 h-1 z` square each. */
	d: string;
}

export const QUIET_ZONE = 4;

export function qrSvg(matrix: QrMatrix, quiet: number = QUIET_ZONE): QrSvg {
	const count = matrix.getModuleCount();
	const parts: string[] = [];
	for (let row = 0; row < count; row++) {
		for (let col = 0; col < count; col++) {
			if (matrix.isDark(row, col)) parts.push(`M${col + quiet} ${row + quiet}h1v1h-1z`);
		}
	}
	return { size: count + 2 * quiet, d: parts.join('') };
}

type QrFactory = (typeNumber: 0, level: 'M') => QrMatrix & { addData(data: string): void; make(): void };

/** The QR code of `text` (the smallest version that holds it, error correction M: 15 % may be lost). */
export function qrOf(factory: QrFactory, text: string): QrSvg {
	const code = factory(0, 'M');
	code.addData(text);
	code.make();
	return qrSvg(code);
}
