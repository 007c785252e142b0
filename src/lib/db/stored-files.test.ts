import { describe, expect, it } from 'vitest';
import type { DatasetRecord, SourceFile } from './database';
import { chosenTwice, storedCopies, type ChosenFile } from './stored-files';

const file = (name: string, rows?: string | null, size = 1000, lastModified = 5000): ChosenFile => ({
	name,
	size,
	lastModified,
	rows
});
const source = (name: string, rows: string | null, size = 1000, lastModified = 5000): SourceFile => ({
	name,
	size,
	lastModified,
	rows
});
const dataset = (id: number, sourceFiles?: SourceFile[]) => ({ id, name: `set ${id}`, sourceFiles }) as DatasetRecord;

describe('which chosen file a stored data set holds already', () => {
	it.each([
		{
			why: 'the same file again, fingerprint not read yet: by name, size and date',
			chosen: [file('a.csv')],
			datasets: [dataset(1, [source('a.csv', '1:2')])],
			copies: [{ file: 0, dataset: 1, stored: 'a.csv', by: 'file' }]
		},
		{
			why: 'the same file again, fingerprint read: by its rows',
			chosen: [file('a.csv', '1:2')],
			datasets: [dataset(1, [source('a.csv', '1:2')])],
			copies: [{ file: 0, dataset: 1, stored: 'a.csv', by: 'rows' }]
		},
		{
			why: 'renamed, saved again later, under another header: the same rows all the same',
			chosen: [file('copy of a.csv', '1:2', 990, 9999)],
			datasets: [dataset(1, [source('a.csv', '1:2')])],
			copies: [{ file: 0, dataset: 1, stored: 'a.csv', by: 'rows' }]
		},
		{
			why: 'same name, size and date but other rows (fingerprints decide): none',
			chosen: [file('a.csv', '3:4')],
			datasets: [dataset(1, [source('a.csv', '1:2')])],
			copies: []
		},
		{
			why: 'a data set imported before fingerprints were kept: by name, size and date',
			chosen: [file('a.csv', '1:2')],
			datasets: [dataset(1, [source('a.csv', null)])],
			copies: [{ file: 0, dataset: 1, stored: 'a.csv', by: 'file' }]
		},
		{
			why: 'the fingerprint could not be read: by name, size and date',
			chosen: [file('a.csv', null)],
			datasets: [dataset(1, [source('a.csv', '1:2')])],
			copies: [{ file: 0, dataset: 1, stored: 'a.csv', by: 'file' }]
		},
		{
			why: 'another size: none (until the fingerprint says otherwise)',
			chosen: [file('a.csv', undefined, 1001)],
			datasets: [dataset(1, [source('a.csv', '1:2')])],
			copies: []
		},
		{
			why: 'another date modified: none',
			chosen: [file('a.csv', undefined, 1000, 5001)],
			datasets: [dataset(1, [source('a.csv', '1:2')])],
			copies: []
		},
		{
			why: 'a data set stored before its files were kept: never matched',
			chosen: [file('a.csv', '1:2')],
			datasets: [dataset(1)],
			copies: []
		},
		{
			why: 'one of several files of a data set; and a second data set of it (imported twice)',
			chosen: [file('x.csv', '7:7'), file('a.csv', '1:2')],
			datasets: [
				dataset(2, [source('b.csv', '0:0'), source('a.csv', '1:2')]),
				dataset(3, [source('a.csv', '1:2')])
			],
			copies: [
				{ file: 1, dataset: 2, stored: 'a.csv', by: 'rows' },
				{ file: 1, dataset: 3, stored: 'a.csv', by: 'rows' }
			]
		},
		{
			why: 'a data set with the rows twice (the same file chosen twice): said once, by its rows',
			chosen: [file('a.csv', '1:2')],
			datasets: [dataset(1, [source('a.csv', null), source('a2.csv', '1:2')])],
			copies: [{ file: 0, dataset: 1, stored: 'a2.csv', by: 'rows' }]
		}
	])('$why', ({ chosen, datasets, copies }) => {
		expect(
			storedCopies(chosen, datasets).map((c) => ({
				file: c.file,
				dataset: c.dataset.id,
				stored: c.stored.name,
				by: c.by
			}))
		).toEqual(copies);
	});
});

// QA 64: one export chosen twice in one import was named nowhere in the review.
describe('which chosen file is an earlier chosen file again', () => {
	it.each([
		{ why: 'one file chosen once', chosen: [file('a.csv')], again: [] },
		{
			why: 'the same file dropped twice, fingerprints not read yet',
			chosen: [file('a.csv'), file('a.csv')],
			again: [{ file: 1, of: 0, by: 'file' }]
		},
		{
			why: 'a download saved twice under two names: by its rows',
			chosen: [file('orders.csv', '1:2'), file('orders (1).csv', '1:2', 990, 9999)],
			again: [{ file: 1, of: 0, by: 'rows' }]
		},
		{
			why: 'the same name, size and date, other rows (fingerprints decide): none',
			chosen: [file('a.csv', '1:2'), file('a.csv', '3:4')],
			again: []
		},
		{
			why: 'three copies: each later one is the first again',
			chosen: [file('b.csv', '9:9'), file('a.csv', '1:2'), file('a2.csv', '1:2'), file('a3.csv', '1:2')],
			again: [
				{ file: 2, of: 1, by: 'rows' },
				{ file: 3, of: 1, by: 'rows' }
			]
		},
		{
			why: 'one fingerprint read, the other not: by name, size and date',
			chosen: [file('a.csv', '1:2'), file('a.csv', undefined)],
			again: [{ file: 1, of: 0, by: 'file' }]
		}
	])('$why', ({ chosen, again }) => {
		expect(chosenTwice(chosen)).toEqual(again);
	});
});
