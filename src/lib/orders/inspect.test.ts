import { describe, expect, it } from 'vitest';
import { duplicateColumns } from './headers';
import { excelDelimiterHint, findTableStart, inspectSample } from './inspect';
import { firstInvalidUtf8 } from './sniff/encoding';
import { sampleOf } from './test-support';

const rows = (...lines: string[]) => lines.map((l) => (l === '' ? [''] : l.split(',')));

describe('findTableStart', () => {
	it.each([
		{
			name: 'a header on the first row',
			rows: rows('id,customer,date,total', '1,a,2023-01-01,1', '2,b,2023-01-02,2'),
			start: 0
		},
		{
			name: 'title rows and a blank line above the header',
			rows: rows(
				'Orders report',
				'Exported 2024-01-02 by admin',
				'',
				'id,customer,date,total',
				'1,a,2023-01-01,1',
				'2,b,2023-01-02,2'
			),
			start: 3
		},
		{
			name: 'a title with a comma in it',
			rows: rows(
				'Orders, all shops',
				'id,customer,date,total',
				'1,a,2023-01-01,1',
				'2,b,2023-01-02,2',
				'3,c,2023-01-03,3'
			),
			start: 1
		},
		{
			name: 'no header at all: the first full row',
			rows: rows('Report', '1,a,2023-01-01,1', '2,b,2023-01-02,2'),
			start: 1
		},
		{
			name: 'a row of group names over the header (merged cells)',
			rows: rows('Order,,,Payment', 'id,customer,date,total', '1,a,2023-01-01,1', '2,b,2023-01-02,2'),
			start: 1
		},
		{
			name: 'a header with unnamed columns over data',
			rows: rows('id,,,total', '1,a,2023-01-01,1', '2,b,2023-01-02,2'),
			start: 0
		},
		{
			name: 'unnamed columns, e-mails in the data',
			rows: rows(
				'Order,,,Email,,Total',
				'#1001,5 Jan 2024,Ann,ann@x.com,Mug,€12.50',
				'#1002,6 Jan 2024,Bo,bo@x.com,Tea,€7.20'
			),
			start: 0
		},
		{
			name: 'unnamed columns, codes in the data',
			rows: rows('Order,,Customer,', 'A-1,Jan 5,Ann Berg,EUR 12.50', 'A-2,Jan 6,Bo Li,EUR 7.20'),
			start: 0
		},
		{
			name: 'no header, a first row with empty cells, names in the second',
			rows: rows('1,,,10', '2,ann,ann@x.com,bo', '3,bo,bo@x.com,20'),
			start: 0
		},
		{
			name: 'data rows that end with a delimiter the header does not have',
			rows: rows('Orders', 'id,customer,date,total', '1,a,2023-01-01,1,', '2,b,2023-01-02,2,'),
			start: 1
		},
		{
			name: 'most amounts with thousands separators not in quotes (rows wider than the header)',
			rows: rows(
				'Order Number,Order Date,Customer Email,Order Total,State',
				'5000,02/10/2024,c054@example.com,1,234.50,CA',
				'5001,02/21/2024,c017@example.com,24.99,CA',
				'5002,03/13/2024,c052@example.com,12,640.25,CA',
				'5003,03/15/2024,c054@example.com,2,999.00,CA'
			),
			start: 0
		},
		{
			name: 'a title over a header, rows wider for no thousands separator',
			rows: rows('Orders, all shops', 'id,customer,date,total', '1,a,2023-01-01,1', '2,b,2023-01-02,2'),
			start: 1
		},
		{ name: 'one column only', rows: rows('a', 'b'), start: 0 }
	])('$name → row $start', ({ rows, start }) => {
		expect(findTableStart(rows)).toBe(start);
	});
});

