import { describe, expect, it } from 'vitest';
import { recogniseLayout, type Role } from './layouts';

describe('headers of real exports that name the columns their own way', () => {
	it.each([
		['Sale Date', 'date', 'Etsy sold orders'],
		['Created date (UTC)', 'date', 'Stripe payments'],
		['Date de commande', 'date', 'a French shop'],
		['État', 'status', 'PrestaShop'],
		['Statut', 'status', 'a French shop'],
		['Bestellstatus', 'status', 'German WooCommerce'],
		['Order Total (inc tax)', 'amount', 'BigCommerce'],
		['Total TTC', 'amount', 'a French shop'],
		['Subtotal (ex tax)', 'subtotal', 'BigCommerce'],
		['Grand Total (Purchased)', 'amount', 'Magento 2'],
		['Total Refunded', 'refundedAmount', 'Magento 2'],
		['Shipping and Handling', 'shipping', 'Magento 2'],
		['Amount Refunded', 'refundedAmount', 'Squarespace'],
		['Adjusted Order Total', 'adjustedTotal', 'Etsy sold orders'],
		['Adjusted Gross', 'adjustedTotal', 'Etsy Payments sales'],
		['Receipt Number', 'orderId', 'Lightspeed X-Series sales'],
		['Shipping Cost (ex tax)', 'shipping', 'BigCommerce'],
		['Order Currency Code', 'currency', 'BigCommerce'],
		['Gesamtsumme', 'amount', 'a German shop']
	] as [string, Role, string][])('%s is the %s (%s)', (header, role) => {
		// Beside a customer and another column than the one tested: an amount beside a date, a date beside the rest.
		const headers = ['Buyer', role === 'date' ? 'Order Value' : 'Sale Date', header];
		const layout = recogniseLayout([headers, ['ann', '2024-01-05', '10']], ',');
		expect(Object.entries(layout.mapping).find(([, column]) => column === 2)?.[0]).toBe(role);
	});
});
