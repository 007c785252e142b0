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
