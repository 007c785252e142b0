import { describe, expect, it } from 'vitest';
import { markupKind } from './markup';

describe('what a file that starts with markup is', () => {
	it.each([
		// An admin panel's "Excel" export: a table, with or without a page around it.
		['<table border="1"><tr><td>Order</td><td>Total</td></tr><tr><td>1</td><td>10</td></tr></table>', 'htmlTable'],
		[
			'<meta charset="utf-8"><table><tr><th>Order</th></tr><tr><td>1</td></tr><tr><td>2</td></tr></table>',
			'htmlTable'
		],
		[
			'\ufeff\n  <html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>1</td></tr></table>',
			'htmlTable'
		],
		[
			'<!DOCTYPE html><html><body><table><tr><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></table>',
			'htmlTable'
		],
		// A login or error page saved instead of the export.
		['<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body><form></form></body></html>', 'html'],
		[
			'<!DOCTYPE html>\n<html><head><title>Orders</title></head><body><table><tr><td>1</td></tr></table></body></html>',
			'html'
		],
		['<!-- error 500 --><html><body>Server error</body></html>', 'html'],
		// Excel's 2003 XML spreadsheet, and other XML.
		[
			'<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
			'spreadsheetXml'
		],
		['<?xml version="1.0"?><orders><order id="1"/></orders>', 'xml'],
		// Not markup: a CSV, even one with a "<" in its first header.
		['Order ID,Email,Total\n1,a@x.com,10\n', null],
		['<Order>,Email\n1,a@x.com\n', null]
	] as const)('%s is %s', (text, kind) => {
		expect(markupKind(text)).toBe(kind);
	});
});
