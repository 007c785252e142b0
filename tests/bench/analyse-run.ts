/**
 * The default analysis in node (bundled and run by analyse.mjs): a file imported as the import worker
 * does, then `analyse` with the import's default settings, timed; and a fingerprint of everything it
 * returns, so that a faster analysis can be checked to give the same result on a real file, byte for
 * byte, not only on the unit tests' fixtures.
 */
import { fileSource } from './file-source';
import { runImport } from '../../src/lib/orders/pipeline';
import type { OrderColumns } from '../../src/lib/orders/columns';
import { analyse, type AnalysisSettings } from '../../src/lib/analysis/analyse';
import { DEFAULT_ANALYSIS_SETTINGS } from '../../src/lib/analysis/settings';
import { addMonths } from '../../src/lib/analysis/calendar';

export async function importFile(bytes: Uint8Array, today: number) {
	const { plan, chunks } = fileSource(bytes);
	const result = await runImport([{ plan, chunks }], { today });
	if (result.kind !== 'orders') throw new Error('not an orders file');
	return { columns: result.columns, customerCount: result.customers.length };
}

/** Wall time and CPU time (user + system, this process) of one default analysis, in ms. */
export function timeAnalyse(columns: OrderColumns, customerCount: number): { ms: number; cpuMs: number } {
	const cpu = process.cpuUsage();
	const at = performance.now();
	analyse(columns, customerCount, DEFAULT_ANALYSIS_SETTINGS);
	const ms = performance.now() - at;
	const used = process.cpuUsage(cpu);
	return { ms, cpuMs: (used.user + used.system) / 1000 };
}

function fnv(h: number, bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
	return h;
}

/**
 * JSON that tells apart what `JSON.stringify` would not: -0 from 0, NaN and ±Infinity from null,
 * and a typed array's bytes (hashed apart, in the order met).
 */
function fingerprintOf(value: unknown): string {
	let h = 0x811c9dc5;
	const json = JSON.stringify(value, (_key, v: unknown) => {
		if (typeof v === 'number')
			return Object.is(v, -0) || !Number.isFinite(v) ? `#${Object.is(v, -0) ? '-0' : v}` : v;
		if (ArrayBuffer.isView(v)) {
			h = fnv(h, new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
			return `#${v.constructor.name}(${v.byteLength})`;
		}
		return v;
	});
	h = fnv(h, new TextEncoder().encode(json));
	return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Fingerprints of the default analysis (analysis and detail apart), and of a few other settings the
 * Analysis page offers (quarters and years, a shorter window, a date range), which run the same
 * functions along other paths.
 */
export function fingerprints(columns: OrderColumns, customerCount: number): Record<string, string> {
	const variants: Record<string, AnalysisSettings> = { default: DEFAULT_ANALYSIS_SETTINGS };
	const { firstDay: first, lastDay: last } = analyse(columns, customerCount, DEFAULT_ANALYSIS_SETTINGS).analysis;
	variants.quarter = { ...DEFAULT_ANALYSIS_SETTINGS, period: 'quarter', windowMonths: 6 };
	variants.year = { ...DEFAULT_ANALYSIS_SETTINGS, period: 'year', windowMonths: 24 };
	variants.range = {
		...DEFAULT_ANALYSIS_SETTINGS,
		range: { from: addMonths(first, 14) + 3, to: addMonths(last, -2) - 5 }
	};
	const out: Record<string, string> = {};
	for (const [name, settings] of Object.entries(variants)) {
		const { analysis, detail } = analyse(columns, customerCount, settings);
		if (name === 'default') {
			out['default analysis'] = fingerprintOf(analysis);
			out['default detail'] = fingerprintOf(detail);
		} else out[name] = fingerprintOf({ analysis, detail });
	}
	return out;
}
