import type { ImportErrorData } from '$lib/orders/errors';
import { createImportWorker, type ImportWorkerHandle } from '$lib/workers/import-client';
import { warmIntl } from '$lib/workers/analysis-intl';
import {
	dropHandedOffClv,
	handOffAnalysis,
	handOffClv,
	noteClvPrecompute,
	recordClvFailure
} from '$lib/workers/import-handoff';
import { recordWorkerTimings } from '$lib/workers/measures';
import { missingRoles, type Role } from '$lib/orders/layouts';
import type { FileInspection } from '$lib/orders/inspect';
import { NO_DATE_PLAN, type FilePlan } from '$lib/orders/plan';
import type { FromImportWorker, ImportProgressMessage, InspectOverrides } from '$lib/workers/import-protocol';
import type { ImportReport, RowRef } from '$lib/orders/report';
import { chooseAmountMode } from '$lib/orders/amount-mode';
import { datasetNameProblem, deleteCancelledImport } from '$lib/db/datasets';
import { sameNameSizeAndDate } from '$lib/db/stored-files';
import { msg } from '$lib/i18n/i18n.svelte';
import { holdRegistration } from '$lib/offline/registration';

/**
 * Where an import stands, with what exists only at that point: a report once stored, an error
 * once failed, progress while importing. The files, their inspections and the user's plans live
 * beside it from the review on (they are edited in the review and read while importing).
 */
export type ImportStage =
	| { phase: 'idle' }
	| { phase: 'inspecting' }
	| { phase: 'review' }
	| { phase: 'importing'; progress: ImportProgressMessage | null }
	| { phase: 'done'; report: ImportReport; datasetId: number; elapsedMs: number }
	| { phase: 'error'; error: ImportErrorData; /** The file it concerns, for naming it. */ fileName: string }
	| { phase: 'cancelled' };

export type ImportPhase = ImportStage['phase'];

export const MAX_FILES = 50;

/** The reader's likely day/month order when the data cannot tell: month-first only for US English. */
function dateFallback(): 'dmy' | 'mdy' {
	return typeof navigator !== 'undefined' && /^en-US$/i.test(navigator.language) ? 'mdy' : 'dmy';
}

function defaultName(files: File[]): string {
	const first = files[0]?.name.replace(/\.[^.]+$/, '') || msg.data.import.defaultName;
	return (files.length > 1 ? `${first} + ${files.length - 1}` : first).slice(0, 80);
}

/** The worker of a stored import finishing its work (see `ImportSession.#finishing`). */
interface Finishing {
	worker: ImportWorkerHandle;
	datasetId: number;
	settle: () => void;
}

/**
 * One import, from choosing files to a stored data set: what the worker found, the plan the
 * user can adjust, progress, and the outcome. The worker does all reading and storing.
 */
export class ImportSession {
	stage = $state.raw<ImportStage>({ phase: 'idle' });
	phase = $derived(this.stage.phase);
	files = $state.raw<File[]>([]);
	/** What the worker found in each file (set with the plans when the review opens). */
	inspections = $state.raw<FileInspection[]>([]);
	plans = $state<FilePlan[]>([]);
	/** Per file, the two rows that made its rows summed per order (see `chooseAmountMode`), or null. */
	itemAmountRows = $state.raw<([RowRef, RowRef] | null)[]>([]);
	overrides = $state.raw<(InspectOverrides | null)[]>([]);
	/**
	 * Per file, the fingerprint of its rows (see `DatasetRecord.sourceFiles`), once the worker has read
	 * it during the review: undefined until then, null when it could not.
	 */
	fingerprints = $state.raw<(string | null | undefined)[]>([]);
	name = $state('');
	/**
	 * Files chosen with others that cannot be imported, and why: left out of the review (the others
	 * are imported without them, which the review and the report say), as they were chosen.
	 */
	refused = $state.raw<{ name: string; error: ImportErrorData }[]>([]);

