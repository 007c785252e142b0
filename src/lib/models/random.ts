/**
 * mulberry32: a small, fast, seeded 32-bit generator (Tommy Ettinger). Deterministic across
 * platforms, which is what reproducible bootstraps and synthetic data need; not for cryptography.
 * The same generator drives ../shared/bench/gen_orders.mjs.
 */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
