import { toCsv, type CsvOptions } from '$lib/csv/escape';
import { TACTICS, type Tactic, type TacticId } from '$lib/tactics/catalogue';
import type { Lever } from '$lib/tactics/vocabulary';
import { completePlan, summarizeProgress, type PlanEntry, type TacticStatus } from './plan';

/**
 * The plan as a file to share or print: Markdown (a table) and CSV (for a spreadsheet).
 * All words come in as parameters, so the same functions export in any language; pass
 * `msg.tactics.items` as `texts` and build `labels` from `msg.planner` and `msg.tactics.levers`.
 */
export interface PlanExportLabels {
	title: string;
	columns: {
		id: string;
		tactic: string;
		lever: string;
		status: string;
		owner: string;
		targetDate: string;
		notes: string;
		updatedAt: string;
	};
	statuses: Readonly<Record<TacticStatus, string>>;
	levers: Readonly<Record<Lever, string>>;
	/** Progress line; the numbers arrive formatted. */
	summary: (p: { done: string; relevant: string; share: string }) => string;
	/** Progress line when every tactic is marked not relevant. */
	noneRelevant: string;
}

export interface PlanExportOptions {
	texts: Readonly<Record<TacticId, { name: string }>>;
	labels: PlanExportLabels;
	/** Formats a count (default: plain digits). */
	formatCount?: (n: number) => string;
	/** Formats a fraction as a percentage (default: rounded, "40 %"). */
	formatShare?: (fraction: number) => string;
	tactics?: readonly Tactic[];
}

const defaultCount = (n: number) => String(n);
const defaultShare = (fraction: number) => `${Math.round(fraction * 100)} %`;

function rowsFor(entries: readonly PlanEntry[], tactics: readonly Tactic[]) {
	const byId = new Map(tactics.map((tactic) => [tactic.id, tactic]));
	return completePlan(
		entries,
		tactics.map((tactic) => tactic.id)
	).map((row) => ({ row, tactic: byId.get(row.tacticId)! }));
}

function progressLine(entries: readonly PlanEntry[], options: PlanExportOptions, tactics: readonly Tactic[]): string {
	const { labels, formatCount = defaultCount, formatShare = defaultShare } = options;
	const progress = summarizeProgress(
		entries,
		tactics.map((tactic) => tactic.id)
	);
	if (progress.doneShare === null) return labels.noneRelevant;
	return labels.summary({
		done: formatCount(progress.done),
		relevant: formatCount(progress.relevant),
		share: formatShare(progress.doneShare)
	});
}

/**
 * Makes text safe inside a Markdown table cell: characters that would start formatting, a link,
 * HTML or a new column are backslash-escaped, and line breaks become `<br>` so a multi-line
 * note stays in its cell.
 */
export function escapeMarkdownCell(text: string): string {
	return text
		.trim()
		.replace(/[\\`*_[\]<>|~#]/g, (character) => `\\${character}`)
		.replace(/\r\n|\r|\n/g, '<br>');
}

export function planToMarkdown(entries: readonly PlanEntry[], options: PlanExportOptions): string {
	const { texts, labels, tactics = TACTICS } = options;
	const { columns } = labels;
	const header = [columns.tactic, columns.lever, columns.status, columns.owner, columns.targetDate, columns.notes];
	const lines = [
		`# ${escapeMarkdownCell(labels.title)}`,
		'',
		escapeMarkdownCell(progressLine(entries, options, tactics)),
		'',
		`| ${header.map(escapeMarkdownCell).join(' | ')} |`,
		`|${header.map(() => '---').join('|')}|`
	];
	for (const { row, tactic } of rowsFor(entries, tactics)) {
		const cells = [
			texts[row.tacticId].name,
			labels.levers[tactic.lever],
			labels.statuses[row.status],
			row.owner,
			row.targetDate ?? '',
			row.notes
		];
		lines.push(`| ${cells.map(escapeMarkdownCell).join(' | ')} |`);
	}
	return lines.join('\n') + '\n';
}

/** ISO 8601 in UTC, or an empty cell for a tactic never touched. */
function timestamp(ms: number | null): string {
	if (ms === null || !Number.isFinite(ms)) return '';
	return new Date(ms).toISOString();
}

/**
 * The plan as CSV: the stable tactic id first (so a spreadsheet can be matched back), then the
 * localised texts. Every text cell goes through the formula-injection guard in `$lib/csv/escape`.
 * A byte-order mark is written by default so Excel shows non-English text correctly.
 */
export function planToCsv(entries: readonly PlanEntry[], options: PlanExportOptions & { csv?: CsvOptions }): string {
	const { texts, labels, tactics = TACTICS, csv = {} } = options;
	const { columns } = labels;
	const rows: (string | null)[][] = [
		[
			columns.id,
			columns.tactic,
			columns.lever,
			columns.status,
			columns.owner,
			columns.targetDate,
			columns.notes,
			columns.updatedAt
		]
	];
	for (const { row, tactic } of rowsFor(entries, tactics)) {
		rows.push([
			row.tacticId,
			texts[row.tacticId].name,
			labels.levers[tactic.lever],
			labels.statuses[row.status],
			row.owner,
			row.targetDate,
			row.notes,
			timestamp(row.updatedAt)
		]);
	}
	return toCsv(rows, { bom: true, ...csv });
}
