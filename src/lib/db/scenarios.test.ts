import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './database';
import { deleteScenario, listScenarios, saveScenario, scenarioNameProblem } from './scenarios';

beforeEach(async () => {
	await db().scenarios.clear();
});

describe('scenario names', () => {
	it.each([
		['', 'empty'],
		['   ', 'empty'],
		['x'.repeat(81), 'tooLong'],
		['Q3 2024', null]
	])('%j → %s', (name, problem) => {
		expect(scenarioNameProblem(name)).toBe(problem);
	});
});

describe('saving scenarios', () => {
	it('saves, lists by calculator in name order, and deletes', async () => {
		await saveScenario('crr', 'b', { s: '1' });
		await saveScenario('crr', 'a', { s: '2' });
		await saveScenario('churn', 'c', { m: '0.05' });
		const crr = await listScenarios('crr');
		expect(crr.map((s) => s.name)).toEqual(['a', 'b']);
		await deleteScenario(crr[0].id!);
		expect((await listScenarios('crr')).map((s) => s.name)).toEqual(['b']);
		expect(await listScenarios()).toHaveLength(2);
	});

	it('replaces the inputs when the same name is saved again, keeping one record', async () => {
		const first = await saveScenario('crr', 'Q1', { s: '100' });
		const second = await saveScenario('crr', ' Q1 ', { s: '200' });
		expect(second.id).toBe(first.id);
		expect(second.createdAt).toBe(first.createdAt);
		const all = await listScenarios('crr');
		expect(all).toHaveLength(1);
		expect(all[0].inputs).toEqual({ s: '200' });
	});

	it('refuses an empty name and stores nothing', async () => {
		await expect(saveScenario('crr', '  ', { s: '1' })).rejects.toThrow(/empty/);
		expect(await listScenarios()).toHaveLength(0);
	});
});

describe('scenario currency', () => {
	it('keeps the currency a scenario was saved in', async () => {
		await saveScenario('aov', 'in pounds', { r: '100', o: '4' }, 'GBP');
		await saveScenario('aov', 'no currency', { r: '100', o: '4' });
		const saved = await listScenarios('aov');
		expect(saved.map((s) => [s.name, s.currency])).toEqual([
			['in pounds', 'GBP'],
			['no currency', undefined]
		]);
	});
});
