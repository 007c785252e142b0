import { describe, expect, it } from 'vitest';
import { copiesOf, importOrdersText } from './test-support';

async function importText(text: string, ranges = 1) {
	const { plan, result, report } = await importOrdersText(text, ranges);
	const { count, amount } = result.columns;
	const amounts = Object.fromEntries(
		Array.from({ length: count }, (_, i) => [result.orderIds!.get(i), Math.round(amount[i] * 100) / 100])
	);
	return { plan, report, amounts };
}

// bol.com's order export: one row per order line, each with its own status.
const BOL =
	'Bestelnummer;Besteldatum;Bestelregelnummer;Producttitel;Aantal;Prijs;Status;E-mailadres\n' +
	'1043001234;15-01-2024;2001234501;Het boek A;1;24,95;Verzonden;jan@verkopen.bol.com\n' +
	'1043001234;15-01-2024;2001234502;Het boek B;1;19,99;Verzonden;jan@verkopen.bol.com\n' +
	'1043005678;18-01-2024;2001234601;Puzzel;1;14,50;Geannuleerd;eva@verkopen.bol.com\n' +
	'1043009012;02-02-2024;2001234701;Het boek A;1;24,95;Verzonden;eva@verkopen.bol.com\n' +
	'1043011111;14-02-2024;2001234801;Bordspel;1;39,99;Retour;piet@verkopen.bol.com\n' +
	// A shipped line and a cancelled one: the order stands at the shipped line's 17,50.
	'1043012222;01-03-2024;2001234901;Het boek C;1;17,50;Verzonden;jan@verkopen.bol.com\n' +
	'1043012222;01-03-2024;2001234902;Puzzel;1;14,50;Geannuleerd;jan@verkopen.bol.com\n' +
	'1043013333;10-03-2024;2001235001;Bordspel;2;39,99;Open;sanne@verkopen.bol.com\n';

// Orders whose first lines were cancelled or returned on their own, and one cancelled whole.
const BOL_FIRST_LINES =
	'Bestelnummer;Besteldatum;Producttitel;Aantal;Prijs;Status;E-mailadres\n' +
	'1043001234;15-01-2024;Het boek A;1;24,95;Verzonden;jan@verkopen.bol.com\n' +
	// Cancelled, then shipped, then returned: the order stands at the shipped 17,50.
	'1043012222;01-03-2024;Puzzel;1;14,50;Geannuleerd;jan@verkopen.bol.com\n' +
	'1043012222;01-03-2024;Het boek C;1;17,50;Verzonden;jan@verkopen.bol.com\n' +
	'1043012222;01-03-2024;Bordspel;1;39,99;Retour;jan@verkopen.bol.com\n' +
	// Returned, cancelled, then open: 2 × 9,95.
	'1043013333;10-03-2024;Kaart;1;5,00;Retour;eva@verkopen.bol.com\n' +
	'1043013333;10-03-2024;Kaart;1;6,00;Geannuleerd;eva@verkopen.bol.com\n' +
	'1043013333;10-03-2024;Pen;2;9,95;Open;eva@verkopen.bol.com\n' +
	// Every line cancelled: no sale.
	'1043014444;11-03-2024;Puzzel;1;14,50;Geannuleerd;piet@verkopen.bol.com\n' +
	'1043014444;11-03-2024;Puzzel;1;14,50;Geannuleerd;piet@verkopen.bol.com\n';

