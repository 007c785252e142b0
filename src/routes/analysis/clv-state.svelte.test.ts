import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import type { AnalysisClient } from '$lib/workers/analysis-client';
import { clvOverview, clvTable, DEFAULT_CLV_SETTINGS, fitFromOrders, type ClvSettings } from '$lib/analysis/clv-engine';
import { syntheticOrderColumns } from '$lib/synthetic/orders';
import type { StoredClv } from '$lib/analysis/clv-cache';
import { handOffClv, noteClvPrecompute, takeHandedOffClv } from '$lib/workers/import-handoff';
import { ClvState } from './clv-state.svelte';

/** A client answering from a real fit; the table's pages wait until `release` is called. */
function fittedClient() {
	const { orders, customerCount } = syntheticOrderColumns(400);
	const run = fitFromOrders(orders, customerCount, DEFAULT_CLV_SETTINGS);
	const names = Array.from({ length: customerCount }, (_, i) => `c${i}`);
	const waiting: (() => void)[] = [];
	const asked: string[] = [];
	const client = {
		request(message: { type: string; clv?: ClvSettings; query?: Parameters<typeof clvTable>[3] }) {
			asked.push(message.type);
			const reply =
				message.type === 'fitClv'
					? Promise.resolve({
							type: 'clvFitted',
							requestId: 1,
							// The overview says which settings it was asked with.
							overview: { ...clvOverview(run, null), settings: message.clv },
							loadMs: 0
						})
					: new Promise((resolve) =>
							waiting.push(() =>
								resolve({
									type: 'clvRows',
									requestId: 2,
									...clvTable(run, names, null, message.query!)
								})
							)
						);
			return Object.assign(reply, { requestId: asked.length });
		}
	} as unknown as AnalysisClient;
	const release = () => waiting.splice(0).forEach((answer) => answer());
	return { client, asked, release };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ClvState', () => {
	it('starts its worker when the page has drawn the sections above (prepare), not when it is made', () => {
		// (As in a browser: a worker can be started.)
		vi.stubGlobal('Worker', class {});
		try {
			const { client } = fittedClient();
			const factory = vi.fn(() => client);
			const clv = new ClvState(factory);
			expect(factory).not.toHaveBeenCalled();
			clv.prepare();
			expect(factory).toHaveBeenCalledTimes(1);
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('has its worker read the customer ids ahead while the import in this tab fits the models, not otherwise', async () => {
		vi.stubGlobal('Worker', class {});
		try {
			const { client, asked } = fittedClient();
			const clv = new ClvState(() => client);
			clv.prepare(7);
			expect(asked).toEqual([]);
			let fitDone = () => {};
			noteClvPrecompute(7, new Promise<void>((resolve) => (fitDone = resolve)));
			clv.prepare(7);
			expect(asked).toEqual(['readCustomers']);
			// Another data set's ids are not read: its fit is not under way.
			clv.prepare(8);
			expect(asked).toEqual(['readCustomers']);
			fitDone();
			await settled();
			clv.prepare(7);
			expect(asked).toEqual(['readCustomers']);
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('shows the fit with its table’s first rows, not the fit with an empty table first', async () => {
		const { client, asked, release } = fittedClient();
		const clv = new ClvState(() => client);
		const fitted = clv.fit(1, 1);
		await settled();
		expect(asked).toEqual(['fitClv', 'clvTable']);
		expect(clv.status).toBe('fitting');
		expect(clv.overview).toBeNull();
		expect(clv.rows).toEqual([]);
		release();
		await fitted;
		expect(clv.status).toBe('ready');
		expect(clv.overview?.totals).not.toBeNull();
		expect(clv.rows).toHaveLength(25);
		expect(clv.total).toBe(clv.overview!.customers);
		// Sorted by CLV, highest first.
		expect(clv.rows[0].clv).toBeGreaterThanOrEqual(clv.rows[24].clv);
	});

	it('keeps to the latest fit asked for when an earlier one’s page comes late', async () => {
		const { client, release } = fittedClient();
		const clv = new ClvState(() => client);
		const first = clv.fit(1, 1);
		await settled();
		clv.horizonText = '24';
		const second = clv.fit(1, 1);
		await settled();
		release();
		await Promise.all([first, second]);
		expect(clv.overview?.settings.horizonMonths).toBe(24);
		expect(clv.status).toBe('ready');
		expect(clv.rows).toHaveLength(25);
	});

	describe('with the import’s precomputed fit', () => {
		/** A worker whose cache holds the default fit when `cached` is true; every fitClv message kept. */
		function cachingClient(cached: boolean, withPage = false) {
			const { orders, customerCount } = syntheticOrderColumns(300);
			const run = fitFromOrders(orders, customerCount, DEFAULT_CLV_SETTINGS);
			const names = Array.from({ length: customerCount }, (_, i) => `c${i}`);
			const fits: { cachedOnly?: boolean; stored?: unknown }[] = [];
			const asked: { type: string; page?: Parameters<typeof clvTable>[3]; fingerprints?: unknown }[] = [];
			let requestId = 0;
			const client = {
				request(message: {
					type: string;
					cachedOnly?: boolean;
					stored?: unknown;
					query?: Parameters<typeof clvTable>[3];
					page?: Parameters<typeof clvTable>[3];
					fingerprints?: unknown;
				}) {
					requestId++;
					asked.push({
						type: message.type,
						...(message.page ? { page: message.page } : {}),
						...(message.fingerprints ? { fingerprints: message.fingerprints } : {})
					});
					let reply: unknown;
					if (message.type === 'fitClv') {
						fits.push({
							...(message.cachedOnly === undefined ? {} : { cachedOnly: message.cachedOnly }),
							...(message.stored === undefined ? {} : { stored: message.stored })
						});
						reply =
							message.cachedOnly && !cached
								? { type: 'failed', requestId, reason: 'noFit' }
								: {
										type: 'clvFitted',
										requestId,
										overview: clvOverview(run, null),
										loadMs: 1,
										cached,
										...(withPage && message.page
											? { page: clvTable(run, names, null, message.page) }
											: {})
									};
					} else if (message.type === 'cacheHandedClv')
						reply = { type: 'clvCached', requestId, written: true };
					else reply = { type: 'clvRows', requestId, ...clvTable(run, names, null, message.query!) };
					return Object.assign(Promise.resolve(reply), { requestId });
				}
			} as unknown as AnalysisClient;
			return { client, fits, asked, run, names };
		}

		function deferred() {
			let resolve!: () => void;
			const promise = new Promise<void>((r) => (resolve = r));
			return { promise, resolve };
		}

		it('keeps the cache write of a handed fit when the page is left while its worker takes it in', async () => {
			const asked: string[] = [];
			let answer!: () => void;
			const client = {
				request(message: { type: string }) {
					asked.push(message.type);
					const reply =
						message.type === 'fitClv'
							? new Promise(
									(resolve) =>
										(answer = () => resolve({ type: 'failed', requestId: 1, reason: 'failed' }))
								)
							: Promise.resolve({ type: 'clvCached', requestId: 2, written: true });
					return Object.assign(reply, { requestId: asked.length });
				}
			} as unknown as AnalysisClient;
			performance.clearMeasures('clv:cache written');
			const clv = new ClvState(() => client);
			const stored = { settings: { ...DEFAULT_CLV_SETTINGS } } as unknown as StoredClv;
			handOffClv({ datasetId: 46, createdAt: 3, clv: stored, fingerprints: null, taken: () => {} });
			const fitted = clv.fit(46, 3, { cachedOnly: true });
			await vi.waitFor(() => expect(asked).toEqual(['fitClv']));
			// Left now: the page ends its worker only once what `caching` holds is done.
			clv.dispose();
			const caching = clv.caching;
			expect(caching).not.toBeNull();
			answer();
			await caching;
			expect(asked).toEqual(['fitClv', 'cacheHandedClv']);
			// The write is recorded once done (the e2e tests wait for it before they reload).
			expect(performance.getEntriesByName('clv:cache written', 'measure')).toHaveLength(1);
			await fitted;
		});

		it('asks nothing, and takes no handed fit, when the page was left while the import’s fit was awaited', async () => {
			const { client, fits } = cachingClient(true);
			const clv = new ClvState(() => client);
			const stored = { settings: { ...DEFAULT_CLV_SETTINGS } } as unknown as StoredClv;
			handOffClv({ datasetId: 47, createdAt: 3, clv: stored, fingerprints: null, taken: () => {} });
			const precompute = deferred();
			noteClvPrecompute(47, precompute.promise);
			const fitted = clv.fit(47, 3, { cachedOnly: true });
			clv.dispose();
			precompute.resolve();
			await fitted;
			expect(fits).toEqual([]);
			// Left for another page of this data set (or the import's own cache write).
			expect(takeHandedOffClv(47, 3, DEFAULT_CLV_SETTINGS)?.clv).toBe(stored);
		});

		it('asks for the fit only once the import’s precompute of it has settled', async () => {
			const { client, fits } = cachingClient(true);
			const clv = new ClvState(() => client);
			const precompute = deferred();
			noteClvPrecompute(41, precompute.promise);
			const fitted = clv.fit(41, 1, { cachedOnly: true });
			await settled();
			expect(fits).toEqual([]);
			expect(clv.status).toBe('fitting');
			precompute.resolve();
			await fitted;
			expect(fits).toEqual([{ cachedOnly: true }]);
			expect(clv.status).toBe('ready');
			expect(clv.rows).toHaveLength(25);
		});

		it('gives the worker the fit the import handed over (for its data set, time and settings), taking it once', async () => {
			const { client, fits, asked } = cachingClient(true);
			const clv = new ClvState(() => client);
			const stored = { settings: { ...DEFAULT_CLV_SETTINGS } } as unknown as StoredClv;
			let taken = 0;
			// The data set's fingerprints the import had still to read: read by the worker as it caches the fit.
			const fingerprints = { sourceFiles: [], later: [0], files: [], plans: [] };
			handOffClv({ datasetId: 49, createdAt: 7, clv: stored, fingerprints, taken: () => taken++ });
			const precompute = deferred();
			noteClvPrecompute(49, precompute.promise);
			const fitted = clv.fit(49, 7, { cachedOnly: true });
			precompute.resolve();
			await fitted;
			expect(fits).toEqual([{ cachedOnly: true, stored }]);
			expect(taken).toBe(1);
			// Once the worker has answered with it and the page has drawn it, the worker is asked to cache
			// it (not while the page draws it); the page keeps that write.
			expect(clv.status).toBe('ready');
			expect(clv.caching).not.toBeNull();
			await settled();
			expect(asked.map((a) => a.type)).toEqual(['fitClv', 'clvTable']);
			clv.drawn();
			await clv.caching;
			expect(asked.map((a) => a.type)).toEqual(['fitClv', 'clvTable', 'cacheHandedClv']);
			expect(asked.at(-1)?.fingerprints).toBe(fingerprints);
			// Another creation time of the same id is not given it (nor asked to cache anything).
			handOffClv({ datasetId: 50, createdAt: 7, clv: stored, fingerprints: null, taken: () => taken++ });
			const other = new ClvState(() => client);
			await other.fit(50, 8, { cachedOnly: true });
			expect(fits.at(-1)).toEqual({ cachedOnly: true });
			expect(taken).toBe(1);
			expect(other.caching).toBeNull();
		});

		it('caches a handed fit a few seconds on even if the page never says it drew it', async () => {
			vi.useFakeTimers();
			try {
				const { client, asked } = cachingClient(true);
				const clv = new ClvState(() => client);
				const stored = { settings: { ...DEFAULT_CLV_SETTINGS } } as unknown as StoredClv;
				handOffClv({ datasetId: 52, createdAt: 7, clv: stored, fingerprints: null, taken: () => {} });
				await clv.fit(52, 7, { cachedOnly: true });
				await vi.advanceTimersByTimeAsync(1000);
				expect(asked.map((a) => a.type)).not.toContain('cacheHandedClv');
				await vi.advanceTimersByTimeAsync(5000);
				expect(asked.map((a) => a.type)).toContain('cacheHandedClv');
			} finally {
				vi.useRealTimers();
			}
		});

		it('moves the handed fit’s arrays to the worker (transferred, not copied on the page’s thread)', async () => {
			const { client } = cachingClient(true);
			const transfers: unknown[][] = [];
			const request = client.request.bind(client);
			client.request = ((message: never, onProgress: never, transfer: unknown[] = []) => {
				transfers.push(transfer);
				return request(message, onProgress);
			}) as typeof client.request;
			const clv = new ClvState(() => client);
			const x = new Int32Array(3);
			const monetary = new Float64Array(3);
			const stored = { settings: { ...DEFAULT_CLV_SETTINGS }, x, monetary } as unknown as StoredClv;
			handOffClv({ datasetId: 51, createdAt: 7, clv: stored, fingerprints: null, taken: () => {} });
			await clv.fit(51, 7, { cachedOnly: true });
			expect(transfers[0]).toHaveLength(2);
			expect(transfers[0][0]).toBe(x.buffer);
			expect(transfers[0][1]).toBe(monetary.buffer);
			// The requests that carry no handed fit (its cache write, the table's pages) move nothing.
			expect(transfers.length).toBeGreaterThan(1);
			expect(transfers.slice(1).every((t) => t.length === 0)).toBe(true);
		});

		it('asks at once when no precompute runs for the data set (another one’s is not waited for)', async () => {
			const { client, fits } = cachingClient(true);
			const clv = new ClvState(() => client);
			noteClvPrecompute(43, deferred().promise);
			const fitted = clv.fit(42, 1);
			await settled();
			expect(fits).toEqual([{}]);
			await fitted;
			expect(clv.status).toBe('ready');
		});

		it('shows a cached fit asked for early, and does not ask again when the fit proper is asked for', async () => {
			const { client, fits } = cachingClient(true);
			const clv = new ClvState(() => client);
			await clv.fit(44, 1, { cachedOnly: true });
			expect(clv.status).toBe('ready');
			expect(clv.overview?.totals).not.toBeNull();
			await clv.fit(44, 1);
			expect(fits).toEqual([{ cachedOnly: true }]);
		});

		it('fits nothing when nothing is cached, until the fit proper is asked for', async () => {
			const { client, fits } = cachingClient(false);
			const clv = new ClvState(() => client);
			await clv.fit(45, 1, { cachedOnly: true });
			expect(clv.status).toBe('idle');
			expect(clv.overview).toBeNull();
			expect(fits).toEqual([{ cachedOnly: true }]);
			await clv.fit(45, 1);
			expect(fits).toEqual([{ cachedOnly: true }, {}]);
			expect(clv.status).toBe('ready');
		});

		it('fits at once when the fit proper was asked for while the cache-only request found nothing', async () => {
			const { client, fits } = cachingClient(false);
			const clv = new ClvState(() => client);
			const precompute = deferred();
			noteClvPrecompute(46, precompute.promise);
			const early = clv.fit(46, 1, { cachedOnly: true });
			// The page's sections are drawn: it asks for the fit proper while the early ask waits.
			const proper = clv.fit(46, 1);
			await proper;
			expect(fits).toEqual([]);
			precompute.resolve();
			await early;
			expect(fits).toEqual([{ cachedOnly: true }, {}]);
			expect(clv.status).toBe('ready');
			expect(clv.rows).toHaveLength(25);
		});

		it('shows the page that comes with the fit, without asking for it again', async () => {
			const { client, asked, run, names } = cachingClient(true, true);
			const clv = new ClvState(() => client);
			await clv.fit(47, 1, { cachedOnly: true });
			const query = { sort: 'clv', descending: true, search: '', offset: 0, limit: 25 } as const;
			expect(asked).toEqual([{ type: 'fitClv', page: query }]);
			expect(clv.status).toBe('ready');
			expect(clv.rows).toEqual(clvTable(run, names, null, query).rows);
			expect(clv.total).toBe(run.rows.count);
		});

		it('asks for the page again when the sort changed while the fit was asked for', async () => {
			const { client, asked, run, names } = cachingClient(true, true);
			const clv = new ClvState(() => client);
			const fitted = clv.fit(48, 1);
			clv.sort = 'x';
			clv.descending = false;
			await fitted;
			expect(asked.map((a) => a.type)).toEqual(['fitClv', 'clvTable']);
			const byX = { sort: 'x', descending: false, search: '', offset: 0, limit: 25 } as const;
			expect(clv.rows).toEqual(clvTable(run, names, null, byX).rows);
		});
	});
	describe('when the fit fails', () => {
		/** A worker with nothing cached whose every fit fails; every fitClv message kept. */
		function failingClient() {
			const fits: { cachedOnly?: boolean }[] = [];
			const client = {
				request(message: { type: string; cachedOnly?: boolean }) {
					if (message.type === 'fitClv') fits.push(message.cachedOnly ? { cachedOnly: true } : {});
					const reply = message.cachedOnly
						? { type: 'failed', requestId: fits.length, reason: 'noFit' }
						: { type: 'failed', requestId: fits.length, reason: 'failed', detail: 'no memory' };
					// Answered in a task of its own, as a worker's message is.
					const answer = new Promise((resolve) => setTimeout(() => resolve(reply), 0));
					return Object.assign(answer, { requestId: fits.length });
				}
			} as unknown as AnalysisClient;
			return { client, fits };
		}

		/** Long enough for a loop of failed replies and effect re-runs to ask dozens of times. */
		const quiet = () => new Promise((resolve) => setTimeout(resolve, 40));

		it('asks once per key under the page’s two effects, and again only when retried or changed', async () => {
			const { client, fits } = failingClient();
			const clv = new ClvState(() => client);
			const page = $state({ drawn: false, dataset: { id: 51, createdAt: 1, kind: 'orders' } });
			// The Analysis page's two effects: the fit proper once the sections above are drawn, and
			// the cached fit as soon as the data set is known.
			let properRuns = 0;
			const stop = $effect.root(() => {
				$effect(() => {
					properRuns++;
					if (page.drawn && clv.settings) void clv.fit(page.dataset.id, page.dataset.createdAt);
				});
				$effect(() => {
					if (page.dataset.kind === 'orders' && clv.settings)
						void clv.fit(page.dataset.id, page.dataset.createdAt, { cachedOnly: true });
				});
			});
			try {
				flushSync();
				// The sections are drawn while the cache read is under way.
				page.drawn = true;
				flushSync();
				await vi.waitFor(() => expect(clv.status).toBe('failed'));
				// Then long enough for a loop of asks to show.
				await quiet();
				expect(fits).toEqual([{ cachedOnly: true }, {}]);
				expect(clv.status).toBe('failed');
				expect(clv.failure).toBe('no memory');
				// The effect depends on what it reads itself, not on the fit's status: run at first and
				// when the sections were drawn, not again on the fit's replies.
				expect(properRuns).toBe(2);

				// The effects run again for the same fit (the data set's record read anew): nothing asked.
				page.dataset = { id: 51, createdAt: 1, kind: 'orders' };
				flushSync();
				await quiet();
				expect(fits).toHaveLength(2);

				// The user's "Try again": one fit proper more, failing again, and nothing after it.
				await clv.retry();
				await quiet();
				expect(fits).toEqual([{ cachedOnly: true }, {}, {}]);
				expect(clv.status).toBe('failed');

				// Other settings are another fit: asked once.
				clv.horizonText = '24';
				flushSync();
				await vi.waitFor(() => expect(fits).toHaveLength(4));
				await vi.waitFor(() => expect(clv.status).toBe('failed'));
				await quiet();
				expect(fits).toHaveLength(4);

				// Another copy of the data set too.
				page.dataset = { id: 51, createdAt: 2, kind: 'orders' };
				flushSync();
				await vi.waitFor(() => expect(fits).toHaveLength(5));
				await vi.waitFor(() => expect(clv.status).toBe('failed'));
				await quiet();
				expect(fits).toHaveLength(5);
			} finally {
				stop();
			}
		});

		it('retries nothing when no fit has failed', async () => {
			const { client, fits } = failingClient();
			const clv = new ClvState(() => client);
			await clv.retry();
			expect(fits).toEqual([]);
		});
	});
});
