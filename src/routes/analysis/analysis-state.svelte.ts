import type { Analysis, AnalysisSettings, SegmentId } from '$lib/analysis/analyse';
import { AnalysisClient } from '$lib/analysis/analysis-client';
import { readCachedAnalysis } from '$lib/analysis/cache';
import type { PeriodUnit } from '$lib/analysis/calendar';
import { DEFAULT_SEED_SETTINGS, type SeedSegmentSettings } from '$lib/analysis/seed-segments';
import type { AnalysisTimings } from '$lib/analysis/protocol';

export type AnalysisStatus = 'idle' | 'computing' | 'ready' | 'notFound' | 'summaryOnly' | 'failed';

/** Checks a typed number against a range; null when it is not usable. */
export function readNumber(text: string, min: number, max: number, integer = false): number | null {
	const value = Number(text.trim().replace(',', '.'));
	if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max) return null;
	if (integer && !Number.isInteger(value)) return null;
	return value;
}

/**
 * The Analysis page's state: which data set, the settings as typed (validated before use),
 * and the latest result from the worker. A newer request supersedes an older one.
 */
export class AnalysisState {
	datasetId = $state<number | null>(null);
	period = $state<PeriodUnit>('month');
	windowText = $state('12');
	lifetimeText = $state('');
	seedText = $state<Record<keyof SeedSegmentSettings, string>>(
		Object.fromEntries(Object.entries(DEFAULT_SEED_SETTINGS).map(([k, v]) => [k, String(v)])) as Record<keyof SeedSegmentSettings, string>
	);

	status = $state<AnalysisStatus>('idle');
	result = $state.raw<Analysis | null>(null);
	timings = $state.raw<AnalysisTimings | null>(null);
	failure = $state('');

	windowMonths = $derived(readNumber(this.windowText, 1, 36, true));
	lifetimeYears = $derived(this.lifetimeText.trim() === '' ? undefined : readNumber(this.lifetimeText, 0.1, 50));
	seed = $derived.by(() => {
		const t = this.seedText;
		const values = {
			ordersPerMonth: readNumber(t.ordersPerMonth, 0.01, 1e6),
			spendPerMonth: readNumber(t.spendPerMonth, 0.01, 1e12),
			windowMonths: this.windowMonths,
			topPercent: readNumber(t.topPercent, 0.01, 100),
			highPercent: readNumber(t.highPercent, 0.01, 100),
			lapsedDays: readNumber(t.lapsedDays, 1, 100000, true)
		};
		return Object.values(values).every((v) => v !== null) ? (values as SeedSegmentSettings) : null;
	});
	/** The settings to analyse with, or null while something typed is invalid (the last result stays). */
	settings = $derived.by((): AnalysisSettings | null => {
		if (this.windowMonths === null || this.lifetimeYears === null || this.seed === null) return null;
		return { period: this.period, windowMonths: this.windowMonths, seed: this.seed, ...(this.lifetimeYears ? { lifetimeYears: this.lifetimeYears } : {}) };
	});

	#client: AnalysisClient | null = null;
	#latest = 0;

	get client(): AnalysisClient {
		this.#client ??= new AnalysisClient();
		return this.#client;
	}

	async run(currency: string): Promise<void> {
		const settings = this.settings;
		const datasetId = this.datasetId;
		if (datasetId === null || settings === null) return;
		const ticket = ++this.#latest;
		const cached = await readCachedAnalysis(datasetId, $state.snapshot(settings) as AnalysisSettings);
		if (ticket !== this.#latest) return;
		if (cached) {
			this.result = cached;
			this.timings = { loadMs: 0, computeMs: 0 };
			this.status = 'ready';
			return;
		}
		if (this.status !== 'ready') this.status = 'computing';
		const reply = await this.client.request({ type: 'analyse', datasetId, settings: $state.snapshot(settings) as AnalysisSettings, currency });
		if (ticket !== this.#latest) return;
		if (reply.type === 'analysed') {
			this.result = reply.analysis;
			this.timings = reply.timings;
			this.status = 'ready';
		} else if (reply.type === 'failed') {
			this.result = null;
			this.status = reply.reason === 'notFound' || reply.reason === 'summaryOnly' ? reply.reason : 'failed';
			this.failure = reply.detail ?? '';
		}
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

	dispose(): void {
		this.#client?.terminate();
		this.#client = null;
	}
}
