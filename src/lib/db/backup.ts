import Dexie, { type IndexableTypeArrayReadonly } from 'dexie';
import { BackupError, isQuotaExceeded } from './backup-error';
import { recomputeFigures } from './backup-figures';
import { validateBackupTables } from './backup-validate';
import { clearStash, localStash, type StashStorage } from '$lib/planner/plan-stash';
import { DATABASE_NAME, OUT_OF_LINE_KEYS, type ChunkKey } from './database';

export { BackupError, type BackupProblem } from './backup-error';

/**
 * A whole-database backup as one file, and its restore.
 *
 * Layout: the 8 bytes `RLBACKUP`, a little-endian u32 header length, the header as UTF-8 JSON,
 * spaces up to an 8-byte boundary, then the raw bytes of every typed array (8-byte aligned). The
 * header holds each table's records with typed arrays replaced by `{ "$typed": n }`, the list of
 * those arrays (kind, offset, length), the app's format and schema versions, and a checksum.
 *
 * Format 3 (this one): the header starts `{"checksum":"<64 hex digits>",` and the checksum is the
 * SHA-256 of the bytes before the binary part (those 64 digits written as zeros) followed by the
 * SHA-256 of each 16 MB piece of the binary part (`checksumOf`), so accidental damage anywhere (the
 * header included) is noticed. Hashed in pieces, the file need not be one buffer when it is made:
 * format 2's checksum, the SHA-256 of the whole file, made the backup hold the file's bytes in one
 * buffer beside the arrays read (`crypto.subtle` cannot hash in parts, and a SHA-256 in JavaScript
 * took six times as long). It is no seal: whoever edits a file on purpose can compute it again,
 * which is why the records are checked against the orders, and the figures derived from the orders
 * computed again, rather than trusted. Format 2 and format 1 files (checksum of the binary part
 * only) are still read.
 * A restore checks the checksum, then every record against the schema and against the data it
 * describes (see `backup-validate.ts`), before it touches the database, and then replaces the
 * contents of every table in one transaction: a bad file changes nothing.
 */
export const BACKUP_MAGIC = 'RLBACKUP';
export const BACKUP_FORMAT = 3;
/** Format 3 hashes the binary part in pieces of this many bytes (see `checksumOf`). */
const PIECE_BYTES = 16 * 1024 * 1024;

/** Tables whose contents are derived and rebuilt on demand: not backed up, emptied on restore. */
export const DERIVED_TABLES: readonly string[] = ['analysisCache'];

const TYPED = {
	Int32Array,
	Float64Array,
	Uint8Array,
	Float32Array,
	Uint32Array,
	Int8Array,
	Int16Array,
	Uint16Array
} as const;
type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;

interface BlobEntry {
	kind: TypedName;
	offset: number;
	length: number;
}

export interface BackupHeader {
	/** Hex SHA-256 (format 3: see `checksumOf`; 2: of the whole file, these digits as zeros); format 1: FNV-1a of the body. */
	checksum: string | number;
	app: 'retention-lab';
	format: number;
	schemaVersion: number;
	createdAt: number;
	counts: Record<string, number>;
	tables: Record<string, unknown[]>;
	blobs: BlobEntry[];
}

const CHECKSUM_PREFIX = '{"checksum":"';
const CHECKSUM_DIGITS = 64;
const ZEROS = '0'.repeat(CHECKSUM_DIGITS);
/** Where the checksum's digits start: after the magic and header length (12 bytes) and the prefix. */
const CHECKSUM_AT = 12 + CHECKSUM_PREFIX.length;

function typedName(value: unknown): TypedName | null {
	if (!ArrayBuffer.isView(value) || value instanceof DataView) return null;
	const name = value.constructor.name as TypedName;
	return name in TYPED ? name : null;
}

