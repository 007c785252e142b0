// The import's default analysis (`analyse` with DEFAULT_ANALYSIS_SETTINGS) in node, for A/B
// comparisons that the browser bench is too noisy for on a shared machine. Prints each run's wall
// and CPU time, the fastest, and fingerprints of the whole result (analysis and per-customer detail,
// with the default settings and a few others): equal fingerprints, equal results, byte for byte.
// usage: node tests/bench/analyse.mjs [--runs 5] [--file bench-data/orders-250000.csv]
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
		file: { type: 'string', default: join(ROOT, 'bench-data/orders-250000.csv') },
		'no-fingerprint': { type: 'boolean', default: false }
	}
});
const dir = mkdtempSync(join(tmpdir(), 'bench-analyse-'));
const out = join(dir, 'analyse-run.mjs');
try {
	await build({
		input: join(import.meta.dirname, 'analyse-run.ts'),
		platform: 'node',
		resolve: { alias: { $lib: join(ROOT, 'src/lib') } },
		output: { file: out, format: 'esm' },
		logLevel: 'silent'
	});
	const { importFile, timeAnalyse, fingerprints } = await import(pathToFileURL(out).href);
	const today = Math.floor(Date.now() / 86_400_000);
	const { columns, customerCount } = await importFile(new Uint8Array(readFileSync(options.file)), today);
	console.log(
		`analyse of ${options.file}: ${columns.count} orders, ${customerCount} customers, node ${process.version}`
	);
	let fastest = { ms: Infinity, cpuMs: Infinity };
	for (let run = 1; run <= Number(options.runs); run++) {
		const t = timeAnalyse(columns, customerCount);
		console.log(`  run ${run}: ${t.ms.toFixed(0)} ms (CPU ${t.cpuMs.toFixed(0)} ms)`);
		fastest = { ms: Math.min(fastest.ms, t.ms), cpuMs: Math.min(fastest.cpuMs, t.cpuMs) };
	}
	console.log(`  fastest: ${fastest.ms.toFixed(0)} ms (CPU ${fastest.cpuMs.toFixed(0)} ms)`);
	if (!options['no-fingerprint'])
		for (const [name, print] of Object.entries(fingerprints(columns, customerCount)))
			console.log(`  fingerprint ${name}: ${print}`);
} finally {
	rmSync(dir, { recursive: true, force: true });
}
