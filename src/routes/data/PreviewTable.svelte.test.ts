import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { inspectSample } from '$lib/orders/inspect';
import { sampleOf } from '$lib/orders/test-support';
import PreviewTable from './PreviewTable.svelte';

const inspectionOf = (text: string) => inspectSample(sampleOf('orders.csv', new TextEncoder().encode(text)));

type Inspection = ReturnType<typeof inspectionOf>;

/** The preview of a file's first rows, mapped as the review proposes (or as `mapping` says). */
function renderPreview(inspection: Inspection, mapping = inspection.plan.mapping) {
	render(PreviewTable, {
		name: 'orders.csv',
		columns: inspection.columns,
		rows: inspection.preview,
		mapping,
		amountMode: inspection.plan.amountMode
	});
}

/** The preview's cells, row by row (the header row left out). */
function shownCells(): string[][] {
	const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
	return rows.map((row) =>
		within(row)
			.getAllByRole('cell')
			.map((cell) => cell.textContent ?? '')
	);
}

const WOO_PRICE =
	'<span class="woocommerce-Price-amount amount"><bdi>20,00&nbsp;<span class="woocommerce-Price-currencySymbol">&euro;</span></bdi></span>';
const REFUNDED = '<del>€20.00</del> <ins>€15.00</ins>';

describe('the preview of a file with amounts written as the shop’s HTML', () => {
	it('shows an amount as the import reads it, and says so', () => {
		const inspection = inspectionOf(
			'Order,Date,Customer,Note,Total\n' +
				`1,2024-01-05,CU1,"<b>gift</b>","${WOO_PRICE.replaceAll('"', '""')}"\n` +
				`2,2024-01-06,CU2,plain,"${REFUNDED}"\n`
		);
		expect(inspection.plan.mapping.amount).toBe(4);
		renderPreview(inspection);
		const cells = shownCells();
		expect(cells.map((row) => row[4])).toEqual(['20,00 €', '€15.00']);
		// A column that is not read as a number is shown as the file has it.
		expect(cells[0][3]).toBe('<b>gift</b>');
		expect(screen.getByTestId('preview-markup-note')).toHaveTextContent(/shown as they are read/);
	});

	it('shows an amount written with entities alone as read, and says so', () => {
		const inspection = inspectionOf(
			'Order,Date,Customer,Total\n1,2024-01-05,CU1,20&nbsp;&euro;\n2,2024-01-06,CU2,5\n'
		);
		renderPreview(inspection);
		expect(shownCells().map((row) => row[3])).toEqual(['20 €', '5']);
		expect(screen.getByTestId('preview-markup-note')).toBeInTheDocument();
	});

	it('says nothing of a plain amount written with spaces around it', () => {
		const inspection = inspectionOf('Order,Date,Customer,Total\n1,2024-01-05,CU1, 20.00\n2,2024-01-06,CU2,5 \n');
		expect(inspection.plan.mapping.amount).toBe(3);
		renderPreview(inspection);
		expect(screen.queryByTestId('preview-markup-note')).toBeNull();
	});

	it('says nothing where every cell is shown as the file has it, a row of more cells than columns too', () => {
		const inspection = inspectionOf(
			'Order,Date,Customer,Total\n1,2024-01-05,CU1,20.00\n2,2024-01-06,CU2,"<b>x</b>",<i>extra</i>\n'
		);
		renderPreview(inspection, { ...inspection.plan.mapping, amount: undefined });
		expect(shownCells()[1][3]).toBe('<b>x</b>');
		expect(screen.queryByTestId('preview-markup-note')).toBeNull();
	});
});
