// Checks the README's DuckDB query for the per-customer summary against the app itself: the query
// (read from README.md, so the two cannot drift) runs in DuckDB over an orders fixture, and the app
// imports the same file (its import pipeline, through Vite) and builds its own summary
// (buildCustomerSummary, unit days). Every customer's frequency, recency and T must be equal and its
// monetary value equal to 1e-9 (relative). The hand-computed tests/fixtures/warehouse/summary.csv
// must equal the query's output too.
//
// DuckDB's Node package is not a dev dependency (about 70 MB):
//   npm install --no-save @duckdb/node-api        (or DUCKDB_NODE_API=/path/to/node_modules/@duckdb/node-api)
//   node tests/reference/warehouse-summary.mjs [--write]
// --write rewrites tests/fixtures/warehouse/synthetic-orders.csv (the project's generator, 1,000
// customers, seed 11) and synthetic-summary.csv (the query's output), which the unit tests import.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';

const ROOT = new URL('../..', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'tests/fixtures/warehouse');
const { values: options } = parseArgs({ options: { write: { type: 'boolean', default: false } } });

/** The README's DuckDB query: the ```sql block that starts with `-- DuckDB`. */
export function duckdbQuery(readme = readFileSync(join(ROOT, 'README.md'), 'utf8')) {
	const match = /```sql\n-- DuckDB\n([\s\S]*?)```/.exec(readme);
	if (!match) throw new Error('README.md has no ```sql block starting with "-- DuckDB"');
	return match[1].trim().replace(/;\s*$/, '');
}

async function loadDuckdb() {
	const where = process.env.DUCKDB_NODE_API ?? '@duckdb/node-api';
	try {
		return await import(where.startsWith('/') ? join(where, 'lib/index.js') : where);
	} catch (error) {
		console.error(
			`DuckDB is not installed (${error.message.split('\n')[0]}):\n  npm install --no-save @duckdb/node-api\n` +
				'or point DUCKDB_NODE_API at an installed copy of @duckdb/node-api.'
		);
		process.exit(2);
	}
}

const csvLine = (values) => values.map((v) => String(v)).join(',');

