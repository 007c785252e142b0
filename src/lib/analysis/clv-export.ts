import { toCsvRow } from '$lib/csv/escape';
import { clvRows, type ClvRun } from './clv-engine';

/** Every customer's prediction as CSV, in the model's time unit (stated in the header). */
export function clvCsvParts(run: ClvRun, customers: readonly string[], rowSegment: Int32Array | null): string[] {
	const unit = run.settings.unit;
	const header = [
		'customer_id',
		'repeat_purchases',
		`recency_${unit}s`,
		`age_${unit}s`,
		'mean_repeat_spend',
		'p_alive',
		`expected_purchases_${run.settings.horizonMonths}_months`,
		'expected_spend_per_purchase',
		`clv_${run.settings.horizonMonths}_months_discounted`,
		'rfm_segment'
	];
	const parts = [toCsvRow(header) + '\r\n'];
	let lines: string[] = [];
	const round = (v: number, places: number) => Math.round(v * 10 ** places) / 10 ** places;
	for (const row of clvRows(run, customers, rowSegment)) {
		lines.push(
			toCsvRow([
				row.customer,
				row.x,
				round(row.tx, 4),
				round(row.T, 4),
				round(row.monetary, 2),
				round(row.probabilityAlive, 4),
				round(row.expectedPurchases, 4),
				round(row.expectedSpend, 2),
				round(row.clv, 2),
				row.segment ?? ''
			])
		);
		if (lines.length === 20_000) {
			parts.push(lines.join('\r\n') + '\r\n');
			lines = [];
		}
	}
	if (lines.length) parts.push(lines.join('\r\n') + '\r\n');
	return parts;
}
