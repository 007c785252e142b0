/** The most decimals a number is looked at as a short decimal: more than anyone types, fewer than a double holds. */
const MOST_DECIMALS = 12;

/**
 * The decimals of the shortest decimal number that `value` is (40.125 → 3, 0.000123456 → 9), up to
 * `most`; undefined when it is none of so few (1 / 3). A typed number parsed from its text, and a
 * percentage divided by 100, are that decimal up to a unit or two in the last place of the double (a computed 1 / 3 is
 * not: it is 0.333333333333 only to 1e-12).
 */
export function exactDecimals(value: number, most = MOST_DECIMALS): number | undefined {
	if (!Number.isFinite(value)) return undefined;
	for (let digits = 0; digits <= most; digits++) {
		if (Math.abs(Number(value.toFixed(digits)) - value) <= 2 * Number.EPSILON * Math.abs(value)) return digits;
	}
	return undefined;
}

/**
 * a + b − c of short decimals (rates as typed), as the short decimal it is: binary floating point
 * leaves an error in 1 + 0 − 0.999999 (1.0000000000287557e-6) that dividing by it magnifies a million
 * times (QA: a CLV of 999,998,999,971,244,400 for 999,999,000,000,000,000). Other numbers as computed.
 */
export function decimalSum(...terms: number[]): number {
	const sum = terms.reduce((total, term) => total + term, 0);
	const digits = terms.map((term) => exactDecimals(term));
	if (digits.some((d) => d === undefined)) return sum;
	return Number(sum.toFixed(Math.max(...(digits as number[]))));
}

/**
 * a × b × … of short decimals (amounts and counts as typed), as the short decimal it is: binary
 * floating point gives 33.33 × 3 × 1.5 = 149.98499999999999, which rounds to 149.98 where the exact
 * 149.985 rounds to 149.99 (review: "US$99.99 × 1.5 months = US$149.98"). Its decimals are at most
 * the factors' added up; past `MOST_DECIMALS` of them, or for other numbers, the product as computed.
 */
export function decimalProduct(...factors: number[]): number {
	const product = factors.reduce((total, factor) => total * factor, 1);
	let digits = 0;
	for (const factor of factors) {
		const own = exactDecimals(factor);
		if (own === undefined) return product;
		digits += own;
	}
	if (digits > MOST_DECIMALS || !Number.isFinite(product)) return product;
	return Number(product.toFixed(digits));
}
