import { describe, expect, it } from 'vitest';
import { TACTIC_IDS } from '$lib/tactics/catalogue';
import { filterTactics, isFiltered, NO_FILTER, readFilter, writeFilter, type PlanFilter } from './filter';
import type { PlanEntry } from './plan';

const entry = (tacticId: PlanEntry['tacticId'], status: PlanEntry['status']): PlanEntry => ({
	tacticId,
	status,
	notes: '',
	owner: '',
	targetDate: null,
	updatedAt: 1
});

describe('readFilter and writeFilter', () => {
	it.each<[string, PlanFilter]>([
		['segment=at-risk', { ...NO_FILTER, segment: 'at-risk' }],
		['lever=winBack&status=done', { lever: 'winBack', segment: null, status: 'done' }],
		['segment=nobody&lever=magic&status=maybe', NO_FILTER],
		['', NO_FILTER]
	])('%s', (query, filter) => {
		expect(readFilter(new URLSearchParams(query))).toEqual(filter);
		expect(readFilter(writeFilter(filter))).toEqual(filter);
	});

	it('keeps other parameters and drops cleared filters', () => {
		const params = writeFilter({ ...NO_FILTER, lever: 'frequency' }, new URLSearchParams('segment=new&x=1'));
		expect(params.toString()).toBe('x=1&lever=frequency');
		expect(isFiltered(readFilter(params))).toBe(true);
		expect(isFiltered(NO_FILTER)).toBe(false);
	});
});

describe('filterTactics', () => {
	it('lists every tactic without a filter, in checklist order', () => {
		expect(filterTactics([], NO_FILTER)).toEqual(TACTIC_IDS);
	});

	it('lists a segment’s own tactics first, then those for all customers', () => {
		const ids = filterTactics([], { ...NO_FILTER, segment: 'at-risk' });
		expect(ids.slice(0, 3)).toEqual(['churn-reasons', 'win-back-email', 'retargeting-ads']);
		expect(ids).toContain('customer-service');
		expect(ids).not.toContain('loyalty-program');
	});

	it('combines lever, segment and status', () => {
		const entries = [entry('win-back-email', 'done'), entry('retargeting-ads', 'planned')];
		expect(filterTactics(entries, { lever: 'winBack', segment: 'at-risk', status: 'done' })).toEqual([
			'win-back-email'
		]);
		expect(filterTactics(entries, { ...NO_FILTER, lever: 'winBack' })).toEqual([
			'win-back-email',
			'retargeting-ads'
		]);
		// untouched tactics count as not started
		expect(filterTactics(entries, { ...NO_FILTER, status: 'not-started' })).toHaveLength(TACTIC_IDS.length - 2);
	});
});
