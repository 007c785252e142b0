import { describe, expect, it } from 'vitest';
import { recogniseLayout } from './layouts';
import { classifyStatus } from './status';
import { importOrdersText } from './test-support';

const rowsOf = (text: string) =>
	text
		.trim()
		.split('\n')
		.map((line) => line.split(','));

// Mollie's payments: an id "tr_…" per payment. Its statuses (docs.mollie.com, "Handling payment
// status"): open (created, not paid yet), pending, authorized, paid, expired, canceled, failed.
const SHOP_WITH_MOLLIE_IDS =
	'Order number,Order date,Customer email,Order status,Payment status,Amount total,Transaction ID\n' +
	'10001,2024-03-01,a@x.com,open,paid,50.00,tr_WDqYK6vllg\n' +
	'10002,2024-03-02,b@x.com,completed,paid,40.00,tr_7UhSN1zuXS\n' +
	'10003,2024-03-03,c@x.com,in_progress,paid,30.00,tr_Hs8Kq2Lmn1\n';

const MOLLIE =
	'ID,Date,Amount,Currency,Status,Payment method,Description,Consumer name,Email\n' +
	'tr_WDqYK6vllg,2024-01-05 10:00:00,40.00,EUR,paid,ideal,Order 1,Anna,anna@example.com\n' +
	'tr_7UhSN1zuXS,2024-01-06 10:00:00,25.00,EUR,open,ideal,Order 2,Ben,ben@example.com\n' +
	'tr_8JkPq2ZvRt,2024-01-07 10:00:00,15.00,EUR,expired,banktransfer,Order 3,Cara,cara@example.com\n' +
	'tr_9LmQr3AwSu,2024-01-08 10:00:00,60.00,EUR,authorized,klarnapaylater,Order 4,Dan,dan@example.com\n';

// Paddle Billing's transactions report: columns named as the API's fields, an id "txn_" and 26
// characters per transaction (developer.paddle.com, "Transaction reports").
const PADDLE =
	'id,status,customer_id,email,currency_code,total,created_at,billed_at\n' +
	'txn_01h04vsbhqc62t8hmd4z3b578c,completed,ctm_01h04vsbhqc62t8hmd4z3b5781,anna@example.com,USD,40.00,2024-01-05T10:00:00Z,2024-01-05T10:00:00Z\n' +
	'txn_01h04vsbhqc62t8hmd4z3b578d,ready,ctm_01h04vsbhqc62t8hmd4z3b5782,ben@example.com,USD,25.00,2024-01-06T10:00:00Z,\n' +
	'txn_01h04vsbhqc62t8hmd4z3b578e,billed,ctm_01h04vsbhqc62t8hmd4z3b5783,cara@example.com,USD,30.00,2024-01-07T10:00:00Z,2024-01-07T10:00:00Z\n' +
	'txn_01h04vsbhqc62t8hmd4z3b578f,past_due,ctm_01h04vsbhqc62t8hmd4z3b5784,dan@example.com,USD,20.00,2024-01-08T10:00:00Z,2024-01-08T10:00:00Z\n';

// Magento 2's order grid. "Closed": a credit memo refunded the order.
const MAGENTO =
	'ID,"Purchase Date","Grand Total (Purchased)",Status,"Customer Email"\n' +
	'000000101,"2024-01-15",$121.00,Complete,anna@example.com\n' +
	'000000102,"2024-01-16",$50.00,Closed,ben@example.com\n' +
	'000000103,"2024-01-17",$70.00,Pending,cara@example.com\n';

describe('statuses whose meaning depends on the export', () => {
	it.each([
		// Mollie: "open" is a payment created and not paid yet; "pending" not complete yet.
		['mollie', 'open', 'unpaid'],
		['mollie', 'pending', 'unpaid'],
		// "authorized": the money is held, not captured (pay later, a card's hold): no sale yet.
		['mollie', 'authorized', 'unpaid'],
		['mollie', 'Authorized', 'unpaid'],
		['mollie', 'geautoriseerd', 'unpaid'],
		['mollie', 'paid', 'kept'],
		['mollie', 'Betaald', 'kept'],
		['mollie', 'expired', 'cancelled'],
		['mollie', 'canceled', 'cancelled'],
		['mollie', 'failed', 'cancelled'],
		// Paddle Billing: ready (all fields there, not billed or paid), billed (an invoice issued,
		// not paid yet), past due and draft are no payment; paid and completed are.
		['paddle', 'ready', 'unpaid'],
		['paddle', 'billed', 'unpaid'],
		['paddle', 'Billed', 'unpaid'],
		['paddle', 'draft', 'unpaid'],
		['paddle', 'past_due', 'unpaid'],
		['paddle', 'paid', 'kept'],
		['paddle', 'completed', 'kept'],
		['paddle', 'canceled', 'cancelled'],
		// Magento: "Closed" is an order a credit memo refunded.
		['magento', 'Closed', 'refunded'],
		['magento', 'closed', 'refunded'],
		['magento', 'Complete', 'kept'],
		['magento', 'Canceled', 'cancelled'],
		['magento', 'Pending', 'unpaid'],
		// "Suspected Fraud" may be a payment held in review or one captured: for the user to check.
		['magento', 'fraud', 'unknown'],
		['magento', 'Suspected Fraud', 'unknown'],
		['magento', 'payment_review', 'unpaid'],
		['magento', 'holded', 'kept'],
		// Elsewhere the words keep their meaning: Shopify's "open" is a placed order, "ready" (for
		// pickup) a kept one, and a "closed" order of an unknown shop system is for the user to check.
		['shopify', 'open', 'kept'],
		['generic', 'open', 'kept'],
		['shopify', 'authorized', 'kept'],
		['generic', 'ready', 'kept'],
		['generic', 'closed', 'unknown'],
		['generic', 'billed', 'unknown']
	] as const)('%s %j → %s', (layout, status, expected) => {
		expect(classifyStatus(layout, status)).toBe(expected);
	});
});

