import { describe, expect, it } from 'vitest';
import { recogniseLayout } from './layouts';
import { importOrdersText } from './test-support';

// Stripe's payments export (Dashboard → Payments → Export). "Captured" is false for a payment only
// authorised: a hold on the card that was never taken (released, expired, or still open).
const HEADER = 'id,Created (UTC),Amount,Amount Refunded,Currency,Captured,Customer ID,Customer Email,Status\n';
const STRIPE =
	HEADER +
	'ch_1,2024-01-05 10:00:00,40.00,0.00,eur,true,cus_1,anna@example.com,Paid\n' +
	// Authorised, never captured: no sale (hand-worked: 25.00 out).
	'ch_2,2024-01-06 10:00:00,25.00,0.00,eur,false,cus_2,ben@example.com,Paid\n' +
	'ch_3,2024-01-07 10:00:00,30.00,0.00,eur,false,cus_3,cara@example.com,Uncaptured\n' +
	// A failed payment is never captured either: cancelled, as its status says.
	'ch_4,2024-01-08 10:00:00,20.00,0.00,eur,false,cus_4,dan@example.com,Failed\n' +
	'ch_5,2024-02-05 10:00:00,60.00,0.00,eur,true,cus_1,anna@example.com,Paid\n';

describe("Stripe's Captured column", () => {
	it('is read as the payment status where the file is Stripe’s payments export', () => {
		const rows = [
			HEADER.trim().split(','),
			'ch_1,2024-01-05 10:00:00,40.00,0.00,eur,true,cus_1,a@b.c,Paid'.split(',')
		];
		const match = recogniseLayout(rows, ',');
		expect(match.layout).toBe('stripe');
		expect(match.mapping.paymentStatus).toBe(5);
		expect(match.mapping.status).toBe(8);
		// "Created date (UTC)", as newer exports name it.
		const newer = [rows[0].map((h) => (h === 'Created (UTC)' ? 'Created date (UTC)' : h)), rows[1]];
		expect(recogniseLayout(newer, ',').layout).toBe('stripe');
	});

	it('leaves out a payment never captured, as unpaid, and counts the captured ones', async () => {
		const { plan, report } = await importOrdersText(STRIPE);
		expect(plan.layout).toBe('stripe');
		// 40 + 60, Anna's two payments; Ben's and Cara's holds are no sales, Dan's failed.
		expect([report.ordersKept, report.customers, report.revenue]).toEqual([2, 1, 100]);
		expect(report.unpaid.count).toBe(2);
		expect(report.unpaid.examples.map((r) => r.row)).toEqual([3, 4]);
		expect(report.cancelled.count).toBe(1);
		expect(report.refunds.refundedAmount).toBe(0);
		expect(report.warnings.map((w) => w.code)).not.toContain('unknownStatuses');
	});

	it('is no status in another file', () => {
		const rows = [
			['Order', 'Date', 'Email', 'Total', 'Captured'],
			['1001', '2024-01-05', 'a@b.c', '40.00', 'false']
		];
		const match = recogniseLayout(rows, ',');
		expect(match.layout).toBe('generic');
		expect(match.mapping.paymentStatus).toBeUndefined();
	});
});

describe('a hold that expired on an older Stripe charge', () => {
	// Stripe's Charges API released an expired hold by a refund (reason expired_uncaptured_charge):
	// its row is Captured false, Amount Refunded its amount, Status Refunded. No money was taken,
	// so none was returned: an unpaid payment status outranks a refunded order status.
	it('is no refund', async () => {
		const { report } = await importOrdersText(
			HEADER +
				'ch_9,2024-01-09 10:00:00,25.00,25.00,eur,false,cus_9,eve@example.com,Refunded\n' +
				STRIPE.slice(HEADER.length)
		);
		expect(report.refunds.fullyRefunded.count).toBe(0);
		expect(report.refunds.refundedAmount).toBe(0);
		expect(report.unpaid.count).toBe(3);
	});
});
