import { expect, type Page } from '@playwright/test';

/**
 * Writes records into the app's database as another part of the app would (a calculator, an
 * import), then reloads the page and waits until it is ready (`[data-ready]`).
 */
export async function putRecords(page: Page, store: string, records: unknown[]): Promise<void> {
	await page.evaluate(
		async ({ store, records }) => {
			const database = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('retention-lab');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			await new Promise<void>((resolve, reject) => {
				const transaction = database.transaction(store, 'readwrite');
				for (const record of records) transaction.objectStore(store).put(record);
				transaction.oncomplete = () => resolve();
				transaction.onerror = () => reject(transaction.error);
			});
			database.close();
		},
		{ store, records }
	);
	await page.reload();
	await expect(page.locator('[data-ready]')).toBeAttached();
}
