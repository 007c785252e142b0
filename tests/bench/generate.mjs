// Writes the benchmark's orders file with the project's deterministic synthetic-orders generator
// (src/lib/synthetic), loaded through Vite so the TypeScript module runs as it is.
// usage: node tests/bench/generate.mjs CUSTOMERS OUT.csv [SEED] [--attributes]
// --attributes adds channel, country, product and discount_code columns (a Shopify-like export, one
// product per order) drawn from a random stream of their own: the first four columns, and so every
// count and the model truth, are those of the plain file.
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createServer } from 'vite';
import { ROOT } from './browser.mjs';

/** bench-data/orders-250000.csv, or orders-250000-attributes.csv with the attribute columns. */
export function defaultOrdersFile(customers, attributes = false) {
	return `${ROOT}bench-data/orders-${customers}${attributes ? '-attributes' : ''}.csv`;
}

export async function generateOrders(customers, out, seed = 7, { attributes = false } = {}) {
	mkdirSync(dirname(out), { recursive: true });
	const vite = await createServer({
		root: ROOT,
		logLevel: 'error',
		server: { middlewareMode: true, hmr: false },
		appType: 'custom'
	});
	try {
		const { syntheticOrderCsv, SYNTHETIC_TRUTH } = await vite.ssrLoadModule('/src/lib/synthetic/orders.ts');
		const stream = createWriteStream(out);
		let rows = 0;
		for (const chunk of syntheticOrderCsv(customers, seed, undefined, { attributes })) {
			rows += chunk.split('\n').length - 1;
			if (!stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
		}
		await new Promise((resolve) => stream.end(resolve));
		return { customers, orders: rows - 1, seed, attributes, truth: SYNTHETIC_TRUTH, unit: 'days' };
	} finally {
		await vite.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const attributes = args.includes('--attributes');
	const [customers = '250000', out = defaultOrdersFile(customers, attributes), seed = '7'] = args.filter(
		(a) => a !== '--attributes'
	);
	if (existsSync(out)) console.error(`overwriting ${out}`);
	const summary = await generateOrders(Number(customers), out, Number(seed), { attributes });
	console.log(JSON.stringify(summary));
}
