import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { ImportProgressMessage } from '$lib/workers/import-protocol';
import ImportProgress from './ImportProgress.svelte';

const read: ImportProgressMessage = {
	rows: 20_324_127,
	bytesRead: 700,
	totalBytes: 700,
	elapsedMs: 10_000,
	phase: 'storing'
};

describe('ImportProgress', () => {
	it('while reading: the rows read, the share of bytes and the speed', () => {
		render(ImportProgress, {
			progress: { ...read, bytesRead: 350, phase: 'reading' },
			oncancel: () => {}
		});
		expect(screen.getByRole('status')).toHaveTextContent('Importing…');
		expect(screen.getByTestId('import-progress')).toHaveTextContent(
			'20,324,127 rows read · 50% · 2,032,413 rows/s'
		);
		const bar = screen.getByRole('progressbar', { name: 'Import progress' });
		expect(bar).toHaveProperty('value', 0.5);
		expect(bar).toHaveAttribute('aria-valuetext', '20,324,127 rows read · 50% · 2,032,413 rows/s');
	});

	it.each([
		[0, '0 of 20,324,127 orders saved · 0%', 0],
		[12_345_678, '12,345,678 of 20,324,127 orders saved · 61%', 12_345_678 / 20_324_127],
		[20_324_127, '20,324,127 of 20,324,127 orders saved · 100%', 1]
	])('while saving %d orders: the bar and its text follow the orders written', (stored, text, value) => {
		render(ImportProgress, {
			progress: { ...read, ordersStored: stored, ordersTotal: 20_324_127 },
			oncancel: () => {}
		});
		expect(screen.getByRole('status')).toHaveTextContent('Saving the data set…');
		expect(screen.getByTestId('import-progress')).toHaveTextContent(text);
		expect(screen.getByTestId('import-progress')).not.toHaveTextContent('rows read');
		const bar = screen.getByRole('progressbar', { name: 'Import progress' });
		expect((bar as HTMLProgressElement).value).toBeCloseTo(value, 9);
		expect(bar).toHaveAttribute('aria-valuetext', text);
	});

	it('moves as the saving goes on (the same component given the next message)', async () => {
		const view = render(ImportProgress, {
			progress: { ...read, ordersStored: 1_000_000, ordersTotal: 4_000_000 },
			oncancel: () => {}
		});
		expect(screen.getByTestId('import-progress')).toHaveTextContent('1,000,000 of 4,000,000 orders saved · 25%');
		await view.rerender({ progress: { ...read, ordersStored: 3_000_000, ordersTotal: 4_000_000 } });
		expect(screen.getByTestId('import-progress')).toHaveTextContent('3,000,000 of 4,000,000 orders saved · 75%');
		expect(screen.getByRole('progressbar')).toHaveProperty('value', 0.75);
	});

	it('saving a summary import (no orders to count): the rows read, the bar full', () => {
		render(ImportProgress, { progress: read, oncancel: () => {} });
		expect(screen.getByRole('status')).toHaveTextContent('Saving the data set…');
		expect(screen.getByTestId('import-progress')).toHaveTextContent('20,324,127 rows read · 100%');
		expect(screen.getByRole('progressbar')).toHaveProperty('value', 1);
	});
});
