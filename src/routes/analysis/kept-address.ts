import { keepSettings, readKeptSettings } from '$lib/prefs/kept-settings';
import { usableRange, type DataSpan, type RangeChoice } from '$lib/analysis/date-range';
import { ANALYSIS_PARAMS } from './analysis-state.svelte';

/** Where the last analysis shown is kept (the prefix `wipeEverything` clears). */
const KEY = 'retention-lab:analysis-address';

/**
 * The address of the analysis to open: this one, where it names the analysis (settings typed or a
 * range), else the one last shown (a page opened from the menu after a visit elsewhere: SPEC §8, a
 * typed number never changes by itself), where it is of the data set this one names, or this one
 * names none. `kept`: the second was taken.
 */
export function analysisAddress(params: URLSearchParams): { params: URLSearchParams; kept: boolean } {
	if (ANALYSIS_PARAMS.some((param) => params.has(param))) return { params, kept: false };
	const { search } = readKeptSettings<{ search: string }>(KEY);
	const kept = typeof search === 'string' ? new URLSearchParams(search) : null;
	const dataset = params.get('dataset');
	if (kept === null || (dataset !== null && dataset !== kept.get('dataset'))) return { params, kept: false };
	return { params: kept, kept: true };
}

/**
 * Keeps the address of the analysis shown (its query), for `analysisAddress`; not one whose range
 * cannot be applied (`rangeValid` false: outside the data, a start after its end), which would
 * reopen as that error alone, with no figures (QA): the one kept before stays.
 */
export function keepAnalysisAddress(search: string, { rangeValid = true }: { rangeValid?: boolean } = {}): void {
	if (rangeValid) keepSettings(KEY, { search });
}

/**
 * Whether the address of a range choice may be kept (`keepAnalysisAddress`): all orders, or a range
 * checked against the data's days (`span`) and usable; not one outside them or mistyped, nor one
 * not yet checked (the days not known yet).
 */
export function rangeKeepable(choice: RangeChoice, span: DataSpan | null): boolean {
	return usableRange(choice, span) !== null;
}
