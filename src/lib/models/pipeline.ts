/**
 * The whole model run on a data set, as the CLV worker (and the benchmark) needs it: orders →
 * per-customer summary → checks → BG/NBD and Gamma-Gamma fits → checks → CLV per customer, and a
 * hold-out validation when the summary has a hold-out period. Stops at the first refusal and says
 * why; reports how long each stage took.
 */
import type { OrderColumns } from '../orders/columns';
import { fitBgnbd, type BgnbdFit } from './bgnbd';
import { groupCustomers } from './bgnbd-groups';
import { computeClv, type ClvOptions, type ClvResult } from './clv';
import { fitGammaGamma, selectSpendData, type GammaGammaFit } from './gamma-gamma';
import { validateHoldout, type HoldoutValidation } from './holdout';
import {
	assessBgnbdFit,
	assessGammaGammaFit,
	checkFrequencyData,
	checkSpendData,
	type Minimums,
	type Readiness
} from './readiness';
import { buildCustomerSummary, type CustomerSummary, type SummaryOptions } from './summary';

export interface ClvPipelineOptions extends SummaryOptions, Omit<ClvOptions, 'unit' | 'only'> {
	minimums?: Partial<Minimums>;
}

export interface ClvPipelineResult {
	summary: CustomerSummary;
	/** All problems (any one refuses) and warnings found along the way. */
	readiness: Readiness;
	bgnbd: BgnbdFit | null;
	gammaGamma: GammaGammaFit | null;
	clv: ClvResult | null;
	holdout: HoldoutValidation | null;
	/** Milliseconds per stage. */
	timings: { summary: number; bgnbd: number; gammaGamma: number; clv: number; holdout: number; total: number };
}

export function runClvPipeline(
	orders: OrderColumns,
	customerCount: number,
	options: ClvPipelineOptions
): ClvPipelineResult {
	const started = performance.now();
	let last = started;
	const lap = () => {
		const now = performance.now();
		const elapsed = now - last;
		last = now;
		return elapsed;
	};
	const timings = { summary: 0, bgnbd: 0, gammaGamma: 0, clv: 0, holdout: 0, total: 0 };
	const readiness: Readiness = { ok: true, problems: [], warnings: [] };
	const absorb = (found: Readiness) => {
		readiness.problems.push(...found.problems);
		readiness.warnings.push(...found.warnings);
		readiness.ok = readiness.problems.length === 0;
		return found.ok;
	};
	const result: ClvPipelineResult = {
		summary: buildCustomerSummary(orders, customerCount, options),
		readiness,
		bgnbd: null,
		gammaGamma: null,
		clv: null,
		holdout: null,
		timings
	};
	const finish = () => {
		timings.total = performance.now() - started;
		return result;
	};
	timings.summary = lap();
	const { summary } = result;

	if (!absorb(checkFrequencyData(summary, options.minimums))) return finish();
	result.bgnbd = fitBgnbd(groupCustomers(summary));
	timings.bgnbd = lap();
	const bgnbdTrusted = absorb(assessBgnbdFit(result.bgnbd));

	const spendReady = absorb(checkSpendData(summary, options.minimums));
	if (spendReady) {
		result.gammaGamma = fitGammaGamma(selectSpendData(summary));
		timings.gammaGamma = lap();
		absorb(assessGammaGammaFit(result.gammaGamma));
	}
	if (!readiness.ok || !result.gammaGamma) return finish();

	result.clv = computeClv(summary, result.bgnbd.params, result.gammaGamma.params, options);
	timings.clv = lap();
	if (bgnbdTrusted && summary.holdoutLength > 0) {
		result.holdout = validateHoldout(summary, result.bgnbd.params);
		timings.holdout = lap();
	}
	return finish();
}
