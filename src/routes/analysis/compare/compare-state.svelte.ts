import type { Analysis, AnalysisSettings } from '$lib/analysis/analyse';
import { DEFAULT_ANALYSIS_SETTINGS, readCachedAnalysis, settingsKey } from '$lib/analysis/cache';
import type { PeriodUnit } from '$lib/analysis/calendar';
import { sharedSpan, spanLimits } from '$lib/analysis/compare-datasets';
import {
	presetTexts,
	readRange,
	usableRange,
	type DataSpan,
	type RangeChoice,
	type RangePreset
} from '$lib/analysis/date-range';
import { locale } from '$lib/i18n/i18n.svelte';
import { decimalSeparatorOf } from '$lib/metrics/number-input';
import { AnalysisClient } from '$lib/workers/analysis-client';
import { DECIMAL_SEPARATOR } from '../analysis-state.svelte';
import {
	DEFAULT_LIFETIME_TEXT,
	DEFAULT_WINDOW_TEXT,
	MAX_PARAM_LENGTH,
	periodParam,
	readLifetimeYears,
	readWindowMonths,
	settingParams
} from '../settings-text';

export type CompareStatus =
	| { kind: 'idle' }
	| { kind: 'computing' }
	/** `aId`, `bId` and `key` (`settingsKey`) say which data sets and settings the two analyses belong to. */
	| { kind: 'ready'; aId: number; bId: number; key: string; a: Analysis; b: Analysis }
	| { kind: 'failed'; aId: number; bId: number; key: string; detail: string };

/**
 * Two data sets analysed with the same settings and range, one after the other in one worker (a newer
 * request supersedes an older one). The range must lie in the days both data sets cover. The settings
 * that change the figures compared (the period, the activity window, a lifetime typed for the simple
 * CLV) are the user's, read and checked as the Analysis page reads them, and come with its link; the
 * segments' settings change none of them.
 */
export class CompareState {
	aId = $state<number | null>(null);
	bId = $state<number | null>(null);
	period = $state<PeriodUnit>(DEFAULT_ANALYSIS_SETTINGS.period);
	windowText = $state(DEFAULT_WINDOW_TEXT);
	lifetimeText = $state(DEFAULT_LIFETIME_TEXT);
	#decimal = $derived(DECIMAL_SEPARATOR[locale.current] ?? decimalSeparatorOf(locale.intlTag));
	windowMonths = $derived(readWindowMonths(this.windowText, this.#decimal));
	lifetimeYears = $derived(readLifetimeYears(this.lifetimeText, this.#decimal));
	fromText = $state('');
	toText = $state('');
	/** The spans of the two data sets, once known. */
	spans = $state.raw<{ a: DataSpan; b: DataSpan } | null>(null);
	/** The two data sets' names as the page shows them ("A: shop"), for saying whose days a range leaves. */
	names = $state.raw<{ a: string; b: string } | null>(null);
	status = $state.raw<CompareStatus>({ kind: 'idle' });

	/** The days both data sets cover: a range must lie within them. */
	span = $derived(this.spans ? sharedSpan(this.spans.a, this.spans.b) : null);
	rangeChoice = $derived.by((): RangeChoice => {
		const choice = readRange(this.fromText, this.toText, this.span);
		if (choice.kind !== 'invalid' || choice.problem.kind !== 'outside' || !this.spans || !this.names) return choice;
		// Name the data set (or both) whose orders bound the days a range must lie in.
		const bound = spanLimits(this.spans.a, this.spans.b);
		const named = { from: this.names[bound.from], to: this.names[bound.to] };
		return { kind: 'invalid', problem: { ...choice.problem, limits: named } };
	});
	settings = $derived.by((): AnalysisSettings | null => {
		if (this.windowMonths === null || this.lifetimeYears === null) return null;
		const range = usableRange(this.rangeChoice, this.span);
		if (range === null) return null;
		const windowMonths = this.windowMonths;
		return {
			...DEFAULT_ANALYSIS_SETTINGS,
			period: this.period,
			windowMonths,
			// (The seed segments' window is the activity window, as on the Analysis page.)
			seed: { ...DEFAULT_ANALYSIS_SETTINGS.seed, windowMonths },
			...(this.lifetimeYears ? { lifetimeYears: this.lifetimeYears } : {}),
			...(range ? { range } : {})
		};
	});

	/** Reads the settings of an address (the Analysis page's link, or this page's own). */
	readAddress(params: URLSearchParams): void {
		this.period = periodParam(params.get('period')) ?? this.period;
		this.windowText = (params.get('window') ?? DEFAULT_WINDOW_TEXT).slice(0, MAX_PARAM_LENGTH);
		this.lifetimeText = (params.get('lifetime') ?? DEFAULT_LIFETIME_TEXT).slice(0, MAX_PARAM_LENGTH);
		this.fromText = params.get('from') ?? '';
		this.toText = params.get('to') ?? '';
	}

	/** The settings as the address keeps them (null: the default, left out), as the Analysis page writes them. */
	addressParams(): Record<'period' | 'window' | 'lifetime', string | null> {
		return settingParams(this);
	}

	/**
	 * The result for the data sets and settings chosen now, or null: figures are never shown under
	 * another data set's name (or for other dates) while the new ones are computed or cannot be.
	 */
	shown = $derived.by(() => {
		const status = this.status;
		return status.kind === 'ready' && this.#isCurrent(status) ? status : null;
	});
	/** Why the comparison chosen now failed, or null: an earlier selection's failure is not shown. */
	failure = $derived.by(() => {
		const status = this.status;
		return status.kind === 'failed' && this.#isCurrent(status) ? status.detail : null;
	});

	#isCurrent(status: { aId: number; bId: number; key: string }): boolean {
		const settings = this.settings;
		return (
			settings !== null &&
			status.aId === this.aId &&
			status.bId === this.bId &&
			status.key === settingsKey(settings)
		);
	}

	applyPreset(preset: RangePreset): void {
		({ from: this.fromText, to: this.toText } = presetTexts(preset, this.span));
	}

	#client: AnalysisClient | null = null;
	#latest = 0;

	async #analyse(datasetId: number, settings: AnalysisSettings, currency: string): Promise<Analysis | string> {
		const cached = await readCachedAnalysis(datasetId, settings);
		if (cached) return cached;
		this.#client ??= new AnalysisClient();
		const reply = await this.#client.request({ type: 'analyse', datasetId, settings, currency });
		if (reply.type === 'analysed') return reply.analysis;
		return reply.type === 'failed' ? (reply.detail ?? reply.reason) : 'superseded';
	}

	async run(currency: string): Promise<void> {
		const { aId, bId } = this;
		const settings = this.settings ? ($state.snapshot(this.settings) as AnalysisSettings) : null;
		if (aId === null || bId === null || settings === null) return;
		const ticket = ++this.#latest;
		this.status = { kind: 'computing' };
		const a = await this.#analyse(aId, settings, currency);
		if (ticket !== this.#latest) return;
		const b = await this.#analyse(bId, settings, currency);
		if (ticket !== this.#latest) return;
		if (typeof a === 'string' || typeof b === 'string') {
			const detail = typeof a === 'string' ? a : (b as string);
			this.status = { kind: 'failed', aId, bId, key: settingsKey(settings), detail };
			return;
		}
		this.status = { kind: 'ready', aId, bId, key: settingsKey(settings), a, b };
	}

	dispose(): void {
		this.#client?.terminate();
		this.#client = null;
	}
}