	missing = $derived(this.plans.map((p) => missingRoles(p.layout, p.mapping, p.amountMode)));
	/**
	 * Per file, the first sample value of its date column where none of that column's sample values
	 * reads as a date (every row would be refused: Import is off), or null.
	 */
	unreadableDates = $derived(
		this.plans.map((p, i) => {
			const column = p.mapping.date;
			return column === undefined ? null : (this.inspections[i]?.unreadableDates?.[column] ?? null);
		})
	);
	nameProblem = $derived(datasetNameProblem(this.name));
	canStart = $derived(
		this.phase === 'review' &&
			this.missing.every((m) => m.length === 0) &&
			this.unreadableDates.every((u) => u === null) &&
			this.nameProblem === null
	);

	#worker: ImportWorkerHandle | null = null;
	/**
	 * The worker has finished what it was sent and may be given more (after the review opened:
	 * it is then parsing the file ahead, which the import uses when the plan is unchanged).
	 */
	#workerIdle = false;
	/** The worker was started ahead (`prepare`) and nothing was asked of it yet. */
	#prepared = false;
	/** Lets the service worker be registered (see `holdRegistration`): held while this import works. */
	#releaseRegistration: (() => void) | null = null;
	/**
	 * The workers of imports already stored, finishing their work for later visits (the analysis
	 * cache, the figures for the other pages, the default CLV fit, cached): each is left to finish
	 * even when the user goes on (another import, start over, another page), and ends on its
	 * 'clvPrecomputed', a crash, or when a page takes the CLV fit it handed over ('clvFitted'). The
	 * promise handed to `noteClvPrecompute` settles then, or as soon as the fit is handed over.
	 */
	readonly #finishing = new Set<Finishing>();
	/** The import under way (sent to the worker, not yet stored or failed): what its data set would be. */
	#importing: { createdAt: number; name: string } | null = null;
	/** Called when a data set has been stored (e.g. to ask for persistent storage). */
	onStored: ((datasetId: number) => void) | null = null;

	/**
	 * `createWorker` starts the import worker, `deleteCancelled` deletes what a cancelled import
	 * stored all the same (stand-ins in tests).
	 */
	constructor(
		private readonly createWorker: (
			onMessage: (message: FromImportWorker) => void,
			onCrash: (error: ImportErrorData) => void
		) => ImportWorkerHandle = createImportWorker,
		private readonly deleteCancelled: (createdAt: number, name: string) => Promise<number> = deleteCancelledImport
	) {}

	choose(files: File[]): void {
		this.reset();
		if (files.length === 0) return;
		if (files.length > MAX_FILES) {
			this.#fail({ code: 'tooManyFiles', params: {}, file: null });
			return;
		}
		this.files = files;
		this.overrides = files.map(() => null);
		this.name = defaultName(files);
		this.#inspect();
	}

	/** Reads a file again with the user's encoding or delimiter instead of the guessed ones. */
	override(fileIndex: number, override: InspectOverrides): void {
		this.overrides = this.overrides.map((o, i) => (i === fileIndex ? { ...o, ...override } : o));
		this.#inspect();
	}

	/** Imports only the orders in `currency` (null: all), for every file: one data set, one currency. */
	chooseOnlyCurrency(currency: string | null): void {
		for (const plan of this.plans) {
			if (currency) plan.onlyCurrency = currency;
			else delete plan.onlyCurrency;
		}
	}

	setMapping(fileIndex: number, role: Role, column: number | null): void {
		const plan = this.plans[fileIndex];
		const mapping = { ...plan.mapping };
		if (column === null) delete mapping[role];
		else mapping[role] = column;
		plan.mapping = mapping;
		// Another date column: its dates are read in the order its own values show (or, when nothing
		// in them decides it, the reader's default, flagged for the user to check), not in the one
		// guessed for the column before, or for none.
		// No date column: nothing is said of how its dates read.
		if (role === 'date') {
			const dates = column === null ? null : (this.inspections[fileIndex]?.datePlans[column] ?? null);
			delete plan.dateOrderConflict;
			delete plan.numericDates;
			Object.assign(plan, dates ?? NO_DATE_PLAN);
		}
		// Another currency column: the currency chosen from the sampled one's values no longer holds
		// (nor is it offered: see FileReview).
		if (role === 'currency') this.chooseOnlyCurrency(null);
		const inspection = this.inspections[fileIndex];
		// Another amount column: its own values say how decimals are written, where they decide it (the
		// file's guess may have had no amount column to go by: a semicolon file then reads "1380.00" as
		// 138000 or not at all).
		if ((role === 'amount' || role === 'unitPrice') && column !== null) {
			const decimal = inspection?.decimalPlans[column];
			if (decimal) plan.decimal = decimal;
		}
		// Another amount or order id column: whether an order's rows are summed is decided again, from
		// the new column's header and the file's first rows (as when the file was inspected).
		if ((role === 'amount' || role === 'orderId') && inspection) {
			const header = mapping.amount === undefined ? '' : (inspection.columns[mapping.amount] ?? '');
			const choice = chooseAmountMode(
				plan.layout,
				plan.amountMode,
				mapping,
				inspection.amountSample,
				plan.decimal,
				header
			);
			plan.amountMode = choice.amountMode;
			const rows = [...this.itemAmountRows];
			rows[fileIndex] = choice.itemAmountRows;
			this.itemAmountRows = rows;
		}
	}

