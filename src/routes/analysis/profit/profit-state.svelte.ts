import { profitTable, type ProfitBase, type ProfitCosts, type ProfitTable } from '$lib/analysis/profit';
import { locale } from '$lib/i18n/i18n.svelte';
import {
	canonicalNumberText,
	decimalSeparatorOf,
	formatNumberInput,
	parseCanonicalNumber,
	readNumberInRange,
	type DecimalSeparator
} from '$lib/metrics/number-input';
import type { AnalysisClient } from '$lib/workers/analysis-client';

/** The typed costs, by field. */
export const COST_FIELDS = ['cogs', 'shipping', 'feeShare', 'feeFixed', 'cac'] as const;
export type CostField = (typeof COST_FIELDS)[number];

const PERCENT = { min: 0, max: 100 };
const MONEY = { min: 0, max: 1e9 };
const RANGES: Record<CostField, { min: number; max: number }> = {
	cogs: PERCENT,
	shipping: MONEY,
	feeShare: PERCENT,
	feeFixed: MONEY,
	cac: { min: 0.01, max: 1e9 }
};

const storageKey = (datasetId: number) => `retention-lab:profit:${datasetId}`;

/**
 * The profit page: the merchant's costs as typed (validated by the one rule for typed numbers,
 * kept per data set in this browser in canonical form, so a language switch or a reload never
 * changes them), the worker's cohort base, and the table the costs make of it (computed here:
 * typing a cost does not ask the worker again).
 */
export class ProfitState {
	texts = $state<Record<CostField, string>>({ cogs: '', shipping: '', feeShare: '', feeFixed: '', cac: '' });
	status = $state<'idle' | 'computing' | 'ready' | 'summaryOnly' | 'notFound' | 'failed'>('idle');
	failure = $state('');
	base = $state.raw<ProfitBase | null>(null);

	#decimal = $derived<DecimalSeparator>(decimalSeparatorOf(locale.intlTag));
	/** Each field's value (a share for percentages), or null when empty or invalid. */
	values = $derived.by(() => {
		const read = (field: CostField) => readNumberInRange(this.texts[field], this.#decimal, RANGES[field]);
		return Object.fromEntries(COST_FIELDS.map((f) => [f, read(f)])) as Record<CostField, number | null>;
	});
	/** A field with text that is not a valid value (an empty CAC is valid: no CAC). */
	invalid = $derived(
		Object.fromEntries(
			COST_FIELDS.map((f) => [f, this.texts[f].trim() !== '' && this.values[f] === null])
		) as Record<CostField, boolean>
	);
	costs = $derived.by((): ProfitCosts | null => {
		const v = this.values;
		if (v.cogs === null || v.shipping === null || v.feeShare === null || v.feeFixed === null) return null;
		if (this.invalid.cac) return null;
		return {
			cogsShare: v.cogs / 100,
			shippingPerOrder: v.shipping,
			feeShare: v.feeShare / 100,
			feePerOrder: v.feeFixed,
			cac: v.cac
		};
	});
	table = $derived.by((): ProfitTable | null =>
		this.base && this.costs ? profitTable(this.base, this.costs) : null
	);

	#latest = 0;
	#restoredFor: number | null = null;
	#typedIn: DecimalSeparator | null = null;
	readonly #client: () => AnalysisClient | null;

	constructor(client: () => AnalysisClient | null) {
		this.#client = client;
	}

	/** Asks the worker for the data set's cohort base; a newer request supersedes older ones. */
	async load(datasetId: number): Promise<void> {
		const client = this.#client();
		if (!client) return;
		const ticket = ++this.#latest;
		this.status = 'computing';
		const reply = await client.request({ type: 'profitBase', datasetId });
		if (ticket !== this.#latest) return;
		if (reply.type === 'profitBaseReady') {
			this.base = reply.base;
			this.status = 'ready';
		} else {
			this.base = null;
			this.status =
				reply.reason === 'summaryOnly' ? 'summaryOnly' : reply.reason === 'notFound' ? 'notFound' : 'failed';
			this.failure = reply.detail ?? reply.reason;
		}
	}

	/** Brings back the costs kept for this data set (once per data set); called from an effect. */
	restore(datasetId: number): void {
		if (this.#restoredFor === datasetId) return;
		this.#restoredFor = datasetId;
		let kept: Partial<Record<CostField, string>> = {};
		try {
			kept = JSON.parse(localStorage.getItem(storageKey(datasetId)) ?? '{}') ?? {};
		} catch {
			// Blocked storage or a damaged entry: start empty.
		}
		const tag = locale.intlTag;
		const texts = { cogs: '', shipping: '', feeShare: '', feeFixed: '', cac: '' };
		for (const field of COST_FIELDS) {
			const value = typeof kept[field] === 'string' ? parseCanonicalNumber(kept[field]) : null;
			if (value !== null) texts[field] = formatNumberInput(value, tag);
		}
		this.texts = texts;
		this.#typedIn = this.#decimal;
	}

	/** Keeps the valid costs of this data set, in canonical form; called from an effect. */
	remember(datasetId: number): void {
		if (this.#restoredFor !== datasetId) return;
		const kept: Partial<Record<CostField, string>> = {};
		for (const field of COST_FIELDS) {
			const value = this.values[field];
			if (value !== null) kept[field] = canonicalNumberText(value);
		}
		try {
			localStorage.setItem(storageKey(datasetId), JSON.stringify(kept));
		} catch {
			// Blocked storage: the costs last for this visit.
		}
	}

	/**
	 * When the language's decimal separator changes, rewrites each valid typed cost in the new
	 * language, so the number itself stays the same; called from an effect.
	 */
	followLanguage(): void {
		const decimal = this.#decimal;
		const before = this.#typedIn;
		this.#typedIn = decimal;
		if (before === null || before === decimal) return;
		const tag = locale.intlTag;
		const texts = { ...this.texts };
		for (const field of COST_FIELDS) {
			const value = readNumberInRange(texts[field], before, RANGES[field]);
			if (value !== null) texts[field] = formatNumberInput(value, tag);
		}
		this.texts = texts;
	}
}
