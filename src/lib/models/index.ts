/**
 * Predictive customer-lifetime-value models in plain TypeScript: BG/NBD (purchases, P(alive)),
 * Gamma-Gamma (spend per purchase), discounted CLV, hold-out validation, bootstrap intervals and
 * "not enough data" checks, from per-customer summaries built out of order columns.
 * No Svelte, DOM or storage: safe in a worker and in node. See README.md beside this file.
 */
export { buildCustomerSummary, type CustomerRows, type CustomerSummary, type SummaryOptions } from './summary';
export {
	daysPerUnit,
	monthsToUnits,
	unitsPerYear,
	DAYS_PER_MONTH,
	DAYS_PER_YEAR,
	TIME_UNITS,
	type TimeUnit
} from './time-unit';
export { groupCustomers, groupWeights, type BgnbdGroups, type FrequencyRows } from './bgnbd-groups';
export {
	bgnbdLogLikelihood,
	bgnbdTotalLogLikelihood,
	defaultBgnbdStarts,
	fitBgnbd,
	type BgnbdFit,
	type BgnbdFitOptions,
	type BgnbdParams
} from './bgnbd';
export {
	BgnbdPredictor,
	bgnbdConditionalExpected,
	bgnbdExpectedPurchases,
	bgnbdProbabilityAlive,
	bgnbdProbabilityOfPurchases
} from './bgnbd-predict';
export {
	fitGammaGamma,
	gammaGammaConditionalSpend,
	gammaGammaLogLikelihood,
	gammaGammaMeanSpend,
	selectSpendData,
	type GammaGammaFit,
	type GammaGammaFitOptions,
	type GammaGammaParams,
	type SpendData
} from './gamma-gamma';
export { clvSteps, computeClv, type ClvOptions, type ClvResult } from './clv';
export {
	validateHoldout,
	type HoldoutBucket,
	type HoldoutErrors,
	type HoldoutRows,
	type HoldoutValidation
} from './holdout';
export {
	bootstrapClv,
	ClvBootstrap,
	quantileOfSorted,
	type BootstrapOptions,
	type BootstrapResult,
	type Interval,
	type Segments
} from './bootstrap';
export {
	assessBgnbdFit,
	assessGammaGammaFit,
	checkFrequencyData,
	checkHoldout,
	checkSpendData,
	collectReadiness,
	DEFAULT_MINIMUMS,
	type DataProblem,
	type DataWarning,
	type Minimums,
	type Readiness
} from './readiness';
export type { FitOptions, FitReport, FitRun } from './fit-report';
export { runClvModels, type ClvModelsOptions, type ClvModelsResult } from './pipeline';
export {
	minimizeBfgs,
	minimizeWithRestarts,
	type MinimizeOptions,
	type MinimizeResult,
	type Objective,
	type StopReason
} from './optimize';
export { digamma, hyp2f1, lnBeta, lnGamma, logAddExp, logSumExp } from './special';
export { mulberry32 } from './random';
