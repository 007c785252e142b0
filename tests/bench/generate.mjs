// Writes the benchmark's orders file with the project's deterministic synthetic-orders generator
// (src/lib/synthetic), loaded through Vite so the TypeScript module runs as it is.
// usage: node tests/bench/generate.mjs CUSTOMERS OUT.csv [SEED]
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createServer } from 'vite';
import { ROOT } from './browser.mjs';

export async function generateOrders(customers, out, seed = 7) {
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
		for (const chunk of syntheticOrderCsv(customers, seed)) {
			rows += chunk.split('\n').length - 1;
			if (!stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
		}
		await new Promise((resolve) => stream.end(resolve));
		return { customers, orders: rows - 1, seed, truth: SYNTHETIC_TRUTH, unit: 'days' };
	} finally {
		await vite.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [customers = '250000', out = `${ROOT}bench-data/orders-${customers}.csv`, seed = '7'] = process.argv.slice(2);
	if (existsSync(out)) console.error(`overwriting ${out}`);
	const summary = await generateOrders(Number(customers), out, Number(seed));
	console.log(JSON.stringify(summary));
}
