// The analysis worker's CLV fit in node, stage by stage (see clv-run.ts), for A/B comparisons that
// the browser bench is too noisy for on a shared machine.
// usage: node tests/bench/clv.mjs [--runs 5] [--file bench-data/orders-250000.csv]
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
const dir = mkdtempSync(join(tmpdir(), 'bench-clv-'));
const out = join(dir, 'clv-run.mjs');
try {
	await build({
		input: join(import.meta.dirname, 'clv-run.ts'),
		platform: 'node',
		resolve: { alias: { $lib: join(ROOT, 'src/lib') } },
		output: { file: out, format: 'esm' },
		logLevel: 'silent'
	});
	const { importFile, clvStages } = await import(pathToFileURL(out).href);
	const today = Math.floor(Date.now() / 86_400_000);
	const { columns, customers } = await importFile(new Uint8Array(readFileSync(options.file)), today);
	console.log(
		`CLV fit of ${options.file}: ${columns.count} orders, ${customers.length} customers, node ${process.version}`
	);
	for (let run = 1; run <= Number(options.runs); run++) {
		const f = clvStages(columns, customers.length, customers);
		const total = Object.entries(f.t)
			.filter(([k]) => !k.startsWith(' '))
			.reduce((s, [, v]) => s + v, 0);
		console.log(
			`  run ${run}: total ${total.toFixed(0)} ms; ` +
				Object.entries(f.t)
					.map(([k, v]) => `${k.trim()} ${v.toFixed(0)}`)
					.join(', ') +
				`; fingerprint ${f.fingerprint.length} chars, CLV ${f.clvSum}`
		);
		if (run === 1) console.log(`  fit: ${f.fingerprint}`);
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
