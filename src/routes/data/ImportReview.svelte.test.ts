import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { inspectSample } from '$lib/orders/inspect';
import { sampleOf } from '$lib/orders/test-support';
import type { FromImportWorker } from '$lib/workers/import-protocol';
import ImportReview from './ImportReview.svelte';
import { ImportSession } from './import-session.svelte';

/** A session at the review with no file drawn, whose files lack the columns `missing` names. */
const sessionWith = (missing: string[][]) =>
	({
		inspections: [],
		plans: missing.map(() => ({ amountMode: 'orderTotal', layout: 'generic', mapping: { orderId: 0 } })),
		files: missing.map((_, i) => ({ name: `orders-${i + 1}.csv` })),
		missing,
		name: 'Orders',
		nameProblem: null,
		canStart: missing.every((m) => m.length === 0),
		reviewDrawn: () => {},
		start: () => {},
		reset: () => {}
	}) as unknown as ImportSession;

describe('the Import button of the review', () => {
	it.each([
		{
			missing: [['customer', 'date', 'amount']],
			why: /in “orders-1\.csv”, choose a column for Customer.*Order date.*Order total/
		},
		{ missing: [[], ['date']], why: /in “orders-2\.csv”, choose a column for Order date/ },
		{ missing: [[]], why: null }
	])('says beside it why it is off: $missing', async ({ missing, why }) => {
		render(ImportReview, { session: sessionWith(missing) });
		const button = await screen.findByTestId('start-import');
		expect(button).toHaveProperty('disabled', why !== null);
		const note = screen.queryByTestId('start-import-blocked');
		if (why === null) expect(note).toBeNull();
		else {
			expect(note).toHaveTextContent(why);
			expect(button.getAttribute('aria-describedby')).toBe(note!.id);
		}
	});
});

/** A real session at the review of `files` (a stand-in worker answered with these outcomes). */
function reviewOf(files: { name: string; text: string; bad?: boolean; lastModified?: number }[]): ImportSession {
	let reply: ((message: FromImportWorker) => void) | null = null;
	const session = new ImportSession((onMessage) => {
		reply = onMessage;
		return { send: () => {}, terminate: () => {} };
	});
	session.choose(
		files.map((f) => new File([f.text], f.name, { type: 'text/csv', lastModified: f.lastModified ?? Date.now() }))
	);
	reply!({
		type: 'inspected',
		outcomes: files.map((f) =>
			f.bad
				? { ok: false, error: { code: 'binaryFile', params: { name: f.name, kind: 'xlsx' }, file: null } }
				: { ok: true, inspection: inspectSample(sampleOf(f.name, new TextEncoder().encode(f.text))) }
		)
	});
	return session;
}

const GOOD = 'order_id,customer_id,order_date,total\n1,anna,2024-01-05,10\n2,ben,2024-02-06,20\n';
const NO_DATES =
	'order_id,customer_id,order_date,paid_at,total\n1,anna,soon,2024-01-05,10\n2,ben,31/31/2025,2024-01-06,20\n';

describe('the review of files chosen with one that cannot be imported', () => {
	it('names the bad file with its reason, lists the good ones as ready, and lets them be imported', async () => {
		const session = reviewOf([
			{ name: 'f4_lv_utf8.csv', text: GOOD },
			{ name: 'b1_excel_renamed.csv', text: 'PK', bad: true }
		]);
		render(ImportReview, { session });
		const refused = screen.getByTestId('refused-files');
		expect(refused).toHaveAttribute('role', 'alert');
		expect(refused).toHaveTextContent(
			/These files cannot be imported and are left out:\s*b1_excel_renamed\.csv is an Excel workbook \(\.xlsx\)/
		);
		expect(screen.getByTestId('ready-files')).toHaveTextContent(
			'Ready to import: “f4_lv_utf8.csv”. Import reads these alone, without the files above; or choose other files.'
		);
		expect(await screen.findByTestId('start-import')).toHaveProperty('disabled', false);
		expect(screen.getByRole('heading', { name: 'File 1: f4_lv_utf8.csv' })).toBeTruthy();
	});
});

describe('the review of a date column none of whose sample values reads as a date', () => {
	it('says so with an example and its column, keeps Import off beside it, and lets another column be chosen', async () => {
		const session = reviewOf([{ name: 'b6.csv', text: NO_DATES }]);
		render(ImportReview, { session });
		const note = screen.getByTestId('dates-unreadable');
		expect(note).toHaveTextContent(
			'No date in the sample of column “order_date” can be read: “soon” (row 2), like every other value there, is not a date, so every row would be skipped.'
		);
		// The day/month question is not asked of values that are no dates.
		expect(screen.queryByTestId('date-order')).toBeNull();
		const button = await screen.findByTestId('start-import');
		expect(button).toHaveProperty('disabled', true);
		const why = screen.getByTestId('start-import-blocked');
		expect(why).toHaveTextContent(
			'Import is off: no date in column “order_date” of “b6.csv” can be read (for example “soon”).'
		);
		expect(button.getAttribute('aria-describedby')).toBe(why.id);
		const dateSelect = screen.getByRole('combobox', { name: /Order date/ });
		expect(dateSelect).toHaveAttribute('aria-invalid', 'true');
		expect(dateSelect.getAttribute('aria-describedby')).toBe(note.id);

		await fireEvent.change(dateSelect, { target: { value: '3' } });
		await tick();
		expect(screen.queryByTestId('dates-unreadable')).toBeNull();
		expect(screen.queryByTestId('start-import-blocked')).toBeNull();
		expect(button).toHaveProperty('disabled', false);
		expect(dateSelect).toHaveAttribute('aria-invalid', 'false');
	});
});

