import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '$lib/db/database';
import { locale } from '$lib/i18n/i18n.svelte';
import { WHAT_IF_MEMORY_KEY } from './what-if-memory';
import { WhatIfState } from './what-if-state.svelte';

/** A what-if state outside a component (its live queries need an effect root). */
function create(): { model: WhatIfState; destroy: () => void } {
	let model: WhatIfState | undefined;
	const destroy = $effect.root(() => {
		model = new WhatIfState();
	});
	if (!model) throw new Error('no state');
	return { model, destroy };
}

beforeEach(() => localStorage.clear());
afterEach(() => locale.set('en'));

describe('WhatIfState and its address', () => {
	it('writes the starting values, and keeps them for an address without parameters', () => {
		const { model, destroy } = create();
		expect(model.params).toEqual({ c: '1000', aov: '50', f: '2.5', r: '60', g: '40', d: '10' });
		model.loadAddress(new URLSearchParams(''));
		expect(model.texts.purchasesPerYear).toBe('2.5');
		expect(model.change.retentionPoints).toBe(0);
		destroy();
	});

	it('restores values, changes and the source from an address, and writes them back the same', () => {
		const { model, destroy } = create();
		const query = 'c=1200&aov=49.9&f=2.5&r=65&g=40&d=10&dr=2.5&dv=10&src=dataset&id=4';
		model.loadAddress(new URLSearchParams(query));
		expect(model.texts).toMatchObject({ customers: '1200', averageOrderValue: '49.9', retention: '65' });
		expect(model.change).toEqual({
			retentionPoints: 2.5,
			orderValuePercent: 10,
			frequencyPercent: 0,
			marginPoints: 0
		});
		expect(model.source).toBe('dataset');
		expect(model.datasetId).toBe(4);
		expect(new URLSearchParams(model.params).toString()).toBe(query);
		destroy();
	});

	it('keeps a typed number through a change of language', async () => {
		const { model, destroy } = create();
		model.setText('averageOrderValue', '1,250.5');
		await locale.set('nl', false);
		expect(model.texts.averageOrderValue).toBe('1.250,5');
		expect(model.texts.purchasesPerYear).toBe('2,5');
		expect(model.readings.purchasesPerYear).toMatchObject({ ok: true, value: 2.5 });
		expect(model.params).toMatchObject({ aov: '1250.5', f: '2.5' });
		await locale.set('en', false);
		expect(model.texts.averageOrderValue).toBe('1,250.5');
		destroy();
	});
});

/** QA 56b D3: an emptied value came back as the starting value after a reload or a change of language. */
describe('WhatIfState keeps an emptied value empty', () => {
	it('through a reload of its address, in another language too', async () => {
		const first = create();
		first.model.loadAddress(new URLSearchParams(''));
		first.model.setText('retention', '');
		first.model.setText('discountRate', '');
		expect(first.model.base).toBeNull();
		await locale.set('lv', false);
		const address = new URLSearchParams(first.model.params);
		first.destroy();

		const reloaded = create();
		reloaded.model.loadAddress(address);
		expect(reloaded.model.texts).toMatchObject({ retention: '', discountRate: '', grossMargin: '40' });
		expect(reloaded.model.missing).toEqual(['retention', 'discountRate']);
		expect(reloaded.model.base).toBeNull();
		await locale.set('en', false);
		expect(reloaded.model.texts).toMatchObject({ retention: '', discountRate: '' });
		reloaded.destroy();
	});

	it('takes the starting value for a field the address does not name', () => {
		const { model, destroy } = create();
		model.loadAddress(new URLSearchParams('c=300'));
		expect(model.texts).toMatchObject({ customers: '300', retention: '60' });
		destroy();
	});
});

/** QA 52c D7: values typed in the what-if were lost when the page was left by a link and opened again. */
describe('WhatIfState remembers what was typed across in-app navigation and reload', () => {
	function typeAndLeave(): void {
		const { model, destroy } = create();
		model.loadAddress(new URLSearchParams(''));
		model.setText('customers', '777');
		model.setChange('retentionPoints', 3);
		flushSync();
		destroy();
	}

	it('opens again without a query with the values typed, not the starting ones', () => {
		typeAndLeave();
		const { model, destroy } = create();
		model.loadAddress(new URLSearchParams(''));
		expect(model.texts.customers).toBe('777');
		expect(model.change.retentionPoints).toBe(3);
		expect(model.params).toMatchObject({ c: '777', dr: '3' });
		destroy();
	});

	it('lets a shared link open with its own values', () => {
		typeAndLeave();
		const { model, destroy } = create();
		model.loadAddress(new URLSearchParams('c=1200&aov=50&f=2.5&r=60&g=40&d=10'));
		expect(model.texts.customers).toBe('1200');
		expect(model.change.retentionPoints).toBe(0);
		destroy();
	});

	it('reads a remembered text in the language it was typed in', async () => {
		await locale.set('nl', false);
		const first = create();
		first.model.loadAddress(new URLSearchParams(''));
		first.model.setText('averageOrderValue', '62,5');
		flushSync();
		first.destroy();
		await locale.set('en', false);
		const { model, destroy } = create();
		model.loadAddress(new URLSearchParams(''));
		expect(model.texts.averageOrderValue).toBe('62.5');
		expect(model.readings.averageOrderValue).toMatchObject({ ok: true, value: 62.5 });
		destroy();
	});

	it('keeps the starting values when the memory is unreadable', () => {
		localStorage.setItem(WHAT_IF_MEMORY_KEY, '{not json');
		const { model, destroy } = create();
		model.loadAddress(new URLSearchParams(''));
		expect(model.params).toEqual({ c: '1000', aov: '50', f: '2.5', r: '60', g: '40', d: '10' });
		destroy();
	});
});

