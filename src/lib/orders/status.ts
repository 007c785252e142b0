import type { LayoutId } from './layouts';

/**
 * What an order's status means for the analysis:
 * - `kept`: a purchase (paid, completed, processing, shipped, partly refunded, …);
 * - `cancelled`: cancelled, voided, failed, declined, deleted: never a purchase;
 * - `refunded`: refunded in full, so not a purchase either (but counted apart, as refunds);
 * - `unpaid`: WooCommerce "pending payment" (an abandoned checkout until paid) and drafts.
 * Shopify's "pending" (awaiting a manual payment) is kept: the customer did place the order.
 */
export type StatusClass = 'kept' | 'cancelled' | 'refunded' | 'unpaid';

const CANCELLED = new Set([
	'cancelled',
	'canceled',
	'voided',
	'void',
	'failed',
	'declined',
	'trash',
	'deleted',
	'expired',
	'rejected',
	'atcelts',
	'atcelta',
	'отменен',
	'отменён',
	'отменено',
	'отмена',
	'已取消',
	'取消',
	'geannuleerd',
	'storniert'
]);
const REFUNDED = new Set([
	'refunded',
	'atmaksāts',
	'возврат',
	'возвращен',
	'возвращён',
	'已退款',
	'terugbetaald',
	'erstattet'
]);
const UNPAID_WOO = new Set(['pending', 'pending payment', 'checkout draft', 'draft']);

export function classifyStatus(layout: LayoutId, raw: string): StatusClass {
	const status = raw.trim().toLowerCase().replace(/^wc-/, '').replace(/[_-]+/g, ' ');
	if (!status) return 'kept';
	if (CANCELLED.has(status)) return 'cancelled';
	if (REFUNDED.has(status)) return 'refunded';
	if (layout === 'woocommerce' && UNPAID_WOO.has(status)) return 'unpaid';
	if (status === 'draft' || status === 'checkout draft') return 'unpaid';
	return 'kept';
}
