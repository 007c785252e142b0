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

/**
 * The typed arrays of an import that only its store reads: each dimension's order indexes, the line
 * items (starts, products, SKUs), the customers' names and consent, the costs. Once the store has
 * committed they can be discarded; the order columns (customer, day, amount, first of day) are not
 * among them: the analysis and the CLV fit read those. Dropping the references was not enough: the
 * import worker then waits for its helpers' analysis and fit and allocates next to nothing, so no
 * collection came before it ended, and at 1.15 million orders with four attributes these were
 * about 40 MB held through the tab's memory peak, during the fit.
 */
export function storeOnlyArrays(result: {
	dimensions: Partial<Record<string, { index: Int32Array }>>;
	items: { start: Int32Array; product: Int32Array; skus?: { index: Int32Array } | null } | null;
	names?: { index: Int32Array } | null;
	consent?: { of: Uint8Array } | null;
	cost?: Float64Array | null;
	costPartial?: Int32Array | null;
}): ArrayBufferView[] {
	const arrays: (ArrayBufferView | null | undefined)[] = [
		...Object.values(result.dimensions).map((dimension) => dimension?.index),
		result.items?.start,
		result.items?.product,
		result.items?.skus?.index,
		result.names?.index,
		result.consent?.of,
		result.cost,
		result.costPartial
	];
	return arrays.filter((array): array is ArrayBufferView => array != null);
}

/** `ArrayBuffer` with ES2024's `transfer` (not in the TypeScript library this project targets). */
type DetachableBuffer = ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };
