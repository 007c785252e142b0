/**
 * The CLV fit of the analysis worker's `fitClv`, stage by stage, in node (bundled and run by clv.mjs):
 * a file imported as the import worker does, then the per-customer summary, the BG/NBD and
 * Gamma-Gamma fits, the CLV rows, the RFM segments the page shows beside them and the first table
 * page, each timed; and a fingerprint of the fit (equal fingerprints, equal results).
 */
import { fileSource } from './file-source';
import { runImport } from '../../src/lib/orders/pipeline';
import type { OrderColumns } from '../../src/lib/orders/columns';
import { buildCustomerSummary, runClvModels } from '../../src/lib/models';
import { clvOverview, clvTable, segmentOfRows, type ClvRun } from '../../src/lib/analysis/clv-engine';
import { indexCustomers } from '../../src/lib/analysis/customers';
import { rfm } from '../../src/lib/analysis/rfm';

export async function importFile(bytes: Uint8Array, today: number) {
	const { plan, chunks } = fileSource(bytes);
	const result = await runImport([{ plan, chunks }], { today });
	if (result.kind !== 'orders') throw new Error('not an orders file');
	return { columns: result.columns, customers: result.customers };
}

export function clvStages(columns: OrderColumns, customerCount: number, customers: string[]) {
	const t: Record<string, number> = {};
	// CPU time of this process (the machine is shared: wall time counts other processes' work).
	const cpuNow = () => {
		const u = process.cpuUsage();
		return (u.user + u.system) / 1000;
	};
	let last = cpuNow();
	const lap = (name: string) => {
		const now = cpuNow();
		t[name] = now - last;
		last = now;
	};
	const settings = { unit: 'week' as const, horizonMonths: 12, annualDiscountRate: 0.1, margin: 1 };
	const summary = buildCustomerSummary(columns, customerCount, { unit: 'week' });
	lap('summary');
	const models = runClvModels(summary, settings);
	lap('models');
	Object.assign(t, {
		' bgnbd': models.timings.bgnbd,
		' gammaGamma': models.timings.gammaGamma,
		' clv': models.timings.clv,
		' ridge': models.timings.ridge
	});
	last = cpuNow();
	const run: ClvRun = {
		settings,
		rows: summary,
		customerOf: summary.customer,
		models,
		excluded: summary.excluded,
		sorted: new Map()
	};
	const index = indexCustomers(columns, customerCount);
	lap('indexCustomers');
	const segment = rfm(index).segment;
	lap('rfm');
	const rowSegment = segmentOfRows(run, segment);
	const overview = clvOverview(run, segment);
	lap('overview');
	const page = clvTable(run, customers, rowSegment, {
		sort: 'clv',
		descending: true,
		search: '',
		offset: 0,
		limit: 25
	});
	lap('table page');
	const fingerprint = JSON.stringify([
		overview.bgnbd?.params,
		overview.gammaGamma?.params,
		overview.totals,
		page.rows
	]);
	return { t, fingerprint, clvSum: overview.totals?.clv };
}
