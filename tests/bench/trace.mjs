// Attribution of main-thread long tasks: a Chromium performance trace of the bench run (timeline
// events and the V8 sampling profiler), then, for each task over the limit on a renderer's main
// thread, what ran inside it: the top-level events (script, style, layout, paint, GC) and the
// functions that took the time (self time from the profiler's samples, by function and source).
// usage: node tests/bench/bench.mjs --trace trace.json   (a build with `--minify false` names functions)
//        node tests/bench/trace.mjs trace.json [limitMs]
import { readFileSync } from 'node:fs';

export const TRACE_CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'v8.execute',
	'blink.user_timing',
	'disabled-by-default-v8.cpu_profiler',
	// The renderer's font lookups and its other synchronous calls to the browser (storage, fonts): a
	// task whose wall time is far above its CPU time was mostly waiting in them.
	'fonts',
	'mojom'
];

/**
 * Synchronous calls a renderer's main thread makes and then waits for: a font matched or its render
 * style fetched by the browser's font service, a character's fallback font, localStorage loaded.
 */
const WAITS = [
	'FontDataManager::onMatchFamilyStyle',
	'WebSandboxSupportLinux::GetWebFontRenderStyleForStrike',
	'WebSandboxSupportLinux::GetFallbackFontForCharacter',
	'StorageArea::GetAll',
	'ContentSettingsManager::AllowStorageAccess'
];

/**
 * The long tasks of every renderer main thread in a trace, each with its breakdown.
 * @param {{ traceEvents?: any[] } | any[]} trace
 * @param {number} limitMs
 */
export function longTasks(trace, limitMs = 50) {
	const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
	// The renderers of the site's pages (not Chromium's own WebUI renderers): those that ran its scripts.
	const sitePids = new Set(events.filter((e) => /^https?:/.test(String(e.args?.data?.url ?? ''))).map((e) => e.pid));
	const mainThreads = new Set(
		events
			.filter(
				(e) =>
					e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && sitePids.has(e.pid)
			)
			.map((e) => `${e.pid}:${e.tid}`)
	);
	const onMain = (e) => mainThreads.has(`${e.pid}:${e.tid}`);
	const tasks = events
		.filter((e) => onMain(e) && e.ph === 'X' && e.name === 'RunTask' && e.dur / 1000 > limitMs)
		// On a busy machine a task's wall time includes the time the thread waited for a core: its
		// CPU time (tdur) is what it would take on a quiet one.
		.sort((a, b) => a.ts - b.ts);
	const samples = profileSamples(events, mainThreads);
	const marks = events.filter(
		(e) => e.cat?.includes('blink.user_timing') && (e.ph === 'R' || e.ph === 'I' || e.ph === 'b')
	);
	return tasks.map((task) => {
		const end = task.ts + task.dur;
		const thread = `${task.pid}:${task.tid}`;
		const inside = events.filter(
			(e) =>
				e !== task &&
				e.ph === 'X' &&
				e.pid === task.pid &&
				e.tid === task.tid &&
				e.ts >= task.ts &&
				e.ts + (e.dur ?? 0) <= end
		);
		/** @type {Map<string, number>} */
		const byEvent = new Map();
		for (const e of inside) {
			if (
				![
					'FunctionCall',
					'EvaluateScript',
					'TimerFire',
					'FireAnimationFrame',
					'EventDispatch',
					'v8.callFunction',
					'RunMicrotasks',
					'UpdateLayoutTree',
					'Layout',
					'Paint',
					'PrePaint',
					'Layerize',
					'MajorGC',
					'MinorGC',
					'V8.GC_MC_BACKGROUND_MARKING',
					'ParseHTML',
					'HitTest',
					'CommitLoad',
					'v8.compile',
					'v8.compileModule',
					'V8.DeserializeContext'
				].includes(e.name)
			)
				continue;
			const detail = e.args?.data?.url
				? ` ${String(e.args.data.url).split('/').pop()}`
				: e.args?.data?.type
					? ` ${e.args.data.type}`
					: '';
			const key = `${e.name}${detail}`;
			byEvent.set(key, (byEvent.get(key) ?? 0) + e.dur / 1000);
		}
		/** @type {Map<string, number>} */
		const byFunction = new Map();
		/** @type {Map<string, number>} */
		const byStack = new Map();
		for (const s of samples.get(thread) ?? []) {
			if (s.ts < task.ts || s.ts > end) continue;
			byFunction.set(s.frame, (byFunction.get(s.frame) ?? 0) + s.ms);
			byStack.set(s.stack, (byStack.get(s.stack) ?? 0) + s.ms);
		}
		const top = (map, n) =>
			[...map.entries()]
				.sort((a, b) => b[1] - a[1])
				.slice(0, n)
				.map(([name, ms]) => ({ name, ms: Math.round(ms * 10) / 10 }));
		const mark = marks.filter((m) => m.ts <= task.ts).at(-1)?.name;
		/** @type {Map<string, { count: number, ms: number }>} */
		const byWait = new Map();
		for (const e of inside) {
			if (!WAITS.includes(e.name)) continue;
			const key = e.args?.family_name ? `${e.name} (${e.args.family_name})` : e.name;
			const wait = byWait.get(key) ?? { count: 0, ms: 0 };
			wait.count += 1;
			wait.ms += e.dur / 1000;
			byWait.set(key, wait);
		}
		const waits = [...byWait.entries()]
			.sort((a, b) => b[1].ms - a[1].ms)
			.map(([name, w]) => ({ name, count: w.count, ms: Math.round(w.ms * 10) / 10 }));
		return {
			startMs: Math.round((task.ts - (events.find((e) => e.ts > 0)?.ts ?? 0)) / 1000),
			durationMs: Math.round(task.dur / 1000),
			cpuMs: task.tdur === undefined ? null : Math.round(task.tdur / 1000),
			afterMark: mark ?? null,
			waits,
			events: top(byEvent, 8),
			selfTime: top(byFunction, 12),
			stacks: top(byStack, 5)
		};
	});
}