const MIXED =
	'order_id,customer_id,order_date,total,currency\n' +
	'1,anna,2024-01-05,10,EUR\n2,ben,2024-01-06,200,SEK\n3,carl,2024-01-07,30,EUR\n4,dora,2024-01-08,12,eur\n';

describe('the review of a file whose orders are in several currencies', () => {
	it('says which the sampled rows hold, and lets the orders of one alone be imported', async () => {
		const session = reviewOf([{ name: 'markets.csv', text: MIXED }]);
		render(ImportReview, { session });
		expect(screen.getByTestId('currencies-sampled')).toHaveTextContent(
			'The rows sampled hold orders in several currencies (EUR 3, SEK 1 rows). Amounts are never converted'
		);
		const choice = screen.getByRole('combobox', { name: 'Orders to import' });
		expect([...(choice as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
			'All, in every currency (added up without conversion)',
			'Only those in EUR',
			'Only those in SEK'
		]);
		expect(session.plans[0].onlyCurrency).toBeUndefined();
		await fireEvent.change(choice, { target: { value: 'SEK' } });
		expect(session.plans[0].onlyCurrency).toBe('SEK');
		await fireEvent.change(choice, { target: { value: '' } });
		expect(session.plans[0]).not.toHaveProperty('onlyCurrency');
		// Another currency column: the choice goes with the column it was made from.
		await fireEvent.change(choice, { target: { value: 'EUR' } });
		session.setMapping(0, 'currency', 1);
		await tick();
		expect(session.plans[0]).not.toHaveProperty('onlyCurrency');
		expect(screen.queryByTestId('only-currency')).toBeNull();
	});

	it('holds the choice for every file of the import: one data set, one currency', async () => {
		const session = reviewOf([
			{ name: 'markets.csv', text: MIXED },
			{ name: 'more.csv', text: MIXED.replace('SEK', 'EUR') }
		]);
		render(ImportReview, { session });
		await fireEvent.change(screen.getByRole('combobox', { name: 'Orders to import' }), {
			target: { value: 'EUR' }
		});
		expect(session.plans.map((plan) => plan.onlyCurrency)).toEqual(['EUR', 'EUR']);
	});

	it('asks nothing of a file in one currency', () => {
		render(ImportReview, { session: reviewOf([{ name: 'one.csv', text: MIXED.replace('SEK', 'EUR') }]) });
		expect(screen.queryByTestId('only-currency')).toBeNull();
		expect(screen.queryByTestId('currencies-sampled')).toBeNull();
	});
});

// QA 64: one export chosen twice was named nowhere in the review.
describe('the review of one file chosen twice', () => {
	it('says the second is the first again, and that nothing is counted twice', () => {
		const session = reviewOf([
			{ name: 'orders.csv', text: GOOD, lastModified: 5000 },
			{ name: 'orders.csv', text: GOOD, lastModified: 5000 }
		]);
		render(ImportReview, { session });
		expect(screen.getByTestId('chosen-twice')).toHaveTextContent(
			// (Each name isolated, as a file's name may be written right to left.)
			'“\u2068orders.csv\u2069” is “\u2068orders.csv\u2069” again (the same name, size and date): chosen twice, its orders are read once, and the report says how the second copy was left out. Nothing is counted twice.'
		);
	});

	it('says nothing of two other files', () => {
		render(ImportReview, {
			session: reviewOf([
				{ name: 'orders.csv', text: GOOD, lastModified: 5000 },
				{ name: 'orders-2.csv', text: GOOD.replace('10', '11'), lastModified: 5000 }
			])
		});
		expect(screen.queryByTestId('chosen-twice')).toBeNull();
	});
});

// QA 64: a Shopify export and a UCI file were imported as one shop's orders with no word in the review.
describe('the review of files of different kinds of export', () => {
	const SHOPIFY =
		'Name,Email,Financial Status,Paid at,Currency,Subtotal,Shipping,Taxes,Total,Created at\n' +
		'#1001,ann@example.com,paid,2024-01-05 10:00:00 +0000,EUR,40.00,5.00,0.00,45.00,2024-01-05 10:00:00 +0000\n';
	const UCI =
		'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n' +
		'536370,22423,REGENCY CAKESTAND 3 TIER,2,12/1/2010 8:45,12.75,12583,France\n';

	it('names each kind with its files, and says they become one shop’s data set', () => {
		const session = reviewOf([
			{ name: 'shop.csv', text: SHOPIFY },
			{ name: 'retail.csv', text: UCI },
			{ name: 'shop-2.csv', text: SHOPIFY.replace('#1001', '#1002') }
		]);
		expect(session.plans.map((plan) => plan.layout)).toEqual(['shopify', 'uci', 'shopify']);
		render(ImportReview, { session });
		expect(screen.getByTestId('mixed-kinds')).toHaveTextContent(
			'These files are different kinds of export (Shopify orders export: “\u2068shop.csv\u2069”, “\u2068shop-2.csv\u2069”; UCI Online Retail (line items): “\u2068retail.csv\u2069”). Imported together they become one data set, read as one shop’s orders in one currency. If they come from different shops or in different currencies, import each on its own.'
		);
	});

	it('says nothing of files of one kind', () => {
		render(ImportReview, {
			session: reviewOf([
				{ name: 'shop.csv', text: SHOPIFY },
				{ name: 'shop-2.csv', text: SHOPIFY.replace('#1001', '#1002') }
			])
		});
		expect(screen.queryByTestId('mixed-kinds')).toBeNull();
	});
});
