import { describe, expect, it } from 'vitest';
import { exportKindOf, mixedExportKinds } from './plan';

describe('mixedExportKinds', () => {
	it.each([
		{ name: 'no file', plans: [], kinds: [] },
		{ name: 'one file', plans: [{ layout: 'shopify' as const }], kinds: [] },
		{
			name: 'monthly exports of one kind',
			plans: [{ layout: 'shopify' as const }, { layout: 'shopify' as const }, { layout: 'shopify' as const }],
			kinds: []
		},
		{
			// QA 64: a Shopify export and a UCI file became one data set with no word in the review.
			name: 'a Shopify export and a UCI file',
			plans: [{ layout: 'shopify' as const }, { layout: 'uci' as const }],
			kinds: [
				{ kind: 'shopify', files: [0] },
				{ kind: 'uci', files: [1] }
			]
		},
		{
			name: 'kinds in the order first chosen, each with its files',
			plans: [
				{ layout: 'generic' as const },
				{ layout: 'woocommerce' as const },
				{ layout: 'generic' as const },
				{ layout: 'generic' as const, paymentLedger: { kind: 'paypal' } as never }
			],
			kinds: [
				{ kind: 'generic', files: [0, 2] },
				{ kind: 'woocommerce', files: [1] },
				{ kind: 'paymentLedger', files: [3] }
			]
		}
	])('$name', ({ plans, kinds }) => {
		expect(mixedExportKinds(plans)).toEqual(kinds);
	});

	it('tells a payment ledger from the layout it was read with', () => {
		expect(exportKindOf({ layout: 'generic' })).toBe('generic');
		expect(exportKindOf({ layout: 'generic', paymentLedger: { kind: 'paypal' } as never })).toBe('paymentLedger');
	});
});
