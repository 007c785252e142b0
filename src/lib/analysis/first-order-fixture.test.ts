import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectSample } from '$lib/orders/inspect';
import { runImport } from '$lib/orders/pipeline';
import { DIMENSIONS } from '$lib/orders/columns';
import { sampleOf, sourceOf } from '$lib/orders/test-support';
import { ALL, FIRST_ORDER_FIXTURES, type ExpectedGroup } from '../../../tests/fixtures/first-order/expected';
import { indexCustomers } from './customers';
import { firstOrderBreakdown, firstOrderOptions, type FirstOrderGroup } from './first-order';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/first-order');

function shape(g: FirstOrderGroup): ExpectedGroup {
	return {
		value: g.kind === 'value' ? g.value : null,
		customers: g.customers,
		repeat: g.repeat,
		medianDays: g.medianDays,
		observed: g.within.observed,
		reordered: g.within.reordered,
		ltv: g.ltv.map((p) => Number(p.perCustomer.toFixed(9))),
		ltvCustomers: g.ltv.map((p) => p.customers)
	};
}
const rounded = (g: ExpectedGroup): ExpectedGroup => ({ ...g, ltv: g.ltv.map((v) => Number(v.toFixed(9))) });

describe.each(FIRST_ORDER_FIXTURES)(
	'first-order breakdowns of $file (hand-computed in tests/fixtures/first-order)',
	(fixture) => {
		async function imported() {
			const bytes = new Uint8Array(readFileSync(join(FIXTURES, fixture.file)));
			const { plan, layout } = inspectSample(sampleOf(fixture.file, bytes));
			expect(layout.layout).toBe(fixture.layout);
			const result = await runImport([sourceOf(bytes, plan)], { today: 20_000 });
			if (result.kind !== 'orders') throw new Error('expected orders');
			return result;
		}

		it('stores the dimensions the file has', async () => {
			const result = await imported();
			expect(DIMENSIONS.filter((d) => result.dimensions[d])).toEqual(fixture.dimensions);
		});

		it.each(Object.entries(fixture.groups))('groups customers by %s', async (dimension, expected) => {
			const result = await imported();
			const index = indexCustomers(result.columns, result.customers.length);
			const column = result.dimensions[dimension as (typeof DIMENSIONS)[number]] ?? null;
			const b = firstOrderBreakdown(
				result.columns,
				index,
				column,
				null,
				firstOrderOptions(dimension as (typeof DIMENSIONS)[number], result.items)
			);
			expect(shape(b.all)).toEqual(rounded(ALL));
			expect(b.groups.map(shape)).toEqual(expected.map(rounded));
		});
	}
);
