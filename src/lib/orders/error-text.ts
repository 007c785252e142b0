import { fillMessage, type Messages } from '$lib/i18n/messages';
import type { ImportErrorData } from './errors';
import type { Role } from './layouts';
import type { SkipReason } from './report';

type DataMessages = Messages['data'];

export function formatBytes(bytes: number, tag: string): string {
	const units = ['B', 'KB', 'MB', 'GB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return `${new Intl.NumberFormat(tag, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

/**
 * The sentence a user reads for an import error: the catalogue message with its details filled
 * in (column roles named, reasons listed, sizes in units). Pure, so it is tested with the
 * English catalogue.
 */
export function importErrorText(
	error: ImportErrorData,
	m: DataMessages,
	tag: string,
	fileName = '',
	separator = ', '
): string {
	const p = Object.fromEntries(
		Object.entries(error.params).map(([k, v]) => [k, Array.isArray(v) ? v.join(separator) : String(v)])
	);
	p.name ??= fileName;
	const integer = (v: unknown) => new Intl.NumberFormat(tag).format(Number(v));
	switch (error.code) {
		case 'missingColumns':
			return fillMessage(m.errors.missingColumns, {
				...p,
				roles: (error.params.roles as string[]).map((r) => m.roles[r as Role] ?? r).join(separator)
			});
		case 'lineTooLong':
			return fillMessage(m.errors.lineTooLong, { ...p, limitText: formatBytes(Number(error.params.limit), tag) });
		case 'tooManyColumns':
			return fillMessage(m.errors.tooManyColumns, {
				...p,
				columns: typeof error.params.columns === 'number' ? integer(error.params.columns) : p.columns,
				max: integer(error.params.max)
			});
		case 'mostlyQuotes':
			return fillMessage(m.errors.mostlyQuotes, {
				...p,
				quotes: integer(error.params.quotes),
				chars: integer(error.params.chars)
			});
		case 'unclosedQuote':
			// A quote that runs to the end of the file with no row after its own: the file is cut off there.
			return error.params.line === undefined || !error.params.cutOff
				? fillMessage(m.errors.unclosedQuote, p)
				: fillMessage(m.errors.unclosedQuoteCutOff, p);
		case 'noDates':
			return fillMessage(m.errors.noDates, { ...p, rows: integer(error.params.rows) });
		case 'noOrders': {
			const reasons = ((error.params.reasons as string[] | undefined) ?? []).map((entry) => {
				const [reason, count] = entry.split(':');
				return m.errors.reasonCount({ reason: m.skip[reason as SkipReason] ?? reason, count: integer(count) });
			});
			const parts: string[] = [];
			if (reasons.length) parts.push(m.errors.noOrdersReasons({ reasons: reasons.join(separator) }));
			const cancelled = Number(error.params.cancelled ?? 0);
			if (cancelled > 0) parts.push(m.errors.noOrdersCancelled({ count: integer(cancelled) }));
			const shippingKept = Number(error.params.shippingKept ?? 0);
			if (shippingKept > 0) parts.push(m.errors.noOrdersShippingKept({ count: integer(shippingKept) }));
			const testOrders = Number(error.params.testOrders ?? 0);
			if (testOrders > 0) parts.push(m.errors.noOrdersTest({ count: integer(testOrders) }));
			const otherCurrencies = Number(error.params.otherCurrencies ?? 0);
			if (otherCurrencies > 0)
				parts.push(
					m.errors.noOrdersOtherCurrencies({
						count: integer(otherCurrencies),
						currency: String(error.params.onlyCurrency ?? '')
					})
				);
			const creditNotes = Number(error.params.creditNotes ?? 0);
			if (creditNotes > 0) parts.push(m.errors.noOrdersCreditNotes({ count: integer(creditNotes) }));
			const apartOnly = Number(error.params.apartOnly ?? 0);
			if (apartOnly > 0) parts.push(m.errors.noOrdersApartOnly({ count: integer(apartOnly) }));
			return fillMessage(m.errors.noOrders, { ...p, rows: integer(error.params.rows), detail: parts.join(' ') });
		}
		case 'quotaExceeded':
			return m.errors.quotaExceeded;
		case 'databaseClosed':
			return m.errors.databaseClosed;
		case 'tooManyFiles':
			return m.errors.tooManyFiles;
		case 'layoutMismatch':
			return m.errors.layoutMismatch;
		default:
			return fillMessage(m.errors[error.code], p);
	}
}
