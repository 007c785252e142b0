import type { Analysis, AnalysisSettings, SegmentId } from '$lib/analysis/analyse';
import { AnalysisClient, stoppedClient } from '$lib/workers/analysis-client';
import { DEFAULT_ANALYSIS_SETTINGS, publishMeasures, readCachedAnalysis, settingsKey } from '$lib/analysis/cache';
import type { PeriodUnit } from '$lib/analysis/calendar';
import { presetTexts, readRange, usableRange, type DataSpan, type RangePreset } from '$lib/analysis/date-range';
import type { SeedSegmentSettings } from '$lib/analysis/seed-segments';
import { handedOffAnalysis } from '$lib/workers/import-handoff';
import {
	DEFAULT_LIFETIME_TEXT,
	DEFAULT_WINDOW_TEXT,
	MAX_PARAM_LENGTH,
	periodParam,
	readLifetimeYears,
	readWindowMonths,
	settingParams
} from './settings-text';
import { recordWorkerTimings } from '$lib/workers/measures';
import { locale } from '$lib/i18n/i18n.svelte';
import type { Locale } from '$lib/i18n/locales';
import { decimalSeparatorOf, readNumberInRange, type DecimalSeparator } from '$lib/metrics/number-input';

/**
 * The decimal separator of each of the app's languages, as `decimalSeparatorOf` reads it from Intl
 * (a test holds them equal), known without building a number formatter: the first one a page
 * builds costs tens of milliseconds, which the page's first task then no longer pays (the page
 * builds its formatters while it waits for the analysis).
 */
export const DECIMAL_SEPARATOR: Record<Locale, DecimalSeparator> = { en: '.', lv: ',', ru: ',', zh: '.', nl: ',' };

/**
 * Resolves once the page is idle (its drawing done), or after a second at the latest; in a task of
 * its own where the browser cannot tell (no `requestIdleCallback`).
 */
function pageIdle(): Promise<void> {
	return new Promise((resolve) => {
		if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
		else setTimeout(resolve, 0);
	});
}

