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
