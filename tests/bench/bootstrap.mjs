// npm run bench:bootstrap: SPEC §7's bootstrap figure — 100 replicates at about 4,300 customers
// (goal ≤ 10 s) and at 250,000 (goal ≤ 60 s) — in node, on the project's synthetic customers, and
// at 4,300 customers who never drop out (a fit at the a → 0 boundary, the shape of a year of a
// wholesaler's invoices). The TypeScript is bundled with rolldown (a dependency of vite) first.
// usage: node tests/bench/bootstrap.mjs [--runs 3] [--replicates 100] [--sizes 4300,250000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const { values: options } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		replicates: { type: 'string', default: '100' },
		sizes: { type: 'string', default: '4300,250000' }
	}
});
const dir = mkdtempSync(join(tmpdir(), 'bench-bootstrap-'));
const file = join(dir, 'bootstrap-run.mjs');
try {
	await build({
		input: join(import.meta.dirname, 'bootstrap-run.ts'),
		platform: 'node',
		output: { file, format: 'esm' },
		logLevel: 'silent'
	});
	const { bootstrapFigure } = await import(pathToFileURL(file).href);
	const replicates = Number(options.replicates);
	const cases = options.sizes
		.split(',')
		.map(Number)
		.flatMap((n) =>
			n <= 10_000
				? [
						[n, 'synthetic'],
						[n, 'no-dropout']
					]
				: [[n, 'synthetic']]
		);
	const money = (v) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-GB') : String(v));
	console.log(
		`\nRetention Lab bootstrap benchmark (node ${process.version}, this machine, ${replicates} replicates)`
	);
	for (const [size, data] of cases) {
		const goal = size <= 10_000 ? 10 : 60;
		for (let run = 1; run <= Number(options.runs); run++) {
			const f = bootstrapFigure(size, replicates, data);
			console.log(
				`  ${data.padEnd(10)} ${f.customers.toLocaleString('en-GB').padStart(7)} customers, run ${run}: ` +
					`bootstrap ${f.bootstrapSeconds.toFixed(2)} s [goal ≤ ${goal}] (CPU ${f.bootstrapCpuSeconds.toFixed(2)} s; ` +
					`fit ${f.fitSeconds.toFixed(2)} s); ` +
					`${f.replicates} replicates, ${f.failedFits} dropped, ${f.noDropoutFits} at a = 0, ${f.unboundedSpend} with q ≤ 1; ` +
					`total ${money(f.estimate)}, 90 % range ${money(f.low)} – ${money(f.high)}`
			);
		}
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
