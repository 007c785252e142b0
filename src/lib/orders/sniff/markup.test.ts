import { describe, expect, it } from 'vitest';
import { isSqlDump, markupKind } from './markup';

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
		['<Order>,Email\n1,a@x.com\n', null],
		// A header cell that starts like a tag's name (<header>, <tablet>) or a comment, and is none.
		['<header>,Email,Total\n1,a@x.com,10\n', null],
		['<tablet> orders,Email\n1,a@x.com\n', null],
		['<title>,<body>,Total\n1,x,10\n', null],
		['<!-- exported by Shop -->,Email\n1,a@x.com\n', null],
		// Fragments an export writes without a page: table rows, a div around the table.
		['<tr><td>Order</td><td>Total</td></tr>\n<tr><td>1</td><td>10</td></tr>', 'htmlTable'],
		['<div class="export"><table><tr><td>1</td></tr></table></div>', 'html'],
		['<div><table><tr><td>Order</td></tr><tr><td>1</td></tr><tr><td>2</td></tr></table></div>', 'htmlTable'],
		// XHTML, its XML declaration first.
		[
			'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">\n<html><body><table><tr><td>1</td></tr><tr><td>2</td></tr></table>',
			'htmlTable'
		],
		// Excel's 2003 XML spreadsheet without its declaration.
		[
			'<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
			'spreadsheetXml'
		],
		['<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet>', 'spreadsheetXml'],
		// XML with no declaration.
		['<orders>\n  <order id="1"><total>10</total></order>\n</orders>', 'xml']
	] as const)('%s is %s', (text, kind) => {
		expect(markupKind(text)).toBe(kind);
	});
});

describe('an SQL dump', () => {
	it.each([
		["INSERT INTO `wp_wc_orders` VALUES (1,'a@x.com','2024-01-05',10.00);", true],
		[
			'-- MySQL dump 10.13\n--\n-- Host: localhost\n/*!40101 SET NAMES utf8 */;\nDROP TABLE IF EXISTS `orders`;',
			true
		],
		['-- phpMyAdmin SQL Dump\nSET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";\nCREATE TABLE `orders` (', true],
		['# a comment\n\nCREATE TABLE orders (id int);', true],
		// A CSV, with its header naming such words, or a comment line of its own.
		['Order ID,Email,Date,Total\n1,a@x.com,2024-01-05,10.00\n', false],
		['insert date,customer,total\n2024-01-05,a,10\n', false],
		['# exported 2024-03-01\nOrder ID,Email,Date,Total\n', false],
		['Set of orders 2024\nOrder ID,Email,Date,Total\n', false],
		['SET NAMES utf8mb4;\nINSERT INTO orders VALUES (1);', true]
	] as const)('%s: %s', (text, dump) => {
		expect(isSqlDump(text)).toBe(dump);
	});
});