describe('the exports recognised for their statuses', () => {
	it.each([
		[MOLLIE, 'mollie'],
		[PADDLE, 'paddle'],
		[MAGENTO, 'magento'],
		// Magento 1's grid ("Purchased On", "G.T. (Purchased)").
		[
			'ID,Purchased On,Bill to Name,G.T. (Purchased),Status,Email\n100000001,2014-01-05,Anna,10.00,Closed,a@b.c',
			'magento'
		],
		// Its orders table as a database or API export names it (`sales_order`).
		[
			'increment_id,customer_email,created_at,grand_total,status\n100001,a@x.com,2024-01-05 10:00:00,10.00,complete',
			'magento'
		],
		// An id column of another kind, or a few ids only, is no such export.
		[MOLLIE.replace(/tr_/g, 'ord_'), 'generic'],
		[MOLLIE.replace('tr_7UhSN1zuXS', '1002'), 'generic'],
		// One row per line item (Paddle's transaction line items) repeats an id: still Paddle's
		// (its rows are read as a generic file's are).
		[PADDLE.replace(/578d/g, '578c'), 'paddle'],
		// A shop's own export carrying the Mollie payment id beside its order number and its own
		// order status is no Mollie export (Shopware's "open" is a new order).
		[SHOP_WITH_MOLLIE_IDS, 'generic']
	])('%#: %s', (text, layout) => {
		expect(recogniseLayout(rowsOf(text.replace(/"/g, '')), ',').layout).toBe(layout);
	});
});

describe('a shop export with Mollie payment ids', () => {
	it('keeps its open orders, as in any shop export', async () => {
		const { plan, report } = await importOrdersText(SHOP_WITH_MOLLIE_IDS);
		expect(plan.layout).toBe('generic');
		// 50.00 + 40.00 + 30.00: the open order is a placed one.
		expect([report.ordersKept, report.revenue]).toEqual([3, 120]);
	});
});

describe('an import names why such orders are no sales', () => {
	it('Mollie: the open and the authorized (not captured) payments are unpaid, the expired one cancelled', async () => {
		const { plan, report } = await importOrdersText(MOLLIE);
		expect(plan.layout).toBe('mollie');
		// Only the paid 40.00 (not the authorized 60.00).
		expect([report.ordersKept, report.revenue]).toEqual([1, 40]);
		expect(report.unpaid.count).toBe(2);
		expect(report.unpaid.examples.map((r) => r.row)).toEqual([3, 5]);
		expect(report.cancelled.count).toBe(1);
		expect(report.warnings.map((w) => w.code)).not.toContain('unknownStatuses');
	});

	it('Paddle: ready, billed and past due transactions are unpaid', async () => {
		const { plan, report } = await importOrdersText(PADDLE);
		expect(plan.layout).toBe('paddle');
		// Only the completed 40.00.
		expect([report.ordersKept, report.revenue]).toEqual([1, 40]);
		expect(report.unpaid.count).toBe(3);
		expect(report.unpaid.examples.map((r) => r.row)).toEqual([3, 4, 5]);
		expect(report.warnings.map((w) => w.code)).not.toContain('unknownStatuses');
	});

	it('Magento’s orders table: closed is refunded, payment review unpaid, fraud flagged, and increment_id is the order id', async () => {
		// (QA: read as a generic file, "closed" was counted as a purchase; and duplicates were not
		// checked, as no order id column was found.) "fraud" may be captured or held: kept and flagged.
		const { plan, report } = await importOrdersText(
			'increment_id,customer_email,created_at,grand_total,status\n' +
				'100001,a@x.com,2024-01-05 10:00:00,10.00,complete\n' +
				'100002,b@x.com,2024-01-06 10:00:00,20.00,closed\n' +
				'100003,c@x.com,2024-01-07 10:00:00,30.00,canceled\n' +
				'100004,d@x.com,2024-01-08 10:00:00,40.00,holded\n' +
				'100005,e@x.com,2024-01-09 10:00:00,50.00,payment_review\n' +
				'100006,a@x.com,2024-02-09 10:00:00,60.00,processing\n' +
				'100007,f@x.com,2024-02-10 10:00:00,70.00,pending_payment\n' +
				'100008,g@x.com,2024-02-11 10:00:00,80.00,fraud\n' +
				'100006,a@x.com,2024-02-09 10:00:00,60.00,processing\n'
		);
		expect(plan.layout).toBe('magento');
		expect(plan.mapping.orderId).toBe(0);
		// 10 + 40 + 60 of a and d, and g's 80 (fraud, flagged); the second 100006 is a duplicate.
		expect([report.ordersKept, report.customers, report.revenue]).toEqual([4, 3, 190]);
		expect(report.refunds.fullyRefunded.count).toBe(1);
		expect(report.unpaid.count).toBe(2);
		expect(report.duplicates.count).toBe(1);
		expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'unknownStatuses', count: 1 }));
	});

	it('Magento: a closed order is refunded in full, at its grand total', async () => {
		const { plan, report } = await importOrdersText(MAGENTO);
		expect(plan.layout).toBe('magento');
		// The complete 121.00 only; the closed 50.00 refunded, the pending 70.00 unpaid.
		expect([report.ordersKept, report.revenue]).toEqual([1, 121]);
		expect(report.refunds.fullyRefunded.count).toBe(1);
		expect(report.refunds.refundedAmount).toBe(50);
		expect(report.unpaid.count).toBe(1);
		expect(report.warnings.map((w) => w.code)).not.toContain('unknownStatuses');
	});
});