	/**
	 * The review is drawn: the worker may parse the file ahead now (it holds that back while the
	 * page draws, see REVIEW_WAIT_MS in the worker). Said only to the worker that inspected it.
	 */
	reviewDrawn(): void {
		if (this.stage.phase === 'review' && this.#worker && this.#workerIdle)
			this.#worker.send({ type: 'reviewDrawn' });
	}

	/** Starts the import; `currency` (the user's setting) is used for figures of a file that names none. */
	start(currency: string): void {
		if (!this.canStart) return;
		this.stage = { phase: 'importing', progress: null };
		const plans = $state.snapshot(this.plans) as FilePlan[];
		const createdAt = Date.now();
		this.#importing = { createdAt, name: this.name.trim() };
		this.#run({ type: 'import', files: this.files, plans, name: this.name.trim(), currency, createdAt });
	}

	/**
	 * Stops the import. Its data set may have been stored in the moment before (the worker's writes
	 * committed, its message not yet heard): it is deleted, and only then does the page say that
	 * nothing was saved (a reload in between would otherwise stop the deletion).
	 */
	async cancel(): Promise<void> {
		const importing = this.#importing;
		this.#importing = null;
		this.#stopWorker();
		// Nothing of this import works any more (the deletion below may wait for another tab).
		this.#letRegistrationGo();
		const stage = this.stage;
		if (importing) await this.deleteCancelled(importing.createdAt, importing.name).catch(() => 0);
		// Unless the user went on meanwhile (chose other files): that is what the page shows then.
		if (this.stage === stage) this.stage = { phase: 'cancelled' };
	}

	reset(): void {
		this.#letRegistrationGo();
		this.#importing = null;
		// (A worker started ahead and not yet used is kept for the next files.)
		if (!this.#prepared) this.#stopWorker();
		this.stage = { phase: 'idle' };
		this.files = [];
		this.inspections = [];
		this.plans = [];
		this.itemAmountRows = [];
		this.refused = [];
		this.fingerprints = [];
	}

	#inspect(): void {
		// The service worker's install (it caches and compiles every script) waits for this import.
		this.#releaseRegistration ??= holdRegistration();
		this.stage = { phase: 'inspecting' };
		this.#run({ type: 'inspect', files: this.files, overrides: this.overrides, dateFallback: dateFallback() });
	}

	/**
	 * Sends work to the import worker. The worker that inspected the files stays through the
	 * review (parsing a single file ahead, which it uses when the user confirms an unchanged plan)
	 * and then imports them (starting a fresh one would cost a tenth of a second); one that is
	 * busy otherwise is stopped and replaced.
	 */
	#run(message: Parameters<ImportWorkerHandle['send']>[0]): void {
		if (!this.#workerIdle) this.#stopWorker();
		this.#startWorker();
		this.#workerIdle = false;
		this.#prepared = false;
		this.#worker!.send(message);
	}

	/**
	 * Starts the import worker ahead, idle until the user chooses files (the Data page calls it once
	 * it is idle): its code then loads and compiles before a file is chosen, not between the file
	 * chosen and its review (0.1 s of the 0.2 s to the file's inspection, in a trace of the bench).
	 * `warm`: that worker also loads the locale data of `tags`, then `then` is called (see
	 * import-warm.ts); where no worker is started here, a worker of its own does (`warmIntl`).
	 */
	prepare(warm?: { tags: readonly string[]; then: () => void }): () => void {
		const warmApart = () => (warm ? warmIntl(warm.tags, warm.then) : () => {});
		if (this.#worker || this.stage.phase !== 'idle') return warmApart();
		this.#startWorker();
		this.#workerIdle = true;
		this.#prepared = true;
		const prepared = this.#worker!;
		const cancelWarm = !warm ? () => {} : prepared.warmIntl ? prepared.warmIntl(warm.tags, warm.then) : warmApart();
		// Given back to whoever leaves (the page): the worker is ended if nothing was asked of it.
		return () => {
			cancelWarm();
			if (this.#worker === prepared && this.#prepared) this.#stopWorker();
		};
	}

	/**
	 * The page is left. A worker that inspected or reviews files is ended, with the file it parsed
	 * ahead (else it kept that in memory until the tab closed); an import under way and the workers
	 * finishing stored imports go on, as they would with the page open.
	 */
	leave(): void {
		if (this.stage.phase !== 'inspecting' && this.stage.phase !== 'review') return;
		this.#stopWorker();
		this.#letRegistrationGo();
	}

	#startWorker(): void {
		if (!this.#worker) {
			// Replies of a worker since terminated (and replaced) are not heard.
			const worker: ImportWorkerHandle = this.createWorker(
				(reply) => {
					if (this.#worker === worker) return this.#receive(reply);
					const finishing = this.#finishingOf(worker);
					if (finishing && reply.type === 'clvFitted') {
						// The fit is there: a page waiting for it takes it now, and has its own worker cache it;
						// the import's worker, whose only work left was that, is then ended.
						recordWorkerTimings({ 'import:clv:fit': reply.fitMs });
						handOffClv({
							datasetId: reply.datasetId,
							createdAt: reply.createdAt,
							clv: reply.clv,
							fingerprints: reply.fingerprints,
							taken: () => {
								if (this.#finishing.has(finishing)) this.#endFinishing(finishing);
							}
						});
						finishing.settle();
					} else if (finishing && reply.type === 'clvPrecomputed') {
						if (reply.fitMs !== null) recordWorkerTimings({ 'import:clv': reply.fitMs });
						// Not cached (the page fits the models itself): said, with why, for the benchmark and a developer.
						else recordClvFailure(reply.failure ?? 'unknown');
						// Cached by the import: a page reads it from there (the copy in this tab's memory goes).
						dropHandedOffClv(reply.datasetId);
						this.#endFinishing(finishing);
					}
				},
				(error) => {
					// A worker started ahead that failed before any file was chosen is let go quietly: the
					// next one, started for the files, says what is wrong.
					if (this.#worker === worker && this.#prepared) this.#stopWorker();
					else if (this.#worker === worker) this.#crashed(error);
					else {
						const finishing = this.#finishingOf(worker);
						if (finishing) recordClvFailure(`the import worker crashed: ${error.code}`);
						if (finishing) this.#endFinishing(finishing);
					}
				}
			);
			this.#worker = worker;
		}
	}

	#receive(message: FromImportWorker): void {
		switch (message.type) {
			case 'inspected': {
				this.#workerIdle = true;
				const inspections: FileInspection[] = [];
				const kept: number[] = [];
				const refused: { name: string; error: ImportErrorData }[] = [];
				for (const [index, outcome] of message.outcomes.entries()) {
					if (outcome.ok) {
						inspections.push(outcome.inspection);
						kept.push(index);
					} else
						refused.push({ name: this.files[index]?.name ?? '', error: { ...outcome.error, file: index } });
				}
				// No file can be read: that is the error. Else the files that cannot are left out (nothing
				// half-read is offered), and the review says which and why.
				if (kept.length === 0) return this.#fail(refused[0].error);
				if (refused.length > 0) {
					const files = kept.map((index) => this.files[index]);
					if (this.name === defaultName(this.files)) this.name = defaultName(files);
					this.files = files;
					this.overrides = kept.map((index) => this.overrides[index] ?? null);
					this.refused = [...this.refused, ...refused];
				}
				this.inspections = inspections;
				this.plans = inspections.map((inspection) => inspection.plan);
				this.itemAmountRows = inspections.map((inspection) => inspection.itemAmountRows);
				this.fingerprints = inspections.map(() => undefined);
				this.stage = { phase: 'review' };
				return;
			}
			case 'fingerprint': {
				const file = this.files[message.file];
				// (Of the file still chosen at that place: not one chosen before it.)
				if (file && sameNameSizeAndDate(file, message) && message.file < this.fingerprints.length)
					this.fingerprints = this.fingerprints.map((rows, i) => (i === message.file ? message.rows : rows));
				return;
			}
			case 'progress':
				if (this.stage.phase === 'importing') this.stage = { phase: 'importing', progress: message.progress };
				return;
			case 'stored':
				this.#importing = null;
				if (message.analysis) {
					handOffAnalysis({
						datasetId: message.datasetId,
						createdAt: message.createdAt,
						settingsKey: message.analysis.settingsKey,
						analysis: message.analysis.analysis
					});
				}
				if (message.clvPending && this.#worker) {
					// The worker goes on (caches, the default CLV fit): kept alive until it says it is done,
					// beside the workers of earlier imports still finishing theirs.
					const worker = this.#worker;
					this.#worker = null;
					this.#workerIdle = false;
					// (The registration waits for this worker's CLV fit too.)
					const registrationHeld = holdRegistration();
					noteClvPrecompute(
						message.datasetId,
						new Promise<void>((settle) =>
							this.#finishing.add({
								worker,
								datasetId: message.datasetId,
								settle: () => (registrationHeld(), settle())
							})
						),
						() => worker.send({ type: 'fitClvNow' })
					);
				} else this.#stopWorker();
				recordWorkerTimings({
					'import:read': message.readMs,
					'import:store': message.storeMs,
					'import:store:issue': message.issueMs,
					'import:store:commit': message.commitMs,
					'import:analyse': message.analyseMs,
					'import:analyse:wait': message.analysisWaitMs,
					...(message.parse.ahead > 0 ? { 'import:parse:ahead': message.parse.ahead } : {}),
					...(message.parse.ranges > 1
						? {
								[message.parse.merged ? 'import:parse:ranges' : 'import:parse:ranges-refused']:
									message.parse.rangesMs,
								'import:parse:slowest-range': message.parse.slowestRangeMs,
								'import:parse:clone': message.parse.cloneMs,
								'import:parse:merge': message.parse.mergeMs
							}
						: {})
				});
				this.#letRegistrationGo();
				this.stage = {
					phase: 'done',
					report: message.report,
					datasetId: message.datasetId,
					elapsedMs: message.elapsedMs
				};
				this.onStored?.(message.datasetId);
				return;
			case 'failed':
				this.#importing = null;
				this.#stopWorker();
				this.#fail(message.error);
				return;
		}
	}

	/** Lets the service worker's registration go ahead, as far as this import's review is concerned. */
	#letRegistrationGo(): void {
		this.#releaseRegistration?.();
		this.#releaseRegistration = null;
	}

	/** Terminates the worker (the one finishing a stored import's work is left to finish). */
	#stopWorker(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#workerIdle = false;
		this.#prepared = false;
	}

	/** Ends the worker that finished a stored import's work (or crashed), settling its CLV promise. */
	#finishingOf(worker: ImportWorkerHandle): Finishing | undefined {
		for (const finishing of this.#finishing) if (finishing.worker === worker) return finishing;
		return undefined;
	}

	#endFinishing(finishing: Finishing): void {
		finishing.worker.terminate();
		finishing.settle();
		this.#finishing.delete(finishing);
		// A fit it handed over and no page took stays in memory only while it could be cached.
		dropHandedOffClv(finishing.datasetId);
	}

	/** The worker stopped on its own: the import failed, unless the data set was already stored. */
	#crashed(error: ImportErrorData): void {
		const stored = this.stage.phase === 'done';
		this.#stopWorker();
		if (!stored) this.#fail(error);
	}

	#fail(error: ImportErrorData): void {
		this.#letRegistrationGo();
		this.stage = { phase: 'error', error, fileName: this.files[error.file ?? 0]?.name ?? '' };
	}
}