/** FNV-1a over the bytes: the checksum of format 1, which covered the binary part only. */
function fnv1a(bytes: Uint8Array): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < bytes.length; i++) {
		hash ^= bytes[i];
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
	return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The SHA-256 of a format-2 file with its checksum's digits written as zeros. They are zeroed in
 * the file's own bytes and written back once hashed, not in a copy: a copy of the whole file
 * (hundreds of MB at millions of orders) was held beside it. Checking a 320 MB file in node
 * peaked 320 MB above the file and took 840-900 ms; in place, 0-1 MB above it and 524-542 ms.
 */
async function sha256HexWithDigitsZeroed(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
	const digits = bytes.slice(CHECKSUM_AT, CHECKSUM_AT + CHECKSUM_DIGITS);
	bytes.set(new TextEncoder().encode(ZEROS), CHECKSUM_AT);
	try {
		return await sha256Hex(bytes);
	} finally {
		bytes.set(digits, CHECKSUM_AT);
	}
}

const paddingAfter = (headerLength: number) => (8 - ((12 + headerLength) % 8)) % 8;

/** The checksum a format-2 or later file of these bytes should state (its own digits not counted). */
async function checksumOfFile(bytes: Uint8Array<ArrayBuffer>, format: number, body: Uint8Array): Promise<string> {
	if (format < 3) return sha256HexWithDigitsZeroed(bytes);
	const bodyStart = bytes.length - body.length;
	const prefix = bytes.slice(0, bodyStart);
	prefix.set(new TextEncoder().encode(ZEROS), CHECKSUM_AT);
	return checksumOf(prefix, body.length, (start, end) => bytes.subarray(bodyStart + start, bodyStart + end));
}

/**
 * The bytes before the binary part: the magic, the header's length, the header with its
 * checksum's digits as zeros, and spaces up to an 8-byte boundary.
 */
function prefixOf(header: Omit<BackupHeader, 'checksum'>): Uint8Array<ArrayBuffer> {
	const headerBytes = new TextEncoder().encode(JSON.stringify({ checksum: ZEROS, ...header }));
	const prefix = new Uint8Array(12 + headerBytes.length + paddingAfter(headerBytes.length));
	prefix.set(new TextEncoder().encode(BACKUP_MAGIC));
	new DataView(prefix.buffer).setUint32(8, headerBytes.length, true);
	prefix.set(headerBytes, 12);
	// Spaces, so the binary part starts 8-byte aligned in the file too.
	prefix.fill(0x20, 12 + headerBytes.length);
	return prefix;
}

/**
 * Format 3's checksum: the SHA-256 of `prefix` (its checksum's digits as zeros) followed by the
 * SHA-256 of each `PIECE_BYTES` piece of the binary part, in order. `piece(start, end)` gives the
 * binary part's bytes from `start` to `end`, valid until it is asked for the next.
 */
async function checksumOf(
	prefix: Uint8Array<ArrayBuffer>,
	bodyLength: number,
	piece: (start: number, end: number) => Uint8Array<ArrayBuffer>
): Promise<string> {
	const pieces = Math.ceil(bodyLength / PIECE_BYTES);
	const hashed = new Uint8Array(prefix.length + 32 * pieces);
	hashed.set(prefix);
	for (let i = 0; i < pieces; i++) {
		const start = i * PIECE_BYTES;
		const digest = await crypto.subtle.digest('SHA-256', piece(start, Math.min(bodyLength, start + PIECE_BYTES)));
		hashed.set(new Uint8Array(digest), prefix.length + 32 * i);
	}
	return sha256Hex(hashed);
}

/**
 * Writes a header and a binary part as a sealed backup file of the header's format (the checksum
 * filled in). Exported for tests, which use it to play a tamperer who knows the format.
 */
export async function encodeBackup(
	header: Omit<BackupHeader, 'checksum'>,
	body: Uint8Array
): Promise<Uint8Array<ArrayBuffer>> {
	const prefix = prefixOf(header);
	const file = new Uint8Array(prefix.length + body.length);
	file.set(prefix);
	file.set(body, prefix.length);
	const digits =
		header.format >= 3
			? await checksumOf(prefix, body.length, (start, end) =>
					file.subarray(prefix.length + start, prefix.length + end)
				)
			: await sha256Hex(file);
	file.set(new TextEncoder().encode(digits), CHECKSUM_AT);
	return file;
}

/**
 * The binary part's bytes from `start` to `end`, copied out of `parts` (the backup's arrays and
 * the zeros that align them, in order) into one reused buffer. Asked for in increasing order.
 */
function piecesOf(parts: readonly Uint8Array<ArrayBuffer>[], bodyLength: number) {
	const buffer = new Uint8Array(Math.min(PIECE_BYTES, bodyLength));
	let part = 0;
	let partStart = 0;
	return (start: number, end: number): Uint8Array<ArrayBuffer> => {
		while (partStart + parts[part].length <= start) partStart += parts[part++].length;
		let at = start;
		while (at < end) {
			const from = at - partStart;
			const take = Math.min(parts[part].length - from, end - at);
			buffer.set(parts[part].subarray(from, from + take), at - start);
			at += take;
			if (at - partStart === parts[part].length && at < end) partStart += parts[part++].length;
		}
		return buffer.subarray(0, end - start);
	};
}

export async function createBackup(database: Dexie, now = Date.now()): Promise<Blob> {
	const arrays: Typed[] = [];
	const blobs: BlobEntry[] = [];
	let offset = 0;
	const replace = (value: unknown): unknown => {
		const name = typedName(value);
		if (name) {
			const typed = value as Typed;
			offset = Math.ceil(offset / 8) * 8;
			blobs.push({ kind: name, offset, length: typed.length });
			arrays.push(typed);
			offset += typed.byteLength;
			return { $typed: blobs.length - 1 };
		}
		if (Array.isArray(value)) return value.map(replace);
		if (value && typeof value === 'object')
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v)]));
		return value;
	};
	const tables: Record<string, unknown[]> = {};
	const counts: Record<string, number> = {};
	const backedUp = database.tables.filter((table) => !DERIVED_TABLES.includes(table.name));
	await database.transaction('r', backedUp, async () => {
		for (const table of backedUp) {
			const records = await table.toArray();
			tables[table.name] = records.map(replace);
			counts[table.name] = records.length;
		}
	});
	const header = {
		app: 'retention-lab' as const,
		format: BACKUP_FORMAT,
		schemaVersion: database.verno,
		createdAt: now,
		counts,
		tables,
		blobs
	};
	// The binary part as the arrays read and the zeros that align each: the Blob copies them in
	// place, and no buffer of the whole file is made (it held the data a second time beside the
	// arrays; see the format's description above).
	const parts: Uint8Array<ArrayBuffer>[] = [];
	let end = 0;
	arrays.forEach((typed, i) => {
		if (blobs[i].offset > end) parts.push(new Uint8Array(blobs[i].offset - end));
		parts.push(new Uint8Array(typed.buffer as ArrayBuffer, typed.byteOffset, typed.byteLength));
		end = blobs[i].offset + typed.byteLength;
	});
	const prefix = prefixOf(header);
	const digits = await checksumOf(prefix, end, piecesOf(parts, end));
	prefix.set(new TextEncoder().encode(digits), CHECKSUM_AT);
	return new Blob([prefix, ...parts], { type: 'application/octet-stream' });
}

