import { describe, expect, it } from 'vitest';
import type { Currency } from '$lib/format/currencies';
import type { Calculator } from './types';
import { queryString } from '$lib/metrics/query';
import { CalculatorState } from './calculator-state.svelte';
import { testCalculator, testMoneyCalculator } from './test-calculator';

/** A state whose language (Intl tag) and currency setting the test can change. */
function stateWith(initialTag = 'en-GB', calculator: Calculator = testCalculator) {
	let tag = $state(initialTag);
	let currency = $state<Currency>('EUR');
	const model = new CalculatorState(calculator, { tag: () => tag, currency: () => currency });
	return { model, setTag: (t: string) => (tag = t), setCurrency: (c: Currency) => (currency = c) };
}

const headline = (model: CalculatorState) => {
	const status = model.status;
	if (status.kind !== 'evaluated' || !status.evaluation.ok) throw new Error(`no result: ${JSON.stringify(status)}`);
	return status.evaluation.presentation.headline.value;
};

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

	it.each([
		// issue 11: `1,250` typed in English was re-read as 1.25 in Dutch
		['s', 'en-GB', '1,250', 'nl-NL', '1.250', 1250],
		['s', 'en-GB', '10,000', 'ru-RU', '10\u00a0000', 10000],
		['s', 'en-GB', '10,200', 'lv-LV', '10\u00a0200', 10200],
		['g', 'nl-NL', '10,5', 'en-GB', '10.5', 10.5],
		['s', 'ru-RU', '2 000', 'zh-CN', '2,000', 2000],
		['g', 'zh-CN', '10.500', 'nl-NL', '10,5', 10.5],
		['g', 'en-GB', '12.5 %', 'ru-RU', '12,5', 12.5]
	])('keeps field %s: %s %j as the same number in %s, shown %j', (key, from, typed, to, shown, value) => {
		const { model, setTag } = stateWith(from);
		model.setText(key, typed);
		expect(model.readings[key]).toMatchObject({ ok: true, entered: value });
		setTag(to);
		expect(model.texts[key]).toBe(shown);
		expect(model.readings[key]).toMatchObject({ ok: true, entered: value });
		expect(model.params[key]).toBe(String(value));
		setTag(from);
		expect(model.texts[key]).toBe(typed);
	});

	it('keeps the result through changes of language, and reads new typing in the new language', () => {
		const { model, setTag } = stateWith('en-GB');
		model.setText('s', '10,000');
		model.setText('e', '10,200');
		model.setText('n', '2,000');
		expect(headline(model)).toBe('82 percent');
		setTag('ru-RU');
		expect(headline(model)).toBe('82 percent');
		expect(model.texts).toEqual({ s: '10\u00a0000', e: '10\u00a0200', n: '2\u00a0000', g: '' });
		model.setText('n', '2,5');
		expect(model.readings.n).toEqual({ ok: false, problem: { code: 'notInteger' } });
		model.setText('n', '1.000');
		setTag('nl-NL');
		expect(model.texts).toEqual({ s: '10.000', e: '10.200', n: '1.000', g: '' });
		expect(model.params).toMatchObject({ s: '10000', e: '10200', n: '1000' });
	});

	it('keeps text it cannot read as typed in every language, with its problem', () => {
		const { model, setTag } = stateWith('en-GB');
		model.setText('s', '12abc');
		setTag('nl-NL');
		expect(model.texts.s).toBe('12abc');
		expect(model.fieldProblem('s')).toEqual({ code: 'notNumber' });
	});

	// Review: "1.500", refused in English as ambiguous, gave a CRR of 546.67 % in Dutch, where it reads 1,500.
	it('keeps an entry refused where it was typed refused in every language, in that language’s marks', () => {
		const { model, setTag } = stateWith('en-GB');
		model.loadExample('textbook');
		model.setText('s', '1.500');
		expect(model.readings.s.ok).toBe(false);
		setTag('nl-NL');
		expect(model.texts.s).toBe('1,500');
		expect(model.readings.s.ok).toBe(false);
		expect(model.status.kind).toBe('invalid');
		setTag('en-GB');
		expect(model.texts.s).toBe('1.500');
		expect(model.readings.s.ok).toBe(false);
	});

	// Review: full-width "１．５００" (a Chinese input method's), refused in English, was read as 1500 in Dutch.
	it('keeps a full-width entry refused where it was typed refused in every language, and its link says whose marks', () => {
		const { model, setTag } = stateWith('en-GB');
		model.loadExample('textbook');
		model.setText('s', '\uff11\uff0e\uff15\uff10\uff10');
		expect(model.readings.s.ok).toBe(false);
		expect(model.params).toMatchObject({ dec: 'point' });
		setTag('nl-NL');
		expect(model.texts.s).toBe('1,500');
		expect(model.readings.s.ok).toBe(false);
	});

	it('loads a link, an example and a scenario', () => {
		const { model } = stateWith('nl-NL');
		model.load(new URLSearchParams('s=100.5&e=abc&p=year&math=1'));
		expect(model.texts).toEqual({ s: '100,5', e: 'abc', n: '', g: '' });
		expect(model.period).toBe('year');
		expect(model.showMath).toBe(true);

		model.touch('s');
		model.loadExample('textbook');
		expect(model.texts).toEqual({ s: '10000', e: '10200', n: '2000', g: '' });
		expect(model.period).toBe('quarter');
		expect(model.touched).toEqual({});
		expect(model.showMath).toBe(true);
		expect(model.scenarioInputs()).toEqual({ s: '10000', e: '10200', n: '2000', p: 'quarter' });
		expect(model.params.math).toBe('1');
	});

	it('ties amounts to the currency of a loaded scenario or link, and back to the setting on request', () => {
		const { model, setCurrency } = stateWith('en-GB', testMoneyCalculator);
		model.setText('r', '125,000');
		model.setText('o', '2500');
		expect(model.currency).toBe('EUR');
		expect(headline(model)).toBe('€50.00');
		expect(model.params).not.toHaveProperty('cur');
		setCurrency('GBP');
		expect(headline(model)).toBe('£50.00');

		model.load({ r: '125000', o: '2500' }, { currency: 'USD' });
		expect(model.fixedCurrency).toBe('USD');
		expect(headline(model)).toBe('US$50.00');
		expect(model.params).toMatchObject({ cur: 'USD' });
		expect(model.scenarioInputs()).toEqual({ r: '125000', o: '2500' });
		setCurrency('EUR');
		expect(headline(model)).toBe('US$50.00');

		model.followCurrencySetting();
		expect(headline(model)).toBe('€50.00');
		expect(model.params).not.toHaveProperty('cur');

		model.load(new URLSearchParams('r=100&o=4&cur=GBP'));
		expect(headline(model)).toBe('£25.00');
		model.loadExample('textbook');
		expect(model.fixedCurrency).toBeNull();
	});

	// QA: EUR and Latvian, revenue "1 234,50" and 3 orders showed "411,50 €"; the copied link
	// (`r=1234.5&o=3&lang=lv`) showed "411,50 £" to a reader whose currency is GBP.
	it('shares the currency the amounts are in, and the reader sees them in it without their setting changing', () => {
		const sender = stateWith('lv-LV', testMoneyCalculator);
		sender.model.setText('r', '1 234,50');
		sender.model.setText('o', '3');
		expect(headline(sender.model)).toBe('€411.50');
		expect(sender.model.params).not.toHaveProperty('cur');
		expect(sender.model.sharedParams).toEqual({ r: '1234.5', o: '3', cur: 'EUR' });

		const reader = stateWith('en-GB', testMoneyCalculator);
		reader.setCurrency('GBP');
		reader.model.load(new URLSearchParams(queryString(sender.model.sharedParams)));
		expect(headline(reader.model)).toBe('€411.50');
		expect(reader.model.settingCurrency).toBe('GBP');
		// The reader's address keeps it (a reload shows the same), and so does a link they share on.
		expect(reader.model.params).toMatchObject({ cur: 'EUR' });
		expect(reader.model.sharedParams).toMatchObject({ cur: 'EUR' });
		// Back to their own currency on request: what they share then is in it.
		reader.model.followCurrencySetting();
		expect(headline(reader.model)).toBe('£411.50');
		expect(reader.model.sharedParams).toMatchObject({ cur: 'GBP' });
	});

	it('ignores a currency for a calculator without amounts', () => {
		const { model } = stateWith();
		model.load(new URLSearchParams('s=100&e=90&n=10&cur=USD'), { currency: 'USD' });
		expect(model.fixedCurrency).toBeNull();
		expect(model.params).not.toHaveProperty('cur');
		model.setText('s', '100');
		expect(model.sharedParams).not.toHaveProperty('cur');
	});

	describe('comparing two scenarios', () => {
		const valueOf = (scenario: { presentation: { measured?: { value: number } } | null }) =>
			scenario.presentation?.measured?.value;

		it('starts B as a copy of A, computes each on its own, and shares both in the link', () => {
			const { model } = stateWith();
			model.load({ s: '10000', e: '10200', n: '2000', p: 'year' });
			model.setComparing(true);
			const b = model.b;
			if (!b) throw new Error('no B');
			expect(b.texts).toEqual(model.texts);
			b.setText('e', '9800');
			expect(valueOf(model.a)).toBeCloseTo(0.82, 12);
			expect(valueOf(b)).toBeCloseTo(0.78, 12);
			expect(model.params).toEqual({
				s: '10000',
				e: '10200',
				n: '2000',
				p: 'year',
				ab: '1',
				'b.s': '10000',
				'b.e': '9800',
				'b.n': '2000'
			});
			expect(model.scenarioInputs()).toEqual({ s: '10000', e: '10200', n: '2000', p: 'year' });
		});

		it('reopens both scenarios and B’s math from a link, and an old link without B', () => {
			const { model } = stateWith('nl-NL');
			model.load(new URLSearchParams('s=100.5&e=90&n=10&p=year&math=b&ab=1&b.s=200.25&b.e=150'));
			expect(model.texts).toMatchObject({ s: '100,5', e: '90', n: '10' });
			expect(model.b?.texts).toEqual({ s: '200,25', e: '150', n: '', g: '' });
			expect(model.showMath).toBe(true);
			expect(model.mathOf).toBe('b');
			expect(model.mathScenario).toBe(model.b);
			expect(model.params.math).toBe('b');

			model.load(new URLSearchParams('s=100&e=90&n=10&math=1'));
			expect(model.b).toBeNull();
			expect(model.mathOf).toBe('a');
			expect(model.params).toEqual({ s: '100', e: '90', n: '10', p: 'quarter', math: '1' });
		});

		it('keeps B through an example, and B’s typed numbers through a change of language', () => {
			const { model, setTag } = stateWith('en-GB');
			model.setComparing(true);
			model.b?.setText('s', '1,250');
			model.loadExample('textbook');
			expect(model.b?.texts.s).toBe('1,250');
			setTag('nl-NL');
			expect(model.b?.texts.s).toBe('1.250');
			expect(model.params['b.s']).toBe('1250');
			model.setComparing(false);
			expect(model.b).toBeNull();
			expect(model.params).not.toHaveProperty('ab');
		});
	});
});