describe('inspecting a file with title rows', () => {
	const text = [
		'Orders report',
		'Exported 2024-01-02 by admin',
		'',
		'order_id,customer_id,order_date,total',
		'1,a,2023-01-05,10',
		'2,b,2023-01-06,20'
	];
	const bytes = new TextEncoder().encode(text.join('\n') + '\n');

	it('finds the header row, says so, and offers the first rows to choose from', () => {
		const inspection = inspectSample(sampleOf('report.csv', bytes));
		expect(inspection.plan.headerRow).toBe(4);
		expect(inspection.columns).toEqual(['order_id', 'customer_id', 'order_date', 'total']);
		expect(inspection.preview).toEqual([
			['1', 'a', '2023-01-05', '10'],
			['2', 'b', '2023-01-06', '20']
		]);
		expect(inspection.plan.warnings).toContainEqual({ code: 'headerRow', row: 4 });
		expect(inspection.topRows.length).toBe(6);
	});

	it('takes the user’s choice of header row', () => {
		const inspection = inspectSample(sampleOf('report.csv', bytes), 'dmy', { headerRow: 5 });
		expect(inspection.plan.headerRow).toBe(5);
		expect(inspection.plan.hasHeader).toBe(false);
		expect(inspection.missing).toEqual(['customer', 'date', 'amount']);
	});
});

describe('a file that is not valid UTF-8', () => {
	it('is read in the likeliest legacy encoding, and the inspection says so with the first bad row', () => {
		const bytes = new Uint8Array([
			...new TextEncoder().encode('id,customer,date,total\n1,C'),
			0xff,
			0xfe,
			0xfd,
			...new TextEncoder().encode('2,2023-01-05,10\n')
		]);
		const { plan } = inspectSample(sampleOf('bad.csv', bytes));
		expect(plan.encoding).toBe('windows-1251');
		expect(plan.warnings).toContainEqual({
			code: 'notUtf8',
			encoding: 'windows-1251',
			examples: [{ file: 0, row: 2, value: '1,Cяюэ2,2023-01-05,10' }]
		});
	});

	it('is not flagged when valid UTF-8, or when the user chose the encoding', () => {
		const utf8 = new TextEncoder().encode('id,customer,date,total\n1,Jānis,2023-01-05,10\n');
		expect(inspectSample(sampleOf('ok.csv', utf8)).plan.warnings ?? []).toEqual([]);
		const bytes = new Uint8Array([
			...new TextEncoder().encode('id,customer,date,total\n1,C'),
			0xff,
			...new TextEncoder().encode(',2023-01-05,10\n')
		]);
		const chosen = inspectSample(sampleOf('bad.csv', bytes), 'dmy', { encoding: 'windows-1252' });
		expect(chosen.plan.warnings?.some((w) => w.code === 'notUtf8') ?? false).toBe(false);
	});
});

describe('firstInvalidUtf8', () => {
	const bytes = (...b: number[]) => new Uint8Array(b);
	it.each([
		{ name: 'ASCII', input: bytes(0x61, 0x62), at: -1 },
		{ name: 'two-byte ā', input: bytes(0x61, 0xc4, 0x81), at: -1 },
		{ name: 'a sequence cut off by the sample end', input: bytes(0x61, 0xe4, 0xb8), at: -1 },
		{ name: 'a stray continuation byte', input: bytes(0x61, 0x80), at: 1 },
		{ name: 'ÿ as one byte (windows-1251 я)', input: bytes(0x43, 0xff, 0xfe), at: 1 },
		{ name: 'a lead byte without its continuation', input: bytes(0xc4, 0x41, 0x42), at: 0 },
		{ name: 'an overlong form', input: bytes(0xe0, 0x80, 0x80), at: 0 },
		{ name: 'a surrogate', input: bytes(0xed, 0xa0, 0x80), at: 0 }
	])('$name → $at', ({ input, at }) => {
		expect(firstInvalidUtf8(input)).toBe(at);
	});
});

describe('duplicateColumns', () => {
	it.each([
		{ headers: ['id', 'total', 'Total', 'date'], groups: [{ name: 'total', columns: [1, 2] }] },
		{
			headers: ['a', 'b', 'a', 'b', 'a'],
			groups: [
				{ name: 'a', columns: [0, 2, 4] },
				{ name: 'b', columns: [1, 3] }
			]
		},
		{ headers: ['a', '', ''], groups: [] }
	])('$headers', ({ headers, groups }) => {
		expect(duplicateColumns(headers)).toEqual(groups);
	});
});

