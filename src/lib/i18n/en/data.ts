/** Messages of the Data section: importing orders, the validation report, data set management. */

export default {
	title: 'Your data',
	intro: 'Import an orders export from your shop. The file is read and analysed in this browser and stored only here (IndexedDB): nothing is uploaded.',
	import: {
		heading: 'Import orders',
		dropHere: 'Drop CSV files here',
		or: 'or',
		choose: 'Choose files…',
		formats:
			'Shopify and WooCommerce order exports, UCI Online Retail, CDNOW-style files, per-customer summaries (frequency, recency, T, monetary value) and any CSV with a customer, a date and an amount. Several files (e.g. monthly exports) make one data set.',
		inspecting: 'Reading the start of the file…',
		reviewHeading: 'Check how the file will be read',
		reviewHelp: 'Everything below was recognised automatically. Change anything that is wrong, then import.',
		chosenTwice: (p: { file: string; of: string; by: 'rows' | 'file' }) =>
			`${p.file} is ${p.of} again (${p.by === 'rows' ? 'the same rows' : 'the same name, size and date'}): chosen twice, its orders are read once, and the report says how the second copy was left out. Nothing is counted twice.`,
		mixedKinds: (p: { kinds: string }) =>
			`These files are different kinds of export (${p.kinds}). Imported together they become one data set, read as one shop’s orders in one currency. If they come from different shops or in different currencies, import each on its own.`,
		kindFiles: (p: { kind: string; files: string }) => `${p.kind}: ${p.files}`,
		kindsSeparator: '; ',
		noOrderIdFiles: (p: { files: string }) =>
			`No order id column in ${p.files}: duplicates between the files can only be matched on their content. A file chosen twice is read once, and rows of a later file identical in every column read to an earlier file’s are skipped as the same orders; the report says how many.`,
		/** A chosen file that a stored data set holds already (see `storedCopies`); names and dates come quoted/formatted. */
		sameRows: (p: { file: string; dataset: string; date: string }) =>
			`${p.file} has the same rows as the data set ${p.dataset}, imported ${p.date}.`,
		sameRowsOf: (p: { file: string; stored: string; dataset: string; date: string }) =>
			`${p.file} has the same rows as ${p.stored}, a file of the data set ${p.dataset}, imported ${p.date}.`,
		sameFile: (p: { file: string; stored: string; dataset: string; date: string }) =>
			`${p.file} has the same name, size and date modified as ${p.stored}, imported ${p.date} into the data set ${p.dataset}.`,
		storedCopyChoice:
			'Importing it anyway adds another data set beside the stored one (nothing is replaced or added to): the selectors then number data sets of the same name, and the figures of both count the same orders.',
		openStored: (p: { name: string }) => `Open ${p.name}`,
		importAnyway: 'Import anyway',
		name: 'Data set name',
		start: 'Import',
		defaultName: 'Orders',
		startOver: 'Choose other files',
		startBlocked: (p: { file: string; roles: string }) =>
			`Import is off until every required column is chosen: in “${p.file}”, choose a column for ${p.roles} (under Columns above).`,
		startBlockedDates: (p: { column: string; file: string; value: string }) =>
			`Import is off: no date in column “${p.column}” of “${p.file}” can be read (for example “${p.value}”). Choose the column that holds the order dates (under Columns above).`,
		leftOutIntro: 'These files cannot be imported and are left out:',
		readyFiles: (p: { files: string }) =>
			`Ready to import: ${p.files}. Import reads these alone, without the files above; or choose other files.`,
		importing: 'Importing…',
		storing: 'Saving the data set…',
		progressLabel: 'Import progress',
		progress: (p: { percent: string; rate: string; rows: string }) =>
			`${p.rows} rows read · ${p.percent} · ${p.rate} rows/s`,
		saving: (p: { stored: string; total: string; percent: string }) =>
			`${p.stored} of ${p.total} orders saved · ${p.percent}`,
		cancel: 'Cancel import',
		cancelled: 'Import cancelled. Nothing was saved and your other data sets are unchanged.',
		doneHeading: (p: { name: string }) => `Imported “${p.name}”`,
		doneTime: (p: { seconds: string }) => `Read and saved in ${p.seconds} s.`,
		analyse: 'Analyse this data set',
		another: 'Import another file',
		errorHeading: 'This file cannot be imported',
		untouched: 'Nothing was saved; your existing data sets are unchanged.',
		fileLabel: (p: { index: string; name: string }) => `File ${p.index}: ${p.name}`,
		persistDenied:
			'The browser may clear stored data when space runs low (it did not grant persistent storage). Keep a backup if this data matters.',
		/** Where the import's result was: the data set it stored is gone with everything else. */
		deletedSince: (p: { name: string }) =>
			`“${p.name}” was stored, then deleted with all the data of this app in another tab. Reload the page to import again.`
	},
	review: {
		format: 'Recognised format:',
		encoding: 'Text encoding',
		delimiter: 'Delimiter',
		decimal: 'Decimal separator',
		dateOrder: 'Dates',
		currencyChoice: 'Orders to import',
		currencyAll: 'All, in every currency (added up without conversion)',
		currencyOnly: (p: { currency: string }) => `Only those in ${p.currency}`,
		currenciesSampled: (p: { counts: string }) =>
			`The rows sampled hold orders in several currencies (${p.counts} rows). Amounts are never converted, so figures of all of them added up are in no one currency: import the orders of one currency to have figures in it, and import the file again for another (the two data sets can be compared).`,
		dateDecided: (p: { row: string; value: string }) =>
			`decided from the data: “${p.value}” (row ${p.row}) can only be read this way`,
		dateDecidedNoRow: (p: { value: string }) => `decided from the data: “${p.value}” can only be read this way`,
		dateAmbiguous: 'No date in the sample tells day and month apart: please check.',
		dateByLayout: (p: { layout: string }) =>
			`decided by the format: the ${p.layout} always writes dates month first (MM/DD/YY)`,
		datesUnreadable: (p: { column: string; row: string; value: string }) =>
			`No date in the sample of column “${p.column}” can be read: “${p.value}” (row ${p.row}), like every other value there, is not a date, so every row would be skipped. Choose the column that holds the order dates under Columns below.`,
		paymentLedger:
			'A PayPal activity download: each payment received is an order, its payer the customer. A refund, a reversal or a chargeback is taken off the payment it names (a chargeback reversed gives it back). Other rows are left out, and counted in the report: transfers, currency conversions, withdrawals, holds, fees, payments you sent, and payments not completed.',
		numericDates: (p: { kind: string; value: string; row: string; day: string }) =>
			`The dates are written as numbers, read as ${p.kind}: “${p.value}” (row ${p.row}) is ${p.day}. If that is not the order’s date, choose another date column.`,
		dateConflicting: (p: {
			order: string;
			otherOrder: string;
			otherRow: string;
			otherValue: string;
			row: string;
			value: string;
		}) =>
			`The dates disagree: “${p.value}” (row ${p.row}) can only be ${p.order}, but “${p.otherValue}” (row ${p.otherRow}) can only be ${p.otherOrder}. They are read as ${p.order}; dates that fit only the other order will be skipped. Choose the order most of the file uses.`,
		headerRow: 'Header row',
		headerRowOption: (p: { row: string; text: string }) => `Row ${p.row}: ${p.text}`,
		headerRowFound: (p: { row: string }) =>
			`The rows above row ${p.row} look like a title, not part of the table: row ${p.row} is read as the header. Choose another row if that is wrong.`,
		notUtf8: (p: { encoding: string; row: string; value: string }) =>
			`This file is not valid UTF-8 (first in row ${p.row}: “${p.value}”), so it was read as ${p.encoding}. If the text in the preview looks wrong, choose another encoding.`,
		notUtf8NoRow: (p: { encoding: string }) =>
			`This file is not valid UTF-8, so it was read as ${p.encoding}. If the text in the preview looks wrong, choose another encoding.`,
		duplicateColumn: (p: { column: string; name: string }) => `${p.name} (column ${p.column})`,
		duplicateColumns: (p: { columns: string; count: string; name: string }) =>
			`${p.count} columns are named “${p.name}” (columns ${p.columns}).`,
		duplicateUsed: (p: { column: string; role: string }) =>
			`Column ${p.column} is used as ${p.role}; if that is the wrong one, choose another in the column list.`,
		duplicateUnused: 'None of them is used.',
		mixedDecimals: (p: { point: string; comma: string }) =>
			`The amounts are written with both decimal separators: with a point (${p.point}) and with a comma (${p.comma}).`,
		mixedDecimalsEither:
			'Each amount is read by its own separators: 1.234,56 and 1,234.56 are both 1234.56. An amount that reads two ways, such as 1,234 (1234 or 1.234), is left out and counted under Rows skipped.',
		mixedDecimalsOne:
			'With one decimal separator chosen, the amounts written the other way are left out as not numbers: choose “Both” above to read each as written.',
		customersByName: (p: { column: string }) =>
			`The customer column “${p.column}” holds people’s names: customers are told apart by name only, so two people with the same name count as one customer. Names that differ only in capital letters or spaces are one customer too. If the file has an e-mail, customer id or phone column, choose it as the customer instead.`,
		dateNotNeeded: 'Year first: no ambiguity.',
		amountMode: 'Order amount',
		amountTotal: 'One total per order',
		amountLines: 'Quantity × unit price, summed per order',
		amountRowSums: 'Each row’s amount, summed per order',
		itemAmountRole: 'Item amount',
		itemAmountRows: (p: { first: string; second: string; firstValue: string; secondValue: string }) =>
			`Rows ${p.first} and ${p.second} belong to one order and have different amounts (${p.firstValue} and ${p.secondValue}): each row is read as one item, and its amount added to the order’s. If each row repeats the order’s total, choose “One total per order”.`,
		summaryUnit: 'Time unit of recency and T',
		mapping: 'Columns',
		notMapped: '— not in this file —',
		required: '(required)',
		missing: (p: { roles: string }) => `Choose a column for: ${p.roles}.`,
		preview: 'First rows',
		previewCaption: (p: { name: string; rows: string }) =>
			`First ${p.rows} rows of ${p.name}; mapped columns are marked.`,
		previewMarkup:
			'Amounts written as web-page markup (HTML, as some WooCommerce exports have them) are shown as they are read: their text, without a struck-out (refunded) price or a tax note.',
		header: 'First row is a header'
	},
	paymentLedgerFormat: 'PayPal activity download (the account’s ledger)',
	layouts: {
		shopify: 'Shopify orders export',
		woocommerce: 'WooCommerce orders export',
		uci: 'UCI Online Retail (line items)',
		cdnow: 'CDNOW-style transactions',
		summary: 'Per-customer summary',
		mollie: 'Mollie payments export',
		paddle: 'Paddle transactions report',
		magento: 'Magento orders export',
		stripe: 'Stripe payments export',
		etsy: 'Etsy orders download',
		generic: 'Generic CSV'
	},
	encodings: {
		'utf-8': 'UTF-8',
		'utf-16le': 'UTF-16 (little-endian)',
		'utf-16be': 'UTF-16 (big-endian)',
		'windows-1251': 'Windows-1251 (Cyrillic)',
		'koi8-r': 'KOI8-R (Cyrillic)',
		'windows-1257': 'Windows-1257 (Baltic)',
		'windows-1252': 'Windows-1252 (Western)',
		'windows-1250': 'Windows-1250 (Central European)',
		gb18030: 'GB18030 / GBK (Chinese)',
		big5: 'Big5 (Traditional Chinese)'
	},
	delimiters: {
		comma: 'Comma (,)',
		semicolon: 'Semicolon (;)',
		tab: 'Tab',
		pipe: 'Pipe (|)',
		whitespace: 'Spaces (aligned columns)'
	},
	decimals: { point: 'Point: 1,234.56', comma: 'Comma: 1.234,56', either: 'Both: each amount as written' },
	dateOrders: { ymd: 'Year-month-day', dmy: 'Day/month/year', mdy: 'Month/day/year' },
	numericDateKinds: {
		excelSerial: 'Excel day numbers',
		unixSeconds: 'Unix times in seconds (UTC)',
		unixMillis: 'Unix times in milliseconds (UTC)'
	},
	units: { days: 'days', weeks: 'weeks', months: 'months' },
	roles: {
		customer: 'Customer (id or e-mail)',
		customerEmail: 'Customer e-mail (where the id is empty or a guest’s)',
		customerPhone: 'Customer phone (where there is no id or e-mail)',
		date: 'Order date',
		time: 'Time of day (where not in the date)',
		timeZone: 'Time zone of that time',
		amount: 'Order total',
		quantity: 'Quantity',
		unitPrice: 'Unit price',
		orderId: 'Order id',
		status: 'Status',
		paymentStatus: 'Payment status',
		cancelledAt: 'Cancelled at',
		refundedAmount: 'Refunded amount',
		refundedInFull: 'Refunded in full (yes/no)',
		adjustedTotal: 'Order total after refunds',
		subtotal: 'Subtotal (before tax and shipping)',
		tax: 'Tax',
		shipping: 'Shipping',
		shippingDiscount: 'Shipping discount',
		discount: 'Discount',
		currency: 'Currency',
		product: 'Product',
		sku: 'SKU (stock code of the line item)',
		lineType: 'Row type (item, discount, shipping or fee)',
		category: 'Category',
		channel: 'Channel / source',
		country: 'Country',
		discountCode: 'Discount (coupon) code',
		fullName: 'Full name of the customer',
		firstName: 'First name of the customer',
		lastName: 'Last name of the customer',
		unitCost: 'Cost of goods per unit',
		lineCost: 'Cost of goods per row (line total)',
		orderCost: 'Cost of goods per order',
		marketingConsent: 'Agreed to marketing e-mail (yes/no)',
		frequency: 'Frequency (repeat purchases)',
		recency: 'Recency (first to last purchase)',
		age: 'T (first purchase to end)',
		monetary: 'Monetary value (mean repeat spend)'
	},
	errors: {
		emptyFile: (p: { name: string }) => `${p.name || 'The file'} is empty: it has no rows at all.`,
		binaryFile: (p: { kind: string; name: string }) =>
			({
				xlsx: `${p.name} is an Excel workbook (.xlsx), not a CSV text file. In Excel, use File › Save As › CSV (UTF-8), then import that file.`,
				xls: `${p.name} is an old Excel workbook (.xls), not a CSV text file. Save it as CSV (UTF-8) and import that file.`,
				pdf: `${p.name} is a PDF document, not a CSV file. Export your orders from the shop as CSV instead.`,
				image: `${p.name} is an image, not a CSV file.`,
				gzip: `${p.name} is compressed (gzip). Unpack it first, then import the CSV inside.`,
				zip: `${p.name} is a ZIP archive. Unpack it first, then import the CSV inside.`,
				ods: `${p.name} is an OpenDocument spreadsheet (.ods), not a CSV text file. In LibreOffice, use File › Save As › Text CSV (UTF-8), then import that file.`,
				sqlite: `${p.name} is a database file, not a CSV export.`,
				rtf: `${p.name} is a word-processor document (RTF), not a CSV file.`
			})[p.kind] ??
			`${p.name} is not a text file (it contains binary data). Export your orders as CSV and try again.`,
		notCsv: (p: { kind: string; name: string }) =>
			({
				html: `${p.name} is a web page (HTML), not a CSV export. Perhaps the download saved a login or error page: download the export again.`,
				htmlTable: `${p.name} is a web page table (HTML), which some shop systems save as an “Excel” file. Open it in Excel, LibreOffice or Google Sheets, save it as CSV and add that file.`,
				spreadsheetXml: `${p.name} is an Excel spreadsheet saved as XML (Excel 2003 XML), not CSV. Open it in Excel or LibreOffice, save it as CSV and add that file.`,
				sql: `${p.name} is a database dump (SQL statements), not a CSV export. Export the orders as CSV from the shop’s admin, or from the database (phpMyAdmin: the orders table → Export → CSV).`,
				json: `${p.name} is JSON, not CSV. Export your orders as CSV.`,
				xml: `${p.name} is XML, not CSV. Export your orders as CSV.`
			})[p.kind] ?? `${p.name} is not a CSV file.`,
		otherExport: (p: { kind: string; name: string }) =>
			({
				customers: `${p.name} is a customer list (one row per customer, with the total spent and the number of orders), not an orders export. It has no order dates, and retention, cohorts and CLV are all counted from them. Export the orders instead: in Shopify, Orders → Export → All orders; in WooCommerce, Analytics → Orders → Download.`,
				payouts: `${p.name} is a list of payment transactions or payouts (Shopify Payments, Stripe), not an orders export. It names no customer, and retention, cohorts and CLV are all counted per customer. Export the orders instead: in Shopify, Orders → Export → All orders; in Stripe, Payments → Export, with the customer’s e-mail.`,
				products: `${p.name} is a product list, not an orders export. Export the orders instead: in Shopify, Orders → Export → All orders; in WooCommerce, Analytics → Orders → Download.`
			})[p.kind] ?? `${p.name} is not an orders export.`,
		headerOnly: (p: { name: string }) => `${p.name || 'The file'} has a header row but no data rows.`,
		singleColumn: (p: { firstLine: string; name: string }) =>
			`Only one column was found in ${p.name}: its lines are not split by a comma, semicolon, tab or pipe. First line: “${p.firstLine}”. If it uses another delimiter, export it again as a standard CSV.`,
		tooManyColumns: (p: { columns: string; max: string; name: string; row: string }) =>
			`Row ${p.row} of ${p.name || 'the file'} has ${p.columns} columns; an orders export has at most a few hundred (limit ${p.max}). The file is probably not an orders table, or its line breaks were lost.`,
		lineTooLong: (p: { limitText: string; name: string; row: string }) =>
			`Row ${p.row} of ${p.name || 'the file'} is longer than ${p.limitText}: no line break was found. This is not a table of orders, or its line breaks were lost.`,
		mostlyQuotes: (p: { chars: string; name: string; quotes: string }) =>
			`${p.name || 'The file'} is not a CSV table: ${p.quotes} of its ${p.chars} characters are quotation marks ("), so no rows or columns can be read from it. If a quoted value was never closed, fix that row; otherwise export the orders again as CSV.`,
		unclosedQuote: (p: { name: string; row: string }) =>
			`A quoted field opened in row ${p.row} of ${p.name || 'the file'} is never closed, so the rest of the file would be read as one value. Check that row for a stray quotation mark (").`,
		unclosedQuoteCutOff: (p: { line: string; name: string; row: string }) =>
			`${p.name || 'The file'} ends inside a quoted field: the quotation mark (") opened in row ${p.row} (line ${p.line} in a text editor) is never closed. The file looks cut off, as by an incomplete download or copy: export it again and choose the new file. If the file is complete, look for a stray quotation mark on line ${p.line}.`,
		missingColumns: (p: { roles: string }) =>
			`No column could be found for: ${p.roles}. Choose them in the column list, or check that this is an orders export.`,
		noDates: (p: { row: string; rows: string; value: string }) =>
			`None of the ${p.rows} rows has a date that can be read (for example “${p.value}” in row ${p.row}). Check that the right column is chosen as the order date.`,
		noOrders: (p: { detail: string; rows: string }) => `No orders could be kept from ${p.rows} rows. ${p.detail}`,
		undecodable: (p: { encoding: string; name: string }) =>
			`${p.name} could not be read as ${p.encoding} text. Choose its encoding by hand, or save it again as UTF-8.`,
		readFailed: (p: { name: string }) =>
			`${p.name || 'The file'} could not be read. It may have been moved, deleted or changed while it was being read.`,
		quotaExceeded:
			'The browser has no more storage space for this site. Delete data sets you no longer need (or free disk space), then import again.',
		/** A worker file of this version is gone: a new version was deployed. */
		appUpdated: () => 'Retention Lab was updated — reload the page.',
		storageFailed: (p: { detail: string }) =>
			`The data set could not be saved in this browser${p.detail ? ` (${p.detail})` : ''}.`,
		/** The stored data were deleted (or the database upgraded) in another tab while this import was saved. */
		databaseClosed:
			'The data stored by this app were deleted, or changed by a newer version, in another tab while this import was being saved, so nothing of it was kept. Reload the page, then import again.',
		tooManyFiles: 'Choose at most 50 files at once.',
		layoutMismatch: 'Orders and a per-customer summary cannot be combined in one data set: import them separately.',
		noOrdersCancelled: (p: { count: string }) => `All ${p.count} orders are cancelled, refunded or unpaid.`,
		/** Of those, the orders counted refunded in full that the file gives as partly refunded (QA A-19). */
		noOrdersShippingKept: (p: { count: string }) =>
			p.count === '1'
				? 'Of them, 1 is only partly refunded according to the file: all its products were refunded with their tax, only its shipping kept, so it counts as refunded in full.'
				: `Of them, ${p.count} are only partly refunded according to the file: all their products were refunded with their tax, only their shipping kept, so they count as refunded in full.`,
		noOrdersOtherCurrencies: (p: { count: string; currency: string }) =>
			`Orders in other currencies than ${p.currency}, left out as chosen in the review: ${p.count}. Choose all currencies, or another one, and import again.`,
		noOrdersTest: (p: { count: string }) =>
			p.count === '1'
				? '1 is a Shopify test order (placed through its test gateway, the “Bogus Gateway”, or tagged “test”): it is not a sale.'
				: `${p.count} are Shopify test orders (placed through its test gateway, the “Bogus Gateway”, or tagged “test”): they are not sales.`,
		noOrdersApartOnly: (p: { count: string }) =>
			`${p.count} invoices or orders hold only postage, shipping, charges or tax, with no product: they are not purchases.`,
		noOrdersCreditNotes: (p: { count: string }) =>
			`${p.count} credit notes (returns) were read, but a credit note is not a purchase.`,
		noOrdersReasons: (p: { reasons: string }) => `Rows were dropped because: ${p.reasons}.`,
		reasonCount: (p: { count: string; reason: string }) => `${p.reason} (${p.count})`
	},
	skip: {
		tooFewFields: 'the row has too few fields',
		textLine: 'a line of text, not an order (only one cell is filled)',
		totalsRow: 'a totals row, not an order',
		missingCustomer: 'no customer',
		unusablePhone:
			'the phone number tells no customer: a placeholder (such as +7 900 000-00-00), digits masked for privacy, or too few digits',
		guestCustomer:
			'a guest checkout: its customer id (such as “0”) is the one every guest shares, and no e-mail or phone column tells guests apart',
		notPayment:
			'no payment received nor refund (a transfer, currency conversion, withdrawal, hold, fee, payment sent or payment not completed)',
		chargebackReversed: 'a chargeback and its reversal (the money came back: the sale stands)',
		chargebackNotFound:
			'a chargeback’s reversal whose chargeback is not in the files (an earlier download’s): nothing was taken off, so nothing is given back',
		missingDate: 'no date',
		repeatedHeader: 'the header row again (files joined one after another)',
		invalidDate: 'the date cannot be read',
		dateOutOfRange: 'the date is out of range (accepted: 1 January 1990 to tomorrow)',
		otherDateOrder: 'day and month can only be the other way round than the order this file is read in',
		missingAmount: 'no amount',
		invalidAmount: 'the amount is not a number',
		ambiguousAmount:
			'the amount reads two ways (the column uses both decimal separators, so 1,234 may be 1234 or 1.234)',
		amountOutOfRange: 'the amount is over 1,000,000,000',
		nonPositiveQuantity: 'the quantity is zero or negative',
		negativePrice: 'the unit price is negative',
		refundWithoutOrder: 'a return with no earlier order of that customer',
		refundOfPaymentLeftOut:
			'a refund of a payment already left out (refunded, unpaid or cancelled by its status): nothing is left to take off',
		invalidSummaryValue: 'frequency, recency or T is not a valid number',
		recencyAfterAge: 'recency is larger than T'
	},
	report: {
		heading: 'Import report',
		leftOut: (p: { name: string; reason: string }) =>
			`“${p.name}” was left out of this data set: it could not be imported. ${p.reason}`,
		rowsRead: 'Rows read',
		ordersKept: 'Orders kept',
		customers: 'Customers',
		dateRange: 'Date range',
		currency: 'Currency',
		currencyUnknown: 'not in the file (your setting is used)',
		currencyFromMarks: (p: { code: string }) => `${p.code} (read from the currency marks in the amounts)`,
		amountMixed: (p: { amount: string }) => `${p.amount} (mixed currencies)`,
		currencyMixed: (p: { codes: string }) => `${p.codes} (mixed, not converted)`,
		lineItems: 'Further line items of orders',
		blankRows: 'Blank rows ignored',
		skippedHeading: 'Rows skipped',
		noneSkipped: 'No rows were skipped.',
		customerlessSales: (p: { amount: string; columns: string; unusable: boolean }) =>
			`The rows with no customer (${p.columns ? `${p.unusable ? 'nothing usable' : 'nothing'} in ${p.columns}` : 'nothing in the customer column'}: an anonymous sale or a guest) hold ${p.amount} of sales. The figures leave them out: they are about customers, and a sale that names no one cannot be told apart from another customer’s.`,
		guestSales: (p: { amount: string }) =>
			`Of these, ${p.amount} are guest checkouts’ sales (rows whose customer id is the one every guest shares, such as “0”): each guest is left out, not counted as one customer with all guests’ orders.`,
		reason: 'Reason',
		count: 'Rows',
		examples: 'First rows',
		treatmentHeading: 'Cancellations, refunds and duplicates',
		cancelled: 'Cancelled, voided or failed orders (not purchases)',
		otherCurrencies: (p: { currency: string }) =>
			`Orders in other currencies than ${p.currency}: left out whole, as chosen in the review (amounts are never converted; import the file again to see them)`,
		testOrders: (p: { amount: string }) =>
			`Test orders (placed through Shopify’s test gateway, the “Bogus Gateway”, or tagged “test”): not sales, not counted (${p.amount} of sales left out)`,
		linesNoSale: 'Items cancelled or returned within an order that stands (not counted in it)',
		creditNotesNetted:
			'Credit notes (invoices starting with C) netted into the customer’s latest earlier invoice that still had that many of their products and that much value left (else the latest with their products and that much value left; else the latest with that much value left; else their latest earlier order with any value left)',
		creditNotesWithoutOrder:
			'Credit notes with no earlier order of that customer with value left (counted apart, not subtracted)',
		unpaid: 'Unpaid orders: awaiting payment, or a payment not captured (not purchases)',
		awaitingPayment: (p: { amount: string }) =>
			`Orders whose payment was not complete (pending, authorized, partially paid or on hold), ${p.amount} of sales: counted as sales, as Shopify’s and WooCommerce’s own reports count them, since the customer placed the order and the shop takes the money as it fulfils it. To leave them out, filter them out of the file and import it again.`,
		fullyRefunded: 'Orders refunded in full (not purchases)',
		/** The same row where some of them are so only by the reading of their refund (see `ImportReport`'s refunds). */
		fullyRefundedShippingKept: (p: { count: string; examples: string }) =>
			`Orders refunded in full (not purchases). Of these, ${p.count} ${p.count === '1' ? 'order is' : 'orders are'} only partly refunded according to the file (${p.examples}): an order whose products were all refunded with their tax, only its shipping kept, is counted as refunded in full.`,
		partlyRefunded: 'Orders partly refunded (kept at their net value)',
		refundedAmount: (p: { column: string }) =>
			`Refunded in all (orders refunded in full included${p.column ? `; partial refunds from the file’s “${p.column}” column` : ''})`,
		creditNotesNettedAmount: 'Amount of the credit notes netted',
		creditNotesWithoutOrderAmount: 'Amount of the credit notes with no earlier order',
		returnsNetted: 'Returns booked as negative rows, netted into the customer’s earlier order',
		duplicates: 'Duplicate orders (an order id seen before), skipped',
		duplicatesNoOrderId: 'Duplicate orders: not checked by order id, as the file has no order id column',
		notChecked: 'not checked',
		contentDuplicates:
			'Rows identical in every column read to a row of an earlier file, in files with no order id column: the same orders exported twice, skipped (without an order id, duplicates can only be matched on their content)',
		fileSameAs: (p: { name: string }) => `not read: the same rows as ${p.name}`,
		zeroValue: 'Orders with a total of 0 (kept)',
		apartOnly: (p: { amount: string }) =>
			`Invoices or orders of postage, shipping, charges or tax alone, with no product (their rows’ StockCode is POST, DOT, C2, BANK CHARGES, AMAZONFEE or CRUK, or the row-type column says shipping, fee or tax): not counted as orders (their ${p.amount} of postage, charges and tax is not counted as sales, nor in the revenue breakdown)`,
		apartOnlyCreditNotes: 'Credit notes giving back only their postage or charges, left out with them',
		filesHeading: 'Files',
		fileRow: (p: { delimiter: string; encoding: string; layout: string; name: string; rows: string }) =>
			`${p.name}: ${p.layout}, ${p.encoding}, ${p.delimiter}, ${p.rows} rows`,
		datesRead: (p: { order: string }) => `dates read as ${p.order}`,
		numericDatesRead: (p: { kind: string }) => `dates read as ${p.kind}`,
		rowRef: (p: { file: string; row: string }) => (p.file ? `${p.file} row ${p.row}` : `row ${p.row}`),
		rowRefWithValue: (p: { ref: string; value: string }) => `${p.ref} (${p.value})`,
		warningsHeading: 'Please note',
		breakdown: {
			heading: 'Revenue, part by part',
			part: 'Part',
			amount: 'Amount',
			grossSales: 'Gross sales (before discounts, refunds and returns)',
			grossSalesNoDiscounts: 'Sales before refunds and returns (the file gives no discounts apart: after any)',
			discounts: 'Discounts',
			refunds: 'Refunds (their sales share)',
			refundShare:
				'A partial refund counts at its sales share: the refund × the order’s sales ÷ its total. In Shopify and WooCommerce exports, where a refund takes the items and their tax before the shipping, it is ÷ the total less shipping; a refund of exactly the shipping, or one above the items and their tax, takes the shipping first.',
			returns: 'Returns and credit notes',
			total: (p: { name: string }) => `${p.name} — what the analysis uses`,
			totalAllOrders: (p: { name: string }) => `${p.name} of all orders (not the range)`,
			tax: 'Tax (not sales)',
			shipping: 'Shipping (not sales)',
			fees: 'Payment and other fees (not sales)',
			totalCharged: 'Order totals charged (before refunds)',
			returnsWithoutOrder: 'Returns with no earlier order (not subtracted)',
			source: (p: { name: string }) => `file column “${p.name}”`,
			sources: (p: { names: string }) => `file columns ${p.names}`,
			quoted: (p: { name: string }) => `“${p.name}”`,
			shippingLessDiscount: (p: { column: string; discount: string; amount: string }) =>
				`${p.column} less “${p.discount}” (${p.amount} in all), which the order totals had already taken off`,
			discountsImplied: (p: { subtotal: string }) =>
				`what “${p.subtotal}” is above the total less shipping and tax`,
			discountsNoColumn: (p: { rest: string }) => `no discount column: ${p.rest}`,
			discountsBeside: (p: { column: string; implied: string; rest: string }) =>
				`${p.column}, and ${p.implied}: ${p.rest}`,
			basis: {
				netSales:
					'Each order counts at its net sales: its subtotal (or its total less tax and shipping), after discounts, less the sales share of any refund and less returns. Tax and shipping are not sales.',
				netSalesColumn: 'Each order counts at the file’s own net sales figure, less returns.',
				totalLessShipping:
					'Each order counts at the file’s order total less shipping, less the sales share of any refund and less returns. The file has no tax column, so these amounts may include tax.',
				orderTotal:
					'Each order counts at the file’s order total, less refunds and returns. The file has no tax or shipping columns, so these totals may include them.',
				lineItems:
					'Each order counts at quantity × unit price of its lines, less returns (credit notes), at the prices the file gives. The file has no tax or shipping columns.',
				lineTyped:
					'Each order counts at the sum of its item and discount rows (one row per item), less refunds and returns. Rows the file’s row-type column marks as shipping, fees or tax are not sales: they are shown apart.',
				lineAmounts:
					'Each order counts at the sum of its rows’ amounts (one row per item), less refunds and returns. The file does not split those amounts into tax and shipping, so they may include them.',
				mixed: 'The files were read in different ways: some give net sales, others order totals that may include tax and shipping.'
			}
		},
		warnings: {
			mixedDecimals: (p: { point: string; comma: string }) =>
				`The amounts are written with both decimal separators: with a point (${p.point}) and with a comma (${p.comma}); each was read by its own separators.`,
			mixedDecimalsAmbiguous: (p: { point: string; comma: string; count: string }) =>
				`The amounts are written with both decimal separators: with a point (${p.point}) and with a comma (${p.comma}); each was read by its own separators, but ${p.count} of them read two ways (thousands or decimals, such as 1,234) and were left out (see Rows skipped).`,
			mixedDecimalsOne: (p: { point: string; comma: string }) =>
				`The amounts are written with both decimal separators: with a point (${p.point}) and with a comma (${p.comma}). One separator was chosen for the file, so the amounts written the other way were skipped as not numbers (see Rows skipped).`,
			mixedDateStyles: (p: { examples: string }) =>
				`Dates are written in several styles (${p.examples}); all of them were read.`,
			mixedDateStylesUnread: (p: { count: string; examples: string }) =>
				`Dates are written in several styles (${p.examples}); ${p.count} of them could not be read and were skipped (see Rows skipped).`,
			dateOrderConflicts: (p: { count: string; examples: string }) =>
				`${p.count} dates can only be read the other way round (e.g. ${p.examples}); they were skipped (see Rows skipped).`,
			orderIdReused: (p: { count: string; examples: string; ids: string }) =>
				`${p.count} orders share an order id with another customer’s order, or with one more than a day apart (order ids: ${p.ids}; e.g. ${p.examples}). Rows like these are not one order: each was read as its own order, keyed by order id and customer (and day).`,
			customerFromEmail: (p: { count: string; examples: string; column: string }) =>
				`${p.count} ${p.count === '1' ? 'order has' : 'orders have'} no customer id, or a guest checkout’s shared id such as “0” (${p.examples}): each customer is told by the e-mail in “${p.column}” instead, so guests are not all counted as one customer.`,
			customerFromPhone: (p: { count: string; examples: string; column: string }) =>
				`${p.count} ${p.count === '1' ? 'order has' : 'orders have'} neither a customer id nor an e-mail (${p.examples}): each customer is told by the phone number in “${p.column}” instead, so that these orders are not skipped.`,
			phonesGivenCountry: (p: { count: string; code: string; international: string; of: string }) =>
				`${p.count} ${p.count === '1' ? 'phone number was' : 'phone numbers were'} written without a country code and read as +${p.code} ${p.count === '1' ? 'number' : 'numbers'}: ${p.international} of the file’s ${p.of} numbers that have a country code have this one. So a customer whose number is written both ways is one customer. If the shop also sells abroad, please check this.`,
			phonesKeptApart: (p: { count: string }) =>
				`${p.count} ${p.count === '1' ? 'phone number has' : 'phone numbers have'} no country code, and the file does not say which country ${p.count === '1' ? 'it is' : 'they are'} from (no country column, and no country code that most of its other numbers have), or ${p.count === '1' ? 'it fits' : 'they fit'} no number of that country: each is a customer of its own, even where the file also writes the same number with its country code. Some customers may be counted twice.`,
			costPartial: (p: { count: string; lines: string; examples: string; complete: string; orders: string }) =>
				`${p.count} ${p.count === '1' ? 'order has' : 'orders have'} lines without a cost of goods in the file (${p.lines} ${p.lines === '1' ? 'line' : 'lines'}; e.g. ${p.examples}), and lines with one: ${p.count === '1' ? 'its' : 'their'} cost of goods counts the lines with a cost only, so it is too low and ${p.count === '1' ? 'its' : 'their'} gross margin too high. The cost of goods is known for every line of ${p.complete} of the ${p.orders} orders.`,
			guestsJoined: (p: { count: string; orders: string; column: string }) =>
				`${p.count} ${p.count === '1' ? 'guest checkout customer' : 'guest checkout customers'} (${p.orders} ${p.orders === '1' ? 'order' : 'orders'}) had the e-mail in “${p.column}” of a registered customer’s orders, and ${p.count === '1' ? 'was' : 'were'} counted as that customer: one person who once checked out as a guest and once signed in is one customer, not two.`,
			decimalCommaMended: (p: { count: string; examples: string }) =>
				`In ${p.count} ${p.count === '1' ? 'row' : 'rows'} an amount written with a decimal comma was not in quotes, so the file’s commas cut it in two (whole units, then two digits of cents): the parts were joined again and read as one amount (${p.examples}), which put the columns after it back in place. Please check these rows.`,
			refundAmountUnknown: (p: { count: string; examples: string }) =>
				`${p.count} ${p.count === '1' ? 'order’s status says it was' : 'orders’ statuses say they were'} partly refunded (${p.examples}), but the file gives no amount refunded: ${p.count === '1' ? 'it counts' : 'they count'} in full, so revenue, and the CLV and margin figures built on it, may be too high by those refunds. An export with a refunded-amount column (Shopify’s “Refunded Amount”) gives them.`,
			thousandsMended: (p: { count: string; examples: string }) =>
				`In ${p.count} ${p.count === '1' ? 'row' : 'rows'} an amount written with thousands separators was not in quotes, so the commas cut it into several columns: its parts were joined again (${p.examples}). Please check these rows.`,
			widerRows: (p: { count: string; examples: string }) =>
				`${p.count} ${p.count === '1' ? 'row has' : 'rows have'} more columns than the header (${p.examples}), probably a delimiter inside a value that is not in quotes: their values may be in the wrong columns. Please check these rows, or export the file again with values in quotes.`,
			controlCharacters: (p: { count: string; examples: string }) =>
				`Control characters (such as NUL) were removed from ids and text in ${p.count} rows (e.g. ${p.examples}), so that one customer is not counted as two.`,
			unpairedSkus: (p: { count: string; examples: string }) =>
				`Rows that list several items and a different number of SKUs: ${p.count} (e.g. ${p.examples}). Which SKU belongs to which item cannot be told, so those items are counted by product name but have no SKU (the SKU breakdown puts such a first order in “(none)”).`,
			scientificIds: (p: { count: string; examples: string }) =>
				`In ${p.count} ${p.count === '1' ? 'row' : 'rows'} the customer or order id is a number in scientific notation, as Excel shows and saves long numbers: ${p.examples}. Their last digits are lost, so customers or orders that differed only in them are counted as one. Export the file again from the shop system and add it without opening and saving it in Excel (or import the id column as text).`,
			notUtf8: (p: { encoding: string; examples: string }) =>
				`The file is not valid UTF-8 (first at ${p.examples}); it was read as ${p.encoding}.`,
			notUtf8NoRow: (p: { encoding: string }) => `The file is not valid UTF-8; it was read as ${p.encoding}.`,
			headerRow: (p: { row: string }) =>
				`The rows above row ${p.row} were skipped as a title; row ${p.row} was read as the header.`,
			duplicateColumns: (p: { column: string; columns: string; count: string; name: string; role: string }) =>
				`${p.count} columns are named “${p.name}” (columns ${p.columns}); column ${p.column} was used as ${p.role}.`,
			duplicateColumnsUnused: (p: { columns: string; count: string; name: string }) =>
				`${p.count} columns are named “${p.name}” (columns ${p.columns}); none of them was used.`,
			dateOrderSwitched: (p: { from: string; row: string; to: string; value: string }) =>
				`Dates were first read as ${p.from}, but “${p.value}” (row ${p.row}) can only be ${p.to}, so the file was read again that way.`,
			unknownStatuses: (p: { count: string; statuses: string }) =>
				`${p.count} ${p.count === '1' ? 'order has' : 'orders have'} a status this app does not know (${p.statuses}); ${p.count === '1' ? 'it was counted as a purchase' : 'they were counted as purchases'}. If a status means that the order was not paid, was cancelled or was refunded in full, remove those orders from the file and import it again.`,
			unknownStatusesMore: (p: { count: string }) => `${p.count} more`,
			duplicateOutcomes: (p: { count: string; examples: string }) =>
				`${p.count} ${p.count === '1' ? 'order is' : 'orders are'} in two files, a sale in one and cancelled, unpaid or refunded in the other (${p.examples}). Each was counted by what became of it later, whichever file says so: refunded or cancelled over paid, paid over unpaid.`,
			fileNamesNoCurrency: (p: { file: string; orders: string; currency: string }) =>
				`“${p.file}” names no currency (it has no currency column, and its amounts carry no currency sign or code), while the other files are in ${p.currency}: its ${p.orders} orders are counted as ${p.currency}, unconverted. If they are in another currency, import “${p.file}” as a data set of its own.`,
			sameFile: (p: { file: string; sameAs: string }) =>
				`“${p.file}” has the same rows as “${p.sameAs}” (after the header, byte for byte) and was not read: the same export chosen twice would count every order twice. These files have no order id column to tell their orders by.`,
			contentDuplicates: (p: { count: string; examples: string }) =>
				`${p.count} ${p.count === '1' ? 'row' : 'rows'} of a later file ${p.count === '1' ? 'is' : 'are'} identical in every column read (customer, date, amount and the others) to ${p.count === '1' ? 'a row' : 'rows'} of an earlier file (${p.examples}), and ${p.count === '1' ? 'was' : 'were'} skipped as the same ${p.count === '1' ? 'order' : 'orders'} exported twice (exports that overlap). The files have no order id column, so duplicates can only be matched on their content: a row an earlier file has once is skipped once.`,
			differingTotals: (p: { count: string; examples: string }) =>
				`${p.count} ${p.count === '1' ? 'order has' : 'orders have'} further rows with another total than the order’s first row (${p.examples}); only the first row’s total was counted. If each row holds the total of one item (as in a report with one row per item), these orders are worth more than counted. If so, choose “Each row’s amount, summed per order” under “Order amount” and import the file again.`,
			sharedCurrencyMark: (p: { count: string; mark: string; currencies: string }) =>
				`${p.count} ${p.count === '1' ? 'amount is' : 'amounts are'} written with “${p.mark}”, which several currencies use (${p.currencies}), and the file has no currency column: the figures are shown in the currency of your settings. If that is not the currency of these amounts, change it in Settings (no new import is needed).`,
			sharedCurrencyValue: (p: { count: string; mark: string; currencies: string }) =>
				`${p.count} ${p.count === '1' ? 'order has' : 'orders have'} “${p.mark}” in the currency column, a sign several currencies use (${p.currencies}), so it does not say which of them: ${p.count === '1' ? 'its amount is' : 'their amounts are'} shown in the currency of your settings (or in the file’s other currency, if it names one). If that is not their currency, change it in Settings (no new import is needed).`,
			unreadCurrency: (p: { count: string; examples: string }) =>
				`${p.count} ${p.count === '1' ? 'order has' : 'orders have'} a value in the currency column that is not a currency this app knows (${p.examples}): ${p.count === '1' ? 'it was' : 'they were'} kept and counted in the data set’s currency. If that is not their currency, correct the file and import it again.`,
			severalCurrencies: (p: { counts: string }) =>
				`Orders are in several currencies (${p.counts}); amounts were added up without conversion.`,
			fileCutOff: (p: { name: string; row: string; line: string }) =>
				`“${p.name}” ends in the middle of row ${p.row} (line ${p.line} in a text editor), which has fewer columns than the header. The file looks cut off, as by an incomplete download or copy: the rows before it were read. To read all of it, export it again and add the new file.`,
			fileCutOffCharacter: (p: { name: string; row: string; line: string }) =>
				`“${p.name}” ends in the middle of a character, in row ${p.row} (line ${p.line} in a text editor). The file looks cut off, as by an incomplete download or copy: the rows before it were read. To read all of it, export it again and add the new file.`,
			malformedQuotes: (p: { count: string; examples: string }) =>
				`${p.count} rows have a stray quotation mark (first: ${p.examples}); they were read as they are.`,
			negativeNetCustomers: (p: { count: string }) =>
				`${p.count} customers have refunds larger than their purchases (negative net spend).`
		},
		rules: 'How orders are counted: one order per order id and customer (line items are added up; rows of one id with another customer, or a date two or more days away, are another order); each order counts at its net sales where the file shows tax or a subtotal, and at its total less shipping (which may include tax) where it shows shipping alone; cancelled, voided, failed and unpaid orders and orders refunded in full are not purchases, nor is an order of postage, shipping, fees or tax alone, with no product; partly refunded orders count at their net value; negative rows of an order dated after it are its refunds, and a sale they bring to nothing was refunded in full; a guest checkout with the e-mail of a registered customer’s orders is that customer; credit notes and returns booked as negative rows are netted into that customer’s latest earlier order, and those with no earlier order are counted apart; an order id seen again in a later file is a duplicate; the order’s day is the date as written in the file (a time zone never moves it to another day).'
	},
	datasets: {
		heading: 'Stored data sets',
		none: 'No data sets yet. Import a file above.',
		name: 'Name',
		orders: 'Orders',
		customers: 'Customers',
		range: 'Date range',
		size: 'Size',
		created: 'Imported',
		actions: 'Actions',
		summaryKind: '(summary)',
		rename: 'Rename',
		renameLabel: (p: { name: string }) => `New name for ${p.name}`,
		delete: 'Delete',
		confirmDelete: (p: { name: string }) =>
			`Delete “${p.name}” and all its orders from this browser? This cannot be undone.`,
		exportCsv: 'Export CSV',
		analyse: 'Analyse',
		deleted: (p: { name: string }) => `Deleted “${p.name}”.`,
		nameEmpty: 'Enter a name.',
		nameTooLong: 'Use at most 80 characters.',
		storageUse: (p: { quota: string; used: string }) =>
			`Storage used by this site: ${p.used} of ${p.quota} available.`
	},
	wipe: {
		heading: 'Delete everything',
		help: 'Remove all data sets, scenarios, plans, settings and the offline copy of the site from this browser.',
		button: 'Delete everything',
		confirm:
			'Delete all data sets, scenarios, plans and settings from this browser? This cannot be undone. Download a backup first if you may need them.'
	},
	backup: {
		heading: 'Backup and restore',
		help: 'Save everything this site stores in this browser (data sets, scenarios, plans) to one file, or restore such a file, e.g. on another computer.',
		download: 'Download backup',
		restore: 'Restore from backup…',
		confirmRestore: (p: { datasets: string; date: string; scenarios: string }) =>
			`Restore the backup of ${p.date} (data sets: ${p.datasets}; scenarios: ${p.scenarios})? It replaces everything stored now.`,
		restored: (p: { datasets: string; scenarios: string }) =>
			`Backup restored (data sets: ${p.datasets}; scenarios: ${p.scenarios}).`,
		figuresRecomputed: (p: { name: string }) =>
			`The figures stored with “${p.name}” did not match its orders (the file was edited, or made by an older version of Retention Lab): they were computed again from the orders.`,
		makeFailed: (p: { detail: string }) =>
			`The backup could not be made (${p.detail}). Nothing stored was changed; try again, or free some space on the device if it is full.`,
		making: 'Making the backup…',
		checking: 'Checking the backup…',
		restoring: 'Restoring…',
		errors: {
			notBackup: 'This file is not a Retention Lab backup.',
			newer: (p: { version: string }) =>
				`This backup was made by a newer version of Retention Lab (backup format ${p.version}); update the app, then restore it.`,
			newerDatabase: (p: { version: string }) =>
				`This backup was made by a newer version of Retention Lab (database version ${p.version}); update the app, then restore it.`,
			corrupt: 'The backup file is damaged (its contents do not match its index). Nothing was changed.',
			failed: 'The backup could not be restored. Nothing was changed.',
			storageFull:
				'The browser has no more storage space for this site, so the backup could not be restored. Nothing was changed: everything stored before is still there. Delete data sets you no longer need (or free disk space), then restore again.'
		}
	},
	memory: {
		heading: 'This file may be too large for this device',
		tooLargeTold: (p: { device: string; needed: string; size: string }) =>
			`The file is ${p.size}. Importing and analysing it may need up to ${p.needed} of memory, more than this device (${p.device} of memory, as the browser reports it) can likely give one tab: the browser may close the tab part-way, and the import would be lost.`,
		tooLargeUntold: (p: { needed: string; size: string }) =>
			`The file is ${p.size}. Importing and analysing it may need up to ${p.needed} of memory, more than most computers can give one browser tab: the browser may close the tab part-way, and the import would be lost.`,
		summaryHint:
			'Instead, aggregate the orders per customer where they are kept (a database or data warehouse) and import that summary: one row per customer with the columns customer_id, frequency, recency, T and monetary_value. The CLV models use it directly; cohorts and period retention need the orders themselves.',
		goOn: 'Import anyway',
		another: 'Choose another file',
		megabytes: (p: { n: string }) => `${p.n} MB`,
		gigabytes: (p: { n: string }) => `${p.n} GB`
	}
};
