import { Dictionary, GrowableFloat64 } from './growable';
import { fileReport, type FilePlan } from './plan';
import { isBlankRow } from './rows';
import { emptyTally, tallyAdd, type FileReport, type ImportReport, type SkipReason, type Tally } from './report';
import { countCurrencyMark, currenciesOfFile } from './sniff/currency-marks';
import { parseAmount } from './sniff/numbers';
import { unwrapSpreadsheetCells } from './spreadsheet-text';

/**
 * A per-customer summary (lifetimes' `frequency, recency, T, monetary_value`, or BTYD's
 * `x, t_x, T, zbar`) for merchants who aggregate in their own warehouse. It feeds the predictive
 * models directly; there are no orders, so no cohorts or period retention.
 */
export interface SummaryResult {
	kind: 'summary';
	customers: string[];
	frequency: Float64Array;
	recency: Float64Array;
	age: Float64Array;
	/** Mean spend of the repeat purchases; NaN where the file had no spend column. */
	monetary: Float64Array;
	unit: 'days' | 'weeks' | 'months';
	report: ImportReport;
}

export class SummaryAccumulator {
	readonly #customers = new Dictionary();
	readonly #frequency = new GrowableFloat64();
	readonly #recency = new GrowableFloat64();
	readonly #age = new GrowableFloat64();
	readonly #monetary = new GrowableFloat64();
	readonly skipped: Partial<Record<SkipReason, Tally>> = {};
	readonly duplicates = emptyTally();
	readonly files: FileReport[] = [];
	#plan!: FilePlan;
	#file = 0;
	rowsRead = 0;
	blankRows = 0;

	beginFile(plan: FilePlan, fileIndex: number): void {
		this.#plan = plan;
		this.#file = fileIndex;
		this.files[fileIndex] = fileReport(plan);
	}

	#skip(reason: SkipReason, row: number, value?: string): void {
		tallyAdd((this.skipped[reason] ??= emptyTally()), {
			file: this.#file,
			row,
			...(value !== undefined ? { value } : {})
		});
	}

	addRow(fields: string[], row: number): void {
		unwrapSpreadsheetCells(fields);
		if (isBlankRow(fields)) {
			this.blankRows++;
			return;
		}
		this.rowsRead++;
		this.files[this.#file].rowsRead++;
		const m = this.#plan.mapping;
		const decimal = this.#plan.decimal;
		const read = (index: number | undefined) =>
			index === undefined ? NaN : parseAmount((fields[index] ?? '').trim(), decimal);
		const id = m.customer !== undefined ? (fields[m.customer] ?? '').trim() : String(this.rowsRead);
		if (!id) {
			this.#skip('missingCustomer', row);
			return;
		}
		const x = read(m.frequency);
		const tx = read(m.recency);
		const T = read(m.age);
		const money = m.monetary === undefined ? NaN : read(m.monetary);
		if (money === money) countCurrencyMark(this.#currencyMarks, (fields[m.monetary!] ?? '').trim());
		const bad = [x, tx, T].find((v) => !(v >= 0) || !Number.isFinite(v));
		if (
			bad !== undefined ||
			!Number.isInteger(x) ||
			(m.monetary !== undefined && !(money >= 0 || (x === 0 && money !== money)))
		) {
			this.#skip('invalidSummaryValue', row, fields.slice(0, 6).join(' '));
			return;
		}
		if (tx > T + 1e-9) {
			this.#skip('recencyAfterAge', row, `${tx} > ${T}`);
			return;
		}
		if (this.#customers.has(id)) {
			tallyAdd(this.duplicates, { file: this.#file, row, value: id });
			return;
		}
		this.#customers.indexOf(id);
		this.#frequency.push(x);
		this.#recency.push(tx);
		this.#age.push(T);
		this.#monetary.push(m.monetary === undefined ? NaN : money);
	}

	get customerCount(): number {
		return this.#customers.size;
	}

	/** Values by the currency mark written in them ("$": 120): the summary's currency, as it names none otherwise. */
	readonly #currencyMarks = new Map<string, number>();

	finish(): SummaryResult {
		const n = this.#customers.size;
		const warnings: ImportReport['warnings'] = [];
		const { currencyCounts, currencyFrom } = currenciesOfFile(new Map(), this.#currencyMarks, warnings);
		const currencies = Object.keys(currencyCounts);
		if (currencies.length > 1) warnings.push({ code: 'severalCurrencies', counts: currencyCounts });
		const report: ImportReport = {
			kind: 'summary',
			files: this.files,
			rowsRead: this.rowsRead,
			blankRows: this.blankRows,
			lineItemRows: 0,
			ordersKept: 0,
			customers: n,
			skipped: this.skipped,
			cancelled: emptyTally(),
			unpaid: emptyTally(),
			refunds: {
				fullyRefunded: emptyTally(),
				partlyRefunded: emptyTally(),
				refundedAmount: 0,
				negativeRowsNetted: emptyTally()
			},
			duplicates: this.duplicates,
			zeroValueOrders: 0,
			firstDay: null,
			lastDay: null,
			revenue: 0,
			currency: currencies[0] ?? null,
			...(currencyFrom && { currencyFrom }),
			warnings
		};
		return {
			kind: 'summary',
			customers: this.#customers.values,
			frequency: this.#frequency.toArray(),
			recency: this.#recency.toArray(),
			age: this.#age.toArray(),
			monetary: this.#monetary.toArray(),
			unit: this.#plan?.summaryUnit ?? 'days',
			report
		};
	}
}
