/**
 * A LayerCake's box as LayerCake measures it (bind it to `containerWidth` and `containerHeight`),
 * and whether both sides are measured yet. LayerCake starts at 100 × 100 and measures its box once
 * mounted: layers drawn only once `measured` is true are drawn once, at the real size, instead of
 * first at 100 × 100 and then again.
 *
 * ```svelte
 * <LayerCake bind:containerWidth={() => box.width, box.setWidth} bind:containerHeight={() => box.height, box.setHeight}>
 * 	{#if box.measured}<Svg>…</Svg>{/if}
 * </LayerCake>
 * ```
 */
export class CakeBox {
	width = $state(100);
	height = $state(100);
	#sides = $state(0);
	measured = $derived(this.#sides === 3);

	setWidth = (width: number): void => {
		this.width = width;
		this.#sides |= 1;
	};

	setHeight = (height: number): void => {
		this.height = height;
		this.#sides |= 2;
	};
}
