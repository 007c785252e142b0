/**
 * Helpers shared by the import tests: a file's bytes as the worker would sample and stream them.
 * (A module of its own, so that importing them does not register another test file's suites.)
 */
import { HEAD_BYTES, SPREAD_BYTES, spreadOffsets, type FileSample } from './inspect';
import type { ImportSource } from './pipeline';
import type { FilePlan } from './plan';

/** Bytes in small chunks, so rows and multi-byte characters are cut between chunks. */
export function sourceOf(bytes: Uint8Array, plan: FilePlan, chunkSize = 7): ImportSource {
	return {
		plan,
		chunks: async function* () {
			for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
		}
	};
}

/** What the worker reads of a file before importing it: its head and a few slices further in. */
export function sampleOf(name: string, bytes: Uint8Array): FileSample {
	return {
		name,
		size: bytes.length,
		head: bytes.subarray(0, HEAD_BYTES),
		spread: spreadOffsets(bytes.length).map((at) => bytes.subarray(at, at + SPREAD_BYTES))
	};
}
