import { db } from './database';

/** localStorage keys of this app start with this prefix (currency, language). */
export const SETTINGS_PREFIX = 'retention-lab:';

/**
 * Deletes everything this site keeps in the browser: the IndexedDB database (data sets,
 * scenarios, plans), the offline caches, and the settings. The caller reloads the page after,
 * so nothing still in memory is shown again.
 */
export async function wipeEverything(): Promise<void> {
	const database = db();
	database.close();
	await database.delete();
	if (typeof caches !== 'undefined') {
		for (const key of await caches.keys()) await caches.delete(key);
	}
	try {
		for (const key of Object.keys(localStorage)) if (key.startsWith(SETTINGS_PREFIX)) localStorage.removeItem(key);
	} catch {
		// Storage blocked: there are no settings to remove.
	}
}
