import type { Messages } from '$lib/i18n/messages';
import type { ImportReport, ImportWarning, RowRef } from '$lib/orders/report';

/** "row 12", or "orders-feb.csv row 12" when the data set came from several files, with the value shown. */
export function rowRefText(ref: RowRef, report: ImportReport, m: Messages): string {
	const file = report.files.length > 1 ? (report.files[ref.file]?.name ?? '') : '';
	const base = m.data.report.rowRef({ file, row: String(ref.row) });
	return ref.value !== undefined
		? m.data.report.rowRefWithValue({ ref: base, value: m.common.quoted({ text: ref.value }) })
		: base;
}

export function rowRefsText(refs: RowRef[], report: ImportReport, m: Messages): string {
	return refs.map((r) => rowRefText(r, report, m)).join(m.common.listSeparator);
}

export function warningText(
	w: ImportWarning,
	report: ImportReport,
	m: Messages,
	integer: (n: number) => string
): string {
	const t = m.data.report.warnings;
	const list = (items: string[]) => items.join(m.common.listSeparator);
	switch (w.code) {
		case 'mixedDateStyles': {
			const examples = list(w.examples.map((e) => m.common.quoted({ text: e.value ?? '' })));
			return w.unread
				? t.mixedDateStylesUnread({ examples, count: integer(w.unread) })
				: t.mixedDateStyles({ examples });
		}
		case 'mixedDecimals': {
			const examples = { point: rowRefsText(w.point, report, m), comma: rowRefsText(w.comma, report, m) };
			const file = w.point[0]?.file ?? w.comma[0]?.file ?? 0;
			if (report.files[file]?.decimal !== 'either') return t.mixedDecimalsOne(examples);
			return w.ambiguous
				? t.mixedDecimalsAmbiguous({ ...examples, count: integer(w.ambiguous) })
				: t.mixedDecimals(examples);
		}
		case 'orderIdReused':
			return t.orderIdReused({
				count: integer(w.count),
				ids: integer(w.ids),
				examples: rowRefsText(w.examples, report, m)
			});
		case 'differingTotals':
			return t.differingTotals({ count: integer(w.count), examples: rowRefsText(w.examples, report, m) });
		case 'duplicateOutcomes':
			return t.duplicateOutcomes({ count: integer(w.count), examples: rowRefsText(w.examples, report, m) });
		case 'fileNamesNoCurrency':
			return t.fileNamesNoCurrency({
				file: report.files[w.file]?.name ?? '',
				orders: integer(w.orders),
				currency: w.currency
			});
		case 'sameFile':
			return t.sameFile({ file: report.files[w.file]?.name ?? '', sameAs: report.files[w.sameAs]?.name ?? '' });
		case 'contentDuplicates':
			return t.contentDuplicates({ count: integer(w.count), examples: rowRefsText(w.examples, report, m) });
		case 'customerFromEmail':
			return t.customerFromEmail({
				count: integer(w.count),
				examples: rowRefsText(w.examples, report, m),
				column: w.column
			});
		case 'customerFromPhone':
			return t.customerFromPhone({
				count: integer(w.count),
				examples: rowRefsText(w.examples, report, m),
				column: w.column
			});
		case 'phonesGivenCountry':
			return t.phonesGivenCountry({
				count: integer(w.count),
				code: w.callingCode,
				international: integer(w.international),
				of: integer(w.of)
			});
		case 'phonesKeptApart':
			return t.phonesKeptApart({ count: integer(w.count) });
		case 'costPartial':
			return t.costPartial({
				count: integer(w.count),
				lines: integer(w.lines),
				examples: rowRefsText(w.examples, report, m),
				complete: integer(w.complete),
				orders: integer(w.orders)
			});
		case 'guestsJoined':
			return t.guestsJoined({ count: integer(w.count), orders: integer(w.orders), column: w.column });
		case 'refundAmountUnknown':
			return t.refundAmountUnknown({ count: integer(w.count), examples: rowRefsText(w.examples, report, m) });
		case 'decimalCommaMended':
			return t.decimalCommaMended({ count: integer(w.count), examples: rowRefsText(w.examples, report, m) });
		case 'thousandsMended':
			return t.thousandsMended({ count: integer(w.count), examples: rowRefsText(w.examples, report, m) });
		case 'widerRows':
			return t.widerRows({ count: integer(w.count), examples: rowRefsText(w.examples, report, m) });
		case 'controlCharacters':
			return t.controlCharacters({ count: integer(w.count), examples: rowRefsText(w.examples, report, m) });
		case 'unpairedSkus':
			return t.unpairedSkus({ count: integer(w.count), examples: rowRefsText(w.examples, report, m) });
		case 'scientificIds':
			return t.scientificIds({ count: integer(w.count), examples: rowRefsText(w.examples, report, m) });
		case 'notUtf8':
			return w.examples.length
				? t.notUtf8({ examples: rowRefsText(w.examples, report, m), encoding: m.data.encodings[w.encoding] })
				: t.notUtf8NoRow({ encoding: m.data.encodings[w.encoding] });
		case 'headerRow':
			return t.headerRow({ row: String(w.row) });
		case 'duplicateColumns': {
			const p = { count: integer(w.columns.length), name: w.name, columns: list(w.columns.map(String)) };
			return w.used !== null && w.role !== null
				? t.duplicateColumns({ ...p, column: String(w.used), role: m.data.roles[w.role] })
				: t.duplicateColumnsUnused(p);
		}
		case 'dateOrderConflicts':
			return t.dateOrderConflicts({ count: integer(w.count), examples: rowRefsText(w.examples, report, m) });
		case 'dateOrderSwitched':
			return t.dateOrderSwitched({
				from: m.data.dateOrders[w.from],
				to: m.data.dateOrders[w.to],
				value: w.decidedBy.value ?? '',
				row: String(w.decidedBy.row)
			});
		case 'severalCurrencies':
			return t.severalCurrencies({
				counts: list(Object.entries(w.counts).map(([code, n]) => `${code} ${integer(n)}`))
			});
		case 'sharedCurrencyMark':
			if (w.inColumn)
				return t.sharedCurrencyValue({
					count: integer(w.count),
					mark: w.mark,
					currencies: list([...w.currencies])
				});
			return t.sharedCurrencyMark({ count: integer(w.count), mark: w.mark, currencies: list([...w.currencies]) });
		case 'fileCutOff': {
			const place = { name: report.files[w.file]?.name ?? '', row: String(w.row), line: String(w.line) };
			return w.halfCharacter ? t.fileCutOffCharacter(place) : t.fileCutOff(place);
		}
		case 'unreadCurrency':
			return t.unreadCurrency({ count: integer(w.count), examples: rowRefsText(w.examples, report, m) });
		case 'malformedQuotes':
			return t.malformedQuotes({ count: integer(w.count), examples: rowRefsText(w.examples, report, m) });
		case 'negativeNetCustomers':
			return t.negativeNetCustomers({ count: integer(w.count) });
		case 'unknownStatuses':
			return t.unknownStatuses({ count: integer(w.count), statuses: list(unknownStatusItems(w, m, integer)) });
	}
}

/** The unknown statuses a warning names, each with its order count, and how many more there were. */
export function unknownStatusItems(
	w: Extract<ImportWarning, { code: 'unknownStatuses' }>,
	m: Messages,
	integer: (n: number) => string
): string[] {
	const named = Object.entries(w.counts).map(([status, n]) => `${m.common.quoted({ text: status })} ${integer(n)}`);
	if (w.otherStatuses > 0)
		named.push(m.data.report.warnings.unknownStatusesMore({ count: integer(w.otherStatuses) }));
	return named;
}
