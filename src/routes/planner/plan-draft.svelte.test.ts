import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanEntryChange, PlanRow } from '$lib/planner/plan';
import { PlanDraft, TYPING_PAUSE_MS } from './plan-draft.svelte';

const ROW: PlanRow = {
	tacticId: 'cross-sell',
	status: 'planned',
	notes: 'stored',
	owner: '',
	targetDate: '2025-06-30',
	updatedAt: 1
};

function draftWith(row: PlanRow = ROW) {
	const saved: PlanEntryChange[] = [];
	const save = vi.fn(async (change: PlanEntryChange) => {
		saved.push(change);
		return true;
	});
	return { draft: new PlanDraft(() => row, save), saved, save };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('PlanDraft', () => {
	it('shows the stored values until something is typed', () => {
		const { draft } = draftWith();
		expect([draft.notes, draft.owner, draft.date]).toEqual(['stored', '', '2025-06-30']);
		draft.edit('notes', 'typed');
		expect(draft.notes).toBe('typed');
	});

	it('saves notes once typing pauses, not at every keystroke', async () => {
		const { draft, saved } = draftWith();
		draft.edit('notes', 'a');
		draft.edit('notes', 'ab');
		await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS - 1);
		expect(saved).toEqual([]);
		await vi.advanceTimersByTimeAsync(1);
		expect(saved).toEqual([{ notes: 'ab' }]);
		expect(draft.saveState).toBe('saved');
	});

	it('judges the date when the field is left, keeps a wrong one and saves a right one trimmed', async () => {
		const { draft, saved } = draftWith();
		draft.edit('date', '2025-13-01');
		expect(draft.dateInvalid).toBe(false);
		await draft.commit('date');
		expect(draft.dateInvalid).toBe(true);
		expect(draft.date).toBe('2025-13-01');
		expect(saved).toEqual([]);

		draft.edit('date', ' 2025-12-01 ');
		expect(draft.dateInvalid).toBe(false);
		await draft.commit('date');
		draft.edit('date', '');
		await draft.commit('date');
		expect(saved).toEqual([{ targetDate: '2025-12-01' }, { targetDate: null }]);
	});

	it('holds back over-long text but still saves the other fields', async () => {
		const { draft, saved } = draftWith();
		draft.edit('owner', 'x'.repeat(121));
		draft.edit('notes', 'fine');
		await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS);
		expect(draft.ownerTooLong).toBe(true);
		expect(saved).toEqual([{ notes: 'fine' }]);
	});

	it('saves a note still waiting for its pause when flushed', async () => {
		const { draft, saved } = draftWith();
		draft.edit('notes', 'leaving now');
		draft.flush();
		await vi.advanceTimersByTimeAsync(0);
		expect(saved).toEqual([{ notes: 'leaving now' }]);
	});

	it('says when storage refused the change', async () => {
		const draft = new PlanDraft(
			() => ROW,
			async () => false
		);
		await draft.setStatus('done');
		expect(draft.saveState).toBe('failed');
	});
});
