import { profitTable, type ProfitBase, type ProfitCosts, type ProfitTable } from '$lib/analysis/profit';
import { DEFAULT_ANALYSIS_SETTINGS } from '$lib/analysis/settings';
import { db } from '$lib/db/database';
import { locale } from '$lib/i18n/i18n.svelte';
import { canonicalNumberText, decimalSeparatorOf, readNumberInRange } from '$lib/metrics/number-input';
import { keepSettings, readKeptSettings, retypedIn, typedFromKept, TypedSeparator } from '$lib/prefs/kept-settings';
import type { AnalysisClient } from '$lib/workers/analysis-client';
import { failedStatus, type SubpageStatus } from '../subpage-status';

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
/** The costs kept for a data set (canonical number texts), and each channel's CAC by its name. */
type KeptCosts = Partial<Record<CostField, string>> & { channels?: Record<string, string> };
/** At most this many channels get a CAC field of their own (the largest); the others take the CAC. */
export const CHANNEL_FIELDS = 12;

export interface ChannelField {
	/** Index in `ProfitBase.channels.names`. */
	index: number;
	/** The stored name ('' for orders without a channel). */
	name: string;
	customers: number;
}

/** The activity window the Analysis page last used for the data set (its default when none is recorded). */
export async function analysedWindow(datasetId: number): Promise<number> {
	try {
		const months = (await db().datasetMetrics.get(datasetId))?.settings?.windowMonths;
		return typeof months === 'number' && Number.isInteger(months) && months >= 1
			? months
			: DEFAULT_ANALYSIS_SETTINGS.windowMonths;
	} catch {
		return DEFAULT_ANALYSIS_SETTINGS.windowMonths;
	}
}

/**
 * The profit page: the merchant's costs as typed (validated by the one rule for typed numbers,
 * kept per data set in this browser in canonical form, so a language switch or a reload never
 * changes them), the worker's cohort base, and the table the costs make of it (computed here:
 * typing a cost does not ask the worker again).
 */
export class ProfitState {
	texts = $state<Record<CostField, string>>({ cogs: '', shipping: '', feeShare: '', feeFixed: '', cac: '' });
	status = $state<SubpageStatus>('idle');
	failure = $state('');
	base = $state.raw<ProfitBase | null>(null);
	/** CAC per channel as typed, by channel name. */
	channelTexts = $state<Record<string, string>>({});
	/**
	 * The activity window that marks the cohorts which may include customers who bought before the
	 * data begins: the one the Analysis page last analysed this data set with, else its default.
	 */
	windowMonths = $state(DEFAULT_ANALYSIS_SETTINGS.windowMonths);

