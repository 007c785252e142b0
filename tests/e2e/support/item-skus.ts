import type { Page } from '@playwright/test';

/**
 * Makes a stored data set look as one imported before SKUs per line item were kept: its record
 * loses `hasItemSkus` (its chunks' `itemSku`, which nothing reads then, may stay). Reload the page
 * afterwards: the app's open views do not see a write made outside it.
 */
export async function forgetItemSkus(page: Page, name: string): Promise<void> {
	await page.evaluate(
		(name) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('retention-lab');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction('datasets', 'readwrite');
					const store = tx.objectStore('datasets');
					const all = store.getAll();
					all.onsuccess = () => {
						for (const dataset of all.result as { name: string; hasItemSkus?: boolean }[]) {
							if (dataset.name !== name) continue;
							delete dataset.hasItemSkus;
							store.put(dataset);
						}
					};
					tx.oncomplete = () => (db.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		name
	);
}