async function main() {
	const { DuckDBInstance } = await loadDuckdb();
	const connection = await (await DuckDBInstance.create(':memory:')).connect();
	const vite = await createServer({
		root: ROOT,
		logLevel: 'error',
		server: { middlewareMode: true, hmr: false },
		appType: 'custom'
	});
	let failures = 0;
	try {
		const { runImport } = await vite.ssrLoadModule('/src/lib/orders/pipeline.ts');
		const { inspectSample } = await vite.ssrLoadModule('/src/lib/orders/inspect.ts');
		const { sampleOf, sourceOf } = await vite.ssrLoadModule('/src/lib/orders/test-support.ts');
		const { buildCustomerSummary } = await vite.ssrLoadModule('/src/lib/models/summary.ts');

		if (options.write) {
			const { syntheticOrderCsv } = await vite.ssrLoadModule('/src/lib/synthetic/orders.ts');
			writeFileSync(join(FIXTURES, 'synthetic-orders.csv'), [...syntheticOrderCsv(1000, 11)].join(''));
		}

		/** The query's rows over an orders CSV (order_id, customer_id, order_date, amount or total). */
		async function viaSql(file) {
			const header = readFileSync(file, 'utf8').split('\n', 1)[0].split(',');
			const amount = header.includes('amount') ? 'amount' : 'total';
			await connection.run(
				`CREATE OR REPLACE VIEW orders AS SELECT customer_id, order_date, ${amount} AS amount
				 FROM read_csv('${file.replace(/'/g, "''")}', header = true,
				   columns = {'order_id': 'VARCHAR', 'customer_id': 'VARCHAR', 'order_date': 'DATE', '${amount}': 'DECIMAL(18,2)'})`
			);
			const reader = await connection.runAndReadAll(duckdbQuery());
			return reader.getRowObjectsJS().map((r) => ({
				customer_id: String(r.customer_id),
				frequency: Number(r.frequency),
				recency: Number(r.recency),
				T: Number(r.T),
				monetary_value: Number(r.monetary_value)
			}));
		}

		/** The app's own summary: the file imported as the Data page would, then buildCustomerSummary in days. */
		async function viaApp(file) {
			const bytes = new Uint8Array(readFileSync(file));
			const { plan } = inspectSample(sampleOf(file, bytes));
			const result = await runImport([sourceOf(bytes, plan, 1 << 16)], { today: 40_000 });
			if (result.kind !== 'orders') throw new Error(`${file} was not read as orders`);
			const s = buildCustomerSummary(result.columns, result.customers.length, { unit: 'day' });
			return Array.from({ length: s.count }, (_, i) => ({
				customer_id: result.customers[s.customer[i]],
				frequency: s.x[i],
				recency: s.tx[i],
				T: s.T[i],
				monetary_value: s.monetary[i]
			}));
		}

		function compare(label, expected, actual) {
			const byId = new Map(actual.map((r) => [r.customer_id, r]));
			const problems = [];
			if (actual.length !== expected.length) problems.push(`${actual.length} rows, expected ${expected.length}`);
			for (const e of expected) {
				const a = byId.get(e.customer_id);
				if (!a) {
					problems.push(`${e.customer_id}: missing`);
					continue;
				}
				for (const key of ['frequency', 'recency', 'T']) {
					if (a[key] !== e[key]) problems.push(`${e.customer_id}: ${key} ${a[key]}, expected ${e[key]}`);
				}
				const m = e.monetary_value;
				if (!(Math.abs(a.monetary_value - m) <= 1e-9 * Math.max(1, Math.abs(m))))
					problems.push(`${e.customer_id}: monetary_value ${a.monetary_value}, expected ${m}`);
			}
			failures += problems.length > 0 ? 1 : 0;
			console.log(
				`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${label}: ${expected.length} customers` +
					(problems.length ? `\n  ${problems.slice(0, 10).join('\n  ')}` : '')
			);
		}

		const readSummary = (file) =>
			readFileSync(file, 'utf8')
				.trim()
				.split('\n')
				.slice(1)
				.map((line) => {
					const [customer_id, frequency, recency, T, monetary_value] = line.split(',');
					return {
						customer_id,
						frequency: Number(frequency),
						recency: Number(recency),
						T: Number(T),
						monetary_value: Number(monetary_value)
					};
				});

		for (const name of ['orders.csv', 'synthetic-orders.csv']) {
			const file = join(FIXTURES, name);
			if (!existsSync(file)) {
				console.log(`skip ${name}: missing (node tests/reference/warehouse-summary.mjs --write makes it)`);
				continue;
			}
			const sql = await viaSql(file);
			compare(`README DuckDB query vs the app's own summary, ${name}`, await viaApp(file), sql);
			if (name === 'orders.csv') {
				compare(
					'README DuckDB query vs the hand-computed summary.csv',
					readSummary(join(FIXTURES, 'summary.csv')),
					sql
				);
			} else if (options.write) {
				const lines = ['customer_id,frequency,recency,T,monetary_value'];
				for (const r of sql)
					lines.push(csvLine([r.customer_id, r.frequency, r.recency, r.T, r.monetary_value]));
				writeFileSync(join(FIXTURES, 'synthetic-summary.csv'), lines.join('\n') + '\n');
				console.log(`wrote synthetic-summary.csv (${sql.length} customers)`);
			} else if (existsSync(join(FIXTURES, 'synthetic-summary.csv'))) {
				compare(
					'README DuckDB query vs synthetic-summary.csv',
					readSummary(join(FIXTURES, 'synthetic-summary.csv')),
					sql
				);
			}
		}
	} finally {
		await vite.close();
		connection.closeSync?.();
	}
	process.exit(failures === 0 ? 0 : 1);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
