import Dexie, { type EntityTable } from 'dexie';

/**
 * The one IndexedDB database of the app, opened through Dexie. Every schema change is a new
 * `version(n)` below, never an edit of an old one: Dexie upgrades a browser's stored database
 * step by step, and an `upgrade()` function moves the data where the shape changes.
 */

/** A calculator's inputs saved under a name. Inputs are kept as typed (text), so reopening is exact. */
export interface ScenarioRecord {
	id?: number;
	calculator: string;
	name: string;
	inputs: Record<string, string>;
	createdAt: number;
	updatedAt: number;
}

export const DATABASE_NAME = 'retention-lab';

export class RetentionDatabase extends Dexie {
	scenarios!: EntityTable<ScenarioRecord, 'id'>;

	constructor(name = DATABASE_NAME) {
		super(name);
		this.version(1).stores({
			scenarios: '++id, calculator, &[calculator+name], updatedAt'
		});
	}
}

let database: RetentionDatabase | undefined;

/** The shared connection, opened on first use (never at module load: there is no IndexedDB while prerendering). */
export function db(): RetentionDatabase {
	database ??= new RetentionDatabase();
	return database;
}