	#decimal = $derived(decimalSeparatorOf(locale.intlTag));
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
	/** The channels with a CAC field, largest first, and how many smaller ones take the CAC. */
	channels = $derived.by((): { fields: ChannelField[]; more: number } => {
		const channels = this.base?.channels;
		if (!channels) return { fields: [], more: 0 };
		const all = channels.names
			.map((name, index) => ({
				index,
				name,
				customers: channels.customers.reduce((s, row) => s + row[index], 0)
			}))
			.filter((c) => c.customers > 0)
			.sort((a, b) => b.customers - a.customers || a.name.localeCompare(b.name));
		return { fields: all.slice(0, CHANNEL_FIELDS), more: Math.max(0, all.length - CHANNEL_FIELDS) };
	});
	/** Each channel field's value, or null when empty or invalid; and whether its text is invalid. */
	channelValues = $derived.by(() =>
		this.channels.fields.map((c) => {
			const text = this.channelTexts[c.name] ?? '';
			const value = readNumberInRange(text, this.#decimal, RANGES.cac);
			return { ...c, text, value, invalid: text.trim() !== '' && value === null };
		})
	);
	/** The file gives every order a cost of goods: the percentage is not needed (an empty field is fine). */
	cogsNotNeeded = $derived(this.base?.costs != null && this.base.costs.withoutCost === 0);
	costs = $derived.by((): ProfitCosts | null => {
		const v = this.values;
		const cogs = v.cogs ?? (this.cogsNotNeeded && !this.invalid.cogs ? 0 : null);
		if (cogs === null || v.shipping === null || v.feeShare === null || v.feeFixed === null) return null;
		if (this.invalid.cac || this.channelValues.some((c) => c.invalid)) return null;
		const names = this.base?.channels?.names ?? [];
		const cacByChannel = names.map(() => null as number | null);
		for (const c of this.channelValues) cacByChannel[c.index] = c.value;
		return {
			cogsShare: cogs / 100,
			shippingPerOrder: v.shipping,
			feeShare: v.feeShare / 100,
			feePerOrder: v.feeFixed,
			cac: v.cac,
			cacByChannel
		};
	});
	table = $derived.by((): ProfitTable | null =>
		this.base && this.costs ? profitTable(this.base, this.costs, this.windowMonths) : null
	);

	#latest = 0;
	#restoredFor: number | null = null;
	readonly #typedIn = new TypedSeparator();
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
		const [reply, windowMonths] = await Promise.all([
			client.request({ type: 'profitBase', datasetId }),
			analysedWindow(datasetId)
		]);
		if (ticket !== this.#latest) return;
		if (reply.type === 'profitBaseReady') {
			this.windowMonths = windowMonths;
			this.base = reply.base;
			this.status = 'ready';
		} else {
			this.base = null;
			({ status: this.status, failure: this.failure } = failedStatus(reply));
		}
	}

	/** Brings back the costs kept for this data set (once per data set); called from an effect. */
	restore(datasetId: number): void {
		if (this.#restoredFor === datasetId) return;
		this.#restoredFor = datasetId;
		const kept = readKeptSettings<KeptCosts>(storageKey(datasetId));
		const tag = locale.intlTag;
		const texts = { cogs: '', shipping: '', feeShare: '', feeFixed: '', cac: '' };
		for (const field of COST_FIELDS) {
			const text = typedFromKept(kept[field], tag);
			if (text !== null) texts[field] = text;
		}
		const channelTexts: Record<string, string> = {};
		const keptChannels = typeof kept.channels === 'object' && kept.channels !== null ? kept.channels : {};
		for (const [name, keptText] of Object.entries(keptChannels)) {
			const text = typedFromKept(keptText, tag);
			if (text !== null) channelTexts[name] = text;
		}
		this.texts = texts;
		this.channelTexts = channelTexts;
		this.#typedIn.set(this.#decimal);
	}

	/** Keeps the valid costs of this data set, in canonical form; called from an effect. */
	remember(datasetId: number): void {
		if (this.#restoredFor !== datasetId) return;
		const kept: KeptCosts = {};
		for (const field of COST_FIELDS) {
			const value = this.values[field];
			if (value !== null) kept[field] = canonicalNumberText(value);
		}
		// Channel CACs as typed, valid ones only (kept also while the channel list is not yet known).
		const channels: Record<string, string> = {};
		for (const [name, text] of Object.entries(this.channelTexts)) {
			const value = readNumberInRange(text, this.#decimal, RANGES.cac);
			if (value !== null) channels[name] = canonicalNumberText(value);
		}
		if (Object.keys(channels).length) kept.channels = channels;
		keepSettings(storageKey(datasetId), kept);
	}

	/**
	 * When the language's decimal separator changes, rewrites each valid typed cost in the new
	 * language, so the number itself stays the same; called from an effect.
	 */
	followLanguage(): void {
		const before = this.#typedIn.changedFrom(this.#decimal);
		if (before === null) return;
		const tag = locale.intlTag;
		const texts = { ...this.texts };
		for (const field of COST_FIELDS) {
			const text = retypedIn(texts[field], before, RANGES[field], tag);
			if (text !== null) texts[field] = text;
		}
		const channelTexts = { ...this.channelTexts };
		for (const [name, typed] of Object.entries(channelTexts)) {
			const text = retypedIn(typed, before, RANGES.cac, tag);
			if (text !== null) channelTexts[name] = text;
		}
		this.texts = texts;
		this.channelTexts = channelTexts;
	}
}
