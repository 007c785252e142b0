/**
 * A worker's phase times, recorded on the page as performance measures that end now, for the
 * benchmark to read (`performance.getEntriesByName`). Nothing on the page shows them.
 */
export function recordWorkerTimings(timings: Readonly<Record<string, number>>): void {
	if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
	const end = performance.now();
	for (const [name, duration] of Object.entries(timings)) {
		if (!(duration >= 0)) continue;
		performance.measure(name, { start: Math.max(0, end - duration), duration: Math.min(duration, end) });
	}
}
