import { untrack } from 'svelte';
import type { MeasuredValue } from '$lib/benchmarks/compare';
import { BENCHMARKS, type BusinessModel } from '$lib/benchmarks/figures';
import type { IndustryId, Sector } from '$lib/benchmarks/industries';
import {
	isMetricId,
	METRIC_IDS,
	METRIC_UNIT,
	PERIOD_SCALING,
	RATE_PERIODS,
	type MetricId,
	type RatePeriod
} from '$lib/benchmarks/metrics';
import { figuresForChoice, industriesInSector, isIndustryId, isSector } from '$lib/benchmarks/selection';
import { db, type DatasetMetricsRecord, type ScenarioRecord } from '$lib/db/database';
import { LiveQuery } from '$lib/db/live-query.svelte';
import { listDatasets } from '$lib/db/datasets';
import { shownLabels } from '$lib/db/dataset-labels';
import { locale } from '$lib/i18n/i18n.svelte';
import { readField, type FieldSpec } from '$lib/metrics/fields';
import { decimalSeparatorOf } from '$lib/metrics/number-input';
import { preferences } from '$lib/prefs/preferences.svelte';
import { datasetCurrency, measuresFromDataset, measuresFromScenario } from '$lib/planner/baseline';

/**
 * The user's choice of industry and baseline for comparing with benchmarks: shared by the
 * Benchmarks page and the planner's suggestions, and remembered in this browser (the choice only;
 * the numbers stay in IndexedDB). Create it during a component's initialisation: it subscribes to
 * the saved scenarios and data sets.
 */
export const BASELINE_SOURCES = ['none', 'scenario', 'dataset', 'typed'] as const;
export type BaselineSource = (typeof BASELINE_SOURCES)[number];

export const BUSINESS_MODELS: readonly BusinessModel[] = ['ecommerce', 'subscription'];

/** Metrics a value can be typed for: those some published figure measures. */
export const TYPED_METRICS: readonly MetricId[] = METRIC_IDS.filter((metric) =>
	BENCHMARKS.some((figure) => figure.metric === metric)
);

/** How a typed value of a metric is read: rates as percentages, money as an amount. */
export function typedFieldSpec(metric: MetricId): FieldSpec {
	const unit = METRIC_UNIT[metric];
	if (unit === 'ratio') return { key: 'value', kind: 'percent' };
	if (unit === 'currency') return { key: 'value', kind: 'money' };
	return { key: 'value', kind: 'decimal' };
}

/**
 * The percentage a typed rate most likely meant when it reads under 1 %: a fraction typed where a
 * percentage is asked ("0,28" for a repeat-purchase rate of 28 %), which would be compared as
 * 0.28 %. Null when the value is plausible as typed. Churn is left alone: a subscription's monthly
 * churn of half a percent is real.
 */
export function percentMeant(metric: MetricId, entered: number): number | null {
	if (METRIC_UNIT[metric] !== 'ratio' || metric === 'churn') return null;
	return entered > 0 && entered < 1 ? entered * 100 : null;
}

export function needsPeriod(metric: MetricId): boolean {
	return PERIOD_SCALING[metric] !== 'none';
}

const STORAGE_KEY = 'retention-lab:comparison';

interface StoredChoice {
	sector: Sector;
	industry: IndustryId | null;
	source: BaselineSource;
	scenarioId: number | null;
	datasetId: number | null;
	typedMetric: MetricId;
	typedText: string;
	typedPeriod: RatePeriod;
	businessModel: BusinessModel;
}

const idOrNull = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) ? value : null);

export class ComparisonSetup {
	sector = $state<Sector>('all');
	industry = $state<IndustryId | null>(null);
	source = $state<BaselineSource>('none');
	scenarioId = $state<number | null>(null);
	datasetId = $state<number | null>(null);
	typedMetric = $state<MetricId>('repeatPurchaseRate');
	typedText = $state('');
	typedPeriod = $state<RatePeriod>('year');
	businessModel = $state<BusinessModel>('ecommerce');

