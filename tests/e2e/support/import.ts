import { expect, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../../fixtures');

export type FileInput = string | { name: string; mimeType: string; buffer: Buffer };

export function fixture(path: string): FileInput {
	return join(FIXTURES, path);
}

export function fileFromText(name: string, text: string | Buffer): FileInput {
	return { name, mimeType: 'text/csv', buffer: typeof text === 'string' ? Buffer.from(text) : text };
}

/** Writes a test file to disk: choosing a file by its path costs nothing, a buffer is copied into the browser. */
export function fileOnDisk(testInfo: TestInfo, name: string, content: string | Buffer): string {
	const path = testInfo.outputPath(name);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, content);
	return path;
}

/** Chooses files on the Data page and waits for the review step (or an error). */
export async function chooseFiles(page: Page, files: FileInput | FileInput[]) {
	// Wait until the page is live: a file set on the prerendered input before hydration is lost.
	await expect(page.locator('[data-testid="file-input"][data-ready]')).toBeAttached();
	await page.getByTestId('file-input').setInputFiles(files as Parameters<Page['setInputFiles']>[1]);
}

/** Chooses files, accepts what was recognised, imports, and waits for the report. */
export async function importFiles(page: Page, files: FileInput | FileInput[], name?: string) {
	await chooseFiles(page, files);
	await expect(page.getByRole('heading', { name: 'Check how the file will be read' })).toBeVisible();
	if (name) await page.getByLabel('Data set name').fill(name);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 60_000 });
}

/**
 * Imports files from the Data page (as `importFiles`) and opens their analysis through the report's
 * "Analyse this data set" link, as a merchant goes from an export to its figures.
 */
export async function importAndAnalyse(page: Page, files: FileInput | FileInput[], name?: string) {
	await page.goto('./data');
	await importFiles(page, files, name);
	await page.getByRole('link', { name: 'Analyse this data set' }).click();
}

/** The number in a report cell, as a plain number ("€1,234.50" → 1234.5, "−€5.00" → −5). */
export function numberIn(text: string): number {
	return Number(text.replace(/\u2212/g, '-').replace(/[^\d.-]/g, ''));
}

export function readFixture(path: string): Buffer {
	return readFileSync(join(FIXTURES, path));
}
