/// <reference lib="webworker" />
/**
 * The analysis worker: loads a data set's orders from IndexedDB (kept in memory while the same
 * data set is analysed again with other settings), computes the analysis and the predicted CLV
 * off the page's thread, caches it, and answers the CLV table's pages, exports, the hold-out check
 * and the bootstrap (with progress and cancel).
 */
import { db } from '$lib/db/database';
import { loadConsent, loadCost, loadNames, loadOrders, type StoredOrders } from '$lib/db/datasets';
import { readStringList } from '$lib/db/string-parts';
import { analyse, wholeHistory, type AnalysisSettings, type CustomerDetail } from '$lib/analysis/analyse';
import { writeCachedAnalysis } from '$lib/analysis/cache';
import { indexCustomers } from '$lib/analysis/customers';
import { rfm } from '$lib/analysis/rfm';
import { clvCsvParts } from '$lib/analysis/clv-export';
import {
	clvCacheKey,
	readCachedClv,
	runOfStored,
	writeCachedClv,
	writeStoredClv,
	type StoredClv
} from '$lib/analysis/clv-cache';
import {
	bootstrapOverview,
	clvOverview,
	DEFAULT_CLV_SETTINGS,
	clvTable,
	fitFromOrders,
	fitFromRows,
	holdoutCheck,
	segmentOfRows,
	startBootstrap,
	type ClvRun
} from '$lib/analysis/clv-engine';
import type { FromAnalysisWorker, ToAnalysisWorker } from './analysis-protocol';
import { segmentCsv } from '$lib/analysis/segment-export';
import { repurchaseSummary } from '$lib/analysis/repurchase';
import { profitBase } from '$lib/analysis/profit';
import { affinityReply } from './analysis-affinity';
import type { CustomerNames, DimensionColumn } from '$lib/orders/columns';
import type { CustomerConsent } from '$lib/orders/consent';
import {
	actionsOverview,
	actionsPage,
	audienceContacts,
	audienceCsv,
	unsubscribeCsv,
	customerActions,
	nameColumnsOf,
	type ActionsOverview,
	type AudienceRules,
	type CustomerActions
} from '$lib/analysis/audiences';
import type { ClvSettings } from '$lib/analysis/clv-engine';
import { firstOrderSummary, skusNotPerItem } from './analysis-first-order';
import { fillFingerprints } from './fingerprint-fill';

declare const self: DedicatedWorkerGlobalScope;
const post = (message: FromAnalysisWorker) => self.postMessage(message);

let loaded: { id: number; createdAt: number; orders: StoredOrders } | null = null;
let lastDetail: { key: string; detail: CustomerDetail } | null = null;
let clv: { datasetId: number; createdAt: number; run: ClvRun; rowSegment: Int32Array | null } | null = null;
/** The fit an import handed over with the last `fitClv`, until the page asks to cache it. */
let handed: { datasetId: number; createdAt: number; stored: StoredClv } | null = null;
const cancelled = new Set<number>();
/** The per-customer actions last computed (the models fitted with `key`'s settings). */
let actions: { datasetId: number; key: string; actions: CustomerActions } | null = null;
/** The stored cost of goods per order of a data set, once read (see costOf). */
let costs: { id: number; createdAt: number; cost: Float64Array | null } | null = null;

/** `withCost`: a data set read now brings its stored costs in the same pass (kept by costOf, not in `loaded`). */
async function ordersOf(id: number, createdAt: number, withCost = false): Promise<StoredOrders> {
	// A data set may have been deleted and another restored under its id: compare creation times.
	if (loaded?.id === id && loaded.createdAt === createdAt) return loaded.orders;
	const { cost, ...orders } = await loadOrders(id, { customers: false, cost: withCost });
	if (withCost) costs = { id, createdAt, cost: cost ?? null };
	loaded = { id, createdAt, orders };
	lastDetail = null;
	// A fit read from the cache (without the orders) stays while it is this very copy's.
	if (clv?.datasetId !== id || clv.createdAt !== createdAt) clv = null;
	actions = null;
	return orders;
}

function detailFor(orders: StoredOrders, datasetId: number, settings: AnalysisSettings): CustomerDetail {
	const key = `${datasetId}:${JSON.stringify(settings)}`;
	if (lastDetail?.key !== key)
		lastDetail = { key, detail: analyse(orders.columns, orders.dataset.customerCount, settings).detail };
	return lastDetail.detail;
}

