/**
 * A LayerCake's box as LayerCake measures it (bind it to `containerWidth` and `containerHeight`),
 * and whether both sides are measured yet. LayerCake starts at 100 × 100 and measures its box once
 * mounted: layers drawn only once `measured` is true are drawn once, at the real size, instead of
 * first at 100 × 100 and then again.
 *
 * `measured` turns true in a task after the one that measured both sides (a `setTimeout`): that
 * task mounted the chart's frame and paid for the layout its measuring forced, so the layers (axes,
 * lines, cells) are drawn in a task of their own rather than on top of it (issue 14: no main-thread
 * task over 50 ms; a chart was the largest part of the tasks that draw the Analysis page).
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
	measured = $state(false);
	#sides = 0;
	#pending = false;

	setWidth = (width: number): void => {
		this.width = width;
		this.#side(1);
	};

	setHeight = (height: number): void => {
		this.height = height;
		this.#side(2);
	};

	#side(bit: number): void {
		this.#sides |= bit;
		if (this.#sides !== 3 || this.measured || this.#pending) return;
		this.#pending = true;
		setTimeout(() => (this.measured = true), 0);
	}
}
