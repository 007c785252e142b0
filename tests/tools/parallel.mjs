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

const runs = scripts.map(
	(script) =>
		new Promise((resolve) => {
			const started = Date.now();
			const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
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
