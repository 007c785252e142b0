/**
 * Colour arithmetic for charts: WCAG contrast (so the palettes can be tested, not trusted),
 * the sequential ramp of the heatmap and the choice of a readable text colour on a fill.
 */

export type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb {
	const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
	if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
	const n = parseInt(match[1], 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function toHex([r, g, b]: Rgb): string {
	const channel = (c: number) =>
		Math.round(Math.min(255, Math.max(0, c)))
			.toString(16)
			.padStart(2, '0');
	return `#${channel(r)}${channel(g)}${channel(b)}`;
}

/** Each 8-bit sRGB channel value linearised (WCAG 2.1), computed once instead of per colour. */
const LINEAR = Array.from({ length: 256 }, (_, c) => {
	const s = c / 255;
	return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
});

/** Relative luminance as WCAG 2.1 defines it (sRGB channels linearised, weighted). */
export function relativeLuminance(hex: string): number {
	const [r, g, b] = parseHex(hex);
	return 0.2126 * LINEAR[r] + 0.7152 * LINEAR[g] + 0.0722 * LINEAR[b];
}

/** WCAG contrast ratio, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
	return (light + 0.05) / (dark + 0.05);
}

/**
 * The heatmap ramp, light to dark in one hue (the brand teal): a single-hue ramp stays ordered
 * for colour-blind readers and in greyscale, because only lightness changes.
 */
export const SEQUENTIAL_RAMP: readonly string[] = [
	'#e3f1ef',
	'#c4e3de',
	'#97cfc6',
	'#64b3a7',
	'#3a9485',
	'#1d7567',
	'#0f5e59',
	'#0a3f3b'
];

const parsedRamps = new WeakMap<readonly string[], Rgb[]>();
/** A ramp's stops as RGB, parsed once per ramp (a heatmap colours hundreds of cells). */
function stopsOf(ramp: readonly string[]): Rgb[] {
	let stops = parsedRamps.get(ramp);
	if (!stops) {
		stops = ramp.map(parseHex);
		parsedRamps.set(ramp, stops);
	}
	return stops;
}

/** The ramp's colour at t ∈ [0, 1] (clamped), interpolated between neighbouring stops. */
export function rampColour(t: number, ramp: readonly string[] = SEQUENTIAL_RAMP): string {
	if (ramp.length === 0) throw new Error('An empty colour ramp');
	const clamped = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
	const position = clamped * (ramp.length - 1);
	const i = Math.min(ramp.length - 2, Math.floor(position));
	if (i < 0) return ramp[0];
	const f = position - i;
	const [a, b] = [stopsOf(ramp)[i], stopsOf(ramp)[i + 1]];
	return toHex([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f]);
}

/** Where `value` lies in [min, max] as 0..1; a flat domain puts everything at the dark end. */
export function normalise(value: number, [min, max]: readonly [number, number]): number {
	if (max === min) return 1;
	return (value - min) / (max - min);
}

const BLACK_LUMINANCE = relativeLuminance('#000000');
const WHITE_LUMINANCE = relativeLuminance('#ffffff');
/** `contrastRatio` of two luminances. */
function ratioOf(a: number, b: number): number {
	return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** The text colour chosen for each fill so far (a heatmap drawn again asks for the same fills). */
const inkOf = new Map<string, '#000000' | '#ffffff'>();

/** Black or white, whichever contrasts more with the fill: at least 4.58:1 on any colour. */
export function readableText(fill: string): '#000000' | '#ffffff' {
	let ink = inkOf.get(fill);
	if (ink === undefined) {
		// The fill's luminance, compared as contrastRatio does.
		const l = relativeLuminance(fill);
		ink = ratioOf(l, BLACK_LUMINANCE) >= ratioOf(l, WHITE_LUMINANCE) ? '#000000' : '#ffffff';
		if (inkOf.size < 4096) inkOf.set(fill, ink);
	}
	return ink;
}
