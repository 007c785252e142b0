/**
 * Gives `ArrayBuffer.prototype.transfer` (ES2024; not in Node 20), so that `discard` really
 * detaches in tests as it does in the browser: a use of an array after it was discarded then shows
 * as a wrong result, not as nothing. Every node test has it (tests/setup/detaching-buffers.ts);
 * where it is there already this does nothing. Returns what undoes it.
 */
export function detachingTransfer(): () => void {
	const proto = ArrayBuffer.prototype as { transfer?: (length: number) => ArrayBuffer };
	if (typeof proto.transfer === 'function') return () => {};
	Object.defineProperty(proto, 'transfer', {
		configurable: true,
		writable: true,
		value(this: ArrayBuffer, length: number) {
			const moved = structuredClone(this, { transfer: [this] });
			return length === moved.byteLength ? moved : moved.slice(0, length);
		}
	});
	return () => delete proto.transfer;
}

/**
 * Runs `work` with no `ArrayBuffer.prototype.transfer` (as in Node 20 without the tests' setup):
 * `discard` then frees nothing, for a baseline that the same work with arrays freed is compared to.
 */
export function withoutDetaching<T>(work: () => T): T {
	const proto = ArrayBuffer.prototype as { transfer?: unknown };
	const had = Object.getOwnPropertyDescriptor(proto, 'transfer');
	delete proto.transfer;
	try {
		return work();
	} finally {
		if (had) Object.defineProperty(proto, 'transfer', had);
	}
}
