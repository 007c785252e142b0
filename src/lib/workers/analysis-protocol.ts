import type { Analysis, AnalysisSettings, SegmentId } from '$lib/analysis/analyse';
import type { StoredClv } from '$lib/analysis/clv-cache';
import type { PendingFingerprints } from './fingerprint-fill';
import type {
	BootstrapOverview,
	ClvOverview,
	ClvSettings,
	ClvTableQuery,
	ClvTableRow,
	HoldoutOverview
} from '$lib/analysis/clv-engine';
import type {
	ActionRow,
	ActionsOverview,
	ActionsQuery,
	Audience,
	AudienceRules,
	ExportFormat,
	UnsubscribeFormat
} from '$lib/analysis/audiences';
import type { RepurchaseSummary } from '$lib/analysis/repurchase';
import type { ProfitBase } from '$lib/analysis/profit';
import type { AffinityBy, AffinitySummary, RuleOptions } from '$lib/analysis/affinity';
import type { Dimension } from '$lib/orders/columns';
import type { FirstOrderSummary } from './analysis-first-order';

export type ToAnalysisWorker =
	| { type: 'analyse'; requestId: number; datasetId: number; settings: AnalysisSettings; currency: string }
	| { type: 'exportSegment'; requestId: number; datasetId: number; settings: AnalysisSettings; segment: SegmentId }
	/**
	 * `cachedOnly`: answer from the cached fit, or fail (`noFit`) without fitting. `page`: the
	 * customer table's page to answer with the fit (its ids read beside the fit). `stored`: the fit
	 * of these settings an import in this tab just handed over, used as the cached one (not read back;
	 * kept until `cacheHandedClv` writes it).
	 */
	/**
	 * Caches the fit an import handed over with the last `fitClv` of this data set (asked once the
	 * page has it on screen, so that the write does not hold up its showing), then writes the data
	 * set's fingerprints the import had still to read (`fingerprints`; null: none); answered then.
	 */
	| { type: 'cacheHandedClv'; requestId: number; datasetId: number; fingerprints: PendingFingerprints | null }
	| {
			type: 'fitClv';
			requestId: number;
			datasetId: number;
			clv: ClvSettings;
			cachedOnly?: boolean;
			page?: ClvTableQuery;
			stored?: StoredClv;
	  }
	| { type: 'clvTable'; requestId: number; datasetId: number; query: ClvTableQuery }
	/**
	 * Reads the data set's customer ids ahead of a `fitClv` whose fit is being computed elsewhere
	 * (the import's), for the table's first page (kept as `fitClv` keeps them); answered once read.
	 */
	| { type: 'readCustomers'; requestId: number; datasetId: number }
	| { type: 'clvCsv'; requestId: number; datasetId: number }
	| { type: 'holdout'; requestId: number; datasetId: number; unit: ClvSettings['unit']; splitDay: number }
	| { type: 'bootstrap'; requestId: number; datasetId: number; replicates: number }
	| { type: 'cancel'; requestId: number; datasetId: number; target: number }
	| { type: 'repurchase'; requestId: number; datasetId: number }
	| { type: 'profitBase'; requestId: number; datasetId: number }
	/** `by`: pairs of product names (the default) or of SKUs. */
	| { type: 'affinity'; requestId: number; datasetId: number; options: RuleOptions; by?: AffinityBy }
	| { type: 'firstOrder'; requestId: number; datasetId: number; dimension: Dimension }
	| {
			type: 'customerActions';
			requestId: number;
			datasetId: number;
			clv: ClvSettings;
			rules: AudienceRules;
			query: ActionsQuery;
	  }
	| {
			type: 'audienceCsv';
			requestId: number;
			datasetId: number;
			clv: ClvSettings;
			rules: AudienceRules;
			audience: Audience;
			format: ExportFormat;
	  }
	/** The addresses of the customers who declined marketing e-mail, for a tool's unsubscribe import. */
	| { type: 'unsubscribeCsv'; requestId: number; datasetId: number; format: UnsubscribeFormat };

export interface AnalysisTimings {
	loadMs: number;
	computeMs: number;
}

/**
 * `noItems`: no line items stored; `noItemSkus`: SKUs asked for, but the data set stores none per
 * line item (no SKU column, or imported before they were kept: see `DatasetRecord.hasItemSkus`).
 */
export type FailureReason = 'notFound' | 'summaryOnly' | 'failed' | 'noFit' | 'noItems' | 'noItemSkus';

export type FromAnalysisWorker =
	| { type: 'analysed'; requestId: number; datasetId: number; analysis: Analysis; timings: AnalysisTimings }
	| { type: 'segmentCsv'; requestId: number; parts: string[]; count: number }
	/** `cached`: read from the cache, not fitted (`loadMs` is then the read); `page`: as asked, when fitted. */
	| {
			type: 'clvFitted';
			requestId: number;
			overview: ClvOverview;
			loadMs: number;
			cached?: boolean;
			page?: { rows: ClvTableRow[]; total: number };
	  }
	| { type: 'clvRows'; requestId: number; rows: ClvTableRow[]; total: number }
	/** `read`: false when the ids were not read ahead (too many customers to keep them). */
	| { type: 'customersRead'; requestId: number; read: boolean }
	/** `written`: false when there was no handed fit of that data set, or the write failed. */
	| { type: 'clvCached'; requestId: number; written: boolean }
	| { type: 'holdoutChecked'; requestId: number; overview: HoldoutOverview }
	| { type: 'progress'; requestId: number; done: number; of: number }
	| { type: 'bootstrapped'; requestId: number; overview: BootstrapOverview }
	| { type: 'repurchased'; requestId: number; summary: RepurchaseSummary }
	| { type: 'profitBaseReady'; requestId: number; base: ProfitBase }
	| { type: 'affinityReady'; requestId: number; summary: AffinitySummary }
	| { type: 'firstOrderReady'; requestId: number; summary: FirstOrderSummary }
	| { type: 'customerActionsReady'; requestId: number; overview: ActionsOverview; rows: ActionRow[]; total: number }
	| { type: 'audienceFile'; requestId: number; parts: string[]; count: number; leftOut: number; declined: number }
	| {
			type: 'unsubscribeFile';
			requestId: number;
			parts: string[];
			count: number;
			leftOut: number;
			/** Of `count`, the people who are no customer of the data set (see `unsubscribeCsv`). */
			others: number;
	  }
	| { type: 'failed'; requestId: number; reason: FailureReason; detail?: string };

/** The reply each request is answered with (or `failed`); `cancel` is answered on the request it cancels. */
export interface AnalysisReplies {
	analyse: 'analysed';
	exportSegment: 'segmentCsv';
	fitClv: 'clvFitted';
	cacheHandedClv: 'clvCached';
	clvTable: 'clvRows';
	readCustomers: 'customersRead';
	clvCsv: 'segmentCsv';
	holdout: 'holdoutChecked';
	bootstrap: 'bootstrapped';
	repurchase: 'repurchased';
	profitBase: 'profitBaseReady';
	affinity: 'affinityReady';
	firstOrder: 'firstOrderReady';
	customerActions: 'customerActionsReady';
	audienceCsv: 'audienceFile';
	unsubscribeCsv: 'unsubscribeFile';
}

export type AnalysisRequestType = keyof AnalysisReplies;
export type FailedReply = Extract<FromAnalysisWorker, { type: 'failed' }>;
/** What a request of this type resolves to: its own reply, or a failure. */
export type ReplyTo<T extends AnalysisRequestType> =
	Extract<FromAnalysisWorker, { type: AnalysisReplies[T] }> | FailedReply;
