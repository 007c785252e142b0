import type { DataProblem, DataWarning } from '$lib/models';
import type { Messages } from '$lib/i18n/messages';

type ClvMessages = Messages['clv'];

const MODEL_NAMES = { bgnbd: 'BG/NBD', 'gamma-gamma': 'Gamma-Gamma' } as const;

function params(item: Record<string, unknown>, number: (v: number) => string): Record<string, string> {
	return Object.fromEntries(
		Object.entries(item).map(([key, value]) => [
			key,
			key === 'model' ? MODEL_NAMES[value as keyof typeof MODEL_NAMES] ?? String(value) : typeof value === 'number' ? number(value) : String(value)
		])
	);
}

/** A refusal reason as a sentence, with its counts. */
export function problemText(problem: DataProblem, m: ClvMessages, number: (v: number) => string): string {
	const text = m.problems[problem.code];
	return typeof text === 'string' ? text : text(params(problem, number));
}

export function warningText(warning: DataWarning, m: ClvMessages, number: (v: number) => string): string {
	return m.warnings[warning.code](params(warning, number));
}
