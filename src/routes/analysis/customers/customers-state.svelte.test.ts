import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '$lib/i18n/i18n.svelte';
import { DEFAULT_AUDIENCE_RULES, type ActionsOverview } from '$lib/analysis/audiences';
import type { AnalysisClient } from '$lib/workers/analysis-client';
import { CustomersState } from './customers-state.svelte';

const OVERVIEW = {
	customers: 1,
	lastDay: 0,
	unit: 'week',
	horizonMonths: 12,
	readiness: { ok: true, problems: [], warnings: [] },
	params: null,
	clvWithheld: false,
	rules: DEFAULT_AUDIENCE_RULES,
	valueCut: null,
	sizes: { slipping: 0, oneTime: 0, champions: 0 },
	emails: 0,
	names: null,
	consent: null
} satisfies ActionsOverview;

const DOUBTS = [
	{ kind: 'fewReturning', count: 3, minimum: 30 },
	{ kind: 'shortSpan', spanDays: 60, needDays: 180 }
];

/** A client that answers every request at once and records what was asked. */
function recordingClient() {
	const asked: { type: string; rules?: { oneTimeDays: number } }[] = [];
	const client = {
		request(message: { type: string; rules?: { oneTimeDays: number } }) {
			asked.push(message);
			const reply =
				message.type === 'repurchase'
					? {
							type: 'repurchased',
							requestId: 1,
							summary: {
								sendDay: { postPurchase: 40, winBack: 70 },
								uncertain: true,
								repeatCustomers: 3,
								sendDayDoubts: DOUBTS
							}
						}
					: { type: 'customerActionsReady', requestId: 1, overview: OVERVIEW, rows: [], total: 0 };
			return Object.assign(Promise.resolve(reply), { requestId: 1 });
		}
	} as unknown as AnalysisClient;
	return { client, asked };
}

afterEach(async () => {
	await locale.set('en', false);
	localStorage.clear();
});

const settle = async () => {
	for (let i = 0; i < 5; i++) {
		await Promise.resolve();
		flushSync();
	}
};

describe('CustomersState', () => {
	it('takes the suggested send day as N, and asks once per change of its inputs (not again on each answer)', async () => {
		const { client, asked } = recordingClient();
		const view = new CustomersState(() => client);
		await view.suggestDays(1, null);
		expect(view.daysText).toBe('40');
		// The day is handed over with why it is uncertain, never as a settled figure.
		expect(view.suggestedDoubts).toEqual(DOUBTS);
		asked.length = 0;
		const stop = $effect.root(() => {
			$effect(() => {
				void view.load(1);
			});
		});
		await settle();
		expect(view.status).toBe('ready');
		expect(asked.map((m) => m.type)).toEqual(['customerActions']);
		view.daysText = '12';
		await settle();
		expect(asked.map((m) => m.rules?.oneTimeDays)).toEqual([40, 12]);
		stop();
	});

	it('leaves N to the user once they have typed in the field, even cleared, when the suggested day comes later', async () => {
		const { client } = recordingClient();
		const view = new CustomersState(() => client);
		// The field cleared to type a new N (as a selection replaced), the suggestion heard meanwhile.
		view.daysEdited = true;
		view.daysText = '';
		await view.suggestDays(1, null);
		expect(view.daysText).toBe('');
		view.daysText = '40';
		expect(view.days).toBe(40);
		// Not typed in: the suggestion fills the empty field.
		const fresh = new CustomersState(() => client);
		await fresh.suggestDays(1, null);
		expect(fresh.daysText).toBe('40');
	});

	it('keeps a number given in the address over the suggested day', async () => {
		const { client } = recordingClient();
		const view = new CustomersState(() => client);
		await view.suggestDays(1, 90);
		expect(view.daysText).toBe('90');
		expect(view.days).toBe(90);
	});

	it('asks with the settings of a fit shown elsewhere, and sorts by value so far when CLV is withheld', async () => {
		const asked: { clv?: object; query?: { sort: string } }[] = [];
		const client = {
			request(message: { clv?: object; query?: { sort: string } }) {
				asked.push(message);
				const reply = {
					type: 'customerActionsReady',
					requestId: 1,
					overview: { ...OVERVIEW, clvWithheld: true },
					rows: [],
					total: 0
				};
				return Object.assign(Promise.resolve(reply), { requestId: 1 });
			}
		} as unknown as AnalysisClient;
		// The Analysis page's fit: its unit, horizon, discount and margin, not this state's own.
		const settings = { unit: 'day', horizonMonths: 6, annualDiscountRate: 0.05, margin: 0.4 } as const;
		const view = new CustomersState(
			() => client,
			() => settings
		);
		view.daysText = '30';
		await view.load(1);
		expect(asked[0].clv).toEqual(settings);
		expect(asked[0].query?.sort).toBe('clv');
		expect(view.sort).toBe('value');
		expect(view.offset).toBe(0);
	});

	it('keeps the settings typed for a data set through a reload, each as typed (SPEC §8)', async () => {
		const { client } = recordingClient();
		const view = new CustomersState(() => client);
		view.restore(3, null);
		view.unit = 'day';
		view.horizonText = '6';
		view.topText = '12.5';
		view.slippingText = '45';
		view.championText = '80';
		view.daysEdited = true;
		view.daysText = '60';
		view.remember(3);

		// The page opened again (a reload, or back from another page): a new state.
		const again = new CustomersState(() => client);
		again.restore(3, null);
		expect([again.unit, again.horizonText, again.topText, again.slippingText, again.championText]).toEqual([
			'day',
			'6',
			'12.5',
			'45',
			'80'
		]);
		// N kept was typed: the suggested day, heard after, leaves it.
		await again.suggestDays(3, null);
		expect(again.daysText).toBe('60');
		expect(again.rules).toMatchObject({ topShare: 0.125, slippingBelow: 0.45, oneTimeDays: 60 });

		// Another data set has its own settings; a shared link's N comes before the N kept.
		const other = new CustomersState(() => client);
		other.restore(4, null);
		expect(other.topText).toBe(String(DEFAULT_AUDIENCE_RULES.topShare * 100));
		const linked = new CustomersState(() => client);
		linked.restore(3, 90);
		await linked.suggestDays(3, 90);
		expect(linked.daysText).toBe('90');
	});

	it('keeps the suggested N out of what is kept: it follows the data, not the user', async () => {
		const { client } = recordingClient();
		const view = new CustomersState(() => client);
		view.restore(5, null);
		await view.suggestDays(5, null);
		expect(view.daysText).toBe('40');
		view.remember(5);
		const again = new CustomersState(() => client);
		again.restore(5, null);
		expect(again.daysText).toBe('');
	});

	it('rewrites a typed setting in the new language, so the number stays the same', async () => {
		const view = new CustomersState(() => null);
		view.restore(6, null);
		view.topText = '12.5';
		view.followLanguage();
		await locale.set('lv', false);
		view.followLanguage();
		expect(view.topText).toBe('12,5');
		expect(view.top).toBe(12.5);
	});
});
