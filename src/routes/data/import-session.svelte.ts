import type { ImportErrorData } from '$lib/orders/errors';
import { createImportWorker, type ImportWorkerHandle } from '$lib/workers/import-client';
import { missingRoles, type Role } from '$lib/orders/layouts';
import type { FilePlan } from '$lib/orders/plan';
import type { FromImportWorker, ImportProgressMessage, InspectOutcome, InspectOverrides } from '$lib/workers/import-protocol';
import type { ImportReport } from '$lib/orders/report';
import { datasetNameProblem } from '$lib/db/datasets';
import { msg } from '$lib/i18n/i18n.svelte';

export type ImportPhase = 'idle' | 'inspecting' | 'review' | 'importing' | 'done' | 'error' | 'cancelled';

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
	phase = $state<ImportPhase>('idle');
	files = $state.raw<File[]>([]);
	outcomes = $state.raw<InspectOutcome[]>([]);
	plans = $state<FilePlan[]>([]);
	overrides = $state.raw<(InspectOverrides | null)[]>([]);
	name = $state('');
	progress = $state.raw<ImportProgressMessage | null>(null);
	report = $state.raw<ImportReport | null>(null);
	datasetId = $state<number | null>(null);
	elapsedMs = $state(0);
	/** Time the worker spent reading and parsing, storing, and analysing ahead, for the benchmark. */
	phaseMs = $state.raw({ read: 0, store: 0, analyse: 0 });
	error = $state.raw<ImportErrorData | null>(null);
	/** Index of the file an error concerns, for naming it. */
	errorFile = $state<number | null>(null);

	missing = $derived(this.plans.map((p) => missingRoles(p.layout, p.mapping, p.amountMode)));
	nameProblem = $derived(datasetNameProblem(this.name));
	canStart = $derived(this.phase === 'review' && this.missing.every((m) => m.length === 0) && this.nameProblem === null);

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
		this.phase = 'importing';
		this.progress = null;
		const plans = $state.snapshot(this.plans) as FilePlan[];
		this.#run({ type: 'import', files: this.files, plans, name: this.name.trim(), currency });
	}

	cancel(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.phase = 'cancelled';
	}

	reset(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.phase = 'idle';
		this.files = [];
		this.outcomes = [];
		this.plans = [];
		this.progress = null;
		this.report = null;
		this.datasetId = null;
		this.error = null;
		this.errorFile = null;
	}

	#inspect(): void {
		this.phase = 'inspecting';
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
				this.outcomes = message.outcomes;
				const failed = message.outcomes.findIndex((o) => !o.ok);
				if (failed >= 0) {
					const outcome = message.outcomes[failed];
					if (!outcome.ok) this.#fail({ ...outcome.error, file: failed });
					return;
				}
				this.plans = message.outcomes.map((o) => (o.ok ? o.inspection.plan : (null as never)));
				this.phase = 'review';
				return;
			}
			case 'progress':
				this.progress = message.progress;
				return;
			case 'stored':
				this.#worker?.terminate();
				this.#worker = null;
				this.report = message.report;
				this.datasetId = message.datasetId;
				this.elapsedMs = message.elapsedMs;
				this.phaseMs = { read: message.readMs, store: message.storeMs, analyse: message.analyseMs };
				this.phase = 'done';
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
		this.error = error;
		this.errorFile = error.file;
		this.phase = 'error';
	}
}
