// Runs npm scripts side by side and fails when any of them fails. Each one's output is printed whole,
// in the order given, once it ends, except a script marked `live:`, whose output streams as it comes.
// A script marked `idle:` runs at the lowest CPU priority: it takes only the time the others leave
// idle, for checks with no time limits (type check, Prettier, ESLint) run beside tests that have them.
// `npm run check` runs its three checks side by side: each keeps one core busy for most of its run.
// usage: node tests/tools/parallel.mjs [live:|idle:]<script> [[live:|idle:]<script> …]
import { spawn } from 'node:child_process';
import { constants, setPriority } from 'node:os';

const scripts = process.argv.slice(2).map((arg) => {
	const [, mark, script] = /^(?:(live|idle):)?(.+)$/.exec(arg) ?? [];
	return { script, live: mark === 'live', idle: mark === 'idle' };
});
if (scripts.length === 0) {
	console.error('usage: node tests/tools/parallel.mjs [live:|idle:]<npm script> [[live:|idle:]<npm script> …]');
	process.exit(2);
}

const runs = scripts.map(
	({ script, live, idle }) =>
		new Promise((resolve) => {
			const started = Date.now();
			const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
			// Set before npm starts the script: the processes it starts inherit the priority.
			if (idle && child.pid !== undefined) setPriority(child.pid, constants.priority.PRIORITY_LOW);
			const output = [];
			const keep = (chunk) => (live ? process.stdout.write(chunk) : output.push(chunk));
			child.stdout.on('data', keep);
			child.stderr.on('data', keep);
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
