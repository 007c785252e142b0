import type { AmountMode, Role } from '$lib/orders/layouts';
import type { ExportKind } from '$lib/orders/plan';
import type data from '$lib/i18n/en/data';

type DataMessages = typeof data;

/**
 * A column role's name in the review: the amount column is an order's total, except where each
 * row's amount is summed per order, where it is one item's amount.
 */
export function roleName(m: DataMessages, role: Role, amountMode: AmountMode): string {
	return role === 'amount' && amountMode === 'lineAmounts' ? m.review.itemAmountRole : m.roles[role];
}

/** A file's kind of export as the review and the report name it: its layout, or a payment ledger. */
export function exportKindName(m: DataMessages, kind: ExportKind): string {
	return kind === 'paymentLedger' ? m.paymentLedgerFormat : m.layouts[kind];
}
