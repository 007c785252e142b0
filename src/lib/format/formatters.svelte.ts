import { locale, msg } from '$lib/i18n/i18n.svelte';
import { preferences } from '$lib/prefs/preferences.svelte';
import { formatDay, formatMonth } from './date';
import {
	formatCompact,
	formatCurrency,
	formatInteger,
	formatNumber,
	formatPercent,
	formatPercentFixed,
	formatPlainAmount,
	formatPoints,
	formatRatio
} from './number';

/**
 * The formatting functions bound to the current language and currency. Components call
 * `fmt.percent(0.82)`; reading the runes inside makes the text follow a change of settings.
 */
export const fmt = {
	number: (value: number, digits = 2) => formatNumber(value, locale.intlTag, digits),
	integer: (value: number) => formatInteger(value, locale.intlTag),
	percent: (ratio: number, digits = 1) => formatPercent(ratio, locale.intlTag, digits),
	/** Exactly `digits` decimals, for percentages set beside each other (see `formatPercentFixed`). */
	percentFixed: (ratio: number, digits = 1) => formatPercentFixed(ratio, locale.intlTag, digits),
	points: (points: number) => formatPoints(points, locale.intlTag, msg.common.pointsSuffix),
	money: (value: number, digits = 2, currency: string = preferences.currency, notZero = false) =>
		formatCurrency(value, locale.intlTag, currency, digits, notZero),
	/** An amount in no one currency (orders in several, added up unconverted): two decimals, no sign. */
	plainAmount: (value: number) => formatPlainAmount(value, locale.intlTag),
	/** An amount with `extra` decimals beyond those `money` gives it (€21.3164: EUR and 2 more). */
	moneyWithExtraDigits: (value: number, extra: number, currency: string = preferences.currency) =>
		formatCurrency(value, locale.intlTag, currency, 2, true, extra),
	compact: (value: number) => formatCompact(value, locale.intlTag),
	/** With the thresholds the ratio is judged against, so the digits shown agree with the verdict. */
	ratio: (value: number, thresholds: readonly number[] = []) => formatRatio(value, locale.intlTag, thresholds),
	day: (day: number) => formatDay(day, locale.intlTag),
	month: (day: number) => formatMonth(day, locale.intlTag)
};
