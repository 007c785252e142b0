import { untrack } from 'svelte';
import type { AnalysisClient } from '$lib/workers/analysis-client';
import {
	DEFAULT_CLV_SETTINGS,
	type BootstrapOverview,
	type ClvColumn,
	type ClvOverview,
	type ClvSettings,
	type ClvTableQuery,
	type ClvTableRow,
	type HoldoutOverview
} from '$lib/analysis/clv-engine';
import type { TimeUnit } from '$lib/models';
import { readNumberInRange } from '$lib/metrics/number-input';
import { recordWorkerTimings } from '$lib/workers/measures';
import { transferablesOf } from '$lib/workers/transfer';
import { clvPrecomputeOf, takeHandedOffClv } from '$lib/workers/import-handoff';

export const PAGE_SIZE = 25;
/** The longest a handed fit's cache write waits for the page to say it has drawn the fit. */
const DRAWN_WAIT_MS = 5000;

/**
 * The predicted-CLV part of the Analysis page: model settings as typed, the fitted overview, the
 * customer table's query and current page, the bootstrap and the hold-out check. All computing
 * happens in the analysis worker; this class only asks and keeps the answers.
 */
export class ClvState {
	// The typed settings start from the engine's defaults (the worker caches fits by them).
	unit = $state<TimeUnit>(DEFAULT_CLV_SETTINGS.unit);
	horizonText = $state(String(DEFAULT_CLV_SETTINGS.horizonMonths));
	discountText = $state(String(DEFAULT_CLV_SETTINGS.annualDiscountRate * 100));
	marginText = $state(String(DEFAULT_CLV_SETTINGS.margin * 100));

	horizon = $derived(readNumberInRange(this.horizonText, '.', { min: 1, max: 120, integer: true }));
	discount = $derived(readNumberInRange(this.discountText, '.', { min: 0, max: 100 }));
	margin = $derived(readNumberInRange(this.marginText, '.', { min: 0.01, max: 100 }));
	settings = $derived.by((): ClvSettings | null =>
		this.horizon === null || this.discount === null || this.margin === null
			? null
			: {
					unit: this.unit,
					horizonMonths: this.horizon,
					annualDiscountRate: this.discount / 100,
					margin: this.margin / 100
				}
	);

	status = $state<'idle' | 'fitting' | 'ready' | 'failed'>('idle');
	failure = $state('');
	overview = $state.raw<ClvOverview | null>(null);

	sort = $state<ClvColumn>('clv');
	descending = $state(true);
	search = $state('');
	offset = $state(0);
	rows = $state.raw<ClvTableRow[]>([]);
	total = $state(0);

	bootstrapText = $state('100');
	bootstrapReplicates = $derived(readNumberInRange(this.bootstrapText, '.', { min: 10, max: 1000, integer: true }));
	bootstrapStatus = $state<'idle' | 'running' | 'done'>('idle');
	bootstrapProgress = $state({ done: 0, of: 0 });
	bootstrap = $state.raw<BootstrapOverview | null>(null);
	#bootstrapRequest: number | null = null;

	splitText = $state('');
	holdoutStatus = $state<'idle' | 'running' | 'done'>('idle');
	holdout = $state.raw<HoldoutOverview | null>(null);

	#latest = 0;
	#datasetId: number | null = null;
	#fitKey = '';
	/** The data set and version of the fit last asked for, for `retry()`. */
	#asked: { datasetId: number; version: number } | null = null;
	/** Whether the request under way may only read a cached fit, and a fit proper was asked meanwhile. */
	#cacheOnly = false;
	#fitAfterCache = false;
	readonly #client: () => AnalysisClient;

	constructor(client: () => AnalysisClient) {
		this.#client = client;
	}

	/** The analysis worker this state asks (also asked for the per-customer actions beside the fit). */
	get client(): AnalysisClient {
		return this.#client();
	}

	/**
	 * Starts the worker ahead of the fit (its code loads and compiles before the fit is asked of it:
	 * 0.1–0.2 s on a busy two-core machine). The page calls it once the sections above the CLV are
	 * drawn, not as it starts: on a two-core machine, with the import's helper fitting the models
	 * on the other core, the worker's start-up took the core the page draws with. A fit asked for
	 * before then (a cached one, read as soon as the data set is known) starts it at once.
	 * `datasetId`: the data set shown (see below).
	 */
	prepare(datasetId: number | null = null): void {
		if (typeof Worker !== 'function') return;
		const client = this.#client();
		// While an import in this tab fits the models (half a second or more at 250,000 customers), the
		// worker reads the customer ids the table's first page needs: read only once the fit was handed
		// over, they held up its answer (asked → answered 78-91 ms in the benchmark, 44-47 ms so).
		if (datasetId !== null && clvPrecomputeOf(datasetId)) void client.request({ type: 'readCustomers', datasetId });
	}

