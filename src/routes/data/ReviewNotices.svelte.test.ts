import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { inspectSample } from '$lib/orders/inspect';
import { sampleOf } from '$lib/orders/test-support';
import ReviewNotices from './ReviewNotices.svelte';

const inspectionOf = (text: string) => inspectSample(sampleOf('orders.csv', new TextEncoder().encode(text)));

describe('the review of a file whose customers only names tell apart', () => {
	it.each([
		{
			what: 'names only',
			text: 'Order,Date,Customer,Total\n1,2024-01-05,Ann Berg,10.00\n2,2024-01-06,Bo Lind,20.00\n',
			notice: /The customer column “Customer” holds people’s names: customers are told apart by name only, so two people with the same name count as one customer/
		},
		{
			what: 'names beside an e-mail, which the review proposes',
			text:
				'Pasūtījuma nr.;Datums;Klients;E-pasts;Summa\n' +
				'7001;05.02.2024;Kristīne Krūmiņa;k46@inbox.lv;20,00\n' +
				'7002;26.02.2024;Anna Bērziņš;k10@inbox.lv;80,20\n',
			notice: null
		},
		{
			what: 'customer numbers',
			text: 'Order,Date,Customer,Total\n1,2024-01-05,CU1,10.00\n2,2024-01-06,CU2,20.00\n',
			notice: null
		}
	])('says so where they do: $what', ({ text, notice }) => {
		const inspection = inspectionOf(text);
		render(ReviewNotices, { id: 'file-0', inspection, plan: inspection.plan, onheaderrow: () => {} });
		const note = screen.queryByTestId('customers-by-name');
		if (notice === null) expect(note).toBeNull();
		else expect(note).toHaveTextContent(notice);
	});

	it('says so too where the user chooses the names as the customer', () => {
		const inspection = inspectionOf(
			'Pasūtījuma nr.;Datums;Klients;E-pasts;Summa\n' +
				'7001;05.02.2024;Kristīne Krūmiņa;k46@inbox.lv;20,00\n' +
				'7002;26.02.2024;Anna Bērziņš;k10@inbox.lv;80,20\n'
		);
		const plan = { ...inspection.plan, mapping: { ...inspection.plan.mapping, customer: 2 } };
		render(ReviewNotices, { id: 'file-0', inspection, plan, onheaderrow: () => {} });
		expect(screen.getByTestId('customers-by-name')).toHaveTextContent(/“Klients”/);
	});
});

describe('the review of a file whose amounts are written with both decimal separators', () => {
	const text =
		'Order ID,Order Date,Email,Total\n' +
		'M0,2024-03-01,c0@m.com,"1.234,56"\n' +
		'M1,2024-03-04,c1@m.com,"1,234.56"\n' +
		'M2,2024-03-07,c2@m.com,"12,50"\n' +
		'M3,2024-03-10,c3@m.com,12.50\n';

	it('names the rows written each way, and how they are read, before the import', () => {
		const inspection = inspectionOf(text);
		render(ReviewNotices, { id: 'file-0', inspection, plan: inspection.plan, onheaderrow: () => {} });
		expect(screen.getByTestId('mixed-decimals')).toHaveTextContent(
			'The amounts are written with both decimal separators: with a point (row 3 (“1,234.56”), row 5 (“12.50”)) and with a comma (row 2 (“1.234,56”), row 4 (“12,50”)). Each amount is read by its own separators: 1.234,56 and 1,234.56 are both 1234.56. An amount that reads two ways, such as 1,234 (1234 or 1.234), is left out and counted under Rows skipped.'
		);
	});

	it('says what a single separator chosen by the user leaves out', () => {
		const inspection = inspectionOf(text);
		render(ReviewNotices, {
			id: 'file-0',
			inspection,
			plan: { ...inspection.plan, decimal: '.' },
			onheaderrow: () => {}
		});
		expect(screen.getByTestId('mixed-decimals')).toHaveTextContent(/left out as not numbers: choose “Both” above/);
	});

	it('says nothing of a file written one way', () => {
		const inspection = inspectionOf('Order ID,Order Date,Email,Total\nM0,2024-03-01,c0@m.com,"1,234.56"\n');
		render(ReviewNotices, { id: 'file-0', inspection, plan: inspection.plan, onheaderrow: () => {} });
		expect(screen.queryByTestId('mixed-decimals')).toBeNull();
	});
});
