import { render } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import Heatmap from './Heatmap.svelte';
import type { HeatmapRow } from './heatmap';
import { layersDrawn, installResizeObserverStub } from './test-support';

beforeAll(installResizeObserverStub);

/** A triangle of cohorts as the analysis has it: `n` rows, row k observed for n − k months. */
function triangle(n: number): HeatmapRow[] {
	return Array.from({ length: n }, (_, k) => ({
		id: `c${k}`,
		label: `Cohort ${k}`,
		values: Array.from({ length: n }, (_, a) => (a < n - k ? 1 / (a + 1) : null))
	}));
}
const props = (rows: HeatmapRow[]) => ({
	title: 'Cohort activity',
	rows,
	columns: rows.map((_, i) => String(i)),
	columnTitle: 'Months since first purchase',
	rowHeader: 'Cohort',
	format: (v: number) => `${Math.round(v * 100)} %`
});

describe('HeatmapCells', () => {
	it('draws a large matrix a batch per task, ending with every cell in order', async () => {
		const rows = triangle(37); // 703 cells, as 250,000 generated customers over 37 months give
		const { container } = render(Heatmap, props(rows));
		await layersDrawn();
		const count = () => container.querySelectorAll('rect.cell').length;
		expect(count()).toBeGreaterThan(0);
		expect(count()).toBeLessThan(703);
		await vi.waitFor(() => expect(count()).toBe(703), { timeout: 15_000 });
		const ys = [...container.querySelectorAll('rect.cell')].map((r) => r.getAttribute('y'));
		expect(ys.every((y) => y !== null && !/NaN/.test(y))).toBe(true);
	});

	it('draws a small matrix at once', async () => {
		const { container } = render(Heatmap, props(triangle(12)));
		await layersDrawn();
		expect(container.querySelectorAll('rect.cell')).toHaveLength(78);
	});
});
