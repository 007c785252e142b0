/**
 * Frees typed arrays' memory at once instead of at the next garbage collection, which in a worker
 * holding hundreds of MB may come seconds later (or never before the import's peak): their
 * buffers are detached (`ArrayBuffer.prototype.transfer` to length 0). The arrays, and every other
 * view of their buffers, must not be used afterwards: they read as empty. Where there is no
 * `transfer` (browsers before 2024, Node 20) they are left to the collector (moving them out by a
 * structured clone would detach them too, but Node copies them to do it).
 */
export function discard(...arrays: (ArrayBufferView | null | undefined)[]): void {
	for (const array of arrays) {
		const buffer = array?.buffer as DetachableBuffer | undefined;
		// (Not `instanceof`: a buffer may come from another realm. Shared buffers are not detached.)
		if (!buffer || buffer.byteLength === 0 || Object.prototype.toString.call(buffer) !== '[object ArrayBuffer]')
			continue;
		if (typeof buffer.transfer !== 'function') continue;
		try {
			buffer.transfer(0);
		} catch {
			// A buffer that cannot be detached is left to the collector.
		}
	}
}

/** `ArrayBuffer` with ES2024's `transfer` (not in the TypeScript library this project targets). */
type DetachableBuffer = ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };
