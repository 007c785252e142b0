import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '$lib/csv/escape';
import { findWarning } from './report';
import { spreadsheetText, unwrapSpreadsheetCells } from './spreadsheet-text';
import { headline, importOrdersText, importOrderTexts } from './test-support';

describe('spreadsheetText', () => {
	it.each([
		// Excel text formulas of a plain quoted string: the string.
		['="1650009220308087884"', '1650009220308087884'],
		['="12.50"', '12.50'],
		['="2024-02-06 21:51:14"', '2024-02-06 21:51:14'],
		['=""', ''],
		['="a ""b"" c"', 'a "b" c'],
		['="a"""', 'a"'],
		['=" 007 "', ' 007 '],
		// Other formulas, and what only looks like one: as written.
		['="a"&"b"', '="a"&"b"'],
		['="a"b"', '="a"b"'],
		['="', '="'],
		['=', '='],
		['=A1', '=A1'],
		['=SUM(B2:B9)', '=SUM(B2:B9)'],
		['=1650009220308087884', '=1650009220308087884'],
		[' ="1"', ' ="1"'],
		// The app's export's guard: off where the export puts it, then any text formula read.
		["'+371 20000000", '+371 20000000'],
		["'-5", '-5'],
		['\'=HYPERLINK("x")', '=HYPERLINK("x")'],
		["'@home", '@home'],
		["'\t123", '\t123'],
		["'\r123", '\r123'],
		["'  =x", '  =x'],
		["'＝1", '＝1'],
		['\'="1650009220308087884"', '1650009220308087884'],
		// An apostrophe before anything else is the value's own.
		["'s-Hertogenbosch", "'s-Hertogenbosch"],
		["'t Hooft", "'t Hooft"],
		["'abc", "'abc"],
		["'", "'"],
		["''=x", "''=x"],
		// Nothing to unwrap.
		['1650009220308087884', '1650009220308087884'],
		['a="1"', 'a="1"'],
		['', '']
	])('%j → %j', (cell, expected) => {
		expect(spreadsheetText(cell)).toBe(expected);
	});

	it.each(['+371 20000000', '-5', '=1+1', '@x', '\tx', '  =x', 'plain', "'s-Hertogenbosch", '="1"', '-'])(
		'reads the app export’s guarded %j back as it was',
		(value) => {
			// (`="1"` is the one value not given back as written: it is read as the spreadsheet shows it.)
			expect(spreadsheetText(neutraliseFormula(value))).toBe(value === '="1"' ? '1' : value);
		}
	);

	it('unwraps a row’s cells in place', () => {
		const row = ['="1"', "'+44 1", 'x', '', "'a"];
		unwrapSpreadsheetCells(row);
		expect(row).toEqual(['1', '+44 1', 'x', '', "'a"]);
	});
});

// The first rows of a Taobao orders export (订单编号 written as ="…" so that Excel keeps its 19
// digits). Hand-worked: the net of each paid order is 总金额 − 买家应付邮费 (no refunds), the
// closed one (交易关闭) no sale: 328.69 + 40.91 + 484.38 = 853.98 from 3 orders of 3 customers.
const TAOBAO_HEADER =
	'订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,总金额,买家实际支付金额,订单状态,买家留言,收货人姓名,收货地址,联系手机,订单创建时间,订单付款时间,宝贝标题,宝贝总数量,退款金额\n';
const TAOBAO_ROWS = [
	[
		'1650009220308087884',
		'买家007,007****@163.com,328.69,8.00,336.69,336.69,交易成功,,张7,浙江省 杭州市 西湖区 文三路7号,138****1234,2024-02-06 21:51:14,2024-02-06 21:54:14,绿茶 250克 礼盒,1,0.00'
	],
	[
		'1650002831830441044',
		'买家045,045****@163.com,40.91,12.00,52.91,52.91,交易成功,,张45,浙江省 杭州市 西湖区 文三路45号,138****1234,2024-02-13 19:08:00,2024-02-13 19:11:00,绿茶 250克 礼盒,1,0.00'
	],
	[
		'1650009535271969122',
		'买家013,013****@163.com,194.70,0.00,194.70,0.00,交易关闭,,张13,浙江省 杭州市 西湖区 文三路13号,138****1234,2024-02-17 08:37:45,,绿茶 250克 礼盒,1,0.00'
	],
	[
		'1650003948926613398',
		'买家032,032****@163.com,484.38,12.00,496.38,496.38,交易成功,,张32,浙江省 杭州市 西湖区 文三路32号,138****1234,2024-02-19 17:56:31,2024-02-19 17:59:31,绿茶 250克 礼盒,1,0.00'
	]
];
const TAOBAO = { orders: 3, customers: 3, revenue: 853.98 };
const taobao = (id: (id: string) => string, rows = TAOBAO_ROWS) =>
	TAOBAO_HEADER + rows.map(([oid, rest]) => `${id(oid)},${rest}\n`).join('');
