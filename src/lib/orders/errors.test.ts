import { describe, expect, it } from 'vitest';
import { ReadOnlyDatabaseError } from '$lib/db/status';
import { ImportError, toErrorData } from './errors';

describe('errors for the page', () => {
	it('keeps an import error’s code, details and file', () => {
		expect(toErrorData(new ImportError('unclosedQuote', { row: 3 }, 1))).toEqual({
			code: 'unclosedQuote',
			params: { row: 3 },
			file: 1
		});
	});

	it.each([
		['a DOMException', new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
		[
			'Dexie’s wrapper of one',
			Object.assign(new Error('QuotaExceededError'), {
				name: 'AbortError',
				inner: new DOMException('full', 'QuotaExceededError')
			})
		],
		['an error named so', Object.assign(new Error('full'), { name: 'QuotaExceededError' })]
	])('explains a full disk (%s) as the quota message', (_name, error) => {
		expect(toErrorData(error).code).toBe('quotaExceeded');
	});

	// Review: another tab's "Delete everything" mid-import gave "(DatabaseClosedError Database has been
	// closed). Nothing was saved. Nothing was saved; your existing data sets are unchanged."
	it.each([
		[
			'Dexie’s closed connection',
			Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' })
		],
		['this app’s read-only guard', new ReadOnlyDatabaseError('deleted')]
	])('explains a database deleted or upgraded in another tab (%s) in words', (_name, error) => {
		expect(toErrorData(error)).toEqual({ code: 'databaseClosed', params: {}, file: null });
	});

	it('keeps the detail of any other storage failure', () => {
		expect(toErrorData(new Error('The database connection is closing.'))).toEqual({
			code: 'storageFailed',
			params: { detail: 'The database connection is closing.' },
			file: null
		});
	});
});
