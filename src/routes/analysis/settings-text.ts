import { DEFAULT_ANALYSIS_SETTINGS } from '$lib/analysis/settings';
import { PERIOD_UNITS, type PeriodUnit } from '$lib/analysis/calendar';
import { readNumberInRange, type DecimalSeparator } from '$lib/metrics/number-input';

/**
 * The period, activity window and lifetime as typed, read alike by the Analysis page and the
 * comparison of two data sets (each page's state keeps the texts; see `AnalysisState`, `CompareState`).
 */

export const DEFAULT_WINDOW_TEXT = String(DEFAULT_ANALYSIS_SETTINGS.windowMonths);
export const DEFAULT_LIFETIME_TEXT =
	DEFAULT_ANALYSIS_SETTINGS.lifetimeYears === undefined ? '' : String(DEFAULT_ANALYSIS_SETTINGS.lifetimeYears);
/** A setting's text in the address is cut to this length (a number typed is far shorter). */
export const MAX_PARAM_LENGTH = 20;

/** The activity window typed, in whole months from 1 to 36; null while it is not one. */
export function readWindowMonths(text: string, decimal: DecimalSeparator): number | null {
	return readNumberInRange(text, decimal, { min: 1, max: 36, integer: true });
}

/** A lifetime typed for the simple CLV, in years from 0.1 to 50; undefined when empty (1 ÷ churn), null while invalid. */
export function readLifetimeYears(text: string, decimal: DecimalSeparator): number | null | undefined {
	return text.trim() === '' ? undefined : readNumberInRange(text, decimal, { min: 0.1, max: 50 });
}

/** A period named in an address, or null for none the app knows. */
export function periodParam(text: string | null): PeriodUnit | null {
	return text !== null && (PERIOD_UNITS as readonly string[]).includes(text) ? (text as PeriodUnit) : null;
}

/** The period, window and lifetime as an address keeps them: null for one at its default (left out), texts as typed. */
export function settingParams(typed: {
	period: PeriodUnit;
	windowText: string;
	lifetimeText: string;
}): Record<'period' | 'window' | 'lifetime', string | null> {
	return {
		period: typed.period === DEFAULT_ANALYSIS_SETTINGS.period ? null : typed.period,
		window: typed.windowText === DEFAULT_WINDOW_TEXT ? null : typed.windowText.slice(0, MAX_PARAM_LENGTH),
		lifetime: typed.lifetimeText === DEFAULT_LIFETIME_TEXT ? null : typed.lifetimeText.slice(0, MAX_PARAM_LENGTH)
	};
}
