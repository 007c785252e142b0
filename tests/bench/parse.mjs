// The import's parse in node (no browser, no other work in the run): for A/B comparisons of the
// accumulator's per-row cost, which the browser bench's figures are too noisy for on a shared
// machine. Prints, per run, the time to split the rows alone, the whole import, the accumulator
// alone on rows split beforehand (the fastest of three), and a
// fingerprint of the whole result (the same fingerprint: the same columns, strings, dimensions,
// line items and report).
// usage: node tests/bench/parse.mjs [--runs 5] [--file bench-data/orders-250000.csv]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';
import { ROOT } from './browser.mjs';

const { values: options } = parseArgs({
	options: {
		runs: { type: 'string', default: '5' },
		file: { type: 'string', default: join(ROOT, 'bench-data/orders-250000.csv') }
	}
});
const dir = mkdtempSync(join(tmpdir(), 'bench-parse-'));
const out = join(dir, 'parse-run.mjs');
try {
	await build({
		input: join(import.meta.dirname, 'parse-run.ts'),
		platform: 'node',
		resolve: { alias: { $lib: join(ROOT, 'src/lib') } },
		output: { file: out, format: 'esm' },
		logLevel: 'silent'
	});
	const { parseFigure } = await import(pathToFileURL(out).href);
	const bytes = new Uint8Array(readFileSync(options.file));
	const today = Math.floor(Date.now() / 86_400_000);
	console.log(`parse of ${options.file} (${(bytes.length / 2 ** 20).toFixed(1)} MB), node ${process.version}`);
	for (let run = 1; run <= Number(options.runs); run++) {
		const f = await parseFigure(bytes, today);
		console.log(
			`  run ${run}: rows only ${f.rowsSeconds.toFixed(3)} s (CPU ${f.rowsCpuSeconds.toFixed(3)} s), ` +
				`import ${f.importSeconds.toFixed(3)} s (CPU ${f.importCpuSeconds.toFixed(3)} s) ` +
				`(accumulator alone ${f.accumulatorSeconds.toFixed(3)} s, CPU ${f.accumulatorCpuSeconds.toFixed(3)} s); ` +
				`${f.rows} rows, ${f.orders} orders, ` +
				`${f.customers} customers, revenue ${f.revenue}, dimensions: ${f.dimensions || 'none'}, ` +
				`fingerprint ${f.fingerprint}`
		);
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
