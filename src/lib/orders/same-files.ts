import { matchedByContent, type FilePlan } from './plan';
import { firstDataRow } from './ranges';
import { FNV_OFFSET, FNV_PRIME } from './string-index';

/**
 * The files of an import that are an earlier file again: for each file, the index of the earlier
 * file whose rows after the header are byte for byte its own, or null. Only files without an order
 * id are compared (the rows of a file with one are matched by it): the same export chosen twice,
 * or saved again under another header, would otherwise count every order twice. Such a file is
 * read once.
 *
 * Cheap where nothing is the same: each file's header is read to know the size of its rows; only
 * files whose rows are as long as another file's are read whole, to hash them.
 */
export async function sameFiles(
	plans: readonly FilePlan[],
	chunksOf: (file: number) => AsyncIterable<Uint8Array>
): Promise<(number | null)[]> {
	const same: (number | null)[] = plans.map(() => null);
	const candidates = plans.map((plan, file) => ({ plan, file })).filter(({ plan }) => matchedByContent(plan));
	if (candidates.length < 2) return same;
	const sizes = new Map<number, number[]>();
	for (const { plan, file } of candidates) {
		const header = await headerBytes(plan, chunksOf(file));
		if (header === null || header >= plan.size) continue;
		const size = plan.size - header;
		sizes.set(size, [...(sizes.get(size) ?? []), file]);
	}
	for (const files of sizes.values()) {
		if (files.length < 2) continue;
		const seen = new Map<string, number>();
		for (const file of files) {
			const hash = await rowsHash(plans[file], chunksOf(file));
			const earlier = seen.get(hash);
			if (earlier === undefined) seen.set(hash, file);
			else same[file] = earlier;
		}
	}
	return same;
}

/**
 * Where a file's rows begin, found chunk by chunk: past its title rows and header, that is past
 * `firstDataRow − 1` line breaks (the last byte of "\r\n"). `header.skip(chunk)` is the index in
 * `chunk` after the header's last byte (`chunk.length` while the header goes on); `passed` once found.
 */
class Header {
	#lines: number;
	readonly #lineBreak: number;
	constructor(plan: FilePlan) {
		this.#lines = firstDataRow(plan) - 1;
		this.#lineBreak = plan.newline === '\r' ? 0x0d : 0x0a;
	}
	get passed(): boolean {
		return this.#lines === 0;
	}
	skip(chunk: Uint8Array): number {
		let i = 0;
		while (this.#lines > 0 && i < chunk.length) if (chunk[i++] === this.#lineBreak) this.#lines--;
		return i;
	}
}

/** The bytes before the file's first data row (title rows and header), or null when the file has no data row. */
async function headerBytes(plan: FilePlan, chunks: AsyncIterable<Uint8Array>): Promise<number | null> {
	const header = new Header(plan);
	if (header.passed) return 0;
	let offset = 0;
	for await (const chunk of chunks) {
		const rows = header.skip(chunk);
		if (header.passed) return offset + rows;
		offset += chunk.length;
	}
	return null;
}

/**
 * Two 32-bit hashes (FNV-1a and a multiply-rotate one, each with its own seed) of the file's bytes
 * after its header, taken four bytes (one little-endian word) at a time, then of the count of bytes
 * hashed: files whose rows differ have the same pair by chance once in 2^64. Kept with a data set as
 * its files' fingerprints (`DatasetRecord.sourceFiles`), which the import worker reads during the
 * review when there is something to compare them with, else once the data set is stored (see
 * `reviewReadsFingerprints` in import.worker.ts): a word at a time it costs about a quarter of a byte
 * at a time (a 37 MB file: 50 ms in node, 100-150 ms in Chromium, against ~0.4 s). The same bytes
 * give the same pair however the file is cut into chunks (a word may span two).
 */
export async function rowsHash(plan: FilePlan, chunks: AsyncIterable<Uint8Array>): Promise<string> {
	const header = new Header(plan);
	let a = FNV_OFFSET;
	let b = 0x9747b28c;
	let hashed = 0;
	// A word begun at the end of one chunk and ended in the next: its bytes so far, and how many.
	let word = 0;
	let filled = 0;
	for await (const chunk of chunks) {
		let i = header.skip(chunk);
		hashed += chunk.length - i;
		while (filled > 0 && i < chunk.length) {
			word |= chunk[i++] << (8 * filled);
			if (++filled === 4) {
				a = Math.imul(a ^ word, FNV_PRIME);
				b = Math.imul(b ^ word, 0x5bd1e995);
				b = (b << 13) | (b >>> 19);
				word = filled = 0;
			}
		}
		const whole = i + ((chunk.length - i) & ~3);
		for (; i < whole; i += 4) {
			const w = chunk[i] | (chunk[i + 1] << 8) | (chunk[i + 2] << 16) | (chunk[i + 3] << 24);
			a = Math.imul(a ^ w, FNV_PRIME);
			b = Math.imul(b ^ w, 0x5bd1e995);
			b = (b << 13) | (b >>> 19);
		}
		for (; i < chunk.length; i++) word |= chunk[i] << (8 * filled++);
	}
	// The last bytes short of a word, then the count (so that rows ending in zero bytes differ).
	for (const w of [word, hashed]) {
		a = Math.imul(a ^ w, FNV_PRIME);
		b = Math.imul(b ^ w, 0x5bd1e995);
		b = (b << 13) | (b >>> 19);
	}
	return `${a >>> 0}:${b >>> 0}`;
}