/** Resolves in a task of its own. */
function nextTask(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

export type AnalysisStatus = 'idle' | 'computing' | 'ready' | 'notFound' | 'summaryOnly' | 'failed';

/** The seed segments' thresholds typed, by their address parameter. */
const SEED_PARAMS = {
	orders: 'ordersPerMonth',
	spend: 'spendPerMonth',
	top: 'topPercent',
	high: 'highPercent',
	lapsed: 'lapsedDays'
} as const satisfies Record<string, Exclude<keyof SeedSegmentSettings, 'windowMonths'>>;
/** The address parameters of the typed settings (see `AnalysisState.addressParams`). */
export const SETTING_PARAMS = [
	'period',
	'window',
	'lifetime',
	...(Object.keys(SEED_PARAMS) as (keyof typeof SEED_PARAMS)[])
] as const;
/** The parameters of an address that name the analysis asked for, beside the data set. */
export const ANALYSIS_PARAMS: readonly string[] = [...SETTING_PARAMS, 'from', 'to'];

/** How long a page that was left waits at most for a cache write of its worker before ending it. */
const DISPOSE_WAIT_MS = 5000;

/**
 * The Analysis page's state: which data set, the settings as typed (validated before use),
 * and the latest result from the worker. A newer request supersedes an older one.
 */
export class AnalysisState {
	datasetId = $state<number | null>(null);
	period = $state<PeriodUnit>(DEFAULT_ANALYSIS_SETTINGS.period);
	windowText = $state(DEFAULT_WINDOW_TEXT);
	lifetimeText = $state(DEFAULT_LIFETIME_TEXT);
	seedText = $state<Record<keyof SeedSegmentSettings, string>>(
		Object.fromEntries(Object.entries(DEFAULT_ANALYSIS_SETTINGS.seed).map(([k, v]) => [k, String(v)])) as Record<
			keyof SeedSegmentSettings,
			string
		>
	);

	/** The date range as typed (`YYYY-MM-DD`, both empty for all orders) and the data's span it must lie in. */
	fromText = $state('');
	toText = $state('');
	span = $state.raw<DataSpan | null>(null);

	status = $state<AnalysisStatus>('idle');
	result = $state.raw<Analysis | null>(null);
	/** The data set the result belongs to: a result is never shown under another data set's name. */
	resultFor = $state<number | null>(null);
	failure = $state('');
	/** The shown result's figures are recorded for the other pages (`publishMeasures`). */
	published = $state(false);

	#decimal = $derived(DECIMAL_SEPARATOR[locale.current] ?? decimalSeparatorOf(locale.intlTag));
	windowMonths = $derived(readWindowMonths(this.windowText, this.#decimal));
	lifetimeYears = $derived(readLifetimeYears(this.lifetimeText, this.#decimal));
	seed = $derived.by(() => {
		const t = this.seedText;
		const read = (text: string, min: number, max: number, integer = false) =>
			readNumberInRange(text, this.#decimal, { min, max, integer });
		const values = {
			ordersPerMonth: read(t.ordersPerMonth, 0.01, 1e6),
			spendPerMonth: read(t.spendPerMonth, 0.01, 1e12),
			windowMonths: this.windowMonths,
			topPercent: read(t.topPercent, 0.01, 100),
			highPercent: read(t.highPercent, 0.01, 100),
			lapsedDays: read(t.lapsedDays, 1, 100000, true)
		};
		return Object.values(values).every((v) => v !== null) ? (values as SeedSegmentSettings) : null;
	});
	/** The range asked for, checked against the data's span once it is known. */
	rangeChoice = $derived(readRange(this.fromText, this.toText, this.span));
	/** The settings to analyse with, or null while something typed is invalid (the last result stays). */
	settings = $derived.by((): AnalysisSettings | null => {
		if (this.windowMonths === null || this.lifetimeYears === null || this.seed === null) return null;
		const range = usableRange(this.rangeChoice, this.span);
		if (range === null) return null;
		return {
			period: this.period,
			windowMonths: this.windowMonths,
			seed: this.seed,
			...(this.lifetimeYears ? { lifetimeYears: this.lifetimeYears } : {}),
			...(range ? { range } : {})
		};
	});

	/**
	 * The typed settings the address keeps beside the range (`period`, `window`, `lifetime`, and the
	 * seed segments' thresholds: `orders`, `spend`, `top`, `high`, `lapsed`), so that
	 * a reload or Back reopens them as typed (§8: a typed number never changes by itself); null for
	 * a setting at its default (left out of the address). Texts are kept as typed, valid or not.
	 */
	get addressParams(): Record<(typeof SETTING_PARAMS)[number], string | null> {
		const seed = Object.fromEntries(
			Object.entries(SEED_PARAMS).map(([param, field]) => {
				const text = this.seedText[field];
				return [
					param,
					text === String(DEFAULT_ANALYSIS_SETTINGS.seed[field]) ? null : text.slice(0, MAX_PARAM_LENGTH)
				];
			})
		) as Record<keyof typeof SEED_PARAMS, string | null>;
		return { ...settingParams(this), ...seed };
	}

	/** Reads the settings `addressParams` wrote; a period the app does not know is left at its default. */
	readAddress(params: URLSearchParams): void {
		this.period = periodParam(params.get('period')) ?? this.period;
		const window = params.get('window');
		if (window !== null) this.windowText = window.slice(0, MAX_PARAM_LENGTH);
		const lifetime = params.get('lifetime');
		if (lifetime !== null) this.lifetimeText = lifetime.slice(0, MAX_PARAM_LENGTH);
		const seedText = { ...this.seedText };
		for (const [param, field] of Object.entries(SEED_PARAMS)) {
			const text = params.get(param);
			if (text !== null) seedText[field] = text.slice(0, MAX_PARAM_LENGTH);
		}
		this.seedText = seedText;
	}

	/** Puts a preset's dates in the range fields (relative to the data's last order day). */
	applyPreset(preset: RangePreset): void {
		({ from: this.fromText, to: this.toText } = presetTexts(preset, this.span));
	}

	#client: AnalysisClient | null = null;
	#latest = 0;
	/** The cached analysis of the data set named in the address, read beside the list of data sets. */
	#ahead: { datasetId: number; key: string; read: Promise<Analysis | null> } | null = null;
	#disposed = false;
	#stopped: AnalysisClient | null = null;

	/**
	 * The page's analysis worker, started when first asked for. Not again once the page is gone
	 * (`dispose`): a request still under way then (a CLV fit that waited for the import's) would
	 * otherwise start a worker nobody ends; it is asked of a stopped client and fails.
	 */
	get client(): AnalysisClient {
		if (this.#disposed) return (this.#stopped ??= stoppedClient());
		this.#client ??= new AnalysisClient();
		return this.#client;
	}

	/**
	 * Starts reading the data set's cached analysis with the settings now, before `run` is asked for
	 * it: a page opened on a data set (a link, a reload) reads it beside the list of data sets, which
	 * `run` waits for, instead of after it (one IndexedDB round trip less before the key figures).
	 * `run` takes it only for the same data set and settings, and only once.
	 */
	readAhead(datasetId: number): void {
		const settings = this.settings;
		if (settings === null) return;
		const asked = $state.snapshot(settings) as AnalysisSettings;
		const read = readCachedAnalysis(datasetId, asked);
		// A read that fails is heard by `run`, which awaits it; one never taken is let go quietly.
		read.catch(() => {});
		this.#ahead = { datasetId, key: settingsKey(asked), read };
	}

	/**
	 * Analyses the chosen data set with the settings: the analysis an import just handed over in
	 * this tab's memory (`createdAt` is the data set record's, so a data set deleted and restored
	 * since is not served it), else the one cached in IndexedDB, else the worker's.
	 */
	async run(currency: string, createdAt?: number): Promise<void> {
		const settings = this.settings;
		const datasetId = this.datasetId;
		if (datasetId === null || settings === null) return;
		const ticket = ++this.#latest;
		this.published = false;
		const asked = $state.snapshot(settings) as AnalysisSettings;
		// Handed over: shown without waiting for IndexedDB, in the next task (not in the one that read
		// the data sets and drew the controls: together they held the page for about 50 ms).
		const handed = createdAt === undefined ? null : handedOffAnalysis(datasetId, createdAt, settingsKey(asked));
		if (handed) await nextTask();
		const ahead = this.#ahead;
		this.#ahead = null;
		const readAhead = ahead?.datasetId === datasetId && ahead.key === settingsKey(asked) ? ahead.read : null;
		const cached = handed ?? (await (readAhead ?? readCachedAnalysis(datasetId, asked)));
		if (ticket !== this.#latest) return;
		if (cached) {
			// Nothing was loaded or computed: no timing is recorded (the benchmark says "cached").
			this.result = cached;
			this.resultFor = datasetId;
			this.status = 'ready';
			await this.#publish(ticket, datasetId, settings, cached, currency);
			return;
		}
		if (this.status !== 'ready') this.status = 'computing';
		const reply = await this.client.request({
			type: 'analyse',
			datasetId,
			settings: $state.snapshot(settings) as AnalysisSettings,
			currency
		});
		if (ticket !== this.#latest) return;
		if (reply.type === 'analysed') {
			this.result = reply.analysis;
			this.resultFor = datasetId;
			recordWorkerTimings({ 'analysis:load': reply.timings.loadMs, 'analysis:compute': reply.timings.computeMs });
			this.status = 'ready';
			await this.#publish(ticket, datasetId, settings, reply.analysis, currency);
		} else if (reply.type === 'failed') {
			this.result = null;
			this.status = reply.reason === 'notFound' || reply.reason === 'summaryOnly' ? reply.reason : 'failed';
			this.failure = reply.detail ?? '';
		}
	}

	/**
	 * The figures of all orders are recorded for the other pages; a range's are not (those pages
	 * speak of the whole data set, and a range's figures must not reach them as if they were its).
	 */
	async #publish(
		ticket: number,
		datasetId: number,
		settings: AnalysisSettings,
		analysis: Analysis,
		currency: string
	): Promise<void> {
		if (settings.range) return;
		// Not in the tasks that draw the result: the record is for other pages, and its read and
		// write would hold up the sections the page draws after the key figures.
		await pageIdle();
		await publishMeasures(datasetId, $state.snapshot(settings) as AnalysisSettings, analysis, currency);
		this.published = ticket === this.#latest;
	}

	async exportSegment(segment: SegmentId): Promise<string[] | null> {
		if (this.datasetId === null || this.settings === null) return null;
		const reply = await this.client.request({
			type: 'exportSegment',
			datasetId: this.datasetId,
			settings: $state.snapshot(this.settings) as AnalysisSettings,
			segment
		});
		return reply.type === 'segmentCsv' ? reply.parts : null;
	}

	/**
	 * Ends the page's worker; once `pending` (a cache write it was asked for) is done, or after
	 * `DISPOSE_WAIT_MS` at most, when given.
	 */
	dispose(pending?: Promise<unknown> | null): void {
		this.#disposed = true;
		const client = this.#client;
		this.#client = null;
		if (!client) return;
		if (!pending) return client.terminate();
		const timer = setTimeout(() => client.terminate(), DISPOSE_WAIT_MS);
		void pending.finally(() => {
			clearTimeout(timer);
			client.terminate();
		});
	}
}
