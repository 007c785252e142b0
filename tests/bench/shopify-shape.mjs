// The bench's orders as a Shopify orders export: the 71 columns of Shopify's export (its header is
// the one of tests/fixtures/orders/shopify_orders.csv), one row per line item (1-3 an order), the
// order's fields (addresses quoted, with commas inside, as Shopify writes them) on its first row
// only, line items named from 400 products, some with commas. The orders, customers (their e-mail)
// and order totals are those of the plain file: what the import finds is the same data set, read
// from the shape of a real export (wide, quoted rows, line items) instead of four plain columns.
// usage: node tests/bench/shopify-shape.mjs PLAIN.csv OUT.csv
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { ROOT } from './browser.mjs';

/** bench-data/orders-250000-shopify.csv: made from bench-data/orders-250000.csv. */
export function shopifyFile(plainFile) {
	return plainFile.replace(/\.csv$/, '-shopify.csv');
}

export async function writeShopifyShape(plainFile, out) {
	const header = readFileSync(`${ROOT}tests/fixtures/orders/shopify_orders.csv`, 'utf8').split('\n')[0];
	const columns = header.split(',');
	const at = Object.fromEntries(columns.map((c, i) => [c, i]));
	let seed = 1;
	const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
	const products = Array.from({ length: 400 }, (_, i) =>
		i % 7 === 0 ? `"Tea set, ${i} pieces"` : `Product ${i} ${['Mug', 'Pillow', 'Frame', 'Wallet'][i % 4]}`
	);
	const street = () => `"${1 + Math.floor(random() * 200)} Main Street, Apt ${1 + Math.floor(random() * 40)}"`;
	const stream = createWriteStream(out);
	const write = async (text) => {
		if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve));
	};
	await write(header + '\n');
	let rows = 0;
	let first = true;
	for await (const line of createInterface({ input: createReadStream(plainFile) })) {
		if (first || !line) {
			first = false;
			continue;
		}
		const [id, customer, date, total] = line.split(',');
		const items = 1 + Math.floor(random() * random() * 3);
		const created = `${date} ${String(8 + Math.floor(random() * 12)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}:00 +0100`;
		let text = '';
		for (let k = 0; k < items; k++) {
			const f = new Array(columns.length).fill('');
			f[at.Name] = `#${1000 + Number(id)}`;
			f[at.Email] = `${customer.toLowerCase()}@example.com`;
			f[at['Created at']] = created;
			f[at['Lineitem quantity']] = '1';
			f[at['Lineitem name']] = products[Math.floor(random() * products.length)];
			f[at['Lineitem price']] = k === 0 ? (Number(total) - 0.01 * (items - 1)).toFixed(2) : '0.01';
			f[at['Lineitem sku']] = `SKU-${Math.floor(random() * 400)}`;
			f[at['Lineitem requires shipping']] = 'true';
			f[at['Lineitem taxable']] = 'true';
			f[at['Lineitem fulfillment status']] = 'fulfilled';
			if (k === 0) {
				const name = `Customer ${customer}`;
				for (const [column, value] of Object.entries({
					'Financial Status': 'paid',
					'Paid at': created,
					'Fulfillment Status': 'fulfilled',
					'Accepts Marketing': 'yes',
					Currency: 'EUR',
					Subtotal: total,
					Shipping: '0.00',
					Taxes: '0.00',
					Total: total,
					'Discount Amount': '0.00',
					'Shipping Method': 'Standard',
					'Billing Name': name,
					'Billing Street': street(),
					'Billing City': 'Riga',
					'Billing Zip': 'LV-1010',
					'Billing Country': 'LV',
					'Billing Phone': '+371 2000 0000',
					'Shipping Name': name,
					'Shipping Street': street(),
					'Shipping City': 'Riga',
					'Shipping Zip': 'LV-1010',
					'Shipping Country': 'LV',
					'Payment Method': 'Shopify Payments',
					'Refunded Amount': '0.00',
					'Outstanding Balance': '0.00',
					Id: String(5_000_000 + Number(id)),
					'Risk Level': 'Low',
					Source: 'web',
					'Payment ID': `c${id}.1`,
					'Payment References': `c${id}.1`
				}))
					f[at[column]] = value;
			}
			text += f.join(',') + '\n';
			rows++;
		}
		await write(text);
	}
	await new Promise((resolve) => stream.end(resolve));
	return { rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [plain, out = shopifyFile(plain)] = process.argv.slice(2);
	console.log(JSON.stringify(await writeShopifyShape(plain, out)));
}