/** The header and binary part of a backup file, after its checksum has been verified. */
export interface DecodedBackup {
	header: BackupHeader;
	body: Uint8Array;
}

/** Reads a backup file's header and binary part and checks the checksum; nothing else. */
export async function decodeBackup(buffer: ArrayBuffer, schemaVersion: number): Promise<DecodedBackup> {
	const bytes = new Uint8Array(buffer);
	if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 8)) !== BACKUP_MAGIC)
		throw new BackupError('notBackup');
	const headerLength = new DataView(buffer).getUint32(8, true);
	if (12 + headerLength > bytes.length)
		throw new BackupError('corrupt', 0, 'the file is shorter than its header says');
	let header: BackupHeader;
	try {
		header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(12, 12 + headerLength)));
	} catch {
		throw new BackupError('corrupt', 0, 'the header is not valid JSON');
	}
	if (!header || typeof header !== 'object' || header.app !== 'retention-lab' || typeof header.format !== 'number') {
		throw new BackupError('notBackup');
	}
	if (header.format > BACKUP_FORMAT) throw new BackupError('newer', header.format);
	if (typeof header.schemaVersion === 'number' && header.schemaVersion > schemaVersion)
		throw new BackupError('newerDatabase', header.schemaVersion);
	const body = bytes.subarray(12 + headerLength + paddingAfter(headerLength));
	if (header.format >= 2) {
		const text = new TextDecoder().decode(bytes.subarray(12, CHECKSUM_AT + CHECKSUM_DIGITS));
		const stated = text.slice(CHECKSUM_PREFIX.length);
		if (!text.startsWith(CHECKSUM_PREFIX) || !/^[0-9a-f]{64}$/.test(stated) || header.checksum !== stated) {
			throw new BackupError('corrupt', 0, 'the checksum is missing');
		}
		if ((await checksumOfFile(bytes, header.format, body)) !== stated)
			throw new BackupError('corrupt', 0, 'the checksum does not match the file');
	} else if (fnv1a(body) !== header.checksum) {
		throw new BackupError('corrupt', 0, 'the checksum does not match the file');
	}
	return { header, body };
}

