import { describe, expect, it } from 'vitest';
import { TACTIC_IDS, type TacticId } from '$lib/tactics/catalogue';
import {
	applyChange,
	completePlan,
	isIsoDate,
	newPlanEntry,
	planEntryProblem,
	summarizeProgress,
	type PlanEntry,
	type TacticStatus
} from './plan';

const entry = (tacticId: TacticId, status: TacticStatus, updatedAt = 1): PlanEntry => ({
	tacticId,
	status,
	notes: '',
	owner: '',
	targetDate: null,
	updatedAt
});

describe('isIsoDate', () => {
	it.each([
		['2026-12-01', true],
		['2024-02-29', true],
		['2025-02-29', false],
		['2025-02-30', false],
		['2025-13-01', false],
		['2025-1-5', false],
		['01.12.2026', false],
		['2026-12-01T00:00:00Z', false],
		['', false]
	])('%j → %s', (value, expected) => {
		expect(isIsoDate(value)).toBe(expected);
	});
});

describe('planEntryProblem', () => {
	const good = entry('win-back-email', 'planned');
	it.each<[string, Partial<Record<keyof PlanEntry, unknown>>, string | null]>([
		['a valid entry', {}, null],
		['a target date', { targetDate: '2026-06-30' }, null],
		['an unknown tactic', { tacticId: 'bundles' }, 'unknown-tactic'],
		['an unknown status', { status: 'paused' }, 'invalid-status'],
		['a date in another format', { targetDate: '30.06.2026' }, 'invalid-date'],
		['a date that does not exist', { targetDate: '2026-02-30' }, 'invalid-date'],
		['notes of 5,001 characters', { notes: 'x'.repeat(5001) }, 'notes-too-long'],
		['notes of 5,000 characters', { notes: 'x'.repeat(5000) }, null],
		['an owner of 121 characters', { owner: 'x'.repeat(121) }, 'owner-too-long'],
		['a NaN time', { updatedAt: Number.NaN }, 'invalid-timestamp']
	])('%s → %s', (_label, change, problem) => {
		expect(planEntryProblem({ ...good, ...change } as Record<keyof PlanEntry, unknown>)).toBe(problem);
	});
});

describe('changing an entry', () => {
	it('starts untouched and stamps every change', () => {
		const start = newPlanEntry('cross-sell', 100);
		expect(start).toEqual(entry('cross-sell', 'not-started', 100));
		const next = applyChange(start, { status: 'in-progress', owner: 'Anna', targetDate: '2026-12-01' }, 200);
		expect(next).toEqual({
			...start,
			status: 'in-progress',
			owner: 'Anna',
			targetDate: '2026-12-01',
			updatedAt: 200
		});
		expect(start.status).toBe('not-started');
	});

	it.each([
		['', null],
		['   ', null],
		[' 2026-12-01 ', '2026-12-01']
	])('reads a typed date %j as %j', (typed, stored) => {
		expect(applyChange(newPlanEntry('cross-sell', 1), { targetDate: typed }, 2).targetDate).toBe(stored);
	});

	it('refuses a date that is not one', () => {
		expect(() => applyChange(newPlanEntry('cross-sell', 1), { targetDate: '2026-02-30' }, 2)).toThrow(RangeError);
	});
});

describe('completePlan', () => {
	it('gives one row per tactic in checklist order, untouched ones as not started', () => {
		const rows = completePlan([entry('cross-sell', 'done', 5)]);
		expect(rows.map((row) => row.tacticId)).toEqual(TACTIC_IDS);
		expect(rows.find((row) => row.tacticId === 'cross-sell')?.status).toBe('done');
		expect(rows.find((row) => row.tacticId === 'sms-marketing')).toEqual({
			tacticId: 'sms-marketing',
			status: 'not-started',
			notes: '',
			owner: '',
			targetDate: null,
			updatedAt: null
		});
	});

	it('keeps the latest of two entries for one tactic and drops ids the catalogue no longer has', () => {
		const rows = completePlan(
			[
				entry('sms-marketing', 'done', 9),
				entry('sms-marketing', 'planned', 3),
				entry('bundles' as TacticId, 'done')
			],
			['sms-marketing', 'cross-sell']
		);
		expect(rows.map((row) => [row.tacticId, row.status])).toEqual([
			['sms-marketing', 'done'],
			['cross-sell', 'not-started']
		]);
	});
});

describe('summarizeProgress', () => {
	it('counts every status and leaves not-relevant tactics out of the share done', () => {
		const progress = summarizeProgress([
			entry('cross-sell', 'done'),
			entry('sms-marketing', 'done'),
			entry('win-back-email', 'done'),
			entry('paid-membership', 'not-relevant'),
			entry('shipping-perks', 'not-relevant'),
			entry('loyalty-program', 'in-progress'),
			entry('referral-program', 'planned')
		]);
		// 25 tactics, 2 not relevant → 23 relevant; 3 done → 3/23
		expect(progress.total).toBe(25);
		expect(progress.counts).toEqual({
			'not-started': 18,
			planned: 1,
			'in-progress': 1,
			done: 3,
			'not-relevant': 2
		});
		expect(progress.relevant).toBe(23);
		expect(progress.done).toBe(3);
		expect(progress.doneShare).toBeCloseTo(3 / 23, 12);
	});

	it.each<[TacticStatus[], number | null]>([
		[['not-started', 'not-started'], 0],
		[['done', 'done'], 1],
		[['done', 'not-relevant'], 1],
		[['not-relevant', 'not-relevant'], null]
	])('%j → share done %s', (statuses, share) => {
		const ids: TacticId[] = ['cross-sell', 'sms-marketing'];
		const progress = summarizeProgress(
			statuses.map((status, i) => entry(ids[i], status)),
			ids
		);
		expect(progress.doneShare).toBe(share);
	});
});