describe('how a date column the user chooses would be read (datePlans)', () => {
	/** An Etsy-like export: its date header is none the layouts know, its dates month first. */
	const etsy = [
		'Day of sale,Order ID,Buyer,Order Value,Ship Date',
		'01/05/24,1001,ann,20.00,01/08/24',
		'01/13/24,1002,ben,35.00,01/15/24',
		'02/02/24,1003,ann,12.00,02/06/24',
		'03/21/24,1004,cy,40.00,03/25/24'
	].join('\n');
	const inspect = (text: string, fallback: 'dmy' | 'mdy' = 'dmy') =>
		inspectSample(sampleOf('sold-orders.csv', new TextEncoder().encode(text + '\n')), fallback);

	it.each([
		{ name: 'a column whose values decide it (01/13/24: month first)', column: 0, decidedBy: '01/13/24' },
		{ name: 'another date column, decided by its own values', column: 4, decidedBy: '01/15/24' }
	])('$name', ({ column, decidedBy }) => {
		const { plan, datePlans } = inspect(etsy);
		expect(plan.mapping.date).toBeUndefined();
		expect(datePlans[column]).toMatchObject({ dateOrder: 'mdy', dateOrderBasis: 'data' });
		expect(datePlans[column]?.dateOrderDecidedBy).toMatchObject({ row: 3, value: decidedBy });
	});

	it.each([
		{ fallback: 'dmy' as const, order: 'dmy' },
		{ fallback: 'mdy' as const, order: 'mdy' }
	])('undecided values take the reader’s default ($fallback), flagged for checking', ({ fallback, order }) => {
		const { datePlans } = inspect(
			['When,Buyer,Value', '01/05/24,ann,20', '02/06/24,ben,35', '03/07/24,ann,12'].join('\n'),
			fallback
		);
		expect(datePlans[0]).toMatchObject({ dateOrder: order, dateOrderBasis: 'default', dateOrderDecidedBy: null });
	});

	it('has none for columns that are not dates, and the plan’s own for the date column it found', () => {
		const { plan, datePlans } = inspect(
			['order_id,customer_id,order_date,total', 'o1,ann,2024-01-05,10', 'o2,ben,2024-02-06,20'].join('\n')
		);
		expect(datePlans.map((d) => d?.dateOrderBasis ?? null)).toEqual([null, null, 'not-needed', null]);
		expect(datePlans[2]).toEqual({
			dateOrder: plan.dateOrder,
			dateOrderBasis: plan.dateOrderBasis,
			dateOrderDecidedBy: plan.dateOrderDecidedBy
		});
	});
});

describe('Excel’s delimiter line ("sep=;")', () => {
	it.each([
		['sep=;\n', ';'],
		['"sep=,"\r\n', ','],
		['\ufeffSEP=|\n', '|'],
		['sep=\t\n', '\t'],
		['order_id,customer_id\n', null],
		['sep=;', null] // no line of its own: not the hint
	])('%j names %j', (start, delimiter) => {
		expect(excelDelimiterHint(start + 'rest')).toBe(delimiter);
	});

	it('sets the delimiter, and the header below it is read without calling the line a title', () => {
		// Commas in the amounts would make a guess hesitate: the line says semicolons.
		const text = 'sep=;\norder_id;customer_id;order_date;total\n1;a;05.01.2024;1,5\n2;b;06.01.2024;2,5\n';
		const { plan } = inspectSample(sampleOf('excel.csv', new TextEncoder().encode(text)));
		expect(plan.delimiter).toBe(';');
		expect(plan.headerRow).toBe(2);
		expect(plan.mapping).toMatchObject({ orderId: 0, customer: 1, date: 2, amount: 3 });
		expect((plan.warnings ?? []).map((w) => w.code)).not.toContain('headerRow');
	});
});

describe('a comma file whose amounts have thousands separators not in quotes', () => {
	it('is read from its header on row 1, its columns mapped (the import joins the amounts’ parts)', () => {
		const text =
			'Order Number,Order Date,Customer Email,Order Total,State\n' +
			'5000,02/10/2024,c054@example.com,1,234.50,CA\n' +
			'5001,02/21/2024,c017@example.com,24.99,CA\n' +
			'5002,03/13/2024,c052@example.com,12,640.25,CA\n' +
			'5003,03/15/2024,c054@example.com,2,999.00,CA\n';
		const { plan } = inspectSample(sampleOf('orders.csv', new TextEncoder().encode(text)));
		expect(plan.headerRow).toBeUndefined();
		expect(plan.warnings?.some((w) => w.code === 'headerRow') ?? false).toBe(false);
		expect(plan.mapping).toMatchObject({ orderId: 0, date: 1, customer: 2, amount: 3 });
	});
});