/** The per-customer actions under these model settings: the CLV fit of the same settings is reused. */
function actionsFor(orders: StoredOrders, datasetId: number, settings: ClvSettings): CustomerActions {
	const key = JSON.stringify(settings);
	if (actions?.datasetId === datasetId && actions.key === key) return actions.actions;
	const run =
		clv?.datasetId === datasetId && JSON.stringify(clv.run.settings) === key
			? clv.run
			: fitFromOrders(orders.columns, orders.dataset.customerCount, settings);
	const index =
		wholeHistory(lastDetail?.detail)?.index ?? indexCustomers(orders.columns, orders.dataset.customerCount);
	actions = { datasetId, key, actions: customerActions(run, index) };
	return actions.actions;
}

/** The stored channel column of a data set (read once, kept while the same data set is asked about). */
let channels: { id: number; createdAt: number; column: DimensionColumn | null } | null = null;
async function channelOf(id: number, createdAt: number): Promise<DimensionColumn | null> {
	if (channels?.id !== id || channels.createdAt !== createdAt) {
		const column = (await loadOrders(id, { customers: false, dimensions: true })).dimensions.channel ?? null;
		channels = { id, createdAt, column };
	}
	return channels.column;
}

/**
 * The stored cost of goods per order of a data set (read once, kept while the same data set is asked
 * about): read with the orders when they are read for the same request, else on its own (loadCost).
 */
async function costOf(id: number, createdAt: number): Promise<Float64Array | null> {
	if (costs?.id !== id || costs.createdAt !== createdAt) costs = { id, createdAt, cost: await loadCost(id) };
	return costs.cost;
}

/** A data set's customers' names (read once, kept while the same data set is asked about). */
let names: { id: number; createdAt: number; names: CustomerNames | null } | null = null;
async function namesOf(id: number, createdAt: number): Promise<CustomerNames | null> {
	if (names?.id !== id || names.createdAt !== createdAt) names = { id, createdAt, names: await loadNames(id) };
	return names.names;
}

/** A data set's customers' marketing consent (read once, kept while the same data set is asked about). */
let consent: { id: number; createdAt: number; consent: CustomerConsent | null } | null = null;
async function consentOf(id: number, createdAt: number): Promise<CustomerConsent | null> {
	if (consent?.id !== id || consent.createdAt !== createdAt)
		consent = { id, createdAt, consent: await loadConsent(id) };
	return consent.consent;
}

/** The actions overview last computed: another page, sort or audience of the same actions and rules reuses it. */
let overview: {
	actions: CustomerActions;
	rules: string;
	names: CustomerNames | null;
	consent: CustomerConsent | null;
	overview: ActionsOverview;
} | null = null;
function overviewOf(
	found: CustomerActions,
	customers: readonly string[],
	rules: AudienceRules,
	stored: CustomerNames | null,
	stated: CustomerConsent | null = null
): ActionsOverview {
	const key = JSON.stringify(rules);
	if (
		overview?.actions !== found ||
		overview.rules !== key ||
		overview.names !== stored ||
		overview.consent !== stated
	)
		overview = {
			actions: found,
			rules: key,
			names: stored,
			consent: stated,
			overview: actionsOverview(found, customers, rules, stored, stated)
		};
	return overview.overview;
}

/**
 * Data sets of at most this many customers keep their customer ids in this worker once read (about
 * 10 MB at 250,000); larger ones read them for each request, as a page of the CLV table needs them
 * only for the moment (at 4.4 million customers they would hold about 200 MB).
 */
const CUSTOMER_IDS_KEPT_MAX = 1_000_000;

/**
 * A data set's customer ids, read once and kept while the same data set is asked about (see
 * `CUSTOMER_IDS_KEPT_MAX`): each page, sort or search of the CLV table, each page of the customer
 * actions and each export read them again, 0.05–0.1 s at 250,000 customers. Kept as the read
 * itself, so that a request that comes while they are being read waits for that read, not a second.
 */
