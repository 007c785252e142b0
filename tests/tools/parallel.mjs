// Runs npm scripts side by side and prints each one's output whole, in the order given, once it ends;
// fails when any of them fails. `npm run check` uses it: svelte-check, Prettier and ESLint each keep
// one core busy for most of their run, so together they take the time of the longest.
// usage: node tests/tools/parallel.mjs <script> [<script> …]
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
	console.error('usage: node tests/tools/parallel.mjs <npm script> [<npm script> …]');
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

const runs = scripts.map(
	(script) =>
		new Promise((resolve) => {
			const started = Date.now();
			const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], env });
			const output = [];
			child.stdout.on('data', (chunk) => output.push(chunk));
			child.stderr.on('data', (chunk) => output.push(chunk));
			child.on('close', (code) => resolve({ script, code, output, seconds: (Date.now() - started) / 1000 }));
		})
);

let failed = false;
for (const run of runs) {
	const { script, code, output, seconds } = await run;
	process.stdout.write(
		`\n> ${script} (${seconds.toFixed(1)} s): ${code === 0 ? 'passed' : `FAILED (exit ${code})`}\n`
	);
	process.stdout.write(Buffer.concat(output));
	if (code !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
