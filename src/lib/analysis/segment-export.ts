import { toCsvRow } from '$lib/csv/escape';
import { isoFromDay } from '$lib/format/date';
import { inSegment, type CustomerDetail, type SegmentId } from './analyse';
import { RFM_SEGMENTS } from './rfm';

/** The customers of one segment as CSV: id, orders, net spend, first and last order, RFM. */
export function segmentCsv(
	detail: CustomerDetail,
	customers: readonly string[],
	segment: SegmentId
): { parts: string[]; count: number } {
	const { index, rfm } = detail;
	const parts = [
		toCsvRow([
			'customer_id',
			'orders',
			'net_spend',
			'first_order',
			'last_order',
			'days_since_last_order',
			'R',
			'F',
			'M',
			'rfm_segment'
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
				RFM_SEGMENTS[rfm.segment[c]] ?? ''
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
