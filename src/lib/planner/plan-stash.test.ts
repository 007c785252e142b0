import { describe, expect, it } from 'vitest';
import { newPlanEntry, type PlanEntry } from './plan';
import {
	clearStash,
	PLAN_STASH_KEY,
	readStash,
	removeStashed,
	stashEntries,
	stashedNewer,
	type StashStorage
} from './plan-stash';

function memoryStorage(initial: Record<string, string> = {}): StashStorage & { items: Map<string, string> } {
	const items = new Map(Object.entries(initial));
	return {
		items,
		getItem: (key) => items.get(key) ?? null,
		setItem: (key, value) => void items.set(key, value),
		removeItem: (key) => void items.delete(key)
	};
}

const entry = (tacticId: PlanEntry['tacticId'], updatedAt: number, change: Partial<PlanEntry> = {}): PlanEntry => ({
	...newPlanEntry(tacticId, updatedAt),
	...change
});

describe('stashEntries and readStash', () => {
	it('keeps the newer entry per tactic across two stashes', () => {
		const storage = memoryStorage();
		stashEntries(storage, [entry('win-back-email', 2000, { status: 'planned' }), entry('cross-sell', 1000)]);
		stashEntries(storage, [
			entry('win-back-email', 3000, { status: 'in-progress' }),
			entry('cross-sell', 500, { status: 'done' })
		]);
		expect(readStash(storage)).toEqual([
			entry('win-back-email', 3000, { status: 'in-progress' }),
			entry('cross-sell', 1000)
		]);
	});

	it.each([
		['nothing stored', undefined],
		['not JSON', '{oops'],
		['not a list', '{"tacticId":"cross-sell"}'],
		['only invalid entries', JSON.stringify([{ tacticId: 'no-such-tactic', updatedAt: 1 }, null, 7])]
	])('reads %s as an empty stash', (_, stored) => {
		const storage = memoryStorage(stored === undefined ? {} : { [PLAN_STASH_KEY]: stored });
		expect(readStash(storage)).toEqual([]);
	});

	it('leaves out the invalid entries of a stash and keeps the valid ones', () => {
		const valid = entry('cross-sell', 1000, { notes: 'keep me' });
		const storage = memoryStorage({
			[PLAN_STASH_KEY]: JSON.stringify([valid, { ...valid, tacticId: 'loyalty-program', status: 'maybe' }])
		});
		expect(readStash(storage)).toEqual([valid]);
	});

	it('neither throws nor stores when the storage refuses the write', () => {
		const storage = memoryStorage();
		storage.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		expect(() => stashEntries(storage, [entry('cross-sell', 1000)])).not.toThrow();
		expect(readStash(storage)).toEqual([]);
	});

	it('is emptied by clearStash', () => {
		const storage = memoryStorage();
		stashEntries(storage, [entry('cross-sell', 1000)]);
		clearStash(storage);
		expect(storage.items.has(PLAN_STASH_KEY)).toBe(false);
	});
});

describe('stashedNewer', () => {
	const stashed = [entry('win-back-email', 2000), entry('cross-sell', 2000), entry('loyalty-program', 2000)];
	it.each([
		['nothing stored: all', [], ['win-back-email', 'cross-sell', 'loyalty-program']],
		['stored older: written', [entry('cross-sell', 1999)], ['win-back-email', 'cross-sell', 'loyalty-program']],
		['stored at the same time: not written', [entry('cross-sell', 2000)], ['win-back-email', 'loyalty-program']],
		['stored newer: not written', [entry('win-back-email', 2001), entry('loyalty-program', 5000)], ['cross-sell']]
	])('%s', (_, stored, expected) => {
		expect(stashedNewer(stashed, stored).map((e) => e.tacticId)).toEqual(expected);
	});
});

describe('removeStashed', () => {
	it('removes what was handled and keeps what another tab stashed later', () => {
		const storage = memoryStorage();
		const handled = [entry('win-back-email', 2000), entry('cross-sell', 2000)];
		stashEntries(storage, handled);
		// Another tab, closing meanwhile, stashes a newer change to one tactic and one to another.
		stashEntries(storage, [entry('cross-sell', 2500, { notes: 'later' }), entry('loyalty-program', 1000)]);
		removeStashed(storage, handled);
		expect(readStash(storage)).toEqual([
			entry('cross-sell', 2500, { notes: 'later' }),
			entry('loyalty-program', 1000)
		]);
		removeStashed(storage, readStash(storage));
		expect(storage.items.has(PLAN_STASH_KEY)).toBe(false);
	});
});