	/**
	 * Fits the models to a data set (`version` tells one stored copy from another, e.g. its
	 * creation time). Asking again for the fit already shown, under way, or failed does nothing: a
	 * failed fit is asked for again only by `retry()` (the user's "Try again"), or with other
	 * settings or another data set.
	 *
	 * `cachedOnly`: only show a fit the import (or an earlier visit) cached, which is cheap to read
	 * and so may be asked for as soon as the data set is known; when none is cached, nothing is
	 * fitted (the status goes back to idle) until the fit proper is asked for, or at once if it was
	 * asked for meanwhile. Either way, a fit the import is still computing is waited for first,
	 * rather than computed again beside it.
	 *
	 * Called from an effect, it makes the effect depend on nothing it reads (the status above all:
	 * an effect re-run by a failed reply would otherwise ask again, fail again, and so on).
	 */
	fit(datasetId: number, version: number, options: { cachedOnly?: boolean } = {}): Promise<void> {
		return untrack(() => this.#fit(datasetId, version, options.cachedOnly ?? false));
	}

	/** Asks again for the fit that failed (the user's "Try again"), computed, not read from the cache. */
	retry(): Promise<void> {
		const asked = this.#asked;
		if (!asked || untrack(() => this.status) !== 'failed') return Promise.resolve();
		this.#fitKey = '';
		return this.fit(asked.datasetId, asked.version);
	}

	async #fit(datasetId: number, version: number, cachedOnly: boolean): Promise<void> {
		const settings = this.settings;
		if (!settings) return;
		const key = JSON.stringify([datasetId, version, settings]);
		if (key === this.#fitKey) {
			if (!cachedOnly && this.#cacheOnly && this.status === 'fitting') this.#fitAfterCache = true;
			return;
		}
		this.#fitKey = key;
		this.#asked = { datasetId, version };
		this.#cacheOnly = cachedOnly;
		this.#fitAfterCache = false;
		const ticket = ++this.#latest;
		if (datasetId !== this.#datasetId) {
			// Another data set: nothing of the previous one may stay on screen.
			this.#datasetId = datasetId;
			this.overview = null;
			this.holdout = null;
			this.holdoutStatus = 'idle';
			this.rows = [];
			this.total = 0;
			this.search = '';
		}
		this.status = 'fitting';
		this.bootstrap = null;
		this.bootstrapStatus = 'idle';
		const precompute = clvPrecomputeOf(datasetId);
		if (precompute) {
			const waited = performance.now();
			await precompute;
			recordWorkerTimings({ 'clv:precompute waited': performance.now() - waited });
			if (ticket !== this.#latest) return;
		}
		const asked = performance.now();
		// The table's first page comes with the fit (its customer ids read beside the fit).
		const query = this.#query(0);
		const clv = $state.snapshot(settings) as ClvSettings;
		// The fit an import in this tab just made: given to the worker (which caches it), not read back.
		const handed = takeHandedOffClv(datasetId, version, clv);
		const stored = handed?.clv;
		const client = this.#client();
		// Its arrays (about 33 bytes a customer: 8 MB at 250,000) are moved to the worker, not copied on this thread.
		const asking = client.request(
			{
				type: 'fitClv',
				datasetId,
				clv,
				page: query,
				...(cachedOnly ? { cachedOnly } : {}),
				...(stored ? { stored } : {})
			},
			undefined,
			stored ? transferablesOf(stored) : []
		);
		// The fit the import handed over is cached by this page's worker once it has answered with it (a
		// write beside its taking it in would hold that up), and once the page has drawn and painted it
		// (issue 14): the write (it slices the arrays into parts, ~160 ms of the worker's CPU at 250,000
		// customers, and IndexedDB's work in the browser) took a core from the page as it drew the CLV
		// section, whose tasks then waited for one. Kept from the moment it is taken: a page left
		// meanwhile ends its worker only once both are done (the import's worker is gone).
		// The data set's fingerprints the import had still to read are read then too (see PendingFingerprints).
		if (handed) {
			const { fingerprints } = handed;
			const drawn = this.#waitForDrawn(asking);
			this.caching = drawn.then(async () => {
				const writing = performance.now();
				const reply = await client.request({ type: 'cacheHandedClv', datasetId, fingerprints });
				// For the benchmark and the tests: the fit is in the cache now (a reload reads it back).
				if (reply.type === 'clvCached' && reply.written)
					recordWorkerTimings({ 'clv:cache written': performance.now() - writing });
				return reply;
			});
		}
		const reply = await asking;
		if (ticket !== this.#latest) return;
		this.#cacheOnly = false;
		if (reply.type === 'clvFitted') {
			// For the benchmark: the fit asked → answered, and the worker's stages within it (none
			// when the fit was handed over by the import, or read from the cache).
			const t = reply.overview.timings;
			recordWorkerTimings(
				stored
					? { 'clv:asked→fitted': performance.now() - asked, 'clv:handed': reply.loadMs }
					: reply.cached
						? { 'clv:asked→fitted': performance.now() - asked, 'clv:cache read': reply.loadMs }
						: {
								'clv:asked→fitted': performance.now() - asked,
								'clv:load': reply.loadMs,
								'clv:bgnbd': t.bgnbd,
								'clv:gammaGamma': t.gammaGamma,
								'clv:rows': t.clv + t.ridge
							}
			);
			this.offset = 0;
			// The table is drawn with its first rows, not first empty ("no customers") until they come;
			// asked for again if the sort or search changed meanwhile.
			const current = JSON.stringify(this.#query(0)) === JSON.stringify(query);
			const page =
				reply.page && current ? reply.page : reply.overview.totals ? await this.#page(datasetId) : null;
			if (ticket !== this.#latest) return;
			this.overview = reply.overview;
			this.status = 'ready';
			if (page) {
				this.rows = page.rows;
				this.total = page.total;
			}
		} else if (cachedOnly && reply.type === 'failed' && reply.reason === 'noFit') {
			// Nothing cached: the fit proper is computed when asked for (or now, if it was meanwhile).
			this.status = 'idle';
			this.#fitKey = '';
			if (this.#fitAfterCache) await this.#fit(datasetId, version, false);
		} else {
			this.status = 'failed';
			this.failure = reply.type === 'failed' ? (reply.detail ?? reply.reason) : '';
		}
	}

	/**
	 * The cache write of the fit an import handed over (see `#fit`), while under way: the page's
	 * worker is ended only once it is done (else the next visit would fit the models again).
	 */
	caching: Promise<unknown> | null = null;

	/** The page is gone: a fit still under way (or waiting for the import's) shows and asks nothing more. */
	dispose(): void {
		this.#latest++;
		this.drawn();
	}

	#drawn: (() => void) | null = null;

	/**
	 * The page has drawn the fit and painted it (the CLV section calls this), or is gone: the cache
	 * write of a handed fit waiting for that goes ahead.
	 */
	drawn(): void {
		const resolve = this.#drawn;
		this.#drawn = null;
		resolve?.();
	}

	/**
	 * Resolves once `answered` has settled and `drawn()` was called (after the answer, or before it: a
	 * page left meanwhile), or a few seconds after the answer if the page never says it drew it (a fit
	 * that failed, say). The seconds count from the answer, not the question: a fit asked as soon as
	 * the data set is known may wait seconds for the import's.
	 */
	#waitForDrawn(answered: Promise<unknown>): Promise<void> {
		this.drawn();
		let timer: ReturnType<typeof setTimeout> | undefined;
		const drawn = new Promise<void>((resolve) => {
			const done = () => {
				clearTimeout(timer);
				if (this.#drawn === done) this.#drawn = null;
				resolve();
			};
			this.#drawn = done;
			void answered.then(
				() => (timer = setTimeout(done, DRAWN_WAIT_MS)),
				() => done()
			);
		});
		return answered.then(() => drawn);
	}

	async loadPage(datasetId: number): Promise<void> {
		const ticket = this.#latest;
		const page = await this.#page(datasetId);
		if (ticket !== this.#latest || !page) return;
		this.rows = page.rows;
		this.total = page.total;
	}

	#query(offset: number): ClvTableQuery {
		return { sort: this.sort, descending: this.descending, search: this.search, offset, limit: PAGE_SIZE };
	}

	/** The table's page for the current query, or null if the worker could not answer. */
	async #page(datasetId: number): Promise<{ rows: ClvTableRow[]; total: number } | null> {
		const asked = performance.now();
		const reply = await this.#client().request({ type: 'clvTable', datasetId, query: this.#query(this.offset) });
		if (reply.type !== 'clvRows') return null;
		recordWorkerTimings({ 'clv:page asked→answered': performance.now() - asked });
		return reply;
	}

	sortBy(column: ClvColumn, datasetId: number): void {
		if (this.sort === column) this.descending = !this.descending;
		else {
			this.sort = column;
			this.descending = column !== 'customer' && column !== 'segment';
		}
		this.offset = 0;
		void this.loadPage(datasetId);
	}

	async exportCsv(datasetId: number): Promise<string[] | null> {
		const reply = await this.#client().request({ type: 'clvCsv', datasetId });
		return reply.type === 'segmentCsv' ? reply.parts : null;
	}

	async runBootstrap(datasetId: number): Promise<void> {
		const replicates = this.bootstrapReplicates;
		if (replicates === null) return;
		this.bootstrapStatus = 'running';
		this.bootstrapProgress = { done: 0, of: replicates };
		const request = this.#client().request(
			{ type: 'bootstrap', datasetId, replicates },
			(done, of) => (this.bootstrapProgress = { done, of })
		);
		this.#bootstrapRequest = request.requestId;
		const reply = await request;
		this.#bootstrapRequest = null;
		if (reply.type === 'bootstrapped') {
			this.bootstrap = reply.overview;
			this.bootstrapStatus = 'done';
		} else {
			this.bootstrapStatus = 'idle';
		}
	}

	cancelBootstrap(datasetId: number): void {
		if (this.#bootstrapRequest !== null) this.#client().cancel(this.#bootstrapRequest, datasetId);
	}

	async runHoldout(datasetId: number, splitDay: number): Promise<void> {
		this.holdoutStatus = 'running';
		const reply = await this.#client().request({ type: 'holdout', datasetId, unit: this.unit, splitDay });
		if (reply.type === 'holdoutChecked') {
			this.holdout = reply.overview;
			this.holdoutStatus = 'done';
		} else {
			this.holdoutStatus = 'idle';
		}
	}
}
