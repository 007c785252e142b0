import type { DataProblem, DataWarning } from '$lib/models';
import { fillMessage, type Messages } from '$lib/i18n/messages';

type ClvMessages = Messages['clv'];

const MODEL_NAMES = { bgnbd: 'BG/NBD', 'gamma-gamma': 'Gamma-Gamma' } as const;

function params(item: Record<string, unknown>, number: (v: number) => string): Record<string, string> {
	return Object.fromEntries(
		Object.entries(item).map(([key, value]) => [
			key,
			key === 'model'
				? (MODEL_NAMES[value as keyof typeof MODEL_NAMES] ?? String(value))
				: typeof value === 'number'
					? number(value)
					: String(value)
		])
	);
}

/** A refusal reason as a sentence, with its counts. */
export function problemText(problem: DataProblem, m: ClvMessages, number: (v: number) => string): string {
	const text = m.problems[problem.code];
	return fillMessage(text, params(problem, number));
}

export function warningText(warning: DataWarning, m: ClvMessages, number: (v: number) => string): string {
	const text = m.warnings[warning.code];
	return fillMessage(text, params(warning, number));
}

/** Warnings about drop-out that the ridge panel explains in full, not in the plain list. */
export const DROPOUT_WARNINGS: ReadonlySet<DataWarning['code']> = new Set(['no-dropout', 'dropout-uncertain']);

/**
 * Days a hold-out split can fall on: strictly between the first and the last order day, so that
 * there is data before and after it; null when the data cover two days or fewer.
 */
export function splitRange(firstDay: number, lastDay: number): { from: number; to: number } | null {
	return lastDay - firstDay >= 2 ? { from: firstDay + 1, to: lastDay - 1 } : null;
}
