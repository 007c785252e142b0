/**
 * Number formatting through Intl, pure (the locale tag and currency are parameters).
 * Every function returns an em dash for a value that is not a finite number, so a NaN or an
 * Infinity can never reach the screen as text.
 */
export const NOT_A_NUMBER = '—';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = tag + JSON.stringify(options);
	let format = cache.get(key);
	if (!format) {
		format = new Intl.NumberFormat(tag, options);
		cache.set(key, format);
	}
	return format;
}

export function formatNumber(value: number, tag: string, maximumFractionDigits = 2): string {
	if (!Number.isFinite(value)) return NOT_A_NUMBER;
	return numberFormat(tag, { maximumFractionDigits }).format(value);
}

export function formatInteger(value: number, tag: string): string {
	if (!Number.isFinite(value)) return NOT_A_NUMBER;
	return numberFormat(tag, { maximumFractionDigits: 0 }).format(value);
}

/** `ratio` is a fraction: 0.82 is shown as 82 %. */
export function formatPercent(ratio: number, tag: string, maximumFractionDigits = 1): string {
	if (!Number.isFinite(ratio)) return NOT_A_NUMBER;
	return numberFormat(tag, { style: 'percent', maximumFractionDigits }).format(ratio);
}

/** Percentage points, e.g. a change from 20 % to 25 % is +5 pp. */
export function formatPoints(points: number, tag: string, suffix = ' pp'): string {
	if (!Number.isFinite(points)) return NOT_A_NUMBER;
	return numberFormat(tag, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(points) + suffix;
}

export function formatCurrency(value: number, tag: string, currency: string, maximumFractionDigits = 2): string {
	if (!Number.isFinite(value)) return NOT_A_NUMBER;
	return numberFormat(tag, {
		style: 'currency',
		currency,
		minimumFractionDigits: Math.min(2, maximumFractionDigits),
		maximumFractionDigits
	}).format(value);
}

/** Compact form for axes and cards: 12.3K, 1.2M. */
export function formatCompact(value: number, tag: string): string {
	if (!Number.isFinite(value)) return NOT_A_NUMBER;
	return numberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** Decimals a ratio is shown with at least, and at most. */
const RATIO_DIGITS = { min: 2, max: 6 } as const;

/**
 * The ratio shown as "2.99 : 1" (LTV:CAC), with two decimals, or more where rounding to two would
 * carry it across one of the `thresholds` it is judged against: 2.999 is "2.999 : 1", never "3 : 1"
 * beside "below the 3 : 1 rule of thumb". Past six decimals it is cut rather than rounded, which
 * keeps it on its side of any threshold of six decimals or fewer.
 */
export function formatRatio(value: number, tag: string, thresholds: readonly number[] = []): string {
	if (!Number.isFinite(value)) return NOT_A_NUMBER;
	const sameSide = (shown: number) => thresholds.every((t) => shown >= t === value >= t);
	for (let digits: number = RATIO_DIGITS.min; digits <= RATIO_DIGITS.max; digits++) {
		// The number as Intl rounds it (half away from zero on the decimal value), read back.
		const plain = numberFormat('en-US', { maximumFractionDigits: digits, useGrouping: false });
		const shown = Number(plain.format(value));
		if (sameSide(shown)) return `${formatNumber(value, tag, digits)} : 1`;
	}
	return `${numberFormat(tag, { maximumFractionDigits: RATIO_DIGITS.max, roundingMode: 'trunc' }).format(value)} : 1`;
}
