import { toCsvRow } from '$lib/csv/escape';
import { isoFromDay } from '$lib/format/date';
import { inSegment, type CustomerDetail, type SegmentId } from './analyse';
import type { CustomerIndex } from './customers';
import { inRange } from './export-basis';
import { RFM_SEGMENTS } from './rfm';

/**
 * The customers of one segment as CSV: id, orders, net spend, first and last order, RFM.
 * Under a date range (`detail.range`) those columns count only the range's orders and say so in
 * their names (`orders_in_2026-07-01_to_2026-09-30`; recency is counted to the range's last day,
 * `days_from_last_order_in_range_to_2026-09-30`), and the customers' whole history follows from
 * `whole` (all orders): orders, first and last order, and days since the last order to the data's
 * last day — a customer who bought after the range is not taken for lapsed.
 */
export function segmentCsv(
	detail: CustomerDetail,
	customers: readonly string[],
	segment: SegmentId,
	whole?: CustomerIndex
): { parts: string[]; count: number } {
	const { index, rfm, range } = detail;
	const all = range && whole ? whole : null;
	const parts = [
		toCsvRow([
			'customer_id',
			...['orders', 'net_spend', 'first_order', 'last_order'].map((c) => inRange(c, range)),
			range ? `days_from_last_order_in_range_to_${isoFromDay(range.to)}` : 'days_since_last_order',
			...['R', 'F', 'M', 'rfm_segment'].map((c) => inRange(c, range)),
			...(all
				? [
						'orders_all_time',
						'first_order_all_time',
						'last_order_all_time',
						`days_since_last_order_to_${isoFromDay(all.maxDay)}`
					]
				: [])
		]) + '\r\n'
	];
	let lines: string[] = [];
	let count = 0;
	for (let c = 0; c < index.customerCount; c++) {
		if (!inSegment(detail, c, segment)) continue;
		count++;
		lines.push(
			toCsvRow([
				customers[c],
				index.orders[c],
				Math.round(index.revenue[c] * 100) / 100,
				isoFromDay(index.firstDay[c]),
				isoFromDay(index.lastDay[c]),
				rfm.recency[c],
				rfm.r[c],
				rfm.f[c],
				rfm.m[c],
				RFM_SEGMENTS[rfm.segment[c]] ?? '',
				...(all
					? [
							all.orders[c],
							isoFromDay(all.firstDay[c]),
							isoFromDay(all.lastDay[c]),
							all.maxDay - all.lastDay[c]
						]
					: [])
			])
		);
		if (lines.length === 20_000) {
			parts.push(lines.join('\r\n') + '\r\n');
			lines = [];
		}
	}
	if (lines.length) parts.push(lines.join('\r\n') + '\r\n');
	return { parts, count };
}
