import { describe, expect, it } from 'vitest';
import type { DecimalSeparator } from '$lib/metrics/number-input';
import { CalculatorState } from './calculator-state.svelte';
import { testCalculator } from './test-calculator';

function stateWith(decimal: DecimalSeparator = '.') {
	let current = $state(decimal);
	const model = new CalculatorState(testCalculator, () => current);
	return { model, setDecimal: (d: DecimalSeparator) => (current = d) };
}

describe('CalculatorState', () => {
	it('starts empty and waiting for the required fields, on the default period', () => {
		const { model } = stateWith();
		expect(model.period).toBe('quarter');
		expect(model.status).toEqual({ kind: 'incomplete', missing: ['s', 'e', 'n'] });
		expect(model.params).toEqual({ p: 'quarter' });
	});

	it('calculates from typed text, grouping and all', () => {
		const { model } = stateWith();
		model.setText('s', '10,000');
		model.setText('e', '10 200');
		model.setText('n', '2000');
		expect(model.status.kind).toBe('evaluated');
		if (model.status.kind !== 'evaluated' || !model.status.evaluation.ok) throw new Error('no result');
		expect(model.status.evaluation.presentation.headline.value).toBe('82 percent');
		expect(model.params).toEqual({ s: '10000', e: '10200', n: '2000', p: 'quarter' });
	});

	it('shows an empty field’s message only once the field was left', () => {
		const { model } = stateWith();
		expect(model.fieldProblem('s')).toBeNull();
		model.touch('s');
		expect(model.fieldProblem('s')).toEqual({ code: 'empty' });
		model.setText('e', '-4');
		expect(model.fieldProblem('e')).toEqual({ code: 'negative' });
		expect(model.status).toEqual({ kind: 'invalid', fields: ['e'] });
	});

	it('marks the fields a formula problem names', () => {
		const { model } = stateWith();
		model.load({ s: '10000', e: '1500', n: '2000' });
		expect(model.problemFields).toEqual(['e', 'n']);
		model.setText('e', '2500');
		expect(model.problemFields).toEqual([]);
	});

	it('re-reads the texts when the language’s decimal separator changes', () => {
		const { model, setDecimal } = stateWith('.');
		model.setText('s', '10,000');
		expect(model.readings.s).toMatchObject({ ok: true, entered: 10000, ambiguous: true });
		setDecimal(',');
		expect(model.readings.s).toMatchObject({ ok: true, entered: 10, ambiguous: true });
	});

	it('loads a link, an example and a scenario', () => {
		const { model } = stateWith(',');
		model.load(new URLSearchParams('s=100.5&e=abc&p=year&math=1'));
		expect(model.texts).toEqual({ s: '100,5', e: 'abc' });
		expect(model.period).toBe('year');
		expect(model.showMath).toBe(true);

		model.touch('s');
		model.loadExample('textbook');
		expect(model.texts).toEqual({ s: '10000', e: '10200', n: '2000' });
		expect(model.period).toBe('quarter');
		expect(model.touched).toEqual({});
		expect(model.showMath).toBe(true);
		expect(model.scenarioInputs()).toEqual({ s: '10000', e: '10200', n: '2000', p: 'quarter' });
		expect(model.params.math).toBe('1');
	});
});
