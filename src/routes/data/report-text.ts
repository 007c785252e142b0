import type { Messages } from '$lib/i18n/messages';
import type { ImportReport, ImportWarning, RowRef } from '$lib/orders/report';

type DataMessages = Messages['data'];

/** "row 12", or "orders-feb.csv row 12" when the data set came from several files. */
export function rowRefText(ref: RowRef, report: ImportReport, m: DataMessages): string {
	const file = report.files.length > 1 ? (report.files[ref.file]?.name ?? '') : '';
	const base = m.report.rowRef({ file, row: String(ref.row) });
	return ref.value !== undefined ? `${base} (“${ref.value}”)` : base;
}

export function rowRefsText(refs: RowRef[], report: ImportReport, m: DataMessages): string {
	return refs.map((r) => rowRefText(r, report, m)).join(', ');
}

export function warningText(w: ImportWarning, report: ImportReport, m: DataMessages, integer: (n: number) => string): string {
	const t = m.report.warnings;
	switch (w.code) {
		case 'mixedDateStyles':
			return t.mixedDateStyles({ examples: w.examples.map((e) => `“${e.value}”`).join(', ') });
		case 'dateOrderConflicts':
			return t.dateOrderConflicts({ count: integer(w.count), examples: rowRefsText(w.examples, report, m) });
		case 'dateOrderSwitched':
			return t.dateOrderSwitched({
				from: m.dateOrders[w.from],
				to: m.dateOrders[w.to],
				value: w.decidedBy.value ?? '',
				row: String(w.decidedBy.row)
			});
		case 'severalCurrencies':
			return t.severalCurrencies({ counts: Object.entries(w.counts).map(([code, n]) => `${code} ${integer(n)}`).join(', ') });
		case 'malformedQuotes':
			return t.malformedQuotes({ count: integer(w.count), examples: rowRefsText(w.examples, report, m) });
		case 'negativeNetCustomers':
			return t.negativeNetCustomers({ count: integer(w.count) });
	}
}
