/**
 * Work that can wait until the page is quiet, such as a chart's keyboard and pointer targets
 * (hundreds of invisible buttons): each piece runs in an idle period long enough for it, one piece
 * per period and in the order asked, so that it neither delays the page's drawing (a page shown
 * section by section has only short gaps between frames) nor joins other such work in one long
 * task. A piece that has waited `maxWaitMs` runs at the next idle moment whatever its length.
 * Where the browser has no `requestIdleCallback` (Safari, jsdom), a piece runs after the next
 * paint, as before.
 */

/** An idle period at least this long (ms) means nothing is being drawn: Chromium gives up to 50 ms then. */
export const LONG_IDLE_MS = 30;
const MAX_WAIT_MS = 3000;

interface Job {
	run: () => void;
	cancelled: boolean;
	since: number;
}

const queue: Job[] = [];
let waiting = false;

/** Queues `run` for a quiet moment; returns a function that cancels it if it has not run yet. */
export function whenIdle(run: () => void): () => void {
	const job: Job = { run, cancelled: false, since: performance.now() };
	queue.push(job);
	schedule();
	return () => {
		job.cancelled = true;
	};
}

/** Pieces queued and neither run nor cancelled (tests wait for none). */
export function idleWorkPending(): number {
	return queue.filter((job) => !job.cancelled).length;
}

function next(): Job | undefined {
	while (queue.length && queue[0].cancelled) queue.shift();
	return queue[0];
}

function schedule(): void {
	const job = next();
	if (waiting || !job) return;
	waiting = true;
	if (typeof requestIdleCallback !== 'function') {
		requestAnimationFrame(() => setTimeout(() => runNext(), 0));
		return;
	}
	const step = (deadline: IdleDeadline) => {
		const head = next();
		const overdue = head !== undefined && performance.now() - head.since >= MAX_WAIT_MS;
		if (head && !overdue && !deadline.didTimeout && deadline.timeRemaining() < LONG_IDLE_MS) {
			requestIdleCallback(step, { timeout: Math.max(1, MAX_WAIT_MS - (performance.now() - head.since)) });
			return;
		}
		runNext();
	};
	requestIdleCallback(step, { timeout: MAX_WAIT_MS });
}

function runNext(): void {
	waiting = false;
	const job = next();
	if (job) {
		queue.shift();
		try {
			job.run();
		} finally {
			schedule();
		}
	}
}
