import type analysis from '$lib/i18n/en/analysis';
import type { RevenueBasis } from '$lib/orders/report';

type KpiMessages = (typeof analysis)['kpi'];

/** The revenue card's label and formula, as keys of the Analysis section's `kpi` messages. */
export interface RevenueMessages {
	label: keyof KpiMessages &
		(
			| 'revenue'
			| 'revenueNetSales'
			| 'revenueLessShipping'
			| 'revenueLineItems'
			| 'revenueLineAmounts'
			| 'revenueLineTyped'
		);
	formula: keyof KpiMessages &
		(
			| 'revenueFormula'
			| 'revenueNetSalesFormula'
			| 'revenueLessShippingFormula'
			| 'revenueLineItemsFormula'
			| 'revenueLineAmountsFormula'
			| 'revenueLineTypedFormula'
		);
}

const NET_SALES: RevenueMessages = { label: 'revenueNetSales', formula: 'revenueNetSalesFormula' };
const LESS_SHIPPING: RevenueMessages = { label: 'revenueLessShipping', formula: 'revenueLessShippingFormula' };
const LINE_ITEMS: RevenueMessages = { label: 'revenueLineItems', formula: 'revenueLineItemsFormula' };
const LINE_AMOUNTS: RevenueMessages = { label: 'revenueLineAmounts', formula: 'revenueLineAmountsFormula' };
const LINE_TYPED: RevenueMessages = { label: 'revenueLineTyped', formula: 'revenueLineTypedFormula' };
const ORDER_TOTALS: RevenueMessages = { label: 'revenue', formula: 'revenueFormula' };

const BY_BASIS: Record<RevenueBasis, RevenueMessages> = {
	netSales: NET_SALES,
	netSalesColumn: NET_SALES,
	totalLessShipping: LESS_SHIPPING,
	lineItems: LINE_ITEMS,
	lineAmounts: LINE_AMOUNTS,
	lineTyped: LINE_TYPED,
	orderTotal: ORDER_TOTALS,
	mixed: ORDER_TOTALS
};

/**
 * Revenue is named for what the import summed: net sales (computed from the parts or read from a
 * net-sales column), line-item sales (quantity × price), item amounts summed per order (with or without the shipping
 * and fee rows a row-type column tells apart), or order totals — also when files of a data
 * set were valued differently (`mixed`) and for data sets imported before the basis was recorded,
 * or restored from a backup whose report names a basis this version does not know (a backup's report
 * is checked only in part).
 */
export function revenueMessages(basis: RevenueBasis | undefined): RevenueMessages {
	return (basis !== undefined && Object.hasOwn(BY_BASIS, basis) ? BY_BASIS[basis] : undefined) ?? ORDER_TOTALS;
}
