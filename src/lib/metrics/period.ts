/** The periods a rate or a count can be measured over, in calendar months. */
export const PERIODS = ['month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

export const MONTHS_PER_PERIOD: Readonly<Record<Period, number>> = { month: 1, quarter: 3, year: 12 };

export function isPeriod(value: unknown): value is Period {
	return typeof value === 'string' && (PERIODS as readonly string[]).includes(value);
}

/** How many of `period` fit in a year: 12 months, 4 quarters, 1 year. */
export function periodsPerYear(period: Period): number {
	return 12 / MONTHS_PER_PERIOD[period];
}

/** How many `from` periods make one `to` period: month → quarter is 3, year → month is 1/12. */
export function periodRatio(from: Period, to: Period): number {
	return MONTHS_PER_PERIOD[to] / MONTHS_PER_PERIOD[from];
}
