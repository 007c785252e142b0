import { echoText } from '$lib/format/echo';
import { fmt } from '$lib/format/formatters.svelte';
import { preferences } from '$lib/prefs/preferences.svelte';
import { msg } from '$lib/i18n/i18n.svelte';
import type { FieldProblem, FieldReading, FieldSpec } from '$lib/metrics/fields';
import type { DecimalSeparator } from '$lib/metrics/number-input';

/** The message for a field's problem, in the reader's language; bad text is repeated only in part (`echoText`). */
export function fieldProblemText(problem: FieldProblem, text: string, decimal: DecimalSeparator): string {
	const t = msg.calculators.fieldProblems;
	switch (problem.code) {
		case 'empty':
			return t.empty;
		case 'notNumber':
			return t.notNumber({ text: echoText(text), decimalExample: decimal === ',' ? '10,5' : '10.5' });
		case 'badSeparators':
			return t.badSeparators({ text: echoText(text) });
		case 'negative':
			return t.negative;
		case 'notInteger':
			return t.notInteger;
		case 'tooLarge':
			return t.tooLarge({ max: fmt.integer(problem.max) });
		case 'percentAbove100':
			return t.percentAbove100({ value: fmt.number(problem.entered, 4) });
		case 'thousandsOrDecimal':
			return t.thousandsOrDecimal({
				text: echoText(text),
				whole: fmt.integer(problem.asThousands),
				mark: problem.mark,
				asDecimal: fmt.number(problem.asDecimal, 3),
				digits: String(problem.asThousands)
			});
	}
}

/**
 * "Read as 10.5" when a lone separator was decided by the language's convention and the number
 * reads differently from what was typed (so "10,000" in English, read as ten thousand, says nothing).
 */
export function readAsText(reading: FieldReading | undefined, text: string): string | null {
	if (!reading?.ok || !reading.ambiguous || reading.entered === undefined) return null;
	const shown = fmt.number(reading.entered, 6);
	const same = shown.replace(/\s/g, ' ') === text.trim().replace(/\s/g, ' ');
	return same ? null : msg.calculators.readAs({ value: shown });
}

/** What is typed after the number: % for percentages, the currency for amounts (the setting unless given). */
export function unitOf(field: FieldSpec, currency: string = preferences.currency): string | undefined {
	if (field.kind === 'percent') return '%';
	if (field.kind === 'money') return currency;
	return undefined;
}
