import { describe, expect, it } from 'vitest';
import type { AnalysisClient } from '$lib/workers/analysis-client';
import { clvOverview, clvTable, DEFAULT_CLV_SETTINGS, fitFromOrders, type ClvSettings } from '$lib/analysis/clv-engine';
import { syntheticOrderColumns } from '$lib/synthetic/orders';
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
});
