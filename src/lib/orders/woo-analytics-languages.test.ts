import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OrderItems } from './columns';
import { headline, importOrdersBytes, importOrdersText } from './test-support';

/**
 * WooCommerce Analytics' orders report downloaded from a German admin: its headers are
 * WooCommerce's own German ("Bestellung #", "Produkt(e)", "Nettoumsatz"…), 36 orders of 2025.
 */
const GERMAN = new Uint8Array(
	readFileSync(join(import.meta.dirname, '../../../tests/fixtures/orders/woocommerce_analytics_de.csv'))
);
/** A today after the German file's orders: 2026-01-01. */
const LATER = 20_454;

const ORDERS = [
	['2024-03-01', '9001', 'Jane Doe', 'Mug, Teapot', '2', '45.00'],
	['2024-03-05', '9002', 'Bo Lee', 'Mug', '1', '12.50'],
	['2024-04-02', '9003', 'Jane Doe', 'Teapot', '1', '30.00']
];

/**
 * The same three orders under the headers WooCommerce writes in each language (its translations
 * of "Date", "Order #", "Status", "Customer", "Customer type", "Product(s)", "Items sold",
 * "Coupon(s)", "Net sales", from translate.wordpress.org's language packs: wc-admin-app.json).
 * Latvian's pack has no words yet for four of them: those stay English.
 */
const HEADERS: [string, string[]][] = [
	[
		'en',
		['Date', 'Order #', 'Status', 'Customer', 'Customer type', 'Product(s)', 'Items sold', 'Coupon(s)', 'Net sales']
	],
	[
		'de',
		[
			'Datum',
			'Bestellnummer #',
			'Status',
			'Kunde',
			'Kundentyp',
			'Produkt(e)',
			'Verkaufte Artikel',
			'Gutschein(e)',
			'Nettoumsatz'
		]
	],
	[
		'nl',
		[
			'Datum',
			'Bestelnummer',
			'Status',
			'Klant',
			'Klanttype',
			'Product(en)',
			'Verkochte artikelen',
			'Waardebon(nen)',
			'Netto omzet'
		]
	],
	[
		'fr',
		[
			'Date',
			'Commande n°',
			'État',
			'Client',
			'Type de client',
			'Produit(s)',
			'Articles vendus',
			'Code(s) promo',
			'Ventes nettes'
		]
	],
	[
		'es',
		[
			'Fecha',
			'Pedido #',
			'Estado',
			'Cliente',
			'Tipo de cliente',
			'Producto(s)',
			'Artículos vendidos',
			'Cupón(es)',
			'Ventas netas'
		]
	],
	[
		'ru',
		[
			'Дата',
			'№ заказа',
			'Статус',
			'Клиент',
			'Тип клиента',
			'Товары',
			'Продано единиц',
			'Купон(ы)',
			'Чистая выручка'
		]
	],
	[
		'lv',
		[
			'Datums',
			'Pasūtījums #',
			'Statuss',
			'Pircējs',
			'Customer type',
			'Product(s)',
			'Items sold',
			'Kupons(i)',
			'Net sales'
		]
	],
	['zh', ['日期', '订单号', '状态', '客户', '客户类型', '产品', '售出项目', '优惠券', '净销售额']]
];

function productsByOrder(items: OrderItems) {
	return Array.from({ length: items.start.length - 1 }, (_, i) =>
		[...items.product.subarray(items.start[i], items.start[i + 1])].map((p) => items.values[p])
	);
}

describe('WooCommerce Analytics’ orders report in the languages of WooCommerce’s admin', () => {
	it.each(HEADERS)('is recognised, its products listed and its net sales read (%s)', async (_, headers) => {
		const text =
			[
				headers,
				...ORDERS.map(([date, id, customer, products, sold, net]) => [
					date,
					id,
					'completed',
					customer,
					'new',
					products,
					sold,
					'',
					net
				])
			]
				.map((row) => row.map((cell) => `"${cell}"`).join(','))
				.join('\n') + '\n';
		const { plan, report, result } = await importOrdersText(text);
		expect(plan.layout).toBe('woocommerce');
		expect(plan.headers?.[plan.mapping.orderId!]).toBe(headers[1]);
		expect(plan.headers?.[plan.mapping.amount!]).toBe(headers[8]);
		expect(headline(report)).toEqual({ orders: 3, customers: 2, revenue: 87.5 });
		// The report's own net sales: not said to maybe include tax and shipping.
		expect(report.revenueBreakdown?.basis).toBe('netSalesColumn');
		expect(productsByOrder(result.items!)).toEqual([['Mug', 'Teapot'], ['Mug'], ['Teapot']]);
	});

	it('reads the German download as the English one is read', async () => {
		const { plan, report } = await importOrdersBytes(GERMAN, 1, 'woo_analytics_de.csv', 7, LATER);
		expect(plan.layout).toBe('woocommerce');
		// pandas: 40 rows, 4 "Rückerstattet" left out: 36 orders of 7 customers, 3,502.31.
		expect(headline(report)).toEqual({ orders: 36, customers: 7, revenue: 3502.31 });
		expect(report.refunds.fullyRefunded.count).toBe(4);
	});
});
