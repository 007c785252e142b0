/**
 * What a file that starts with markup is, when someone chose it as an orders CSV:
 * - `htmlTable`: a web page table, which many shop systems' and admin panels' "Excel" export
 *   writes (an .xls file that is HTML: `<table>` first, or Excel's HTML namespace, or rows of
 *   cells); Excel and LibreOffice open it and can save it as CSV;
 * - `html`: another web page, most often a login or error page saved instead of the download;
 * - `spreadsheetXml`: Excel's 2003 XML spreadsheet (also opened by Excel and LibreOffice);
 * - `xml`: any other XML.
 * Null where the text does not start with markup.
 */
export type MarkupKind = 'htmlTable' | 'html' | 'spreadsheetXml' | 'xml';

/** How much of the text is looked at: the start of a page says what it is. */
const LOOKED_AT = 64 * 1024;

/** A web page's first tag: its name whole (`<header>` or `<tablet>` is no `<head>` or `<table>`). */
const PAGE_START =
	/^<(!doctype html|html|head|meta|body|table|thead|tbody|tr|td|th|div|style|title|link|script)(?=[\s/>])/;
/** An XML declaration or processing instruction (`<?mso-application progid="Excel.Sheet"?>`), and comments. */
const PROLOG = /^(?:<\?[^]*?\?>\s*|<!--[^]*?-->\s*)+/;
/** Excel's 2003 XML spreadsheet: its namespace, or its application instruction. */
const isSpreadsheetXml = (head: string) =>
	head.includes('urn:schemas-microsoft-com:office:spreadsheet') || head.includes('excel.sheet');

export function markupKind(text: string): MarkupKind | null {
	const start = text
		.replace(/^\ufeff/, '')
		.trimStart()
		.slice(0, LOOKED_AT)
		.toLowerCase();
	// Past the XML declaration, processing instructions and comments: XHTML has a declaration first,
	// a page may start with a comment, and a CSV's first cell may be "<!-- …" with no tag after it.
	const prolog = PROLOG.exec(start)?.[0] ?? '';
	const head = start.slice(prolog.length);
	// (A page closes its elements; a CSV's header cell "<title>" closes none.)
	const tag = PAGE_START.exec(head);
	if (tag && /<\/[a-z]/.test(head)) {
		// (A login or error page may lay itself out in a table of a row; an export has a header and data.)
		const rows = head.split('<tr').length - 1;
		const excel = head.includes('urn:schemas-microsoft-com:office:excel');
		return excel || tag[1] === 'table' || rows >= 2 ? 'htmlTable' : 'html';
	}
	if (isSpreadsheetXml(start) && (prolog.includes('<?') || head.startsWith('<workbook'))) return 'spreadsheetXml';
	if (start.startsWith('<?xml')) return 'xml';
	// XML with no declaration: a first element whose end tag follows ("<Order>,Email" is a CSV's header).
	const element = /^<([a-z_][\w.:-]*)(?=[\s/>])/.exec(head);
	return element && head.includes(`</${element[1]}>`) ? 'xml' : null;
}

/**
 * Whether the text is an SQL dump (a database's tables as statements: "INSERT INTO …", "CREATE
 * TABLE …", after comments such as mysqldump's and phpMyAdmin's), which a shop owner may find
 * instead of an export. Comment lines ("--", "#", "/*") and "SET …" lines are passed over.
 */
export function isSqlDump(text: string): boolean {
	const lines = text.replace(/^\ufeff/, '').split(/\r?\n/, 200);
	for (const raw of lines) {
		const line = raw.trim();
		if (!line || line.startsWith('--') || line.startsWith('#') || line.startsWith('/*') || line.startsWith('*'))
			continue;
		return /^(insert\s+into|create\s+table|drop\s+table|lock\s+tables|set\s+(?:names\b|@|\w+\s*=)|use\s+`?\w+`?;|begin;|start\s+transaction)/i.test(
			line
		);
	}
	return false;
}