	readonly #scenarios = new LiveQuery<ScenarioRecord[]>(() => db().scenarios.toArray());
	readonly #datasets = new LiveQuery<DatasetMetricsRecord[]>(() => db().datasetMetrics.toArray());
	/** Each data set's label where it is chosen: data sets of the same name told apart (`datasetLabels`). */
	readonly #records = new LiveQuery(listDatasets);
	labels = $derived(shownLabels(this.#records.current ?? []));
	#restored = false;

	industries = $derived(industriesInSector(this.sector));
	figures = $derived(figuresForChoice(this.sector, this.industry));

	/** Scenarios holding at least one number a benchmark could measure, by name. */
	scenarios = $derived(
		(this.#scenarios.current ?? [])
			.filter((scenario) => this.#fromScenario(scenario).length > 0)
			.sort((a, b) => a.name.localeCompare(b.name))
	);
	/** Analysed data sets, the latest analysis first. */
	datasets = $derived([...(this.#datasets.current ?? [])].sort((a, b) => b.computedAt - a.computedAt));
	loading = $derived(this.#scenarios.isLoading || this.#datasets.isLoading);

	selectedScenario = $derived(this.scenarios.find((scenario) => scenario.id === this.scenarioId));
	selectedDataset = $derived(this.datasets.find((dataset) => dataset.datasetId === this.datasetId));

	typedSpec = $derived(typedFieldSpec(this.typedMetric));
	typedReading = $derived(readField(this.typedText, this.typedSpec, decimalSeparatorOf(locale.intlTag)));

	/** The currency of money values: the data set's file's own, else the user's setting now (`datasetCurrency`). */
	currency = $derived(
		this.source === 'dataset'
			? datasetCurrency(
					this.selectedDataset,
					this.#records.current?.find((record) => record.id === this.datasetId)?.currency,
					preferences.currency
				)
			: preferences.currency
	);

	/** What the user measured, as the chosen baseline gives it. */
	measures: MeasuredValue[] = $derived.by(() => {
		switch (this.source) {
			case 'scenario':
				return this.selectedScenario ? this.#fromScenario(this.selectedScenario) : [];
			case 'dataset':
				return this.selectedDataset
					? measuresFromDataset(this.selectedDataset, this.businessModel, this.currency)
					: [];
			case 'typed':
				return this.#typedMeasure();
			case 'none':
				return [];
		}
	});

	constructor() {
		// After mounting (never while prerendering): the remembered choice, then remember changes.
		$effect(() => untrack(() => this.#restore()));
		$effect(() => {
			const choice = this.#choice();
			if (!this.#restored) return;
			try {
				localStorage.setItem(STORAGE_KEY, JSON.stringify(choice));
			} catch {
				// Storage blocked: the choice lasts for this page.
			}
		});
	}

	/** A sector change drops an industry that is not in the new sector. */
	setSector(sector: Sector): void {
		this.sector = sector;
		if (this.industry !== null && !industriesInSector(sector).includes(this.industry)) this.industry = null;
	}

	setIndustry(value: string): void {
		this.industry = isIndustryId(value) && this.industries.includes(value) ? value : null;
	}

	#fromScenario(scenario: ScenarioRecord): MeasuredValue[] {
		return measuresFromScenario(scenario, {
			currency: scenario.currency ?? preferences.currency,
			businessModel: this.businessModel
		});
	}

	#typedMeasure(): MeasuredValue[] {
		const reading = this.typedReading;
		if (!reading.ok || reading.value === undefined) return [];
		const metric = this.typedMetric;
		return [
			{
				metric,
				value: reading.value,
				businessModel: this.businessModel,
				...(needsPeriod(metric) ? { period: this.typedPeriod } : {}),
				...(METRIC_UNIT[metric] === 'currency' ? { currency: preferences.currency } : {})
			}
		];
	}

	#choice(): StoredChoice {
		return {
			sector: this.sector,
			industry: this.industry,
			source: this.source,
			scenarioId: this.scenarioId,
			datasetId: this.datasetId,
			typedMetric: this.typedMetric,
			typedText: this.typedText,
			typedPeriod: this.typedPeriod,
			businessModel: this.businessModel
		};
	}

	#restore(): void {
		this.#restored = true;
		let stored: Partial<Record<keyof StoredChoice, unknown>>;
		try {
			stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') ?? {};
		} catch {
			return;
		}
		if (isSector(stored.sector)) this.sector = stored.sector;
		if (isIndustryId(stored.industry) && industriesInSector(this.sector).includes(stored.industry)) {
			this.industry = stored.industry;
		}
		if ((BASELINE_SOURCES as readonly unknown[]).includes(stored.source))
			this.source = stored.source as BaselineSource;
		this.scenarioId = idOrNull(stored.scenarioId);
		this.datasetId = idOrNull(stored.datasetId);
		if (isMetricId(stored.typedMetric) && TYPED_METRICS.includes(stored.typedMetric))
			this.typedMetric = stored.typedMetric;
		if (typeof stored.typedText === 'string') this.typedText = stored.typedText.slice(0, 40);
		if ((RATE_PERIODS as readonly unknown[]).includes(stored.typedPeriod))
			this.typedPeriod = stored.typedPeriod as RatePeriod;
		if ((BUSINESS_MODELS as readonly unknown[]).includes(stored.businessModel)) {
			this.businessModel = stored.businessModel as BusinessModel;
		}
	}
}
