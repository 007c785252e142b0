import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import ChartFrame from './ChartFrame.svelte';
import { tableText } from './test-support';
import type { PlotIds, TableModel } from './types';

/** A stand-in plot that wires the ids the way the charts do. */
const plot = createRawSnippet((ids: () => PlotIds) => ({
	render: () =>
		`<svg role="img" aria-labelledby="${ids().labelledBy}" ${ids().describedBy ? `aria-describedby="${ids().describedBy}"` : ''}></svg>`
}));

const table: TableModel = {
	columns: ['Segment', 'Customers'],
	rows: [
		{ key: 'a', header: 'Champions', cells: ['120'] },
		{ key: 'b', header: 'Lost', cells: [null] }
	]
};

describe('ChartFrame', () => {
	it('is a figure named by its title, the picture named by the title and described by the description', () => {
		render(ChartFrame, { title: 'Segments', description: 'Customers per segment.', table, plot });
		expect(screen.getByRole('figure', { name: 'Segments' })).toBeInTheDocument();
		const img = screen.getByRole('img', { name: 'Segments' });
		expect(img).toHaveAccessibleDescription('Customers per segment.');
	});

	it.each([2, 3, 4] as const)('puts the title in a level-%d heading', (level) => {
		render(ChartFrame, { title: 'Segments', headingLevel: level, plot });
		expect(screen.getByRole('heading', { level, name: 'Segments' })).toBeInTheDocument();
	});

	it('has no description to point to when none is given', () => {
		render(ChartFrame, { title: 'Segments', plot });
		expect(screen.getByRole('img')).not.toHaveAttribute('aria-describedby');
	});

	it('gives the plot the height it is told, as LayerCake needs a sized parent', () => {
		const { container } = render(ChartFrame, { title: 'Segments', height: 240, plot });
		expect(container.querySelector<HTMLElement>('.plot')?.style.height).toBe('240px');
		const { container: remContainer } = render(ChartFrame, { title: 'Segments', height: '12rem', plot });
		expect(remContainer.querySelector<HTMLElement>('.plot')?.style.height).toBe('12rem');
	});

	it('reveals and hides the table with a button that says what it does and controls it', async () => {
		const user = userEvent.setup();
		render(ChartFrame, { title: 'Segments', table, plot });
		const toggle = screen.getByRole('button', { name: 'Show as table' });
		expect(toggle).toHaveAttribute('aria-expanded', 'false');
		expect(screen.queryByRole('table')).toBeNull();
		const controlled = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
		expect(controlled).not.toBeNull();

		await user.click(toggle);
		expect(toggle).toHaveAttribute('aria-expanded', 'true');
		expect(toggle).toHaveAccessibleName('Hide table');
		const shown = screen.getByRole('table', { name: 'Segments' });
		expect(controlled).toContainElement(shown);
		expect(tableText(shown)).toEqual([
			['Segment', 'Customers'],
			['Champions', '120'],
			['Lost', '–no value']
		]);
		// Row headers are headers, so a screen reader names each value by its row.
		expect(within(shown).getByRole('rowheader', { name: 'Champions' })).toBeInTheDocument();
		expect(screen.getByRole('region', { name: 'Segments' })).toHaveAttribute('tabindex', '0');

		await user.click(toggle);
		expect(screen.queryByRole('table')).toBeNull();
	});

	it('makes a table given as a function only when it is shown, once', async () => {
		const user = userEvent.setup();
		const make = vi.fn(() => table);
		render(ChartFrame, { title: 'Segments', table: make, plot });
		const toggle = screen.getByRole('button', { name: 'Show as table' });
		expect(make).not.toHaveBeenCalled();
		await user.click(toggle);
		expect(tableText(screen.getByRole('table', { name: 'Segments' }))[1]).toEqual(['Champions', '120']);
		expect(make).toHaveBeenCalledTimes(1);
	});

	it('takes a table of its own as a snippet', async () => {
		const user = userEvent.setup();
		const tableContent = createRawSnippet(() => ({
			render: () => '<table aria-label="Own table"><tr><td>1</td></tr></table>'
		}));
		render(ChartFrame, { title: 'Segments', tableContent, plot });
		await user.click(screen.getByRole('button', { name: 'Show as table' }));
		expect(screen.getByRole('table', { name: 'Own table' })).toBeInTheDocument();
	});

	it('offers no table button when there is no table', () => {
		render(ChartFrame, { title: 'Segments', plot });
		expect(screen.queryByRole('button')).toBeNull();
	});

	it('says there is nothing to show, in its own words if given, instead of the plot and table', () => {
		render(ChartFrame, {
			title: 'Segments',
			empty: true,
			emptyMessage: 'Import orders to see segments.',
			table,
			plot
		});
		expect(screen.getByText('Import orders to see segments.')).toBeInTheDocument();
		expect(screen.queryByRole('img')).toBeNull();
		expect(screen.queryByRole('button')).toBeNull();
		// The title stays, so the reader knows which chart is empty.
		expect(screen.getByRole('heading', { name: 'Segments' })).toBeInTheDocument();
	});
});
