/**
 * The model run the Analysis page uses (through `analysis/clv-engine.ts` in the analysis worker):
 * customer rows → checks → BG/NBD and Gamma-Gamma fits → checks → CLV per customer, and the CLV
 * total along a flat ridge when the fit has one. Stops at the first refusal and says why; reports
 * how long each stage took. The rows come from `buildCustomerSummary` (orders) or a per-customer
 * summary file; hold-out validation is a separate run (`validateHoldout`), on its own split.
 */
import { discardGroups, groupCustomers, type BgnbdGroups } from './bgnbd-groups';
import { discard } from '../orders/discard';
import { computeClv, type ClvOptions, type ClvResult } from './clv';
import { fitGammaGamma, selectSpendData, type GammaGammaFit } from './gamma-gamma';
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
import type { CustomerRows } from './summary';

export interface ClvModelsOptions extends Omit<ClvOptions, 'only'> {
	minimums?: Partial<Minimums>;
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
export function runClvModels(rows: CustomerRows, options: ClvModelsOptions): ClvModelsResult {
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
	try {
		fitModels(rows, options, groups, result, absorb, lap);
	} finally {
		// The groups are this run's own (nothing returned keeps them): freed at once, not at the next
		// garbage collection (at 4.4 million customers about 60 MB besides the customers' rows).
		discardGroups(groups);
	}
	return result;
}

function fitModels(
	rows: CustomerRows,
	options: ClvModelsOptions,
	groups: BgnbdGroups,
	result: ClvModelsResult,
	absorb: ReturnType<typeof collectReadiness>['absorb'],
	lap: () => number
): void {
	const { readiness } = result;
	result.bgnbd = fitBgnbdSettled(groups);
	result.timings.bgnbd = lap();
	absorb(assessBgnbdFit(result.bgnbd));
	if (absorb(checkSpendData(rows, options.minimums))) {
		const spend = selectSpendData(rows);
		result.gammaGamma = fitGammaGamma(spend);
		// (At 3.4 million customers with repeat purchases 70 MB, freed at once.)
		discard(spend.x, spend.m, spend.row);
		result.timings.gammaGamma = lap();
		absorb(assessGammaGammaFit(result.gammaGamma));
	}
	if (!readiness.ok || !result.gammaGamma) return;
	result.clv = computeClv(rows, result.bgnbd.params, result.gammaGamma.params, options);
	result.timings.clv = lap();
	if (dropoutUncertain(result.bgnbd)) {
		result.ridge = profileDropout(groups, rows, result.bgnbd, result.gammaGamma.params, options);
		result.timings.ridge = lap();
	}
}
