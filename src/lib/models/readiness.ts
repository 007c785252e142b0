/**
 * "Not enough data" checks: whether a data set can carry the models, and whether a fit can be
 * trusted. Every finding is a structured code with the numbers behind it, for the UI to explain
 * in the user's language. `problems` refuse (do not show predictions); `warnings` qualify them.
 */
import type { BgnbdFit } from './bgnbd';
import type { DropoutFit } from './ridge';
import type { FitReport } from './fit-report';
import type { GammaGammaFit } from './gamma-gamma';
import type { CustomerRows } from './summary';

export type ModelName = 'bgnbd' | 'gamma-gamma';

export type DataProblem =
	| { code: 'too-few-customers'; customers: number; minimum: number }
	| { code: 'too-few-repeat-buyers'; repeatBuyers: number; minimum: number }
	/** Every customer's first purchase is on the calibration end: no time to observe anything. */
	| { code: 'no-observation-time'; customers: number }
	/** No customer with repeat purchases has a positive mean spend. */
	| { code: 'no-positive-spend'; repeatBuyers: number; excludedNonPositive: number }
	| { code: 'too-few-spend-customers'; customers: number; minimum: number; excludedNonPositive: number }
	| { code: 'no-holdout-period' }
	| { code: 'fit-not-converged'; model: ModelName; reason: string }
	/** A parameter ran off to 0 or infinity: the data cannot pin the model down. */
	| { code: 'parameter-at-limit'; model: ModelName; parameter: string; value: number }
	/** Gamma-Gamma with q ≤ 1 has no finite mean spend. */
	| { code: 'spend-mean-undefined'; q: number };

export type DataWarning =
	| { code: 'few-repeat-buyers'; repeatBuyers: number; recommended: number }
	| { code: 'spend-excluded'; excludedNonPositive: number }
	/** Starts reached different maxima; the best was kept. */
	| { code: 'restarts-disagree'; model: ModelName }
	/** Gamma-Gamma assumes spend independent of frequency. */
	| { code: 'spend-frequency-correlated'; correlation: number }
	/**
	 * The BG/NBD fit ran to a → 0, the no-drop-out boundary, and its exact limit (the NBD) is used:
	 * `gap` is how much better (> 0) the limit fits than the optimiser's last point a, b.
	 */
	| { code: 'no-dropout'; a: number; b: number; gap: number }
	/**
	 * The likelihood is flat in (a, b): a standard error above its estimate (or none at all).
	 * `gap`: how much worse a fit with no drop-out at all is, in log-likelihood units, if known.
	 */
	| { code: 'dropout-uncertain'; a: number; seA: number; b: number; seB: number; gap: number | null };

export interface Readiness {
	ok: boolean;
	problems: DataProblem[];
	warnings: DataWarning[];
}

export interface Minimums {
	customers: number;
	repeatBuyers: number;
	spendCustomers: number;
	/** Below this many repeat buyers the fit runs but is flagged as shaky. */
	recommendedRepeatBuyers: number;
}

export const DEFAULT_MINIMUMS: Minimums = {
	customers: 30,
	repeatBuyers: 10,
	spendCustomers: 10,
	recommendedRepeatBuyers: 100
};

/**
 * Gathers the findings of several checks into one Readiness: `absorb(check)` adds a check's
 * problems and warnings and returns whether that check passed.
 */
export function collectReadiness(): { readiness: Readiness; absorb: (found: Readiness) => boolean } {
	const collected: Readiness = { ok: true, problems: [], warnings: [] };
	const absorb = (found: Readiness) => {
		collected.problems.push(...found.problems);
		collected.warnings.push(...found.warnings);
		collected.ok = collected.problems.length === 0;
		return found.ok;
	};
	return { readiness: collected, absorb };
}

function readiness(problems: DataProblem[], warnings: DataWarning[]): Readiness {
	return { ok: problems.length === 0, problems, warnings };
}

/** Can BG/NBD be fitted to these rows? */
export function checkFrequencyData(
	rows: Pick<CustomerRows, 'count' | 'x' | 'T'>,
	minimums: Partial<Minimums> = {}
): Readiness {
	const min = { ...DEFAULT_MINIMUMS, ...minimums };
	const problems: DataProblem[] = [];
	const warnings: DataWarning[] = [];
	let repeatBuyers = 0;
	let observed = 0;
	for (let i = 0; i < rows.count; i++) {
		if (rows.x[i] > 0) repeatBuyers++;
		if (rows.T[i] > 0) observed++;
	}
	if (rows.count < min.customers) {
		problems.push({ code: 'too-few-customers', customers: rows.count, minimum: min.customers });
	}
	if (rows.count > 0 && observed === 0) problems.push({ code: 'no-observation-time', customers: rows.count });
	if (repeatBuyers < min.repeatBuyers) {
		problems.push({ code: 'too-few-repeat-buyers', repeatBuyers, minimum: min.repeatBuyers });
	} else if (repeatBuyers < min.recommendedRepeatBuyers) {
		warnings.push({ code: 'few-repeat-buyers', repeatBuyers, recommended: min.recommendedRepeatBuyers });
	}
	return readiness(problems, warnings);
}