/**
 * QA a_shopify_uk: with a data set as the baseline, r said "Not filled in" yet held the example's 60 %,
 * and margin 40 %, and the Effect table showed a CLV of £16.00 and next year's revenue from them.
 */
describe('a data set’s baseline leaves what it does not give empty', () => {
	it.each<[string, string, Record<string, string>, string[]]>([
		[
			'a reload of its address',
			'c=98&aov=23.2244&f=1.4388&src=dataset&id=4',
			{},
			['retention', 'grossMargin', 'discountRate']
		],
		[
			'its address once the user typed r, g and d',
			'c=98&aov=23.2244&f=1.4388&r=55&g=30&d=8&src=dataset&id=4',
			{ retention: '55', grossMargin: '30', discountRate: '8' },
			[]
		],
		[
			'a typed baseline keeps the example for what the address leaves out',
			'c=98',
			{ retention: '60', grossMargin: '40' },
			[]
		]
	])('%s', (_name, query, texts, missing) => {
		const { model, destroy } = create();
		model.loadAddress(new URLSearchParams(query));
		expect(model.texts).toMatchObject(texts);
		expect(model.missing).toEqual(missing);
		expect(model.base === null).toBe(missing.length > 0);
		expect(model.result === null).toBe(missing.length > 0);
		destroy();
	});
});

/** QA 56b D4: after a reload a data set's baseline kept its values but lost every note on where they came from. */
describe('WhatIfState restores the notes of a data set’s baseline from the address', () => {
	// QA shop (shopify_60): C 17 and f 46 ÷ 17 of Nov 2025 – Oct 2026, AOV €2,108.30 ÷ 46; no yearly CRR.
	const SHOP = {
		datasetId: 56,
		datasetName: 'QA shop',
		computedAt: 1,
		currency: 'EUR',
		customers: 18,
		orders: 57,
		revenuePerYear: null,
		measures: [],
		yearBuyers: { month: 2025 * 12 + 10, customers: 17, orders: 46, revenue: 2_108.3 }
	};
	beforeEach(async () => {
		await db().datasetMetrics.clear();
		await db().datasetMetrics.put(SHOP);
	});

	const notesOf = (model: WhatIfState) => model.notes.map((note) => `${note.field}:${note.kind}`).sort();

	async function filledThenReloaded(edit?: (model: WhatIfState) => void): Promise<{
		before: string[];
		after: WhatIfState;
		destroy: () => void;
	}> {
		const first = create();
		first.model.loadAddress(new URLSearchParams(''));
		await vi.waitFor(() => expect(first.model.loading).toBe(false));
		first.model.source = 'dataset';
		first.model.chooseDataset(56);
		edit?.(first.model);
		const before = notesOf(first.model);
		const address = new URLSearchParams(first.model.params);
		first.destroy();
		const reloaded = create();
		reloaded.model.loadAddress(address);
		await vi.waitFor(() => expect(reloaded.model.filled).not.toBeNull());
		return { before, after: reloaded.model, destroy: reloaded.destroy };
	}

	it('shows the same notes after a reload as before it', async () => {
		const { before, after, destroy } = await filledThenReloaded();
		expect(before).toEqual([
			'averageOrderValue:yearAov',
			'customers:year',
			'discountRate:notInDataset',
			'grossMargin:notInDataset',
			'purchasesPerYear:year',
			'retention:noYearlyCrr'
		]);
		// f with a fifth decimal: 17 × 2.7059 × 45.8326 is €2,108.31, 17 × 2.70588 × 45.8326 the year's €2,108.30.
		expect(after.texts).toMatchObject({
			customers: '17',
			purchasesPerYear: '2.70588',
			averageOrderValue: '45.8326',
			retention: ''
		});
		expect(notesOf(after)).toEqual(before);
		expect(after.filled).toBe(3);
		expect(after.sourceGone).toBe(false);
		destroy();
	});

	it('keeps no note for a value typed over before the reload', async () => {
		const { after, destroy } = await filledThenReloaded((model) => {
			model.setText('customers', '20');
			model.setText('retention', '55');
		});
		expect(notesOf(after)).toEqual([
			'averageOrderValue:yearAov',
			'discountRate:notInDataset',
			'grossMargin:notInDataset',
			'purchasesPerYear:year'
		]);
		expect(after.filled).toBe(2);
		destroy();
	});

	it('says so when the data set the address names is gone', async () => {
		const { model, destroy } = create();
		model.loadAddress(new URLSearchParams('c=17&aov=45.8326&f=2.7059&r=&g=&d=&src=dataset&id=99'));
		await vi.waitFor(() => expect(model.loading).toBe(false));
		expect(model.sourceGone).toBe(true);
		expect(model.notes).toEqual([]);
		expect(model.filled).toBeNull();
		expect(model.texts.customers).toBe('17');
		destroy();
	});
});
