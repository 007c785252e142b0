import { db, type ScenarioRecord } from './database';

export const MAX_SCENARIO_NAME_LENGTH = 80;

export type ScenarioNameProblem = 'empty' | 'tooLong';

/** Why a scenario name cannot be used, or null when it can. */
export function scenarioNameProblem(name: string): ScenarioNameProblem | null {
	const trimmed = name.trim();
	if (!trimmed) return 'empty';
	if (trimmed.length > MAX_SCENARIO_NAME_LENGTH) return 'tooLong';
	return null;
}

/**
 * Saves the inputs of one calculator under a name; saving again under the same name replaces
 * the earlier inputs (that is what a user who clicks Save twice means).
 */
export async function saveScenario(
	calculator: string,
	name: string,
	inputs: Record<string, string>,
	currency?: string
): Promise<ScenarioRecord> {
	const problem = scenarioNameProblem(name);
	if (problem) throw new Error(`Invalid scenario name (${problem})`);
	const trimmed = name.trim();
	const now = Date.now();
	// A plain copy: a Svelte $state proxy cannot be stored (DataCloneError).
	const plainInputs = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)]));
	return db().transaction('rw', db().scenarios, async () => {
		const existing = await db().scenarios.where({ calculator, name: trimmed }).first();
		const record: ScenarioRecord = {
			...(existing ?? { createdAt: now }),
			calculator,
			name: trimmed,
			inputs: plainInputs,
			...(currency ? { currency } : {}),
			updatedAt: now
		};
		record.id = await db().scenarios.put(record);
		return record;
	});
}

export function listScenarios(calculator?: string): Promise<ScenarioRecord[]> {
	const table = db().scenarios;
	const query = calculator ? table.where('calculator').equals(calculator) : table.toCollection();
	return query.sortBy('name');
}

export function deleteScenario(id: number): Promise<void> {
	return db().scenarios.delete(id);
}
