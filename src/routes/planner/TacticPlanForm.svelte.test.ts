import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '$lib/db/database';
import type { PlanRow } from '$lib/planner/plan';
import { PlanState } from './plan-state.svelte';
import TacticPlanForm from './TacticPlanForm.svelte';

let cleanup: () => void = () => {};

beforeEach(async () => {
	await db().plan.clear();
});
afterEach(() => cleanup());

function setup(row: Partial<PlanRow> = {}) {
	let plan!: PlanState;
	cleanup = $effect.root(() => {
		plan = new PlanState();
	});
	const fullRow: PlanRow = {
		tacticId: 'win-back-email',
		status: 'not-started',
		notes: '',
		owner: '',
		targetDate: null,
		updatedAt: null,
		...row
	};
	render(TacticPlanForm, { tacticId: 'win-back-email', tacticName: 'Win-back email', row: fullRow, plan });
	return { plan, user: userEvent.setup() };
}

const stored = () => db().plan.get('win-back-email');

describe('TacticPlanForm', () => {
	it('saves the status, owner and notes of a tactic', async () => {
		const { plan, user } = setup();
		await user.selectOptions(screen.getByLabelText('Status'), 'in-progress');
		await user.type(screen.getByLabelText('Owner'), 'Ilze');
		await user.type(screen.getByLabelText('Notes'), 'Day 60 email, 10 % off');
		await user.tab();
		await plan.settled();
		await waitFor(async () =>
			expect(await stored()).toMatchObject({
				status: 'in-progress',
				owner: 'Ilze',
				notes: 'Day 60 email, 10 % off'
			})
		);
		expect(screen.getByRole('status')).toHaveTextContent('Saved.');
	});

	it('explains a date that does not exist, keeps what was typed and stores nothing wrong', async () => {
		const { plan, user } = setup({ targetDate: '2025-06-30', notes: 'keep me', updatedAt: 1 });
		await db().plan.put({
			tacticId: 'win-back-email',
			status: 'planned',
			notes: 'keep me',
			owner: '',
			targetDate: '2025-06-30',
			updatedAt: 1
		});
		const date = screen.getByLabelText('Target date');
		expect(date).toHaveValue('2025-06-30');
		expect(date).toHaveAccessibleDescription('Write it as YYYY-MM-DD, e.g. 2025-09-30. Leave empty for none.');

		await user.clear(date);
		await user.type(date, '2025-02-30');
		await user.tab();
		expect(date).toHaveAttribute('aria-invalid', 'true');
		expect(date).toHaveAccessibleDescription(expect.stringContaining('Enter a real date, or leave it empty.'));
		expect(date).toHaveValue('2025-02-30');

		// Other fields still save while the date is wrong.
		await user.type(screen.getByLabelText('Owner'), 'Jānis');
		await user.tab();
		await plan.settled();
		await waitFor(async () => expect((await stored())?.owner).toBe('Jānis'));
		expect(await stored()).toMatchObject({ targetDate: '2025-06-30', notes: 'keep me' });
		expect(date).toHaveValue('2025-02-30');

		// Corrected, it is saved and the message goes.
		await user.clear(date);
		await user.type(date, '2025-03-01');
		await user.tab();
		await plan.settled();
		await waitFor(async () => expect((await stored())?.targetDate).toBe('2025-03-01'));
		expect(date).toHaveAttribute('aria-invalid', 'false');
	});

	it('keeps over-long notes in the field, unsaved, with the count', async () => {
		const { plan, user } = setup();
		const notes = screen.getByLabelText('Notes');
		await user.click(notes);
		await user.paste('x'.repeat(5001));
		await user.tab();
		await plan.settled();
		expect(notes).toHaveAttribute('aria-invalid', 'true');
		expect(notes).toHaveAccessibleDescription(expect.stringContaining('5,001 of 5,000 characters'));
		expect(notes).toHaveValue('x'.repeat(5001));
		expect(await stored()).toBeUndefined();
	});

	it('renders notes as text, never as markup', async () => {
		setup({ notes: '<img src=x onerror="alert(1)"><b>bold</b>', updatedAt: 1 });
		expect(screen.getByLabelText('Notes')).toHaveValue('<img src=x onerror="alert(1)"><b>bold</b>');
		expect(document.querySelector('img')).toBeNull();
	});

	it('writes a note typed just before the page is closed, without waiting for the typing pause', async () => {
		const { plan, user } = setup();
		const leave = new Event('beforeunload', { cancelable: true });
		window.dispatchEvent(leave);
		expect(leave.defaultPrevented).toBe(false);

		await user.type(screen.getByLabelText('Notes'), 'Call back');
		expect(plan.pending).toBe(true);
		window.dispatchEvent(leave);
		// Something was still unsaved: the browser is asked to warn.
		expect(leave.defaultPrevented).toBe(true);
		window.dispatchEvent(new Event('pagehide'));
		// Well before the typing pause (400 ms) would have saved it.
		await waitFor(async () => expect((await stored())?.notes).toBe('Call back'), { timeout: 150 });
		await plan.settled();
		expect(plan.pending).toBe(false);
	});

	it('saves what was typed when the page is hidden', async () => {
		const { user } = setup();
		await user.type(screen.getByLabelText('Owner'), 'Ilze');
		Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
		Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
		await waitFor(async () => expect((await stored())?.owner).toBe('Ilze'), { timeout: 150 });
	});
});
