import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { indexCustomers } from '$lib/analysis/customers';
import { actionsOverview, actionsPage, customerActions, DEFAULT_AUDIENCE_RULES } from '$lib/analysis/audiences';
import { DEFAULT_CLV_SETTINGS, fitFromOrders } from '$lib/analysis/clv-engine';
import { profitBase } from '$lib/analysis/profit';
import { loadCost, loadNames, loadOrders } from '$lib/db/datasets';
import { NAME_SEPARATOR } from '$lib/orders/names';
import { syntheticCustomerId, syntheticOrderColumns } from '$lib/synthetic/orders';
import { db } from '$lib/db/database';
import { analysisWorker, storeDataset as storeSyntheticDataset } from './analysis-worker.test-support';

// Counts the worker's reads (the functions themselves are the real ones).
vi.mock('$lib/db/datasets', async (original) => {
	const actual = await original<typeof import('$lib/db/datasets')>();
	return {
		...actual,
		loadOrders: vi.fn(actual.loadOrders),
		loadCost: vi.fn(actual.loadCost),
		loadNames: vi.fn(actual.loadNames)
	};
});

const synthetic = syntheticOrderColumns(1500, 29);
const { orders, customerCount } = synthetic;
const customers = Array.from({ length: customerCount }, (_, i) => syntheticCustomerId(i));
/** Every third order's cost is unknown (NaN), the others 40 % of the amount. */
const cost = Float64Array.from({ length: orders.count }, (_, i) => (i % 3 === 0 ? NaN : orders.amount[i] * 0.4));
/** Names for every other customer: whole names and first/last parts. */
const names = {
	values: ['Anna Berzina', `Carl${NAME_SEPARATOR}Dane`],
	index: Int32Array.from({ length: customerCount }, (_, i) => (i % 2 === 0 ? (i % 4 === 0 ? 0 : 1) : -1))
};

const data = { ...synthetic, customers, cost, names };
const worker = analysisWorker();
const ask = worker.ask;
const storeDataset = (createdAt: number) => storeSyntheticDataset(data, createdAt);

const expectedBase = profitBase(orders, customerCount, null, cost);
const found = customerActions(
	fitFromOrders(orders, customerCount, DEFAULT_CLV_SETTINGS),
	indexCustomers(orders, customerCount)
);
const clv = { ...DEFAULT_CLV_SETTINGS };
const rules = DEFAULT_AUDIENCE_RULES;
const query = { audience: 'all', sort: 'clv', descending: true, offset: 0, limit: 20 } as const;

