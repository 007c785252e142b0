import type { ImportErrorData } from '$lib/orders/errors';
import { createImportWorker, type ImportWorkerHandle } from '$lib/workers/import-client';
import { recordWorkerTimings } from '$lib/workers/measures';
import { missingRoles, type Role } from '$lib/orders/layouts';
import type { FileInspection } from '$lib/orders/inspect';
import type { FilePlan } from '$lib/orders/plan';
import type { FromImportWorker, ImportProgressMessage, InspectOverrides } from '$lib/workers/import-protocol';
import type { ImportReport } from '$lib/orders/report';
import { datasetNameProblem } from '$lib/db/datasets';
import { msg } from '$lib/i18n/i18n.svelte';

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
	overrides = $state.raw<(InspectOverrides | null)[]>([]);
	name = $state('');

	missing = $derived(this.plans.map((p) => missingRoles(p.layout, p.mapping, p.amountMode)));
	nameProblem = $derived(datasetNameProblem(this.name));
	canStart = $derived(
		this.phase === 'review' && this.missing.every((m) => m.length === 0) && this.nameProblem === null
	);

	#worker: ImportWorkerHandle | null = null;
	/** The worker has finished what it was sent and may be given more. */
	#workerIdle = false;
	/** Called when a data set has been stored (e.g. to ask for persistent storage). */
	onStored: ((datasetId: number) => void) | null = null;

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

	setMapping(fileIndex: number, role: Role, column: number | null): void {
		const mapping = { ...this.plans[fileIndex].mapping };
		if (column === null) delete mapping[role];
		else mapping[role] = column;
		this.plans[fileIndex].mapping = mapping;
	}

	/** Starts the import; `currency` (the user's setting) is used for figures of a file that names none. */
	start(currency: string): void {
		if (!this.canStart) return;
		this.stage = { phase: 'importing', progress: null };
		const plans = $state.snapshot(this.plans) as FilePlan[];
		this.#run({ type: 'import', files: this.files, plans, name: this.name.trim(), currency });
	}

	cancel(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.stage = { phase: 'cancelled' };
	}

	reset(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.stage = { phase: 'idle' };
		this.files = [];
		this.inspections = [];
		this.plans = [];
	}

	#inspect(): void {
		this.stage = { phase: 'inspecting' };
		this.#run({ type: 'inspect', files: this.files, overrides: this.overrides, dateFallback: dateFallback() });
	}

	/**
	 * Sends work to the import worker. The worker that inspected the files waits, idle, through
	 * the review and then imports them (starting a fresh one would cost a tenth of a second);
	 * one that is busy is stopped and replaced.
	 */
	#run(message: Parameters<ImportWorkerHandle['send']>[0]): void {
		if (!this.#workerIdle) {
			this.#worker?.terminate();
			this.#worker = null;
		}
		this.#worker ??= createImportWorker(
			(reply) => this.#receive(reply),
			(error) => this.#fail(error)
		);
		this.#workerIdle = false;
		this.#worker.send(message);
	}

	#receive(message: FromImportWorker): void {
		switch (message.type) {
			case 'inspected': {
				this.#workerIdle = true;
				const inspections: FileInspection[] = [];
				for (const [index, outcome] of message.outcomes.entries()) {
					// One file that cannot be read stops the import: nothing half-read is offered.
					if (!outcome.ok) return this.#fail({ ...outcome.error, file: index });
					inspections.push(outcome.inspection);
				}
				this.inspections = inspections;
				this.plans = inspections.map((inspection) => inspection.plan);
				this.stage = { phase: 'review' };
				return;
			}
			case 'progress':
				if (this.stage.phase === 'importing') this.stage = { phase: 'importing', progress: message.progress };
				return;
			case 'stored':
				this.#worker?.terminate();
				this.#worker = null;
				recordWorkerTimings({
					'import:read': message.readMs,
					'import:store': message.storeMs,
					'import:analyse': message.analyseMs,
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
				this.stage = {
					phase: 'done',
					report: message.report,
					datasetId: message.datasetId,
					elapsedMs: message.elapsedMs
				};
				this.onStored?.(message.datasetId);
				return;
			case 'failed':
				this.#worker?.terminate();
				this.#worker = null;
				this.#fail(message.error);
				return;
		}
	}

	#fail(error: ImportErrorData): void {
		this.stage = { phase: 'error', error, fileName: this.files[error.file ?? 0]?.name ?? '' };
	}
}
