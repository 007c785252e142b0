import type Dexie from 'dexie';

/**
 * A whole-database backup as one file, and its restore.
 *
 * Layout: the 8 bytes `RLBACKUP`, a little-endian u32 header length, the header as UTF-8 JSON,
 * then the raw bytes of every typed array (8-byte aligned). The header holds each table's
 * records with typed arrays replaced by `{ "$typed": n }`, the list of those arrays (kind,
 * offset, length), the app's format and schema versions, and a checksum of the binary part.
 * A restore checks all of it before it touches the database, and then replaces the contents
 * of every table in one transaction: a bad file changes nothing.
 */
export const BACKUP_MAGIC = 'RLBACKUP';
export const BACKUP_FORMAT = 1;

const TYPED = { Int32Array, Float64Array, Uint8Array, Float32Array, Uint32Array, Int8Array, Int16Array, Uint16Array } as const;
type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;

interface BlobEntry {
	kind: TypedName;
	offset: number;
	length: number;
}

export interface BackupHeader {
	app: 'retention-lab';
	format: number;
	schemaVersion: number;
	createdAt: number;
	counts: Record<string, number>;
	tables: Record<string, unknown[]>;
	blobs: BlobEntry[];
	checksum: number;
}

export type BackupProblem = 'notBackup' | 'newer' | 'corrupt';

export class BackupError extends Error {
	constructor(
		readonly problem: BackupProblem,
		readonly version = 0
	) {
		super(problem);
		this.name = 'BackupError';
	}
}

function typedName(value: unknown): TypedName | null {
	if (!ArrayBuffer.isView(value) || value instanceof DataView) return null;
	const name = value.constructor.name as TypedName;
	return name in TYPED ? name : null;
}

/** FNV-1a over the bytes: cheap, and enough to notice a damaged or truncated file. */
function checksum(bytes: Uint8Array): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < bytes.length; i++) {
		hash ^= bytes[i];
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
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
		if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v)]));
		return value;
	};
	const tables: Record<string, unknown[]> = {};
	const counts: Record<string, number> = {};
	await database.transaction('r', database.tables, async () => {
		for (const table of database.tables) {
			const records = await table.toArray();
			tables[table.name] = records.map(replace);
			counts[table.name] = records.length;
		}
	});
	const body = new Uint8Array(offset);
	arrays.forEach((typed, i) => body.set(new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength), blobs[i].offset));
	const header: BackupHeader = {
		app: 'retention-lab',
		format: BACKUP_FORMAT,
		schemaVersion: database.verno,
		createdAt: now,
		counts,
		tables,
		blobs,
		checksum: checksum(body)
	};
	const headerBytes = new TextEncoder().encode(JSON.stringify(header));
	const prefix = new Uint8Array(12);
	prefix.set(new TextEncoder().encode(BACKUP_MAGIC));
	new DataView(prefix.buffer).setUint32(8, headerBytes.length, true);
	// Pad so the binary part starts 8-byte aligned in the file too.
	const padding = new Uint8Array((8 - ((12 + headerBytes.length) % 8)) % 8).fill(0x20);
	return new Blob([prefix, headerBytes, padding, body], { type: 'application/octet-stream' });
}

export interface ParsedBackup {
	header: BackupHeader;
	tables: Record<string, unknown[]>;
}

/** Reads and checks a backup file without touching the database. */
export function parseBackup(buffer: ArrayBuffer, database: Dexie): ParsedBackup {
	const bytes = new Uint8Array(buffer);
	if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 8)) !== BACKUP_MAGIC) throw new BackupError('notBackup');
	const headerLength = new DataView(buffer).getUint32(8, true);
	if (12 + headerLength > bytes.length) throw new BackupError('corrupt');
	let header: BackupHeader;
	try {
		header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(12, 12 + headerLength)));
	} catch {
		throw new BackupError('corrupt');
	}
	if (header?.app !== 'retention-lab' || typeof header.format !== 'number') throw new BackupError('notBackup');
	if (header.format > BACKUP_FORMAT) throw new BackupError('newer', header.format);
	if (header.schemaVersion > database.verno) throw new BackupError('newer', header.schemaVersion);
	const bodyStart = 12 + headerLength + ((8 - ((12 + headerLength) % 8)) % 8);
	const body = bytes.subarray(bodyStart);
	if (!Array.isArray(header.blobs) || checksum(body) !== header.checksum) throw new BackupError('corrupt');
	const known = new Set(database.tables.map((t) => t.name));
	if (!header.tables || Object.keys(header.tables).some((name) => !known.has(name))) throw new BackupError('corrupt');

	const blobs = header.blobs.map((entry) => {
		const Kind = TYPED[entry.kind];
		if (!Kind || entry.offset % 8 !== 0 || entry.offset + entry.length * Kind.BYTES_PER_ELEMENT > body.length) throw new BackupError('corrupt');
		// Copy out so each array owns its memory (and IndexedDB stores just that array).
		return new Kind(body.slice(entry.offset, entry.offset + entry.length * Kind.BYTES_PER_ELEMENT).buffer);
	});
	const revive = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(revive);
		if (value && typeof value === 'object') {
			const ref = (value as { $typed?: unknown }).$typed;
			if (typeof ref === 'number' && Object.keys(value).length === 1) {
				if (!blobs[ref]) throw new BackupError('corrupt');
				return blobs[ref];
			}
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
		}
		return value;
	};
	const tables = Object.fromEntries(Object.entries(header.tables).map(([name, records]) => [name, (records ?? []).map(revive)]));
	return { header, tables };
}

/** Replaces every table's contents with the backup's, in one transaction. */
export async function restoreBackup(parsed: ParsedBackup, database: Dexie): Promise<void> {
	await database.transaction('rw', database.tables, async () => {
		for (const table of database.tables) {
			await table.clear();
			const records = parsed.tables[table.name];
			if (records?.length) await table.bulkAdd(records);
		}
	});
}
