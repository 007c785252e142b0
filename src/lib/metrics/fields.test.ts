import { describe, expect, it } from 'vitest';
import { readField, type FieldSpec } from './fields';

const count: FieldSpec = { key: 's', kind: 'count' };
const money: FieldSpec = { key: 'r', kind: 'money' };
const percent: FieldSpec = { key: 'c', kind: 'percent' };
const years: FieldSpec = { key: 't', kind: 'decimal', max: 100 };
const optionalPercent: FieldSpec = { key: 'g', kind: 'percent', optional: true };

describe('readField accepts', () => {
	it.each([
		[count, '10,000', 10000, 10000],
		[count, '0', 0, 0],
		[count, '10 000 000 000', 10_000_000_000, 10_000_000_000],
		[money, '1.234,56', 1234.56, 1234.56],
		[percent, '82', 82, 0.82],
		[percent, '7,5 %', 7.5, 0.075],
		[percent, '100%', 100, 1],
		[percent, '0', 0, 0],
		[years, '2.5', 2.5, 2.5],
		[years, '100', 100, 100],
		[optionalPercent, '40', 40, 0.4],
		[percent, '\uff11\uff10\uff05', 10, 0.1]
	])('%o %j → entered %d, value %d', (spec, text, entered, value) => {
		expect(readField(text, spec, '.')).toMatchObject({ ok: true, entered, value });
	});

	it('treats an empty optional field as absent', () => {
		expect(readField('  ', optionalPercent, '.')).toEqual({
			ok: true,
			entered: undefined,
			value: undefined,
			ambiguous: false
		});
	});

	it('passes on that a lone separator was read by the language convention', () => {
		expect(readField('10.500', money, ',')).toEqual({ ok: true, entered: 10500, value: 10500, ambiguous: true });
	});
});

describe('readField refuses, with a specific reason', () => {
	it.each([
		[count, '', { code: 'empty' }],
		[count, 'lots', { code: 'notNumber' }],
		[count, '1,00,000', { code: 'badSeparators' }],
		[count, '-5', { code: 'negative' }],
		[count, '10.5', { code: 'notInteger' }],
		[count, '10000000001', { code: 'tooLarge', max: 10_000_000_000 }],
		[money, '1000000000001', { code: 'tooLarge', max: 1_000_000_000_000 }],
		[money, '-0.01', { code: 'negative' }],
		[percent, '120', { code: 'percentAbove100', entered: 120 }],
		[percent, '-1 %', { code: 'negative' }],
		[percent, '%', { code: 'empty' }],
		[years, '101', { code: 'tooLarge', max: 100 }],
		// absurd sizes: named too large, never read as Infinity or shown back in exponent form
		[count, '99999999999999999999999', { code: 'tooLarge', max: 10_000_000_000 }],
		[count, '1' + '0'.repeat(400), { code: 'tooLarge', max: 10_000_000_000 }],
		[count, '99999999999999999999999.5', { code: 'tooLarge', max: 10_000_000_000 }],
		[money, '9'.repeat(400) + ',5', { code: 'tooLarge', max: 1_000_000_000_000 }],
		[percent, '1' + '0'.repeat(400), { code: 'tooLarge', max: 100 }],
		[percent, '5000000', { code: 'tooLarge', max: 100 }],
		[optionalPercent, 'x', { code: 'notNumber' }]
	])('%o %j → %o', (spec, text, problem) => {
		expect(readField(text, spec, '.')).toEqual({ ok: false, problem });
	});
});

// QA: in Latvian, Russian and Dutch a count of "10,000" was silently read as 10 (the comma marks
// decimals there). A count with one separator and exactly three digits after it, read as decimals,
// is refused with both readings; decimal fields keep the language's rule.
describe('readField on a count that reads as decimals but looks like thousands', () => {
	const orders: FieldSpec = { key: 'o', kind: 'count' };
	const refusal = (mark: ',' | '.', asDecimal: number, asThousands: number) => ({
		ok: false,
		problem: { code: 'thousandsOrDecimal', mark, asDecimal, asThousands }
	});
	it.each([
		[count, '10,000', ',', refusal(',', 10, 10000)],
		[orders, '1,500', ',', refusal(',', 1.5, 1500)],
		[count, '250,000', ',', refusal(',', 250, 250000)],
		[count, '10.000', '.', refusal('.', 10, 10000)],
		// not ambiguous, or not read as decimals: as before
		[count, '10,000', '.', { ok: true, entered: 10000 }],
		[count, '10.000', ',', { ok: true, entered: 10000 }],
		[count, '10 000', ',', { ok: true, entered: 10000 }],
		[count, '1.000.000', ',', { ok: true, entered: 1000000 }],
		[count, '10,00', ',', { ok: true, entered: 10 }],
		[count, '10,5', ',', { ok: false, problem: { code: 'notInteger' } }],
		[count, '0,500', ',', { ok: false, problem: { code: 'notInteger' } }],
		[count, '-10,000', ',', { ok: false, problem: { code: 'negative' } }],
		// decimal fields: the language's rule stands
		[money, '10,000', ',', { ok: true, entered: 10, ambiguous: true }],
		[years, '10,000', ',', { ok: true, entered: 10, ambiguous: true }],
		[percent, '10,000', ',', { ok: true, entered: 10, ambiguous: true }]
	] as const)('%o %j with "%s" for decimals → %j', (spec, text, decimal, expected) => {
		expect(readField(text, spec, decimal)).toMatchObject(expected);
	});
});
