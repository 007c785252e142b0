/**
 * The browser's locale data, loaded off the page's thread. The first Intl formatter a renderer
 * process builds loads that data (16–33 ms for the first number formatter on a two-core machine,
 * 50 ms and more while other work shares the cores: the Data page's longest task before a file is
 * chosen); the data is cached for the whole process, so once a worker of the page has built
 * formatters of a language, the page builds its own in under a millisecond (measured: 0.1–1 ms).
 */

/** Builds (and uses once) the number and date formatters the pages build first, in each language. */
export function warmFormatters(tags: readonly string[]): void {
	for (const tag of tags) {
		try {
			new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(1);
			new Intl.NumberFormat(tag, { style: 'percent' }).format(0.5);
			new Intl.DateTimeFormat(tag, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(
				0
			);
		} catch {
			// (A tag the browser does not know: nothing to warm.)
		}
	}
}

/** The worker answering once warm, or null where none can be started (tests, an old browser). */
type Starter = () => Worker | null;

const startWorker: Starter = () =>
	typeof Worker === 'function'
		? new Worker(new URL('./analysis-intl.worker.ts', import.meta.url), { type: 'module' })
		: null;

/**
 * Has a worker load the locale data of `tags`, then calls `then` (on this thread: building the
 * page's own formatters now costs next to nothing). `then` is called whatever happens: at once
 * where no worker can be started, when the worker fails, or after `timeoutMs` at most. Returns a
 * function that cancels it (the worker is ended, `then` not called).
 */
export function warmIntl(
	tags: readonly string[],
	then: () => void,
	{ timeoutMs = 2000, start = startWorker }: { timeoutMs?: number; start?: Starter } = {}
): () => void {
	let done = false;
	let worker: Worker | null = null;
	const finish = (call: boolean) => {
		if (done) return;
		done = true;
		clearTimeout(timer);
		worker?.terminate();
		if (call) then();
	};
	const timer = setTimeout(() => finish(true), timeoutMs);
	try {
		worker = start();
	} catch {
		worker = null;
	}
	if (!worker) {
		finish(true);
		return () => {};
	}
	worker.onmessage = () => finish(true);
	worker.onerror = (event) => {
		event.preventDefault();
		finish(true);
	};
	worker.postMessage([...tags]);
	return () => finish(false);
}
