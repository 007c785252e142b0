/**
 * A benchmark file held in memory as the import reads it: its plan from the same sample the page
 * sniffs (head and spread), and its bytes in 1 MB chunks. Shared by the node benches (parse, CLV).
 */
import { HEAD_BYTES, SPREAD_BYTES, inspectSample, spreadOffsets } from '../../src/lib/orders/inspect';
import type { FilePlan } from '../../src/lib/orders/plan';

export function fileSource(bytes: Uint8Array): { plan: FilePlan; chunks: () => AsyncGenerator<Uint8Array> } {
	const sample = {
		name: 'bench.csv',
		size: bytes.length,
		head: bytes.subarray(0, HEAD_BYTES),
		spread: spreadOffsets(bytes.length).map((at) => bytes.subarray(at, at + SPREAD_BYTES))
	};
	const { plan } = inspectSample(sample);
	const CHUNK = 1 << 20;
	const chunks = async function* () {
		for (let i = 0; i < bytes.length; i += CHUNK) yield bytes.subarray(i, i + CHUNK);
	};
	return { plan, chunks };
}
