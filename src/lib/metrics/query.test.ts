import { describe, expect, it } from 'vitest';
import type { FieldSpec } from './fields';
import { inputsFromParams, inputsToParams, queryString } from './query';

const crrFields: FieldSpec[] = [
	{ key: 's', kind: 'count' },
	{ key: 'e', kind: 'count' },
	{ key: 'n', kind: 'count' }
];
const clvFields: FieldSpec[] = [
	{ key: 'a', kind: 'money' },
	{ key: 'g', kind: 'percent', optional: true }
];

describe('inputs to query parameters', () => {
	it('writes numbers without grouping, in field order, then the period and the math switch', () => {
		const params = inputsToParams(
			crrFields,
			{ texts: { n: '2,000', s: '10 000', e: '10200' }, period: 'quarter', showMath: true },
			'.'
		);
		expect(queryString(params)).toBe('s=10000&e=10200&n=2000&p=quarter&math=1');
	});

	it('writes a Dutch decimal comma as a point, so the link reads the same everywhere', () => {
		expect(inputsToParams(clvFields, { texts: { a: '1.234,5', g: '12,5' } }, ',')).toEqual({
			a: '1234.5',
			g: '12.5'
		});
	});

	it('leaves out empty fields and keeps unreadable text as typed', () => {
		expect(inputsToParams(crrFields, { texts: { s: '', e: 'ten', n: '-3' } }, '.')).toEqual({ e: 'ten', n: '-3' });
	});
});

describe('query parameters to inputs', () => {
	it('reads the seed 001 link', () => {
		const inputs = inputsFromParams(
			crrFields,
			new URLSearchParams('s=10000&e=10200&n=2000&math=1'),
			'.',
			'quarter'
		);
		expect(inputs).toEqual({ texts: { s: '10000', e: '10200', n: '2000' }, period: 'quarter', showMath: true });
	});

	it('shows decimals in the reader’s convention', () => {
		const inputs = inputsFromParams(clvFields, new URLSearchParams('a=49.9&g=40'), ',');
		expect(inputs.texts).toEqual({ a: '49,9', g: '40' });
		expect(inputs.period).toBeUndefined();
		expect(inputs.showMath).toBe(false);
	});

	it('keeps non-canonical text as it is, and ignores unknown parameters and periods', () => {
		const inputs = inputsFromParams(crrFields, { s: 'abc', x: '5', p: 'week' }, '.', 'month');
		expect(inputs).toEqual({ texts: { s: 'abc' }, period: 'month', showMath: false });
	});

	it.each([
		['10.500', '.', '10.5'],
		['10.500', ',', '10,5'],
		['1000.0', '.', '1000'],
		['1000', ',', '1000'],
		['0.050', ',', '0,05']
	] as const)('drops the trailing decimal zeros of %j (decimal %j): %j', (param, decimal, text) => {
		expect(inputsFromParams(clvFields, { a: param }, decimal).texts).toEqual({ a: text });
	});

	it('keeps the digits of a number too large to read, so the field can say so', () => {
		const huge = '1' + '0'.repeat(400);
		expect(inputsFromParams(crrFields, { s: '99999999999999999999999', e: huge }, '.').texts).toEqual({
			s: '99999999999999999999999',
			e: huge
		});
		expect(inputsFromParams(clvFields, { a: `${huge}.25` }, ',').texts).toEqual({ a: `${huge},25` });
	});

	it('reads and writes the currency amounts are tied to, and ignores an unknown one', () => {
		expect(inputsFromParams(clvFields, new URLSearchParams('a=49.9&cur=USD'), '.').currency).toBe('USD');
		expect(inputsFromParams(clvFields, new URLSearchParams('a=49.9&cur=XXX'), '.')).not.toHaveProperty('currency');
		const params = inputsToParams(clvFields, { texts: { a: '49.9' }, currency: 'GBP', showMath: true }, '.');
		expect(queryString(params)).toBe('a=49.9&cur=GBP&math=1');
	});

	it.each([
		['.', { s: '10,000', e: '10 200', n: '2000' }],
		[',', { s: '10.000', e: '10 200', n: '2000' }]
	] as const)('round-trips through a link (decimal %j)', (decimal, texts) => {
		const params = inputsToParams(crrFields, { texts, period: 'year' }, decimal);
		const back = inputsFromParams(crrFields, new URLSearchParams(queryString(params)), decimal, 'month');
		expect(back).toEqual({ texts: { s: '10000', e: '10200', n: '2000' }, period: 'year', showMath: false });
	});
});
