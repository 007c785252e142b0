// `npm run bench -- --runs 3`: the whole bench run that many times, one after another, each in a
// process and browser of its own, then every SPEC §7 goal with each run's figure, their median and
// how many runs met it. The goals are meant to hold run after run, not in a lucky one: on a shared
// 2-core machine one run's figures move by a fifth with what the host does meanwhile.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs bench.mjs `runs` times with `args` (less `--runs`), each writing its figures to a file of its
 * own (`--figures-json`), and prints their summary. Returns the exit status (1 when a run failed).
 * @param {string} script bench.mjs
 * @param {string[]} args
 * @param {number} runs
 */
export function benchRuns(script, args, runs) {
	const dir = mkdtempSync(join(tmpdir(), 'bench-runs-'));
	const results = [];
	try {
		for (let run = 1; run <= runs; run++) {
			console.log(`\n=== bench run ${run} of ${runs} ===`);
			const out = join(dir, `run-${run}.json`);
			const child = spawnSync(process.execPath, [script, ...args, '--figures-json', out], { stdio: 'inherit' });
			if (child.status !== 0) {
				console.error(`bench run ${run} failed (exit ${child.status ?? child.signal}): no summary`);
				return 1;
			}
			results.push(JSON.parse(readFileSync(out, 'utf8')));
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	printSummary(results);
	return 0;
}

/** The middle value (the mean of the two middle ones for an even count); NaN when there is none. */
export function median(values) {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The rows of the summary: a figure of every run, and for a goal its limit as the runs judged by it
 * (figures at or under it meet it; null: a figure with no goal of its own). `figures` are the runs'
 * `--figures-json` objects.
 */
export function summaryRows(figures) {
	const limits = figures[0]?.limits ?? {};
	const row = (label, key, digits) => ({
		label,
		values: figures.map((f) => f[key]),
		limit: limits[key] ?? null,
		digits
	});
	return [
		row('file chosen → KPIs, cohorts and segments on screen / peer', 'allRatio', 2),
		row('file chosen → CLV table on screen / peer', 'clvRatio', 2),
		row('  pandas + scipy peer (s)', 'peerSeconds', 2),
		row('  file chosen → KPIs, cohorts and segments on screen (s)', 'allSeconds', 2),
		row('  file chosen → CLV table on screen (s)', 'clvSeconds', 2),
		row('reopen page → KPIs (s)', 'reopenSeconds', 2),
		row('longest main-thread task (ms; 0: none over 50 ms)', 'longestTaskMs', 0),
		row('peak tab memory: the tab’s renderer (MB)', 'tabMb', 0),
		row('peak tab memory: all renderers summed (MB)', 'summedMb', 0),
		row('first page JavaScript (KB gzip)', 'firstPageKb', 1),
		row('  fresh memory: 256 MB touched by Node (ms; the host’s state)', 'freshMemoryMs', 0),
		row('  load average at the start (the host’s state)', 'loadAtStart', 2)
	];
}

function printSummary(figures) {
	const runs = figures.length;
	const first = figures[0];
	console.log(`\nSummary of ${runs} runs on ${first.machine}`);
	console.log(`  file ${first.file}`);
	const cell = (v, digits) => (Number.isFinite(v) ? v.toFixed(digits) : 'n/a').padStart(7);
	const header = [...figures.map((_, i) => `run ${i + 1}`), 'median'].map((h) => h.padStart(7)).join(' ');
	console.log(`  ${'figure'.padEnd(62)} ${header}   goal     met in`);
	for (const row of summaryRows(figures)) {
		const values = [...row.values, median(row.values)].map((v) => cell(v, row.digits)).join(' ');
		const measured = row.values.filter((v) => Number.isFinite(v));
		const met =
			row.limit === null
				? ''
				: measured.length === 0
					? 'not measured'
					: `${measured.filter((v) => v <= row.limit).length} of ${runs}`;
		const limit = row.limit === null ? '' : `≤ ${row.limit}`;
		console.log(`  ${row.label.padEnd(62)} ${values}   ${limit.padEnd(8)} ${met}`);
	}
}