const wrapped = (oid: string) => `="${oid}"`;
const plain = (oid: string) => oid;

describe('order ids written as Excel text formulas (="1650009220308087884")', () => {
	it('read alone, give the hand-worked figures', async () => {
		const { report, result } = await importOrdersText(taobao(wrapped));
		expect(headline(report)).toEqual(TAOBAO);
		expect(result.orderIds?.get(0)).toBe('1650009220308087884');
	});

	it.each([
		['the Excel-resaved copy (plain ids) after the original', [wrapped, plain]],
		['the original after the Excel-resaved copy', [plain, wrapped]],
		[
			'the app’s own export of the original (\'="…", as an older version wrote it)',
			[wrapped, (id: string) => `"'=""${id}"""`]
		],
		['ids tab-suffixed by another exporter', [wrapped, (id: string) => `${id}\t`]]
	])('are the same orders as %s: every row of the second file a duplicate', async (_, [first, second]) => {
		const { report } = await importOrderTexts(taobao(first), taobao(second, TAOBAO_ROWS.slice(1)));
		// (Before: 5 orders, 0 duplicates: the plain ids were other orders.)
		expect(headline(report)).toEqual(TAOBAO);
		expect(report.duplicates.count).toBe(3);
	});

	it('are matched to their plain copies in byte ranges as read whole', async () => {
		// 300 orders written ="…", then the same 300 with plain ids (an export and its resaved copy joined).
		const rows = Array.from(
			{ length: 300 },
			(_, k) => `7${String(k).padStart(18, '0')},c${k % 50},2024-03-01,10.00`
		);
		const text =
			'Order ID,Customer,Date,Amount\n' +
			rows.map((row) => row.replace(/^(\d+)/, '="$1"') + '\n').join('') +
			rows.map((row) => row + '\n').join('');
		const whole = await importOrdersText(text);
		const ranged = await importOrdersText(text, 3);
		expect(headline(whole.report)).toEqual({ orders: 300, customers: 50, revenue: 3000 });
		expect(whole.report.duplicates.count).toBe(300);
		expect(headline(ranged.report)).toEqual(headline(whole.report));
		expect(ranged.report.duplicates.count).toBe(300);
	});
});

describe('customers, amounts, dates and dimensions written as text formulas or guarded', () => {
	it('are read as the spreadsheet shows them', async () => {
		const { report, result } = await importOrdersText(
			'order_id,customer_id,order_date,amount,product,country\n' +
				'="1","+371 20000001","2024-01-05","12.50",="Tea",="LV"\n' +
				"2,'+371 20000001,2024-02-05,'-2.50,'=Cup,LV\n" +
				'3,="007",="2024-03-05",="7.00",Tea,="LV"\n'
		);
		// Hand-worked: 12.50 (order 1) − 2.50 (order 2, a return of the same customer) and 7.00 (order
		// 3, customer 007) — read as written without the wrappers.
		expect(result.customers.sort()).toEqual(['+371 20000001', '007']);
		expect(report.revenue).toBeCloseTo(17, 2);
		expect(result.dimensions.product?.values).toContain('Tea');
		expect(result.dimensions.product?.values).not.toContain('="Tea"');
		expect(result.dimensions.country?.values).toEqual(['LV']);
	});

	it('make a file without order ids the same rows as its plain copy', async () => {
		const body = (wrap: (text: string) => string) =>
			'Customer,Date,Amount\n' +
			`${wrap('0042')},2024-01-05,10.00\n` +
			`${wrap('0043')},2024-01-06,20.00\n` +
			`${wrap('0042')},2024-02-05,30.00\n`;
		const { report } = await importOrderTexts(
			body((text) => `="${text}"`),
			body((text) => text)
		);
		// Before: 6 orders of 4 customers, 120.00.
		expect(headline(report)).toEqual({ orders: 3, customers: 2, revenue: 60 });
		expect(findWarning(report.warnings, 'contentDuplicates')).toMatchObject({ count: 3 });
	});
});
