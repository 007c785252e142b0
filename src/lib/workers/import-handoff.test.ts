import { describe, expect, it } from 'vitest';
import type { Analysis } from '$lib/analysis/analyse';
import { clvPrecomputeOf, handedOffAnalysis, handOffAnalysis, noteClvPrecompute } from './import-handoff';

const analysis = { marker: 'a' } as unknown as Analysis;

describe('import handoff', () => {
	it.each([
		{ name: 'the same data set, time and settings', id: 1, createdAt: 10, key: 'k', found: true },
		{ name: 'another data set', id: 2, createdAt: 10, key: 'k', found: false },
		{
			name: 'the same id created at another time (deleted and restored)',
			id: 1,
			createdAt: 11,
			key: 'k',
			found: false
		},
		{ name: 'other settings', id: 1, createdAt: 10, key: 'other', found: false }
	])('hands the analysis over only for $name', ({ id, createdAt, key, found }) => {
		handOffAnalysis({ datasetId: 1, createdAt: 10, settingsKey: 'k', analysis });
		expect(handedOffAnalysis(id, createdAt, key)).toBe(found ? analysis : null);
	});

	it('forgets a CLV precompute once it settles, and only its own', async () => {
		let finish!: () => void;
		const first = new Promise<void>((resolve) => (finish = resolve));
		noteClvPrecompute(7, first);
		expect(clvPrecomputeOf(7)).toBe(first);
		expect(clvPrecomputeOf(8)).toBeNull();
		const second = new Promise<void>(() => {});
		noteClvPrecompute(7, second);
		finish();
		await first;
		await Promise.resolve();
		expect(clvPrecomputeOf(7)).toBe(second);

		const third = Promise.resolve();
		noteClvPrecompute(9, third);
		await third;
		await Promise.resolve();
		expect(clvPrecomputeOf(9)).toBeNull();
	});
});
