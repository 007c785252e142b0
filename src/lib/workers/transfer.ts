/**
 * The distinct `ArrayBuffer`s behind the typed arrays in a message (its own fields, nested objects
 * and arrays), to post it with them transferred rather than copied: at 250,000 customers the CLV fit
 * an import hands to the page's worker holds about 8 MB of them, and structured-cloning that on
 * the page's main thread made one of its longest tasks (issue 14). The sender must not use the
 * message's typed arrays afterwards (they are detached). Buffers that cannot be transferred
 * (`SharedArrayBuffer`, zero-length views of a shared buffer) are left out.
 */
export function transferablesOf(message: unknown): ArrayBuffer[] {
	const buffers = new Set<ArrayBuffer>();
	const seen = new Set<object>();
	const visit = (value: unknown, depth: number): void => {
		if (value === null || typeof value !== 'object' || seen.has(value) || depth > 8) return;
		seen.add(value);
		if (ArrayBuffer.isView(value)) {
			if (value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
			return;
		}
		if (value instanceof ArrayBuffer) {
			buffers.add(value);
			return;
		}
		for (const child of Array.isArray(value) ? value : Object.values(value)) visit(child, depth + 1);
	};
	visit(message, 0);
	return [...buffers];
}
