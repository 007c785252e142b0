import { dayFromYmd } from '$lib/format/date';
import type { OrderColumns } from '$lib/orders/columns';

/** A test order: its customer's index, its day ('YYYY-MM-DD') and its amount (10 where left out). */
export type TestOrder = readonly [customer: number, iso: string, amount?: number];

/** The day number of 'YYYY-MM-DD', as the columns hold it. */
export function dayOfIso(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return dayFromYmd(y, m, d);
}

/** Test orders as the analyses read them: row i is order i. */
export function columnsOf(rows: readonly TestOrder[]): OrderColumns {
	return {
		count: rows.length,
		customer: Int32Array.from(rows.map((r) => r[0])),
		day: Int32Array.from(rows.map((r) => dayOfIso(r[1]))),
		amount: Float64Array.from(rows.map((r) => r[2] ?? 10))
	};
}

/**
 * 25 months of orders, 1 October 2024 to 31 October 2026, whose last 12 whole months (Nov 2025 –
 * Oct 2026) give S = 3, E = 4, N = 2, a CRR of 66.7 % and buyers a, d, e, f with 5 orders; no
 * calendar year in them is measurable. Worked by hand in src/lib/analysis/yearly.test.ts; the
 * planner's and the Analysis page's tests read the same orders.
 */
export const TWELVE_MONTHS_ORDERS: readonly TestOrder[] = [
	[0, '2024-10-01'],
	[0, '2025-03-15'],
	[0, '2026-02-01'],
	[1, '2024-12-05'],
	[2, '2025-06-20'],
	[2, '2025-10-31'],
	[3, '2025-11-01'],
	[3, '2026-05-05'],
	[4, '2026-10-31'],
	[5, '2024-10-15'],
	[5, '2026-03-03']
];
