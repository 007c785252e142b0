/**
 * A LayerCake's box as LayerCake measures it (bind it to `containerWidth` and `containerHeight`),
 * and whether both sides are measured yet. LayerCake starts at 100 × 100 and measures its box once
 * mounted: layers drawn only once `measured` is true are drawn once, at the real size, instead of
 * first at 100 × 100 and then again.
 *
 * LayerCake reads its container's size (`clientWidth`, `clientHeight`) as it mounts, which makes
 * the browser lay out the page there and then: mounted in the same task as the section around it,
 * it paid for the layout of everything that task drew (issue 14: the largest single part of the
 * tasks that draw the Analysis page, up to 45 ms in one). So LayerCake is mounted only once the
 * slot it fills (`slot`, an element its own CSS gives a size) has been laid out: a `ResizeObserver`
 * reports it in the browser's rendering step, right after the browser's own layout (without
 * forcing one), and LayerCake (`laidOut`) mounts there, in the same frame; its read then costs the
 * layout of its own box only. (Mounted in a task after the frame instead, it met the sections
 * later tasks had drawn meanwhile, and laid them out.)
 *
 * `measured` turns true in a task after the one that measured both sides (a `setTimeout`), so that
 * the layers (axes, lines, cells) are drawn in a task of their own, not in the frame's. Where there
 * is no `ResizeObserver` (jsdom), LayerCake mounts at once.
 *
 * ```svelte
 * <div class="slot" {@attach box.slot}>
 * 	{#if box.laidOut}
 * 		<LayerCake bind:containerWidth={() => box.width, box.setWidth} bind:containerHeight={() => box.height, box.setHeight}>
 * 			{#if box.measured}<Svg>…</Svg>{/if}
 * 		</LayerCake>
 * 	{/if}
 * </div>
 * ```
 */
export class CakeBox {
	width = $state(100);
	height = $state(100);
	measured = $state(false);
	/** The slot LayerCake fills has been laid out (or cannot be watched): LayerCake may mount. */
	laidOut = $state(false);
	#sides = 0;
	#pending = false;

	/** Attach to the element LayerCake is to fill (its size must not depend on LayerCake's content). */
	slot = (element: HTMLElement): (() => void) | void => {
		if (typeof ResizeObserver !== 'function') {
			this.laidOut = true;
			return;
		}
		const observer = new ResizeObserver(() => {
			observer.disconnect();
			this.laidOut = true;
		});
		observer.observe(element);
		return () => observer.disconnect();
	};

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
