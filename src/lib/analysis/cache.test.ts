import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { db } from '$lib/db/database';
import type { Analysis } from './analyse';
import { DEFAULT_ANALYSIS_SETTINGS, readCachedAnalysis, settingsKey, writeCachedAnalysis } from './cache';

describe('analysis cache', () => {
	it('keys settings stably and tells different settings apart', () => {
		const copy = JSON.parse(JSON.stringify(DEFAULT_ANALYSIS_SETTINGS));
		expect(settingsKey(copy)).toBe(settingsKey(DEFAULT_ANALYSIS_SETTINGS));
		expect(settingsKey({ ...DEFAULT_ANALYSIS_SETTINGS, period: 'year' })).not.toBe(
			settingsKey(DEFAULT_ANALYSIS_SETTINGS)
		);
		expect(settingsKey({ ...DEFAULT_ANALYSIS_SETTINGS, lifetimeYears: 2 })).not.toBe(
			settingsKey(DEFAULT_ANALYSIS_SETTINGS)
		);
	});

	it.each([
		['a range against all orders', { from: 19000, to: 19100 }, undefined],
		['two ranges with the same start', { from: 19000, to: 19100 }, { from: 19000, to: 19101 }],
		['two ranges with the same end', { from: 19000, to: 19100 }, { from: 19001, to: 19100 }]
	])('keys on the date range: %s', (_, a, b) => {
		const withA = { ...DEFAULT_ANALYSIS_SETTINGS, range: a };
		const withB = b ? { ...DEFAULT_ANALYSIS_SETTINGS, range: b } : DEFAULT_ANALYSIS_SETTINGS;
		expect(settingsKey(withA)).not.toBe(settingsKey(withB));
		expect(settingsKey(JSON.parse(JSON.stringify(withA)))).toBe(settingsKey(withA));
	});

	it('never reads a range cached by version 3 (before whole-month previous periods and cut periods)', async () => {
		const id = (await db().datasets.add({ name: 'v3', createdAt: 9 } as never)) as number;
		const ranged = { ...DEFAULT_ANALYSIS_SETTINGS, range: { from: 19000, to: 19100 } };
		const key = JSON.stringify([3, ...JSON.parse(settingsKey(ranged)).slice(1)]);
		const old = { firstDay: 3 } as unknown as Analysis;
		await db().analysisCache.put({ datasetId: id, key, datasetCreatedAt: 9, analysis: old });
		expect(await readCachedAnalysis(id, ranged)).toBeNull();
	});

	it('never reads a cached analysis of all orders for a range', async () => {
		const id = (await db().datasets.add({ name: 'r', createdAt: 9 } as never)) as number;
		const all = { firstDay: 1 } as unknown as Analysis;
		await writeCachedAnalysis(id, 9, DEFAULT_ANALYSIS_SETTINGS, all);
		const ranged = { ...DEFAULT_ANALYSIS_SETTINGS, range: { from: 19000, to: 19100 } };
		expect(await readCachedAnalysis(id, ranged)).toBeNull();
		const part = { firstDay: 2 } as unknown as Analysis;
		await writeCachedAnalysis(id, 9, ranged, part);
		expect(await readCachedAnalysis(id, ranged)).toEqual(part);
		expect(await readCachedAnalysis(id, DEFAULT_ANALYSIS_SETTINGS)).toEqual(all);
	});

	it('returns a cached analysis only for the same data set it was made from', async () => {
		const id = (await db().datasets.add({ name: 'x', createdAt: 5 } as never)) as number;
		const analysis = { firstDay: 1 } as unknown as Analysis;
		await writeCachedAnalysis(id, 5, DEFAULT_ANALYSIS_SETTINGS, analysis);
		expect(await readCachedAnalysis(id, DEFAULT_ANALYSIS_SETTINGS)).toEqual(analysis);
		expect(await readCachedAnalysis(id, { ...DEFAULT_ANALYSIS_SETTINGS, windowMonths: 6 })).toBeNull();
		// The data set was replaced (e.g. by a restore): same id, another creation time.
		await db().datasets.update(id, { createdAt: 6 });
		expect(await readCachedAnalysis(id, DEFAULT_ANALYSIS_SETTINGS)).toBeNull();
	});
});