describe('an order line cancelled or returned on its own', () => {
	it('is left out of its order, which stands, and is counted apart', async () => {
		const { plan, report, amounts } = await importText(BOL);
		expect(plan.amountMode).toBe('lineItems');
		// Hand-worked: 24,95 + 19,99; 24,95; 17,50; 2 × 39,99.
		expect(amounts).toEqual({ '1043001234': 44.94, '1043009012': 24.95, '1043012222': 17.5, '1043013333': 79.98 });
		expect(report.customers).toBe(3);
		expect(report.cancelled.count).toBe(1);
		expect(report.refunds.fullyRefunded.count).toBe(1);
		expect(report.linesNoSale).toEqual({ count: 1, examples: [{ file: 0, row: 8 }] });
	});

	it('is left out the same way when the file is read in byte ranges', async () => {
		const many = copiesOf(BOL, 10, (row, k) => row.replace(/^104/, `${k}04`));
		const whole = await importText(many);
		const ranged = await importText(many, 3);
		expect(whole.report.linesNoSale?.count).toBe(10);
		expect(ranged.amounts).toEqual(whole.amounts);
		expect(ranged.report).toEqual(whole.report);
	});

	it('keeps an order whose first line was cancelled or returned, from its first line sold', async () => {
		const { report, amounts } = await importText(BOL_FIRST_LINES);
		expect(amounts).toEqual({ '1043001234': 24.95, '1043012222': 17.5, '1043013333': 19.9 });
		expect(report.customers).toBe(2);
		expect(report.cancelled).toEqual({ count: 1, examples: [{ file: 0, row: 9 }] });
		expect(report.refunds.fullyRefunded.count).toBe(0);
		expect(report.refunds.refundedAmount).toBe(0);
		expect(report.linesNoSale).toEqual({
			count: 4,
			examples: [
				{ file: 0, row: 3 },
				{ file: 0, row: 5 },
				{ file: 0, row: 6 },
				{ file: 0, row: 7 }
			]
		});
		// Every row is accounted for: 3 orders' first rows, 1 cancelled order and 5 further lines.
		expect(report.lineItemRows).toBe(5);
	});

	it('keeps such an order the same way when the file is read in byte ranges', async () => {
		const many = copiesOf(BOL_FIRST_LINES, 12, (row, k) => row.replace(/^104/, `${k}04`));
		const whole = await importText(many);
		const ranged = await importText(many, 3);
		expect(Object.keys(whole.amounts)).toHaveLength(36);
		expect(whole.report.linesNoSale?.count).toBe(48);
		expect(ranged.amounts).toEqual(whole.amounts);
		expect(ranged.report).toEqual(whole.report);
	});

	it('leaves out a cancelled line that is not next to the rest of its order (sorted by product)', async () => {
		const text =
			'Bestelnummer;Besteldatum;Producttitel;Aantal;Prijs;Status;E-mailadres\n' +
			'1001;15-01-2024;Boek A;1;20,00;Verzonden;jan@x.nl\n' +
			'1002;15-01-2024;Boek A;1;20,00;Verzonden;eva@x.nl\n' +
			'1001;15-01-2024;Puzzel;1;14,50;Geannuleerd;jan@x.nl\n' +
			'1001;15-01-2024;Boek C;1;5,00;Verzonden;jan@x.nl\n' +
			'1003;16-01-2024;Boek C;1;5,00;Verzonden;eva@x.nl\n' +
			'1001;15-01-2024;Puzzel 2;1;3,00;Geannuleerd;jan@x.nl\n' +
			// Cancelled whole, and a cancelled order whose id another customer's order has.
			'1004;17-01-2024;Puzzel;1;14,50;Geannuleerd;piet@x.nl\n' +
			'1003;16-01-2024;Puzzel;1;14,50;Geannuleerd;sanne@x.nl\n';
		const { report, amounts } = await importText(text);
		expect(amounts).toEqual({ '1001': 25, '1002': 20, '1003': 5 });
		expect(report.cancelled).toEqual({
			count: 2,
			examples: [
				{ file: 0, row: 8 },
				{ file: 0, row: 9 }
			]
		});
		expect(report.linesNoSale).toEqual({
			count: 2,
			examples: [
				{ file: 0, row: 4 },
				{ file: 0, row: 7 }
			]
		});

		// Read in byte ranges: the same orders and counts.
		const many = copiesOf(text, 12);
		const whole = await importText(many);
		const ranged = await importText(many, 3);
		expect(whole.report.linesNoSale?.count).toBe(24);
		expect(ranged.amounts).toEqual(whole.amounts);
		expect(ranged.report).toEqual(whole.report);
	});

	it('drops an order whose first row’s status is the order’s (repeated, or written once)', async () => {
		const { report, amounts } = await importText(
			'Order,Date,Email,Item,Line Total,Status\n' +
				'A1,2024-01-05,a@x.io,Mug,10.00,cancelled\nA1,2024-01-05,a@x.io,Tea,8.00,cancelled\n' +
				'B1,2024-01-06,b@x.io,Mug,10.00,cancelled\nB1,2024-01-06,b@x.io,Tea,6.00,\nB1,2024-01-06,b@x.io,Jam,4.00,completed\n' +
				'C1,2024-01-07,c@x.io,Mug,10.00,completed\n'
		);
		expect(amounts).toEqual({ C1: 10 });
		expect(report.cancelled.count).toBe(2);
		expect(report.linesNoSale).toBeUndefined();
	});

	it('leaves a file whose further rows have no status of their own as it was', async () => {
		const { report, amounts } = await importText(
			'Order,Date,Email,Item,Line Total,Status\n' +
				'A1,2024-01-05,a@x.io,Mug,10.00,completed\nA1,2024-01-05,a@x.io,Tea,8.00,\n' +
				'B1,2024-01-06,b@x.io,Mug,10.00,completed\nB1,2024-01-06,b@x.io,Tea,6.00,\n'
		);
		expect(amounts).toEqual({ A1: 18, B1: 16 });
		expect(report.linesNoSale).toBeUndefined();
	});
});