let customerIds: { id: number; createdAt: number; read: Promise<string[]> } | null = null;
function customersOf(datasetId: number, createdAt: number): Promise<string[]> {
	if (customerIds?.id === datasetId && customerIds.createdAt === createdAt) return customerIds.read;
	const read = readStringList(db().datasetStrings, datasetId, 'customers').then((list) => list?.values ?? []);
	const entry = { id: datasetId, createdAt, read };
	customerIds = entry;
	const forget = () => {
		if (customerIds === entry) customerIds = null;
	};
	read.then((ids) => {
		if (ids.length > CUSTOMER_IDS_KEPT_MAX) forget();
	}, forget);
	return read;
}

self.onmessage = async (event: MessageEvent<ToAnalysisWorker>) => {
	const message = event.data;
	const { requestId, datasetId } = message;
	if (message.type === 'cancel') {
		cancelled.add(message.target);
		return;
	}
	try {
		const dataset = await db().datasets.get(datasetId);
		if (!dataset) return post({ type: 'failed', requestId, reason: 'notFound' });

		if (message.type === 'fitClv' && dataset.kind === 'summary') {
			if (message.cachedOnly) return post({ type: 'failed', requestId, reason: 'noFit' });
			const summary = await db().summaries.get(datasetId);
			if (!summary) return post({ type: 'failed', requestId, reason: 'notFound' });
			const rows = {
				count: summary.frequency.length,
				x: summary.frequency,
				tx: summary.recency,
				T: summary.age,
				monetary: summary.monetary.map((m) => (m === m ? m : 0))
			};
			const run = fitFromRows(rows, {
				...message.clv,
				unit: dataset.summaryUnit === 'weeks' ? 'week' : dataset.summaryUnit === 'months' ? 'month' : 'day'
			});
			clv = { datasetId, createdAt: dataset.createdAt, run, rowSegment: null };
			return post({ type: 'clvFitted', requestId, overview: clvOverview(run, null), loadMs: 0 });
		}
		const needsOrders =
			message.type === 'analyse' ||
			message.type === 'exportSegment' ||
			message.type === 'fitClv' ||
			message.type === 'holdout' ||
			message.type === 'repurchase' ||
			message.type === 'profitBase' ||
			message.type === 'firstOrder' ||
			message.type === 'customerActions' ||
			message.type === 'audienceCsv';
		if (needsOrders && dataset.kind !== 'orders') return post({ type: 'failed', requestId, reason: 'summaryOnly' });

		switch (message.type) {
			case 'analyse': {
				const started = performance.now();
				const orders = await ordersOf(datasetId, dataset.createdAt);
				const loadedAt = performance.now();
				const { analysis, detail } = analyse(orders.columns, orders.dataset.customerCount, message.settings);
				lastDetail = { key: `${datasetId}:${JSON.stringify(message.settings)}`, detail };
				post({
					type: 'analysed',
					requestId,
					datasetId,
					analysis,
					timings: { loadMs: loadedAt - started, computeMs: performance.now() - loadedAt }
				});
				// The page records the figures it shows (`publishMeasures`), computed or cached alike.
				await writeCachedAnalysis(datasetId, dataset.createdAt, message.settings, analysis);
				return;
			}
			case 'exportSegment': {
				const orders = await ordersOf(datasetId, dataset.createdAt);
				const detail = detailFor(orders, datasetId, message.settings);
				const { parts, count } = segmentCsv(
					detail,
					await customersOf(datasetId, dataset.createdAt),
					message.segment,
					// Under a range, each customer's whole history too (the range's last order is not their last).
					detail.range ? indexCustomers(orders.columns, orders.dataset.customerCount) : undefined
				);
				return post({ type: 'segmentCsv', requestId, parts, count });
			}
			case 'fitClv': {
				const started = performance.now();
				// The customer ids for the table's page asked with the fit, read beside it.
				const ids = message.page ? customersOf(datasetId, dataset.createdAt).catch(() => null) : null;
				const pageOf = async (run: ClvRun, rowSegment: Int32Array | null) => {
					const customers = run.models.clv && message.page ? await ids : null;
					return customers ? { page: clvTable(run, customers, rowSegment, message.page!) } : {};
				};
				// Fitted and cached by the import (or an earlier visit): answered without the orders.
				const cached = message.stored
					? runOfStored(message.stored)
					: await readCachedClv(datasetId, dataset.createdAt, message.clv);
				// Keeps the fit for the table's pages and exports; its overview, and its first page if asked.
				const keep = async (run: ClvRun, segmentOfCustomer: Parameters<typeof segmentOfRows>[1]) => {
					const rowSegment = segmentOfRows(run, segmentOfCustomer);
					clv = { datasetId, createdAt: dataset.createdAt, run, rowSegment };
					return { overview: clvOverview(run, segmentOfCustomer), ...(await pageOf(run, rowSegment)) };
				};
				if (cached) {
					const loadMs = performance.now() - started;
					const kept = await keep(cached.run, cached.segmentOfCustomer);
					// A fit handed over by the import is cached here when the page asks (once it has shown it).
					if (message.stored) handed = { datasetId, createdAt: dataset.createdAt, stored: message.stored };
					return post({ type: 'clvFitted', requestId, loadMs, cached: true, ...kept });
				}
				if (message.cachedOnly) return post({ type: 'failed', requestId, reason: 'noFit' });
				const orders = await ordersOf(datasetId, dataset.createdAt);
				const loadMs = performance.now() - started;
				const run = fitFromOrders(orders.columns, orders.dataset.customerCount, message.clv);
				// RFM segments do not depend on the analysis settings: any computed detail will do.
				const segmentOfCustomer =
					wholeHistory(lastDetail?.detail)?.rfm.segment ??
					rfm(indexCustomers(orders.columns, orders.dataset.customerCount)).segment;
				post({ type: 'clvFitted', requestId, loadMs, ...(await keep(run, segmentOfCustomer)) });
				// The default fit of a data set the import did not cache (imported before): cached now.
				if (clvCacheKey(message.clv) === clvCacheKey(DEFAULT_CLV_SETTINGS))
					await writeCachedClv(datasetId, dataset.createdAt, run, segmentOfCustomer).catch((error: unknown) =>
						console.warn('The CLV fit was not cached (the next visit fits it again):', error)
					);
				return;
			}
			case 'cacheHandedClv': {
				const fit = handed?.datasetId === datasetId ? handed : null;
				handed = null;
				const written = fit
					? await writeStoredClv(fit.datasetId, fit.createdAt, fit.stored).catch(() => false)
					: false;
				// (Read after the write: the page has the fit on screen by now, and this worker is idle.)
				if (message.fingerprints) await fillFingerprints(datasetId, message.fingerprints);
				return post({ type: 'clvCached', requestId, written });
			}
			case 'readCustomers': {
				// Only ids this worker keeps: more would be read again by the fit, and held meanwhile.
				if (dataset.customerCount > CUSTOMER_IDS_KEPT_MAX)
					return post({ type: 'customersRead', requestId, read: false });
				// A read that fails is let go: the fit reads them again, and says so if that fails too.
				const read = await customersOf(datasetId, dataset.createdAt).then(
					() => true,
					() => false
				);
				return post({ type: 'customersRead', requestId, read });
			}
			case 'clvTable': {
				if (clv?.datasetId !== datasetId) return post({ type: 'failed', requestId, reason: 'noFit' });
				const page = clvTable(
					clv.run,
					await customersOf(datasetId, dataset.createdAt),
					clv.rowSegment,
					message.query
				);
				return post({ type: 'clvRows', requestId, ...page });
			}
			case 'clvCsv': {
				if (clv?.datasetId !== datasetId) return post({ type: 'failed', requestId, reason: 'noFit' });
				return post({
					type: 'segmentCsv',
					requestId,
					parts: clvCsvParts(clv.run, await customersOf(datasetId, dataset.createdAt), clv.rowSegment),
					count: clv.run.rows.count
				});
			}
			case 'holdout': {
				const orders = await ordersOf(datasetId, dataset.createdAt);
				const overview = holdoutCheck(
					orders.columns,
					orders.dataset.customerCount,
					message.unit,
					message.splitDay,
					dataset.lastDay ?? message.splitDay,
					dataset.firstDay ?? undefined
				);
				return post({ type: 'holdoutChecked', requestId, overview });
			}
			case 'bootstrap': {
				if (clv?.datasetId !== datasetId) return post({ type: 'failed', requestId, reason: 'noFit' });
				const bootstrap = startBootstrap(clv.run, clv.rowSegment, message.replicates);
				if (!bootstrap) return post({ type: 'failed', requestId, reason: 'noFit' });
				while (bootstrap.next()) {
					post({ type: 'progress', requestId, done: bootstrap.attempted, of: bootstrap.requested });
					// Yield so a Cancel (or another request) can arrive between replicates.
					await new Promise((resolve) => setTimeout(resolve, 0));
					if (cancelled.delete(requestId)) break;
				}
				return post({ type: 'bootstrapped', requestId, overview: bootstrapOverview(bootstrap) });
			}
			case 'repurchase': {
				const orders = await ordersOf(datasetId, dataset.createdAt);
				const index =
					wholeHistory(lastDetail?.detail)?.index ??
					indexCustomers(orders.columns, orders.dataset.customerCount);
				return post({ type: 'repurchased', requestId, summary: repurchaseSummary(index, orders.columns.day) });
			}
			case 'profitBase': {
				// Net sales and order counts by cohort and month since the first order, and customers by the
				// channel of their first order where one is stored; the page applies the costs.
				const orders = await ordersOf(datasetId, dataset.createdAt, dataset.hasCost === true);
				const channel = dataset.dimensions.includes('channel')
					? await channelOf(datasetId, dataset.createdAt)
					: null;
				// The stored cost of goods per order, where the file had a cost column (read for this page only).
				const cost = dataset.hasCost ? await costOf(datasetId, dataset.createdAt) : null;
				return post({
					type: 'profitBaseReady',
					requestId,
					base: profitBase(orders.columns, orders.dataset.customerCount, channel, cost ?? null)
				});
			}
			case 'firstOrder': {
				if (skusNotPerItem(dataset, message.dimension))
					return post({ type: 'failed', requestId, reason: 'noItemSkus' });
				const orders = await ordersOf(datasetId, dataset.createdAt);
				const index = () =>
					wholeHistory(lastDetail?.detail)?.index ??
					indexCustomers(orders.columns, orders.dataset.customerCount);
				const actionsOf = (settings: ClvSettings) => actionsFor(orders, datasetId, settings);
				const summary = await firstOrderSummary(dataset, orders, message.dimension, index, actionsOf);
				return post({ type: 'firstOrderReady', requestId, summary });
			}
			case 'affinity':
				return post(await affinityReply(requestId, dataset, message.options, message.by));
			case 'customerActions': {
				const orders = await ordersOf(datasetId, dataset.createdAt);
				const found = actionsFor(orders, datasetId, message.clv);
				const customers = await customersOf(datasetId, dataset.createdAt);
				const page = actionsPage(found, customers, message.rules, message.query);
				return post({
					type: 'customerActionsReady',
					requestId,
					overview: overviewOf(
						found,
						customers,
						message.rules,
						dataset.hasNames ? await namesOf(datasetId, dataset.createdAt) : null,
						dataset.hasConsent ? await consentOf(datasetId, dataset.createdAt) : null
					),
					...page
				});
			}
			case 'audienceCsv': {
				const orders = await ordersOf(datasetId, dataset.createdAt);
				const found = actionsFor(orders, datasetId, message.clv);
				// Names (personal data) stay in this worker and go only into this file, which stays on the device.
				const stored = dataset.hasNames ? await namesOf(datasetId, dataset.createdAt) : null;
				// Customers who declined marketing e-mail are left out of the file (see `audienceCsv`).
				const stated = dataset.hasConsent ? await consentOf(datasetId, dataset.createdAt) : null;
				const contacts = audienceContacts(
					found,
					await customersOf(datasetId, dataset.createdAt),
					message.rules,
					message.audience,
					stored,
					stated
				);
				return post({
					type: 'audienceFile',
					requestId,
					...audienceCsv(contacts, message.format, nameColumnsOf(stored), stated !== null)
				});
			}
			case 'unsubscribeCsv': {
				// Addresses (personal data) stay in this worker and go only into this file, which stays on the device.
				const stated = await consentOf(datasetId, dataset.createdAt);
				if (!stated) return post({ type: 'failed', requestId, reason: 'failed', detail: 'no consent column' });
				const customers = await customersOf(datasetId, dataset.createdAt);
				return post({
					type: 'unsubscribeFile',
					requestId,
					...unsubscribeCsv(customers, stated, message.format)
				});
			}
		}
	} catch (error) {
		post({
			type: 'failed',
			requestId,
			reason: 'failed',
			detail: error instanceof Error ? error.message : String(error)
		});
	}
};
