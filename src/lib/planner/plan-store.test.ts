import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '$lib/db/database';
import { newPlanEntry } from './plan';
import { readPlan, restoreStashedEntries, savePlanChange } from './plan-store';

beforeEach(async () => {
	await db().plan.clear();
});

describe('savePlanChange', () => {
	it('creates an entry on the first change and keeps earlier fields on the next', async () => {
		await savePlanChange('win-back-email', { status: 'planned' }, 1000);
		await savePlanChange('win-back-email', { notes: 'Send on day 60', owner: 'Ilze' }, 2000);
		expect(await db().plan.get('win-back-email')).toEqual({
			tacticId: 'win-back-email',
			status: 'planned',
			notes: 'Send on day 60',
			owner: 'Ilze',
			targetDate: null,
			updatedAt: 2000
		});
	});

	it('refuses an invalid date and leaves the stored entry as it was', async () => {
		await savePlanChange('cross-sell', { targetDate: '2025-06-30', notes: 'keep me' }, 1000);
		await expect(savePlanChange('cross-sell', { targetDate: '2025-02-30' }, 2000)).rejects.toThrow(/invalid-date/);
		expect(await db().plan.get('cross-sell')).toMatchObject({
			targetDate: '2025-06-30',
			notes: 'keep me',
			updatedAt: 1000
		});
	});

	it('clears a date set to empty', async () => {
		await savePlanChange('cross-sell', { targetDate: '2025-06-30' }, 1000);
		await savePlanChange('cross-sell', { targetDate: '  ' }, 2000);
		expect((await db().plan.get('cross-sell'))?.targetDate).toBeNull();
	});
});

describe('readPlan', () => {
	it('leaves out stored entries that are not valid', async () => {
		await savePlanChange('sms-marketing', { status: 'done' }, 1000);
		await db().plan.put({
			tacticId: 'gone-tactic' as never,
			status: 'done',
			notes: '',
			owner: '',
			targetDate: null,
			updatedAt: 1
		});
		expect((await readPlan()).map((entry) => entry.tacticId)).toEqual(['sms-marketing']);
	});
});

describe('restoreStashedEntries', () => {
	it('stores the stashed entries newer than the stored ones and leaves the others', async () => {
		await savePlanChange('win-back-email', { status: 'planned' }, 1000);
		await savePlanChange('cross-sell', { notes: 'newer in the database' }, 5000);
		const stashed = [
			{ ...newPlanEntry('win-back-email', 2000), status: 'in-progress' as const },
			{ ...newPlanEntry('cross-sell', 3000), notes: 'older stash' },
			{ ...newPlanEntry('loyalty-program', 3000), owner: 'Anna' }
		];
		expect(await restoreStashedEntries(stashed)).toBe(2);
		expect(await db().plan.get('win-back-email')).toMatchObject({ status: 'in-progress', updatedAt: 2000 });
		expect(await db().plan.get('cross-sell')).toMatchObject({ notes: 'newer in the database', updatedAt: 5000 });
		expect(await db().plan.get('loyalty-program')).toMatchObject({ owner: 'Anna', updatedAt: 3000 });
	});
});
