import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { qrOf, qrSvg, type QrMatrix } from './qr';

const matrix = (rows: string[]): QrMatrix => ({
	getModuleCount: () => rows.length,
	isDark: (row, col) => rows[row][col] === '#'
});

/** The modules of a path back as a set of "x,y". */
const modules = (d: string) => new Set([...d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map(([, x, y]) => `${x},${y}`));

describe('qrSvg', () => {
	it.each([
		[['#.', '.#'], 0, 2, ['0,0', '1,1']],
		[['#.', '.#'], 4, 10, ['4,4', '5,5']],
		[['...', '.#.', '...'], 1, 5, ['2,2']],
		[['..', '..'], 4, 10, []]
	])('%j with a quiet zone of %i', (rows, quiet, size, dark) => {
		const svg = qrSvg(matrix(rows), quiet);
		expect(svg.size).toBe(size);
		expect(modules(svg.d)).toEqual(new Set(dark));
		expect(svg.d.replace(/M\d+ \d+h1v1h-1z/g, '')).toBe('');
	});
});

describe('qrOf', () => {
	const url = 'https://example.org/retention/calculators/crr?s=10000&e=9800&n=2000&p=year';
	const code = qrcode(0, 'M');
	code.addData(url);
	code.make();
	const count = code.getModuleCount();
	const svg = qrOf(qrcode, url);

	it('draws every dark module of the code, offset by the quiet zone, and nothing else', () => {
		expect(svg.size).toBe(count + 8);
		const expected = new Set<string>();
		for (let r = 0; r < count; r++)
			for (let c = 0; c < count; c++) if (code.isDark(r, c)) expected.add(`${c + 4},${r + 4}`);
		expect(modules(svg.d)).toEqual(expected);
	});

	it('has the three finder patterns (7 × 7 rings) in their corners', () => {
		const dark = modules(svg.d);
		for (const [x0, y0] of [
			[4, 4],
			[4 + count - 7, 4],
			[4, 4 + count - 7]
		]) {
			for (let i = 0; i < 7; i++) {
				for (const [x, y] of [
					[x0 + i, y0],
					[x0 + i, y0 + 6],
					[x0, y0 + i],
					[x0 + 6, y0 + i]
				]) {
					expect(dark.has(`${x},${y}`)).toBe(true);
				}
			}
			expect(dark.has(`${x0 + 1},${y0 + 1}`)).toBe(false);
			expect(dark.has(`${x0 + 3},${y0 + 3}`)).toBe(true);
		}
	});

	it('grows with the text: a longer link needs a larger version', () => {
		expect(qrOf(qrcode, `${url}&ab=1&b.s=12000&b.e=11800&b.n=2500`).size).toBeGreaterThan(svg.size);
		// A version is 17 + 4 × v modules wide.
		expect((count - 17) % 4).toBe(0);
	});
});
