import type { ImportReport } from '$lib/orders/report';

/**
 * What the product pages say beside their basis, from the data set's import report: the line items
 * UCI credit notes gave back in full (not counted as bought, see `ImportReport.itemsReturned`), and
 * the rows skipped for naming no customer (guests without an e-mail, anonymous sales), whose orders
 * the data set does not hold, so they are in no basket: how many rows and their sales.
 */
export interface BasisNotes {
	returned: { lines: number; orders: number; emptied: number } | null;
	customerless: { rows: number; sales: number } | null;
}

export function basisNotes(report: Pick<ImportReport, 'itemsReturned' | 'skipped' | 'customerlessSales'>): BasisNotes {
	const rows = report.skipped.missingCustomer?.count ?? 0;
	return {
		returned: report.itemsReturned && report.itemsReturned.lines > 0 ? { ...report.itemsReturned } : null,
		customerless: rows > 0 ? { rows, sales: report.customerlessSales ?? 0 } : null
	};
}