describe('the analysis worker’s reads of costs and names', () => {
	beforeAll(worker.start);
	beforeEach(() => {
		vi.mocked(loadOrders).mockClear();
		vi.mocked(loadCost).mockClear();
		vi.mocked(loadNames).mockClear();
	});

	it('reads the costs with the orders when it reads the orders for the profit base: one pass', async () => {
		const id = await storeDataset(1000);
		const reply = await ask({ type: 'profitBase', datasetId: id });
		expect(reply.type === 'profitBaseReady' && reply.base).toEqual(expectedBase);
		expect(loadOrders).toHaveBeenCalledTimes(1);
		expect(loadCost).not.toHaveBeenCalled();
		// Asked again: nothing is read.
		const again = await ask({ type: 'profitBase', datasetId: id });
		expect(again.type === 'profitBaseReady' && again.base).toEqual(expectedBase);
		expect(loadOrders).toHaveBeenCalledTimes(1);
		expect(loadCost).not.toHaveBeenCalled();
	});

	it('reads only the costs (not the orders’ columns again) when the orders are already in memory', async () => {
		const id = await storeDataset(2000);
		expect((await ask({ type: 'repurchase', datasetId: id })).type).toBe('repurchased');
		expect(loadOrders).toHaveBeenCalledTimes(1);
		const reply = await ask({ type: 'profitBase', datasetId: id });
		expect(reply.type === 'profitBaseReady' && reply.base).toEqual(expectedBase);
		// The columns are not read a second time: the one read was the repurchase's.
		expect(loadOrders).toHaveBeenCalledTimes(1);
		expect(loadCost).toHaveBeenCalledTimes(1);
		await ask({ type: 'profitBase', datasetId: id });
		expect(loadOrders).toHaveBeenCalledTimes(1);
		expect(loadCost).toHaveBeenCalledTimes(1);
	});

	it('reads the names once for every page, sort and audience of the customer actions', async () => {
		const id = await storeDataset(3000);
		const expected = actionsOverview(found, customers, rules, names);
		expect(expected.names).toMatchObject({ full: true, parts: true });
		const asks = [
			query,
			{ ...query, offset: 20 },
			{ ...query, sort: 'value', descending: false },
			{ ...query, audience: 'oneTime' }
		] as const;
		for (const q of asks) {
			const reply = await ask({ type: 'customerActions', datasetId: id, clv, rules, query: q });
			expect(reply).toEqual({
				type: 'customerActionsReady',
				requestId: reply.requestId,
				overview: expected,
				...actionsPage(found, customers, rules, q)
			});
		}
		expect(loadNames).toHaveBeenCalledTimes(1);
		// Other rules: the overview follows them, and the names are still not read again.
		const other = { ...rules, topShare: 0.5 };
		const reply = await ask({ type: 'customerActions', datasetId: id, clv, rules: other, query });
		expect(reply.type === 'customerActionsReady' && reply.overview).toEqual(
			actionsOverview(found, customers, other, names)
		);
		// The audience file uses the same names.
		const file = await ask({
			type: 'audienceCsv',
			datasetId: id,
			clv,
			rules,
			audience: 'oneTime',
			format: 'mailchimp'
		});
		expect(file.type).toBe('audienceFile');
		expect(loadNames).toHaveBeenCalledTimes(1);
	});

	it('reads the names again for another data set under the same id (a later creation time)', async () => {
		const id = await storeDataset(4000);
		await ask({ type: 'customerActions', datasetId: id, clv, rules, query });
		expect(loadNames).toHaveBeenCalledTimes(1);
		await db().datasets.update(id, { createdAt: 4001 });
		await db().datasetStrings.put({
			datasetId: id,
			key: 'names',
			values: ['Zed Ze'],
			index: names.index.map(() => 0)
		});
		const reply = await ask({ type: 'customerActions', datasetId: id, clv, rules, query });
		expect(loadNames).toHaveBeenCalledTimes(2);
		expect(reply.type === 'customerActionsReady' && reply.overview.names).toEqual({
			full: true,
			parts: false,
			known: customerCount
		});
	});
});

describe('the unsubscribe file, through the worker', () => {
	it('lists the addresses of the customers who declined, from the stored consent; none stored says why', async () => {
		const id = await storeDataset(5000);
		expect(await ask({ type: 'unsubscribeCsv', datasetId: id, format: 'klaviyo' })).toMatchObject({
			type: 'failed',
			detail: 'no consent column'
		});
		// Every fifth customer declined; the synthetic ids are no e-mail addresses but for two.
		const of = Uint8Array.from({ length: customerCount }, (_, i) => (i % 5 === 0 ? 2 : 1));
		await db().datasetStrings.put({ datasetId: id, key: 'consent', values: ['Accepts Marketing'], consent: of });
		await db().datasetStrings.put({
			datasetId: id,
			key: 'customers',
			values: customers.map((c, i) => (i === 0 ? 'Zero@Example.com' : i === 5 ? 'five@example.com' : c))
		});
		await db().datasets.update(id, { hasConsent: true, createdAt: 5001 });
		const reply = await ask({ type: 'unsubscribeCsv', datasetId: id, format: 'mailchimp' });
		expect(reply).toMatchObject({
			type: 'unsubscribeFile',
			parts: ['Email Address\r\n', 'zero@example.com\r\nfive@example.com\r\n'],
			count: 2,
			leftOut: of.filter((v) => v === 2).length - 2
		});
	});
});