/** Can Gamma-Gamma be fitted? Counts the repeat buyers left out for non-positive spend. */
export function checkSpendData(
	rows: Pick<CustomerRows, 'count' | 'x' | 'monetary'>,
	minimums: Partial<Minimums> = {}
): Readiness & { spendCustomers: number; excludedNonPositive: number } {
	const min = { ...DEFAULT_MINIMUMS, ...minimums };
	const problems: DataProblem[] = [];
	const warnings: DataWarning[] = [];
	let repeatBuyers = 0;
	let spendCustomers = 0;
	let excludedNonPositive = 0;
	// For the independence check: correlation of x and m over the usable customers.
	let sx = 0;
	let sm = 0;
	let sxx = 0;
	let smm = 0;
	let sxm = 0;
	for (let i = 0; i < rows.count; i++) {
		const x = rows.x[i];
		if (!(x > 0)) continue;
		repeatBuyers++;
		const m = rows.monetary[i];
		if (!(m > 0 && Number.isFinite(m))) {
			excludedNonPositive++;
			continue;
		}
		spendCustomers++;
		sx += x;
		sm += m;
		sxx += x * x;
		smm += m * m;
		sxm += x * m;
	}
	if (repeatBuyers > 0 && spendCustomers === 0) {
		problems.push({ code: 'no-positive-spend', repeatBuyers, excludedNonPositive });
	} else if (spendCustomers < min.spendCustomers) {
		problems.push({
			code: 'too-few-spend-customers',
			customers: spendCustomers,
			minimum: min.spendCustomers,
			excludedNonPositive
		});
	}
	if (excludedNonPositive > 0) warnings.push({ code: 'spend-excluded', excludedNonPositive });
	const n = spendCustomers;
	const varianceX = sxx - (sx * sx) / n;
	const varianceM = smm - (sm * sm) / n;
	if (n > 2 && varianceX > 0 && varianceM > 0) {
		const correlation = (sxm - (sx * sm) / n) / Math.sqrt(varianceX * varianceM);
		if (Math.abs(correlation) > 0.3) warnings.push({ code: 'spend-frequency-correlated', correlation });
	}
	return { ...readiness(problems, warnings), spendCustomers, excludedNonPositive };
}

/** Can predictions be checked against a hold-out period? */
export function checkHoldout(summary: { holdoutLength: number }): Readiness {
	return readiness(summary.holdoutLength > 0 ? [] : [{ code: 'no-holdout-period' }], []);
}

/**
 * Parameters beyond 10⁻⁶ … 10⁶ mean a parameter ran off to 0 or infinity — except BG/NBD's a → 0
 * (with b → ∞), the no-drop-out boundary, which `fitBgnbdSettled` replaces by its exact limit
 * a = 0 (ridge.ts): that is a legitimate model (the NBD), reported as a warning.
 */
const PARAMETER_LIMIT = 1e6;

function assessFit(model: ModelName, fit: FitReport, params: Record<string, number>): Readiness {
	const problems: DataProblem[] = [];
	const warnings: DataWarning[] = [];
	if (!fit.converged) problems.push({ code: 'fit-not-converged', model, reason: fit.reason });
	for (const [parameter, value] of Object.entries(params)) {
		if (!(value < PARAMETER_LIMIT && value > 1 / PARAMETER_LIMIT)) {
			problems.push({ code: 'parameter-at-limit', model, parameter, value });
		}
	}
	if (!fit.restartsAgree) warnings.push({ code: 'restarts-disagree', model });
	return readiness(problems, warnings);
}

/**
 * Can this BG/NBD fit be trusted? A fit at the no-drop-out limit (a = 0) or on a flat ridge in
 * (a, b) is usable, with a warning that says what it means.
 */
export function assessBgnbdFit(fit: BgnbdFit | DropoutFit): Readiness {
	const { r, alpha, a, b } = fit.params;
	if (a === 0) {
		const result = assessFit('bgnbd', fit, { r, alpha });
		const boundary = 'boundary' in fit ? fit.boundary : null;
		const gap = 'noDropoutGap' in fit && fit.noDropoutGap !== null ? fit.noDropoutGap : 0;
		result.warnings.push({ code: 'no-dropout', a: boundary?.a ?? 0, b: boundary?.b ?? Infinity, gap });
		return result;
	}
	const result = assessFit('bgnbd', fit, { r, alpha, a, b });
	const se = fit.standardErrors;
	if (result.ok && (!se || !(se.a <= a) || !(se.b <= b))) {
		const gap = 'noDropoutGap' in fit ? fit.noDropoutGap : null;
		result.warnings.push({
			code: 'dropout-uncertain',
			a,
			seA: se?.a ?? NaN,
			b,
			seB: se?.b ?? NaN,
			gap: gap === null ? null : -gap
		});
	}
	return result;
}

/** Can this Gamma-Gamma fit be trusted? */
export function assessGammaGammaFit(fit: GammaGammaFit): Readiness {
	const result = assessFit('gamma-gamma', fit, { ...fit.params });
	if (!(fit.params.q > 1)) {
		result.problems.push({ code: 'spend-mean-undefined', q: fit.params.q });
		result.ok = false;
	}
	return result;
}
