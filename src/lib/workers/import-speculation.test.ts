import { describe, expect, it } from 'vitest';
import { inspectSample } from '$lib/orders/inspect';
import type { FilePlan } from '$lib/orders/plan';
import { sampleOf } from '$lib/orders/test-support';
import { sameParse, sameValue, type ParseInputs } from './import-speculation';

const csv = 'order_id,customer_id,order_date,total\no1,anna,2024-01-05,10.50\no2,ben,2024-02-06,20\n';
const plan: FilePlan = inspectSample(sampleOf('orders.csv', new TextEncoder().encode(csv))).plan;
const file = { name: 'orders.csv', size: csv.length, lastModified: 1_700_000_000_000, type: 'text/csv' };
const ahead: ParseInputs = { files: [file], plans: [plan], today: 20_000 };

/** The plan as the review may hand it back: a deep copy, its mapping's keys in another order. */
function copied(p: FilePlan): FilePlan {
	const copy = structuredClone(p);
	copy.mapping = Object.fromEntries(Object.entries(copy.mapping).reverse());
	return copy;
}

describe('sameParse: a parse started during the review is used only for exactly what was confirmed', () => {
	const firstRole = Object.keys(plan.mapping)[0] as keyof FilePlan['mapping'];
	const cases: [string, ParseInputs, boolean][] = [
		['the same objects', ahead, true],
		['a copy with keys in another order', { ...ahead, plans: [copied(plan)] }, true],
		[
			'a copy with an optional field set to undefined',
			{ ...ahead, plans: [{ ...plan, summaryUnit: undefined }] },
			true
		],
		[
			'another column for a role',
			{ ...ahead, plans: [{ ...plan, mapping: { ...plan.mapping, [firstRole]: 99 } }] },
			false
		],
		[
			'a role unmapped',
			{ ...ahead, plans: [{ ...plan, mapping: { ...plan.mapping, [firstRole]: undefined } }] },
			false
		],
		[
			'a role removed',
			{ ...ahead, plans: [{ ...plan, mapping: Object.fromEntries(Object.entries(plan.mapping).slice(1)) }] },
			false
		],
		[
			'another date order',
			{ ...ahead, plans: [{ ...plan, dateOrder: plan.dateOrder === 'dmy' ? 'mdy' : 'dmy' }] },
			false
		],
		['the same date order chosen by the user', { ...ahead, plans: [{ ...plan, dateOrderBasis: 'user' }] }, false],
		[
			'another decimal separator',
			{ ...ahead, plans: [{ ...plan, decimal: plan.decimal === '.' ? ',' : '.' }] },
			false
		],
		['another encoding', { ...ahead, plans: [{ ...plan, encoding: 'windows-1252' }] }, false],
		[
			'another amount mode',
			{
				...ahead,
				plans: [{ ...plan, amountMode: plan.amountMode === 'orderTotal' ? 'lineItems' : 'orderTotal' }]
			},
			false
		],
		[
			'another file of the same name',
			{ ...ahead, files: [{ ...file, lastModified: file.lastModified + 1 }] },
			false
		],
		['another size', { ...ahead, files: [{ ...file, size: file.size + 1 }] }, false],
		['two files', { files: [file, file], plans: [plan, plan], today: 20_000 }, false],
		['another day', { ...ahead, today: 20_001 }, false]
	];
	it.each(cases)('%s', (_, confirmed, same) => {
		expect(sameParse(ahead, confirmed)).toBe(same);
	});
});

describe('sameValue', () => {
	it.each([
		[1, 1, true],
		[1, '1', false],
		[NaN, NaN, true],
		[null, undefined, false],
		[[1, 2], [1, 2], true],
		[[1, 2], [2, 1], false],
		[[1], { 0: 1 }, false],
		[{ a: 1, b: [{ c: 2 }] }, { b: [{ c: 2 }], a: 1 }, true],
		[{ a: 1 }, { a: 1, b: undefined }, true],
		[{ a: 1 }, { a: 1, b: null }, false]
	])('%j and %j → %s', (a, b, same) => {
		expect(sameValue(a, b)).toBe(same);
	});
});
