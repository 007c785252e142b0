/** A blob's bytes as a stream of chunks, read as they are consumed. */
export async function* chunksOf(blob: Blob): AsyncGenerator<Uint8Array> {
	const reader = blob.stream().getReader();
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return;
			yield value;
		}
	} finally {
		reader.releaseLock();
	}
}