export interface ParsedBackup {
	header: BackupHeader;
	/** The records to restore: the backup's, with the figures derived from its orders computed again. */
	tables: Record<string, unknown[]>;
	/** The data sets whose stored figures differed from those of their orders (see `recomputeFigures`), by name. */
	recomputedFigures: string[];
}

/**
 * Reads and checks a backup file without touching the database: the checksum, the layout, then
 * every record against the schema and the data it describes. Throws a `BackupError` on any fault.
 * The figures derived from the orders are not taken from the file but computed again from its
 * orders (`recomputeFigures`): the checksum only detects accidental damage (a truncated download,
 * a flipped bit), never a deliberate edit, since anyone who edits the file can compute it again.
 */
export async function parseBackup(buffer: ArrayBuffer, database: Dexie): Promise<ParsedBackup> {
	const { header, body } = await decodeBackup(buffer, database.verno);
	if (
		typeof header.schemaVersion !== 'number' ||
		!Number.isInteger(header.schemaVersion) ||
		header.schemaVersion < 1
	) {
		throw new BackupError('corrupt', 0, 'the schema version is missing');
	}
	if (typeof header.createdAt !== 'number' || !Number.isFinite(header.createdAt))
		throw new BackupError('corrupt', 0, 'no creation time');
	if (!Array.isArray(header.blobs)) throw new BackupError('corrupt', 0, 'no list of arrays');
	const known = new Set(database.tables.map((t) => t.name));
	if (
		!header.tables ||
		typeof header.tables !== 'object' ||
		Object.keys(header.tables).some((name) => !known.has(name))
	) {
		throw new BackupError('corrupt', 0, 'unknown table');
	}
	if (!header.counts || typeof header.counts !== 'object') throw new BackupError('corrupt', 0, 'no record counts');
	for (const [name, records] of Object.entries(header.tables)) {
		if (!Array.isArray(records) || header.counts[name] !== records.length) {
			throw new BackupError('corrupt', 0, `table ${name}: the record count does not agree`);
		}
	}
	for (const name of Object.keys(header.counts)) {
		if (!(name in header.tables)) throw new BackupError('corrupt', 0, `table ${name} is counted but missing`);
	}

	const used = new Set<number>();
	const blobs = header.blobs.map((entry) => {
		const Kind = entry && TYPED[entry.kind];
		if (
			!Kind ||
			!Number.isInteger(entry.offset) ||
			!Number.isInteger(entry.length) ||
			entry.offset < 0 ||
			entry.length < 0
		) {
			throw new BackupError('corrupt', 0, 'an array entry is malformed');
		}
		if (entry.offset % 8 !== 0 || entry.offset + entry.length * Kind.BYTES_PER_ELEMENT > body.length) {
			throw new BackupError('corrupt', 0, 'an array lies outside the file');
		}
		return { Kind, entry };
	});
	const revive = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(revive);
		if (value && typeof value === 'object') {
			const ref = (value as { $typed?: unknown }).$typed;
			if (ref !== undefined && Object.keys(value).length === 1) {
				if (typeof ref !== 'number' || !blobs[ref] || used.has(ref))
					throw new BackupError('corrupt', 0, 'an array reference is wrong');
				used.add(ref);
				const { Kind, entry } = blobs[ref];
				// A view into the file, not a copy: the records are checked and kept until the restore,
				// and a copy of each array beside the file held the data twice (see `writeTables`, which
				// copies each array out only as it is written).
				return new Kind(buffer, body.byteOffset + entry.offset, entry.length);
			}
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
		}
		return value;
	};
	const tables = Object.fromEntries(
		Object.entries(header.tables).map(([name, records]) => [name, records.map(revive)])
	);
	if (used.size !== blobs.length) throw new BackupError('corrupt', 0, 'an array is not referred to');
	validateBackupTables(tables, header.createdAt);
	return { header, tables, recomputedFigures: recomputeFigures(tables) };
}

