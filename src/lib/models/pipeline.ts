/**
 * The whole model run on a data set, as the CLV worker (and the benchmark) needs it: orders →
 * per-customer summary → checks → BG/NBD and Gamma-Gamma fits → checks → CLV per customer, and a
 * hold-out validation when the summary has a hold-out period. Stops at the first refusal and says
 * why; reports how long each stage took.
 */
import type { OrderColumns } from '../orders/columns';
import { groupCustomers } from './bgnbd-groups';
import { computeClv, type ClvOptions, type ClvResult } from './clv';
import { fitGammaGamma, selectSpendData, type GammaGammaFit } from './gamma-gamma';
import { validateHoldout, type HoldoutValidation } from './holdout';
import {
	assessBgnbdFit,
	assessGammaGammaFit,
	checkFrequencyData,
	checkSpendData,
	collectReadiness,
	type Minimums,
	type Readiness
} from './readiness';
import { dropoutUncertain, fitBgnbdSettled, profileDropout, type DropoutFit, type DropoutRidge } from './ridge';
import { buildCustomerSummary, type CustomerRows, type CustomerSummary, type SummaryOptions } from './summary';

export interface ClvPipelineOptions extends SummaryOptions, Omit<ClvOptions, 'unit' | 'only'> {
	minimums?: Partial<Minimums>;
}

export interface ClvPipelineResult {
	summary: CustomerSummary;
	/** All problems (any one refuses) and warnings found along the way. */
	readiness: Readiness;
	bgnbd: DropoutFit | null;
	gammaGamma: GammaGammaFit | null;
	clv: ClvResult | null;
	/** How the CLV total moves along a flat ridge in (a, b), when the fit has one. */
	ridge: DropoutRidge | null;
	holdout: HoldoutValidation | null;
	/** Milliseconds per stage. */
	timings: {
		summary: number;
		bgnbd: number;
		gammaGamma: number;
		clv: number;
		ridge: number;
		holdout: number;
		total: number;
	};
}

export interface ClvModelsResult {
	readiness: Readiness;
	/** The BG/NBD fit; at the no-drop-out boundary its exact limit a = 0 (see ridge.ts). */
	bgnbd: DropoutFit | null;
	gammaGamma: GammaGammaFit | null;
	clv: ClvResult | null;
	/** When the fit is flat in (a, b): the CLV total along the ridge (profile likelihood in a). */
	ridge: DropoutRidge | null;
	/** Milliseconds per stage. */
	timings: { bgnbd: number; gammaGamma: number; clv: number; ridge: number };
}

/**
 * The model run on customer rows (from orders, or a per-customer summary file): checks, the two
 * fits, their checks, and CLV per customer. Stops at the first refusal and says why.
 */
export function runClvModels(
	rows: CustomerRows,
	options: Omit<ClvPipelineOptions, keyof SummaryOptions> & { unit: SummaryOptions['unit'] }
): ClvModelsResult {
	let last = performance.now();
	const lap = () => {
		const now = performance.now();
		const elapsed = now - last;
		last = now;
		return elapsed;
	};
	const { readiness, absorb } = collectReadiness();
	const result: ClvModelsResult = {
		readiness,
		bgnbd: null,
		gammaGamma: null,
		clv: null,
		ridge: null,
		timings: { bgnbd: 0, gammaGamma: 0, clv: 0, ridge: 0 }
	};
	if (!absorb(checkFrequencyData(rows, options.minimums))) return result;
	const groups = groupCustomers(rows);
	result.bgnbd = fitBgnbdSettled(groups);
	result.timings.bgnbd = lap();
	absorb(assessBgnbdFit(result.bgnbd));
	if (absorb(checkSpendData(rows, options.minimums))) {
		result.gammaGamma = fitGammaGamma(selectSpendData(rows));
		result.timings.gammaGamma = lap();
		absorb(assessGammaGammaFit(result.gammaGamma));
	}
	if (!readiness.ok || !result.gammaGamma) return result;
	result.clv = computeClv(rows, result.bgnbd.params, result.gammaGamma.params, options);
	result.timings.clv = lap();
	if (dropoutUncertain(result.bgnbd)) {
		result.ridge = profileDropout(groups, rows, result.bgnbd, result.gammaGamma.params, options);
		result.timings.ridge = lap();
	}
	return result;
}

export function runClvPipeline(
	orders: OrderColumns,
	customerCount: number,
	options: ClvPipelineOptions
): ClvPipelineResult {
	const started = performance.now();
	const summary = buildCustomerSummary(orders, customerCount, options);
	const summaryMs = performance.now() - started;
	const models = runClvModels(summary, options);
	const result: ClvPipelineResult = {
		summary,
		...models,
		holdout: null,
		timings: { summary: summaryMs, ...models.timings, holdout: 0, total: 0 }
	};
	const bgnbdTrusted =
		models.bgnbd !== null && !models.readiness.problems.some((p) => 'model' in p && p.model === 'bgnbd');
	if (models.clv && bgnbdTrusted && summary.holdoutLength > 0) {
		const before = performance.now();
		result.holdout = validateHoldout(summary, models.bgnbd!.params);
		result.timings.holdout = performance.now() - before;
	}
	result.timings.total = performance.now() - started;
	return result;
}
