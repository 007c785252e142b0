import {
	DEFAULT_AUDIENCE_RULES,
	type ActionRow,
	type ActionSort,
	type ActionsOverview,
	type Audience,
	type AudienceRules,
	type ExportFormat,
	type UnsubscribeFormat
} from '$lib/analysis/audiences';
import { DEFAULT_CLV_SETTINGS, type ClvSettings } from '$lib/analysis/clv-engine';
import type { SendDayDoubt } from '$lib/analysis/repurchase';
import { locale } from '$lib/i18n/i18n.svelte';
import { canonicalNumberText, decimalSeparatorOf, readNumberInRange } from '$lib/metrics/number-input';
import { keepSettings, readKeptSettings, retypedIn, typedFromKept, TypedSeparator } from '$lib/prefs/kept-settings';
import { TIME_UNITS, type TimeUnit } from '$lib/models';
import type { AnalysisClient } from '$lib/workers/analysis-client';
import { failedStatus, type SubpageStatus } from '../subpage-status';

export const PAGE_SIZE = 25;

/** Each typed setting's field and its valid range. */
const RANGES = {
	horizon: { min: 1, max: 120, integer: true },
	top: { min: 0.01, max: 99.99 },
	slipping: { min: 0.01, max: 99.99 },
	champion: { min: 0.01, max: 99.99 },
	days: { min: 1, max: 3650, integer: true }
} as const;
type SettingField = keyof typeof RANGES;
const TEXT_OF = {
	horizon: 'horizonText',
	top: 'topText',
	slipping: 'slippingText',
	champion: 'championText',
	days: 'daysText'
} as const satisfies Record<SettingField, string>;
const SETTING_FIELDS = Object.keys(RANGES) as SettingField[];

const storageKey = (datasetId: number) => `retention-lab:customer-actions:${datasetId}`;
/** The settings kept for a data set (canonical number texts, see `canonicalNumberText`). */
type KeptSettings = Partial<Record<SettingField | 'unit', string>>;

/**
 * The per-customer actions page: model settings and audience rules as typed (validated before
 * use), the table's query, and the worker's latest answer. A newer request supersedes older ones.
 */
export class CustomersState {
	unit = $state<TimeUnit>(DEFAULT_CLV_SETTINGS.unit);
	horizonText = $state(String(DEFAULT_CLV_SETTINGS.horizonMonths));
	topText = $state(String(DEFAULT_AUDIENCE_RULES.topShare * 100));
	slippingText = $state(String(DEFAULT_AUDIENCE_RULES.slippingBelow * 100));
	championText = $state(String(DEFAULT_AUDIENCE_RULES.championAtLeast * 100));
	daysText = $state('');
	/**
	 * N's field was focused, as it is to type in it (the page sets this): the suggested day, heard later, is then
	 * not put in its place. Without it a suggestion heard between the field's selection and the
	 * typing filled the field, and the typed digits went in beside it ("4030": no valid N, no file).
	 */
	daysEdited = false;
	/** The suggested post-purchase day of the data set (the default N), once known; null if none. */
	suggestedDay = $state<number | null | undefined>(undefined);
	/**
	 * Why the suggested day is uncertain (few returning customers, a short span), said beside the
	 * default N so it is never taken as a settled figure; empty when it is settled.
	 */
	suggestedDoubts = $state.raw<SendDayDoubt[]>([]);

	audience = $state<Audience | 'all'>('all');
	sort = $state<ActionSort>('clv');
	descending = $state(true);
	offset = $state(0);

	status = $state<SubpageStatus>('idle');
	failure = $state('');
	/** A request is under way (the table shown is the previous answer). */
	busy = $state(false);
	overview = $state.raw<ActionsOverview | null>(null);
	rows = $state.raw<ActionRow[]>([]);
	total = $state(0);