/**
 * Replaces every table's contents with the backup's, in one transaction. The planner's stash of
 * changes made as a page was left goes too: it belongs to the plan the backup replaced (`null`:
 * the caller clears it, as the page does after a restore in the backup worker, which has no
 * localStorage).
 */
export async function restoreBackup(
	parsed: ParsedBackup,
	database: Dexie,
	storage: StashStorage | null | undefined = localStash()
): Promise<void> {
	try {
		await writeTables(parsed, database);
	} catch (error) {
		// The transaction is undone: what was stored before is still there, whole.
		if (isQuotaExceeded(error)) throw new BackupError('storageFull', 0, String(error));
		throw error;
	}
	if (storage) clearStash(storage);
}

async function writeTables(parsed: ParsedBackup, database: Dexie): Promise<void> {
	await database.transaction('rw', database.tables, async () => {
		for (const table of database.tables) {
			await table.clear();
			const records = DERIVED_TABLES.includes(table.name) ? [] : parsed.tables[table.name];
			if (!records?.length) continue;
			// A table keyed out of line (schema v9) takes each record's key beside it.
			const keyOf = OUT_OF_LINE_KEYS[table.name] as ((record: unknown) => ChunkKey) | undefined;
			for (const batch of batchesOf(records)) {
				// (Dexie types the keys as parts of one key; each is a whole key, an array here.)
				const keys = keyOf ? (batch.map(keyOf) as unknown as IndexableTypeArrayReadonly) : undefined;
				await table.bulkAdd(batch.map(withOwnArrays), keys);
			}
		}
	});
}

/** At most this many bytes of arrays are copied out of the backup file at a time (`writeTables`). */
const BATCH_BYTES = 32 * 1024 * 1024;

/**
 * The records in runs of at most `maxBytes` of typed arrays (a record larger than that on its
 * own), so that only one run's copies are held beside the file while they are written. Exported
 * for tests.
 */
export function* batchesOf(records: unknown[], maxBytes = BATCH_BYTES): Generator<unknown[]> {
	let batch: unknown[] = [];
	let bytes = 0;
	for (const record of records) {
		const size = arrayBytes(record);
		if (batch.length > 0 && bytes + size > maxBytes) {
			yield batch;
			batch = [];
			bytes = 0;
		}
		batch.push(record);
		bytes += size;
	}
	if (batch.length > 0) yield batch;
}

function arrayBytes(value: unknown): number {
	if (ArrayBuffer.isView(value)) return value.byteLength;
	if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + arrayBytes(v), 0);
	if (value && typeof value === 'object')
		return Object.values(value).reduce((sum: number, v) => sum + arrayBytes(v), 0);
	return 0;
}

/**
 * The record with each typed array (a view into the backup file, see `parseBackup`) copied into
 * memory of its own: IndexedDB stores an array's whole buffer, which for a view is the whole file.
 */
function withOwnArrays(value: unknown): unknown {
	if (typedName(value)) return (value as Typed).slice();
	if (Array.isArray(value)) return value.map(withOwnArrays);
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withOwnArrays(v)]));
	return value;
}

/**
 * A backup of the database as it is stored, whatever version of the code made it: for a tab
 * whose code is older than the database (after a rollback), which must not write to it but can
 * still save its data. Every table is read, and the file states the stored schema version.
 */
export async function backupAsStored(name = DATABASE_NAME, now = Date.now()): Promise<Blob> {
	const stored = new Dexie(name);
	await stored.open();
	try {
		return await createBackup(stored, now);
	} finally {
		stored.close();
	}
}
