import { describe, expect, it } from 'vitest';
import { classifyStatus } from './status';

describe('classifyStatus', () => {
	it.each([
		['shopify', 'paid', 'kept'],
		['shopify', 'partially_refunded', 'kept'],
		['shopify', 'pending', 'kept'],
		['shopify', 'voided', 'cancelled'],
		['shopify', 'refunded', 'refunded'],
		['woocommerce', 'wc-completed', 'kept'],
		['woocommerce', 'processing', 'kept'],
		['woocommerce', 'on-hold', 'kept'],
		['woocommerce', 'pending', 'unpaid'],
		['woocommerce', 'Pending payment', 'unpaid'],
		['woocommerce', 'wc-cancelled', 'cancelled'],
		['woocommerce', 'failed', 'cancelled'],
		['woocommerce', 'Refunded', 'refunded'],
		['generic', '', 'kept'],
		['generic', 'Отменен', 'cancelled'],
		['generic', '已取消', 'cancelled'],
		['generic', 'Geannuleerd', 'cancelled'],
		['generic', 'delivered', 'kept']
	] as const)('%s %j → %s', (layout, status, expected) => {
		expect(classifyStatus(layout, status)).toBe(expected);
	});
});
