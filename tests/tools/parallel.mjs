// Runs npm scripts side by side and prints each one's output whole once it ends; fails when any of
// them fails. An argument of scripts joined by "+" is a lane: its scripts run one after another,
// beside the other lanes.
//
// Lanes, not one process per script: on two cores, five CPU-bound processes side by side (the
// type check, Prettier, ESLint, the build and Vitest) took 321 CPU-s and 177 s, against 252 CPU-s
// one at a time; the switching between them and their caches evicting each other cost the rest.
// Two lanes keep both cores busy without it.
//
// Scripts after `--then` run once every lane has ended, one after another: the end-to-end tests,
// which need the build of one lane and use both cores themselves, so have the machine to themselves.
// Before, they followed the build and the unit tests in one lane: the build now runs in the other
// lane, beside the unit tests, whose threads wait at times (the import worker's timers), and no
// longer holds back the start of the end-to-end tests (about 22 s).
//
// `npm test` runs the type check second in its lane, after the e2e lint, not first: every process
// that loads SvelteKit's Vite plugin (Vitest's four projects as they start, in the other lane) syncs
// `.svelte-kit/types`, which deletes the root route's `$types.d.ts` and writes it again, and
// svelte-check reading the types in that moment failed a clean CI run ("File
// '.svelte-kit/types/src/routes/$types.d.ts' not found"). By then Vitest has started, and the build,
// which syncs too, comes after the check in the same lane.
// usage: node tests/tools/parallel.mjs <script>[+<script>…] [<script>[+<script>…] …] [--then <script>[+<script>…]]
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
const thenAt = args.includes('--then') ? args.indexOf('--then') : args.length;
const lanes = args.slice(0, thenAt).map((lane) => lane.split('+').filter(Boolean));
const then = args.slice(thenAt + 1).flatMap((lane) => lane.split('+').filter(Boolean));
if (lanes.length === 0 || lanes.some((lane) => lane.length === 0) || (thenAt < args.length && then.length === 0)) {
	console.error(
		'usage: node tests/tools/parallel.mjs <npm script>[+<npm script>…] [<npm script>[+<npm script>…] …] [--then <npm script>[+<npm script>…]]'
	);
	process.exit(2);
}

// One version name for every script of the run. SvelteKit names its start-up global after the
// version (`__sveltekit_<hash>`), which defaults to the time its config is loaded, and every process
// that loads the Vite plugin (the build, and each Vitest project) rewrites
// .svelte-kit/generated/server/internal.js with its own. Beside the build, Vitest's rewrite could
// land between the build's client and server halves: the prerendered pages then named one global
// and the scripts read another, and no page of the build started (stop 38's CI: 146 e2e tests
// failed). With one name every rewrite is the same text, which SvelteKit does not write again.
const env = { ...process.env, RETENTION_LAB_VERSION: process.env.RETENTION_LAB_VERSION || String(Date.now()) };

/** Runs one npm script; resolves with its output once it ends. */
function run(script) {
	return new Promise((resolve) => {
		const started = Date.now();
		const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], env });
		const output = [];
		child.stdout.on('data', (chunk) => output.push(chunk));
		child.stderr.on('data', (chunk) => output.push(chunk));
		child.on('close', (code) => resolve({ script, code, output, seconds: (Date.now() - started) / 1000 }));
	});
}

let failed = false;

/** Prints a script's output whole, under a line saying how it went (a long run is read easily). */
function report({ script, code, output, seconds }) {
	process.stdout.write(
		`\n> ${script} (${seconds.toFixed(1)} s): ${code === 0 ? 'passed' : `FAILED (exit ${code})`}\n`
	);
	process.stdout.write(Buffer.concat(output));
	if (code !== 0) failed = true;
}

/**
 * A lane's scripts one after another, each printed as it ends (each runs even when one before it
 * failed: every failure is shown).
 */
async function runLane(lane) {
	for (const script of lane) report(await run(script));
}

await Promise.all(lanes.map(runLane));
await runLane(then);
process.exit(failed ? 1 : 0);