/**
 * The sampling profiler's samples per thread: time, the leaf frame and a short stack.
 * @param {any[]} events
 * @param {Set<string>} threads
 */
function profileSamples(events, threads) {
	/** @type {Map<string, { pid: number, tid: number, ts: number, nodes: Map<number, any> }>} */
	const profiles = new Map();
	/** @type {Map<string, { ts: number, frame: string, stack: string, ms: number }[]>} */
	const out = new Map();
	for (const e of events) {
		if (e.name === 'Profile' && e.args?.data?.startTime !== undefined) {
			profiles.set(`${e.pid}:${e.id}`, { pid: e.pid, tid: e.tid, ts: e.args.data.startTime, nodes: new Map() });
		}
		if (e.name !== 'ProfileChunk') continue;
		const profile = profiles.get(`${e.pid}:${e.id}`);
		if (!profile) continue;
		const thread = `${profile.pid}:${profile.tid}`;
		if (!threads.has(thread)) continue;
		const data = e.args?.data ?? {};
		for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
		const ids = data.cpuProfile?.samples ?? [];
		const deltas = data.timeDeltas ?? [];
		const list = out.get(thread) ?? [];
		out.set(thread, list);
		for (let i = 0; i < ids.length; i++) {
			const previous = profile.ts;
			profile.ts += deltas[i] ?? 0;
			const node = profile.nodes.get(ids[i]);
			if (!node) continue;
			const name = (n) => {
				const f = n.callFrame ?? {};
				const file = f.url ? String(f.url).split('/').pop() : '';
				return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${(f.lineNumber ?? 0) + 1}` : ''}`;
			};
			const chain = [];
			for (let n = node; n && chain.length < 6; n = profile.nodes.get(n.parent)) {
				if (!['(root)', '(program)'].includes(n.callFrame?.functionName)) chain.push(name(n));
			}
			list.push({
				ts: profile.ts,
				frame: name(node),
				stack: chain.join(' < '),
				ms: Math.max(0, profile.ts - previous) / 1000
			});
		}
	}
	return out;
}

/** @param {ReturnType<typeof longTasks>} tasks */
export function printLongTasks(tasks) {
	if (tasks.length === 0) console.log('no main-thread task over the limit in the trace');
	for (const t of tasks) {
		console.log(
			`\nlong task at ${t.startMs} ms into the trace: ${t.durationMs} ms${t.cpuMs === null ? '' : ` (CPU ${t.cpuMs} ms)`}${t.afterMark ? `, after mark ${t.afterMark}` : ''}`
		);
		if (t.waits.length) {
			const total = t.waits.reduce((sum, w) => sum + w.ms, 0);
			const calls = t.waits.reduce((sum, w) => sum + w.count, 0);
			console.log(`  waited ${total.toFixed(1).padStart(6)} ms  in ${calls} synchronous calls to the browser:`);
			for (const w of t.waits) console.log(`  wait   ${String(w.ms).padStart(7)} ms  ${w.count} × ${w.name}`);
		}
		for (const e of t.events) console.log(`  event  ${String(e.ms).padStart(7)} ms  ${e.name}`);
		for (const f of t.selfTime) console.log(`  self   ${String(f.ms).padStart(7)} ms  ${f.name}`);
		for (const s of t.stacks) console.log(`  stack  ${String(s.ms).padStart(7)} ms  ${s.name}`);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [path, limit] = process.argv.slice(2);
	printLongTasks(longTasks(JSON.parse(readFileSync(path, 'utf8')), Number(limit ?? 50)));
}
