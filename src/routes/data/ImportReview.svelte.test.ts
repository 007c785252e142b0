import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ImportReview from './ImportReview.svelte';
import type { ImportSession } from './import-session.svelte';

/** A session at the review with no file drawn, whose files lack the columns `missing` names. */
const sessionWith = (missing: string[][]) =>
	({
		inspections: [],
		plans: missing.map(() => ({ amountMode: 'orderTotal', layout: 'generic', mapping: { orderId: 0 } })),
		files: missing.map((_, i) => ({ name: `orders-${i + 1}.csv` })),
		missing,
		name: 'Orders',
		nameProblem: null,
		canStart: missing.every((m) => m.length === 0),
		reviewDrawn: () => {},
		start: () => {},
		reset: () => {}
	}) as unknown as ImportSession;

describe('the Import button of the review', () => {
	it.each([
		{
			missing: [['customer', 'date', 'amount']],
			why: /in “orders-1\.csv”, choose a column for Customer.*Order date.*Order total/
		},
		{ missing: [[], ['date']], why: /in “orders-2\.csv”, choose a column for Order date/ },
		{ missing: [[]], why: null }
	])('says beside it why it is off: $missing', async ({ missing, why }) => {
		render(ImportReview, { session: sessionWith(missing) });
		const button = await screen.findByTestId('start-import');
		expect(button).toHaveProperty('disabled', why !== null);
		const note = screen.queryByTestId('start-import-blocked');
		if (why === null) expect(note).toBeNull();
		else {
			expect(note).toHaveTextContent(why);
			expect(button.getAttribute('aria-describedby')).toBe(note!.id);
		}
	});
});