	#decimal = $derived(decimalSeparatorOf(locale.intlTag));
	horizon = $derived(readNumberInRange(this.horizonText, this.#decimal, RANGES.horizon));
	top = $derived(readNumberInRange(this.topText, this.#decimal, RANGES.top));
	slipping = $derived(readNumberInRange(this.slippingText, this.#decimal, RANGES.slipping));
	champion = $derived(readNumberInRange(this.championText, this.#decimal, RANGES.champion));
	days = $derived(readNumberInRange(this.daysText, this.#decimal, RANGES.days));

	/** The model settings: as typed here, or those of the fit the owner shows (see the constructor). */
	clv = $derived.by((): ClvSettings | null =>
		this.#settings
			? this.#settings()
			: this.horizon === null
				? null
				: { ...DEFAULT_CLV_SETTINGS, unit: this.unit, horizonMonths: this.horizon }
	);
	rules = $derived.by((): AudienceRules | null =>
		this.top === null || this.slipping === null || this.champion === null || this.days === null
			? null
			: {
					...DEFAULT_AUDIENCE_RULES,
					topShare: this.top / 100,
					slippingBelow: this.slipping / 100,
					championAtLeast: this.champion / 100,
					oneTimeDays: this.days
				}
	);

	#latest = 0;
	#datasetId: number | null = null;
	#shown = false;
	#restoredFor: number | null = null;
	readonly #typedIn = new TypedSeparator();
	readonly #client: () => AnalysisClient | null;
	readonly #settings: (() => ClvSettings | null) | null;

	/**
	 * `settings`: the model settings of a fit shown elsewhere on the page (the Analysis page's CLV
	 * section), used instead of the unit and horizon typed here; the worker then reuses that fit.
	 */
	constructor(client: () => AnalysisClient | null, settings: (() => ClvSettings | null) | null = null) {
		this.#client = client;
		this.#settings = settings;
	}

	/**
	 * Brings back the settings typed for this data set on an earlier visit (once per data set; a
	 * typed number never changes by itself, SPEC §8), each written in the page's language; called
	 * from an effect. N from the address (`daysFromAddress`, a shared link's) comes before N kept.
	 */
	restore(datasetId: number, daysFromAddress: number | null): void {
		if (this.#restoredFor === datasetId) return;
		this.#restoredFor = datasetId;
		const kept = readKeptSettings<KeptSettings>(storageKey(datasetId));
		const tag = locale.intlTag;
		if (TIME_UNITS.includes(kept.unit as TimeUnit)) this.unit = kept.unit as TimeUnit;
		for (const field of SETTING_FIELDS) {
			if (field === 'days' && daysFromAddress !== null) continue;
			const text = typedFromKept(kept[field], tag);
			if (text === null) continue;
			this[TEXT_OF[field]] = text;
			// (N kept was typed: the suggested day, heard later, does not replace it.)
			if (field === 'days') this.daysEdited = true;
		}
		this.#typedIn.set(this.#decimal);
	}

	/**
	 * Keeps the valid settings of this data set, in canonical form (N only where the user typed it, not
	 * the suggested day, which follows the data); called from an effect.
	 */
	remember(datasetId: number): void {
		if (this.#restoredFor !== datasetId) return;
		const kept: KeptSettings = { unit: this.unit };
		for (const field of SETTING_FIELDS) {
			const value = this[field];
			if (value !== null && (field !== 'days' || this.daysEdited)) kept[field] = canonicalNumberText(value);
		}
		keepSettings(storageKey(datasetId), kept);
	}

	/**
	 * When the language's decimal separator changes, rewrites each valid typed setting in the new
	 * language, so the number itself stays the same ("12.5" is "12,5" in Latvian); called from an effect.
	 */
	followLanguage(): void {
		const before = this.#typedIn.changedFrom(this.#decimal);
		if (before === null) return;
		const tag = locale.intlTag;
		for (const field of SETTING_FIELDS) {
			const text = retypedIn(this[TEXT_OF[field]], before, RANGES[field], tag);
			if (text !== null) this[TEXT_OF[field]] = text;
		}
	}

	/** The default N: the address's `days`, else the data set's suggested post-purchase day, else 30. */
	async suggestDays(datasetId: number, fromAddress: number | null): Promise<void> {
		const client = this.#client();
		if (!client) return;
		const reply = await client.request({ type: 'repurchase', datasetId });
		this.suggestedDay = reply.type === 'repurchased' ? reply.summary.sendDay.postPurchase : null;
		this.suggestedDoubts = reply.type === 'repurchased' ? reply.summary.sendDayDoubts : [];
		if (this.daysText === '' && !this.daysEdited)
			this.daysText = String(fromAddress ?? this.suggestedDay ?? DEFAULT_AUDIENCE_RULES.oneTimeDays);
	}

	async load(datasetId: number): Promise<void> {
		const client = this.#client();
		const clv = this.clv;
		const rules = this.rules;
		if (!client || !clv || !rules) return;
		const ticket = ++this.#latest;
		// Another data set: its figures are not shown until they arrive. (Plain fields, not the
		// answer's state: reading that here would make an effect calling load ask again on every answer.)
		if (datasetId !== this.#datasetId) {
			this.#datasetId = datasetId;
			this.#shown = false;
			this.overview = null;
		}
		if (!this.#shown) this.status = 'computing';
		const query = {
			audience: this.audience,
			sort: this.sort,
			descending: this.descending,
			offset: this.offset,
			limit: PAGE_SIZE
		};
		this.busy = true;
		const reply = await client.request({ type: 'customerActions', datasetId, clv, rules, query });
		if (ticket !== this.#latest) return;
		this.busy = false;
		if (reply.type === 'customerActionsReady') {
			this.overview = reply.overview;
			this.#shown = true;
			this.rows = reply.rows;
			this.total = reply.total;
			this.status = 'ready';
			// Without a predicted CLV (the spend model failed) the table is sorted by value so far instead.
			if (reply.overview.clvWithheld && this.sort === 'clv') {
				this.sort = 'value';
				this.offset = 0;
			}
		} else {
			this.overview = null;
			this.#shown = false;
			({ status: this.status, failure: this.failure } = failedStatus(reply));
		}
	}

	/**
	 * An audience's CSV parts, or why they could not be made (`failed`: the worker's reason, or its
	 * failure's code; `settings` where a setting is not a valid number; empty when no worker runs).
	 */
	async exportAudience(
		datasetId: number,
		audience: Audience,
		format: ExportFormat
	): Promise<{ parts: string[]; count: number; leftOut: number; declined: number } | { failed: string }> {
		const client = this.#client();
		const clv = this.clv;
		const rules = this.rules;
		if (!client) return { failed: '' };
		if (!clv || !rules) return { failed: 'settings' };
		const reply = await client.request({ type: 'audienceCsv', datasetId, clv, rules, audience, format });
		if (reply.type === 'audienceFile') return reply;
		return { failed: failureOf(reply) };
	}

	/**
	 * The unsubscribe file's parts (the addresses of the customers who declined marketing e-mail), or
	 * why it could not be made (`failed`: the worker's reason, empty when the worker is not running).
	 */
	async exportUnsubscribe(
		datasetId: number,
		format: UnsubscribeFormat
	): Promise<{ parts: string[]; count: number; leftOut: number; others: number } | { failed: string }> {
		const client = this.#client();
		if (!client) return { failed: '' };
		const reply = await client.request({ type: 'unsubscribeCsv', datasetId, format });
		if (reply.type === 'unsubscribeFile') return reply;
		return { failed: failureOf(reply) };
	}
}

/** Why a file request failed, in a word a user can pass on: the worker's reason, else its failure's code. */
function failureOf(reply: { type: string; reason?: string; detail?: string }): string {
	return reply.type === 'failed' ? reply.detail || reply.reason || '' : `unexpected reply ${reply.type}`;
}
