import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { indexCustomers } from '$lib/analysis/customers';
import { repurchaseSummary } from '$lib/analysis/repurchase';
import { installResizeObserverStub } from '$lib/charts/test-support';
import type { OrderColumns } from '$lib/orders/columns';
import RepurchaseFigures from './RepurchaseFigures.svelte';

beforeAll(installResizeObserverStub);

/** The files the page saved: name and text. */
const saved = vi.hoisted(() => [] as { name: string; text: string }[]);
vi.mock('$lib/components/download', () => ({
	download: (parts: string[], name: string) => saved.push({ name, text: parts.join('') })
}));

/** A summary from each customer's purchase days. */
function summaryOf(days: number[][]) {
	const rows = days.flatMap((list, c) => list.map((d) => ({ c, d })));
	const columns: OrderColumns = {
		count: rows.length,
		customer: Int32Array.from(rows, (r) => r.c),
		day: Int32Array.from(rows, (r) => r.d),
		amount: new Float64Array(rows.length).fill(10)
	};
	return repurchaseSummary(indexCustomers(columns, days.length), columns.day);
}
const back = (n: number, gap: number) => Array.from({ length: n }, () => [0, gap]);

describe('RepurchaseFigures: every table of the view can be saved as CSV (issue 13: one export per view)', () => {
	it('saves the histogram, the 30/60/90/180-day shares with their bases, the curve and the gaps', async () => {
		saved.length = 0;
		render(RepurchaseFigures, {
			summary: summaryOf([...back(12, 5), ...Array.from({ length: 25 }, () => [300]), [400]]),
			datasetId: 1,
			fileName: 'shop'
		});
		for (const [id, name] of [
			['histogram', 'Download the days to the second purchase (CSV)'],
			['within', 'Download the shares back within 30, 60, 90 and 180 days (CSV)'],
			['curve', 'Download the repurchase curve (CSV)'],
			['gaps', 'Download the gaps between purchases (CSV)']
		]) {
			const button = screen.getByTestId(`repurchase-${id}-csv`);
			expect(button.textContent).toBe(name);
			await fireEvent.click(button);
		}
		expect(saved.map((f) => f.name)).toEqual([
			'shop-second-order-days.csv',
			'shop-second-order-within.csv',
			'shop-second-order-curve.csv',
			'shop-second-order-gaps.csv'
		]);
		for (const f of saved) expect(f.text.startsWith('\ufeff')).toBe(true);
		// The 30-day share: 12 back of the 37 observed 30 days, not uncertain; 1 customer left out.
		expect(saved[1].text).toContain('\r\n30,37,12,0.3243,');
		expect(saved[2].text).toContain('\r\n105,12,12,1,yes\r\n');
		expect(saved[3].text).toContain('1 → 2,12,12,5,5,5,yes');
	});
});
