import { describe, expect, it } from 'vitest';
import { inspectSample } from './inspect';
import { rowsHash } from './same-files';
import { sampleOf, sourceOf } from './test-support';

/** The fingerprint a data set keeps of a file (`DatasetRecord.sourceFiles`), read in small chunks. */
async function fingerprint(text: string, chunkSize = 7): Promise<string> {
	const bytes = new TextEncoder().encode(text);
	const plan = inspectSample(sampleOf('f.csv', bytes), 'dmy').plan;
	return rowsHash(plan, sourceOf(bytes, plan, chunkSize).chunks());
}

const ROWS = 'a@x.io,2024-01-05,10.00\nb@x.io,2024-02-05,20.00\n';

describe('the fingerprint of a file’s rows', () => {
	it.each([
		{ why: 'the same file again', other: `email,date,total\n${ROWS}`, same: true },
		{ why: 'read in other chunks', other: `email,date,total\n${ROWS}`, same: true, chunkSize: 3 },
		// (Hashed four bytes at a time: a word cut across chunks of any size is the same word.)
		...[1, 2, 5, 4096].map((chunkSize) => ({
			why: `read in chunks of ${chunkSize}`,
			other: `email,date,total\n${ROWS}`,
			same: true,
			chunkSize
		})),
		{ why: 'one byte more at the end', other: `email,date,total\n${ROWS}x`, same: false },
		{ why: 'under another header', other: `Customer Email,Order Date,Order Total\n${ROWS}`, same: true },
		{ why: 'with a title row above the header', other: `Export of 6 Dec\nemail,date,total\n${ROWS}`, same: true },
		{ why: 'one amount changed', other: `email,date,total\n${ROWS.replace('20.00', '20.01')}`, same: false },
		{ why: 'a row left out', other: `email,date,total\n${ROWS.split('\n')[0]}\n`, same: false },
		{
			why: 'the rows in another order',
			other: `email,date,total\nb@x.io,2024-02-05,20.00\na@x.io,2024-01-05,10.00\n`,
			same: false
		},
		{ why: 'CRLF line ends', other: `email,date,total\r\n${ROWS.replaceAll('\n', '\r\n')}`, same: false }
	] as { why: string; other: string; same: boolean; chunkSize?: number }[])(
		'$why: same = $same',
		async ({ other, same, chunkSize }) => {
			const first = await fingerprint(`email,date,total\n${ROWS}`);
			expect(first).toMatch(/^\d+:\d+$/);
			expect((await fingerprint(other, chunkSize)) === first).toBe(same);
		}
	);
});
