import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSENT_NO, CONSENT_UNKNOWN, CONSENT_YES, readConsent } from './consent';
import { inspectSample } from './inspect';
import { runImport, type ImportSource } from './pipeline';
import { importWholeAndRanged, sampleOf, sourceOf } from './test-support';

const TODAY = 20_000; // 2024-10-04
const encoder = new TextEncoder();

function sourceOfText(name: string, text: string): ImportSource {
	const bytes = encoder.encode(text);
	return sourceOf(bytes, inspectSample(sampleOf(name, bytes)).plan);
}

const WORD = { [CONSENT_UNKNOWN]: 'unknown', [CONSENT_YES]: 'yes', [CONSENT_NO]: 'no' } as const;

/** Each customer's stored consent by customer id, and the headers read (null: no consent column). */
async function consentOf(
	...texts: string[]
): Promise<{ columns: string[]; of: Record<string, 'unknown' | 'yes' | 'no'> } | null> {
	const result = await runImport(
		texts.map((text, i) => sourceOfText(`f${i}.csv`, text)),
		{ today: TODAY }
	);
	if (result.kind !== 'orders') throw new Error('not orders');
	const consent = result.consent ?? null;
	if (!consent) return null;
	expect(consent.of).toBeInstanceOf(Uint8Array);
	expect(consent.of.length).toBe(result.customers.length);
	return {
		columns: consent.columns,
		of: Object.fromEntries(result.customers.map((id, c) => [id, WORD[consent.of[c] as 0 | 1 | 2]]))
	};
}

describe('readConsent', () => {
	it.each<[string, number]>([
		['yes', CONSENT_YES],
		['Yes', CONSENT_YES],
		[' TRUE ', CONSENT_YES],
		['true', CONSENT_YES],
		['1', CONSENT_YES],
		['y', CONSENT_YES],
		['ja', CONSENT_YES],
		['да', CONSENT_YES],
		['是', CONSENT_YES],
		['subscribed', CONSENT_YES],
		['opted-in', CONSENT_YES],
		['no', CONSENT_NO],
		['No', CONSENT_NO],
		['false', CONSENT_NO],
		['FALSE', CONSENT_NO],
		['0', CONSENT_NO],
		['n', CONSENT_NO],
		['nee', CONSENT_NO],
		['нет', CONSENT_NO],
		['否', CONSENT_NO],
		['unsubscribed', CONSENT_NO],
		['not_subscribed', CONSENT_NO],
		['never subscribed', CONSENT_NO],
		['opted out', CONSENT_NO],
		['', CONSENT_UNKNOWN],
		['   ', CONSENT_UNKNOWN],
		['maybe', CONSENT_UNKNOWN],
		['pending', CONSENT_UNKNOWN],
		['2', CONSENT_UNKNOWN]
	])('%j → %i', (cell, expected) => {
		expect(readConsent(cell)).toBe(expected);
	});

	it('reads an absent cell as unknown', () => {
		expect(readConsent(undefined)).toBe(CONSENT_UNKNOWN);
	});
});

const SHOPIFY_HEAD =
	'Name,Email,Financial Status,Accepts Marketing,Created at,Total,Lineitem quantity,Lineitem name,Lineitem price\n';
const shopifyRow = (order: string, email: string, accepts: string, created: string, total = '10.00') =>
	`${order},${email},${accepts ? 'paid' : ''},${accepts},${created},${accepts ? total : ''},1,Tea,${total}\n`;

describe('marketing consent on import', () => {
	it.each<[string, string, Record<string, 'unknown' | 'yes' | 'no'>]>([
		[
			'an opt-out after an opt-in wins',
			shopifyRow('#1', 'a@x.io', 'yes', '2023-01-05 10:00:00 +0100') +
				shopifyRow('#2', 'a@x.io', 'no', '2023-02-05 10:00:00 +0100'),
			{ 'a@x.io': 'no' }
		],
		[
			'a later opt-in wins too',
			shopifyRow('#1', 'a@x.io', 'no', '2023-01-05 10:00:00 +0100') +
				shopifyRow('#2', 'a@x.io', 'yes', '2023-02-05 10:00:00 +0100'),
			{ 'a@x.io': 'yes' }
		],
		[
			'the latest by date, not by row: Shopify lists the newest order first',
			shopifyRow('#2', 'a@x.io', 'no', '2023-02-05 10:00:00 +0100') +
				shopifyRow('#1', 'a@x.io', 'yes', '2023-01-05 10:00:00 +0100') +
				shopifyRow('#4', 'b@x.io', 'yes', '2023-03-05 10:00:00 +0100') +
				shopifyRow('#3', 'b@x.io', 'no', '2023-02-05 10:00:00 +0100'),
			{ 'a@x.io': 'no', 'b@x.io': 'yes' }
		],
		[
			'two orders of one day: the later by time',
			shopifyRow('#2', 'a@x.io', 'yes', '2023-02-05 18:00:00 +0100') +
				shopifyRow('#1', 'a@x.io', 'no', '2023-02-05 09:00:00 +0100'),
			{ 'a@x.io': 'yes' }
		],
		[
			'two orders of the same moment that disagree: the opt-out is kept',
			shopifyRow('#1', 'a@x.io', 'no', '2023-02-05 09:00:00 +0100') +
				shopifyRow('#2', 'a@x.io', 'yes', '2023-02-05 09:00:00 +0100'),
			{ 'a@x.io': 'no' }
		],
		[
			'blank cells on further line-item rows and orders are ignored',
			shopifyRow('#1', 'a@x.io', 'no', '2023-01-05 10:00:00 +0100') +
				'#1,a@x.io,,,2023-01-05 10:00:00 +0100,,1,Mug,5.00\n' +
				shopifyRow('#2', 'b@x.io', 'yes', '2023-01-06 10:00:00 +0100') +
				'#2,b@x.io,,,2023-01-06 10:00:00 +0100,,2,Cup,5.00\n',
			{ 'a@x.io': 'no', 'b@x.io': 'yes' }
		],
		[
			'a later order with an empty or unreadable cell does not erase the statement',
			shopifyRow('#1', 'a@x.io', 'no', '2023-01-05 10:00:00 +0100') +
				'#2,a@x.io,paid,,2023-03-05 10:00:00 +0100,10.00,1,Tea,10.00\n' +
				'#3,a@x.io,paid,maybe,2023-04-05 10:00:00 +0100,10.00,1,Tea,10.00\n',
			{ 'a@x.io': 'no' }
		],
		[
			'a customer whose orders never say is unknown',
			shopifyRow('#1', 'a@x.io', 'yes', '2023-01-05 10:00:00 +0100') +
				'#2,c@x.io,paid,,2023-03-05 10:00:00 +0100,10.00,1,Tea,10.00\n',
			{ 'a@x.io': 'yes', 'c@x.io': 'unknown' }
		],
		[
			'an opt-out on a later order refunded in full stands',
			shopifyRow('#1', 'a@x.io', 'yes', '2023-01-10 10:00:00 +0100') +
				'#2,a@x.io,refunded,no,2023-06-01 10:00:00 +0100,10.00,1,Tea,10.00\n',
			{ 'a@x.io': 'no' }
		],
		[
			'an opt-out on a later order voided stands',
			shopifyRow('#1', 'a@x.io', 'yes', '2023-01-10 10:00:00 +0100') +
				'#2,a@x.io,voided,no,2023-06-01 10:00:00 +0100,10.00,1,Tea,10.00\n',
			{ 'a@x.io': 'no' }
		],
		[
			'a later opt-in on an order voided counts as well; an earlier one on such an order does not replace a later word',
			shopifyRow('#1', 'a@x.io', 'no', '2023-01-10 10:00:00 +0100') +
				'#2,a@x.io,voided,yes,2023-06-01 10:00:00 +0100,10.00,1,Tea,10.00\n' +
				'#3,b@x.io,voided,yes,2023-01-01 10:00:00 +0100,10.00,1,Tea,10.00\n' +
				shopifyRow('#4', 'b@x.io', 'no', '2023-02-10 10:00:00 +0100'),
			{ 'a@x.io': 'yes', 'b@x.io': 'no' }
		],
		[
			'a customer whose only order was voided is no customer, whatever it says',
			shopifyRow('#1', 'a@x.io', 'yes', '2023-01-10 10:00:00 +0100') +
				'#2,z@x.io,voided,no,2023-06-01 10:00:00 +0100,10.00,1,Tea,10.00\n',
			{ 'a@x.io': 'yes' }
		],
		[
			'an opt-out on a cancelled order from a date the import refuses says nothing',
			shopifyRow('#1', 'a@x.io', 'yes', '2023-01-10 10:00:00 +0100') +
				'#2,a@x.io,voided,no,2099-06-01 10:00:00 +0100,10.00,1,Tea,10.00\n' +
				'#3,b@x.io,paid,,2023-01-10 10:00:00 +0100,10.00,1,Tea,10.00\n' +
				'#4,b@x.io,voided,no,1970-06-01 10:00:00 +0100,10.00,1,Tea,10.00\n',
			{ 'a@x.io': 'yes', 'b@x.io': 'unknown' }
		],
		[
			'yes/no, true/false and 1/0 all read',
			shopifyRow('#1', 'a@x.io', 'TRUE', '2023-01-05 10:00:00 +0100') +
				shopifyRow('#2', 'b@x.io', 'false', '2023-01-05 10:00:00 +0100') +
				shopifyRow('#3', 'c@x.io', '1', '2023-01-05 10:00:00 +0100') +
				shopifyRow('#4', 'd@x.io', '0', '2023-01-05 10:00:00 +0100'),
			{ 'a@x.io': 'yes', 'b@x.io': 'no', 'c@x.io': 'yes', 'd@x.io': 'no' }
		]
	])('%s', async (_, rows, expected) => {
		expect(await consentOf(SHOPIFY_HEAD + rows)).toEqual({ columns: ['Accepts Marketing'], of: expected });
	});

	it.each([
		[
			'a registered customer’s opt-out at a cancelled guest checkout (their e-mail)',
			'1,123,a@x.io,2023-01-05,10,completed,yes\n2,0,a@x.io,2023-03-05,10,cancelled,no\n',
			{ '123': 'no' }
		],
		[
			'a guest’s opt-out on a cancelled order placed signed in (the registered id beside the e-mail)',
			'1,0,a@x.io,2023-01-05,10,completed,yes\n2,123,a@x.io,2023-03-05,10,cancelled,no\n',
			{ 'a@x.io': 'no' }
		],
		[
			'no other account’s opt-out (a family address two accounts share)',
			'1,123,fam@x.io,2023-01-05,10,completed,yes\n2,456,fam@x.io,2023-03-05,10,cancelled,no\n',
			{ '123': 'yes' }
		]
	])('counts %s for the customer the orders kept make of them', async (_, rows, expected) => {
		expect(
			(await consentOf('order_id,customer_id,email,date,total,status,accepts marketing\n' + rows))?.of
		).toEqual(expected);
	});

	it('reads newer Shopify exports’ “Accepts Email Marketing”, never their “Accepts SMS Marketing”', async () => {
		const head = 'Name,Email,Financial Status,Accepts Email Marketing,Accepts SMS Marketing,Created at,Total\n';
		const text = head + '#1,a@x.io,paid,no,yes,2023-01-05 10:00:00 +0100,10.00\n';
		expect(await consentOf(text)).toEqual({ columns: ['Accepts Email Marketing'], of: { 'a@x.io': 'no' } });
		const smsOnly = 'Name,Email,Financial Status,Accepts SMS Marketing,Created at,Total\n';
		expect(await consentOf(smsOnly + '#1,a@x.io,paid,yes,2023-01-05 10:00:00 +0100,10.00\n')).toBeNull();
	});

	it.each([
		[
			'WooCommerce-style “Marketing opt-in”',
			'order_id,email,date,total,Marketing opt-in\n1,a@x.io,2023-01-05,5,0\n'
		],
		['a “Newsletter” column', 'order_id,email,date,total,Newsletter\n1,a@x.io,2023-01-05,5,no\n']
	])('reads %s', async (_, text) => {
		expect((await consentOf(text))?.of).toEqual({ 'a@x.io': 'no' });
	});

	it('is null for a file without a consent column (every customer unknown)', async () => {
		expect(await consentOf('order_id,email,date,total\n1,a@x.io,2023-01-05,5\n')).toBeNull();
	});

	it('keeps consent across files, the latest order’s winning; customers of a file without the column are unknown', async () => {
		const jan = 'order_id,email,date,total,accepts marketing\n1,a@x.io,2023-02-01,5,yes\n';
		const feb = 'order_id,email,date,total\n2,a@x.io,2023-03-01,5\n3,b@x.io,2023-03-01,5\n';
		const old = 'order_id,email,date,total,accepts marketing\n4,a@x.io,2023-01-01,5,no\n';
		expect(await consentOf(jan, feb, old)).toEqual({
			columns: ['accepts marketing'],
			of: { 'a@x.io': 'yes', 'b@x.io': 'unknown' }
		});
	});

	it.each<[string, string, string[] | undefined]>([
		[
			'a person whose only order was voided, with an opt-out, is listed apart; an opt-in is not',
			shopifyRow('#1', 'a@x.io', 'yes', '2023-01-10 10:00:00 +0100') +
				'#2,z@x.io,voided,no,2023-06-01 10:00:00 +0100,10.00,1,Tea,10.00\n' +
				'#3,y@x.io,voided,yes,2023-06-01 10:00:00 +0100,10.00,1,Tea,10.00\n',
			['z@x.io']
		],
		[
			'their latest word counts: an opt-out then an opt-in on two voided orders is not listed',
			shopifyRow('#1', 'a@x.io', 'yes', '2023-01-10 10:00:00 +0100') +
				'#2,z@x.io,voided,no,2023-06-01 10:00:00 +0100,10.00,1,Tea,10.00\n' +
				'#3,z@x.io,refunded,yes,2023-07-01 10:00:00 +0100,10.00,1,Tea,10.00\n',
			undefined
		],
		[
			'a customer’s opt-out on a voided order is theirs, not listed apart',
			shopifyRow('#1', 'a@x.io', 'yes', '2023-01-10 10:00:00 +0100') +
				'#2,a@x.io,voided,no,2023-06-01 10:00:00 +0100,10.00,1,Tea,10.00\n',
			undefined
		]
	])('%s', async (_, rows, others) => {
		const result = await runImport([sourceOfText('f.csv', SHOPIFY_HEAD + rows)], { today: TODAY });
		if (result.kind !== 'orders') throw new Error('not orders');
		expect(result.consent?.others).toEqual(others);
	});

	it('lists no address written beside another id apart: it may be another account’s too (a family address)', async () => {
		const result = await runImport(
			[
				sourceOfText(
					'f.csv',
					'order_id,customer_id,email,date,total,status,accepts marketing\n' +
						'1,123,a@x.io,2023-01-05,10,completed,yes\n2,456,fam@x.io,2023-03-05,10,cancelled,no\n'
				)
			],
			{ today: TODAY }
		);
		if (result.kind !== 'orders') throw new Error('not orders');
		expect(result.customers).toEqual(['123']);
		expect(result.consent?.others).toBeUndefined();
	});

	it('gives the same consent read in byte ranges as read whole', async () => {
		let text = 'order_id,email,date,total,accepts marketing\n';
		for (let i = 0; i < 400; i++)
			text += `${i},c${i % 37}@x.io,2023-${String(1 + (i % 12)).padStart(2, '0')}-0${1 + (i % 9)},5,${i % 3 === 0 ? 'no' : i % 3 === 1 ? 'yes' : ''}\n`;
		const bytes = encoder.encode(text);
		const plan = inspectSample(sampleOf('f.csv', bytes)).plan;
		const { whole, ranged } = await importWholeAndRanged(bytes, plan, TODAY);
		const stated = (r: typeof whole) => r.customers.map((id, c) => [id, r.consent!.of[c]] as const).sort();
		expect(stated(ranged)).toEqual(stated(whole));
		// Reference: each customer's latest dated row with a yes or no (a tie of one day: no wins).
		const expected = new Map<string, { key: string; value: number }>();
		for (let i = 0; i < 400; i++) {
			if (i % 3 === 2) continue;
			const id = `c${i % 37}@x.io`;
			const key = `${String(1 + (i % 12)).padStart(2, '0')}-${1 + (i % 9)}`;
			const value = i % 3 === 0 ? CONSENT_NO : CONSENT_YES;
			const had = expected.get(id);
			if (!had || key > had.key || (key === had.key && value === CONSENT_NO)) expected.set(id, { key, value });
		}
		for (const [id, value] of stated(whole)) expect([id, value]).toEqual([id, expected.get(id)?.value ?? 0]);
	});

	it('gives the same consent read in byte ranges as read whole where orders not kept have their word too', async () => {
		let text = 'order_id,email,date,total,status,accepts marketing\n';
		// Every fourth order is cancelled, of customers c30–c36, who have no other (so are no customers);
		// every eighth too, of customers with orders kept, late in the year (so often their latest word).
		const rows = Array.from({ length: 400 }, (_, i) => ({
			id: i % 4 === 3 ? `c${30 + (i % 7)}@x.io` : `c${i % 30}@x.io`,
			day: i % 8 === 1 ? `2023-12-2${i % 9}` : `2023-${String(1 + (i % 12)).padStart(2, '0')}-0${1 + (i % 9)}`,
			status: i % 4 === 3 || i % 8 === 1 ? 'cancelled' : 'completed',
			// (Not by i % 3: every row of a customer, i % 30, would say the same.)
			word: i % 7 < 3 ? 'no' : i % 7 < 6 ? 'yes' : ''
		}));
		for (const [i, r] of rows.entries()) text += `${i},${r.id},${r.day},5,${r.status},${r.word}\n`;
		const bytes = encoder.encode(text);
		const plan = inspectSample(sampleOf('f.csv', bytes)).plan;
		expect(plan.mapping.status).toBe(4);
		const { whole, ranged } = await importWholeAndRanged(bytes, plan, TODAY);
		const stated = (r: typeof whole) => r.customers.map((id, c) => [id, r.consent!.of[c]] as const).sort();
		expect(stated(ranged)).toEqual(stated(whole));
		// The people with no order kept (c30–c36) whose latest word is a no, the same either way.
		const others = (r: typeof whole) => [...(r.consent!.others ?? [])].sort();
		expect(others(ranged)).toEqual(others(whole));
		const latestOfOthers = new Map<string, { day: string; value: string }>();
		for (const r of rows.filter((r) => r.word && r.status === 'cancelled' && /c3\d@/.test(r.id))) {
			const had = latestOfOthers.get(r.id);
			if (!had || r.day > had.day || (r.day === had.day && r.word === 'no'))
				latestOfOthers.set(r.id, { day: r.day, value: r.word });
		}
		const declinedOthers = [...latestOfOthers].filter(([, r]) => r.value === 'no').map(([id]) => id);
		expect(declinedOthers.length).toBeGreaterThan(0);
		expect(others(whole)).toEqual(declinedOthers.sort());
		// Reference: for each customer with an order kept, their latest dated row with a yes or no,
		// cancelled or not (a tie of one day: no wins).
		const customers = new Set(rows.filter((r) => r.status !== 'cancelled').map((r) => r.id));
		const expected = new Map<string, { day: string; value: number }>();
		for (const r of rows) {
			if (!r.word || !customers.has(r.id)) continue;
			const value = r.word === 'no' ? CONSENT_NO : CONSENT_YES;
			const had = expected.get(r.id);
			if (!had || r.day > had.day || (r.day === had.day && value === CONSENT_NO))
				expected.set(r.id, { day: r.day, value });
		}
		expect(stated(whole)).toEqual([...customers].sort().map((id) => [id, expected.get(id)?.value ?? 0]));
		// (Cancelled orders' words changed some customers' consent: the case is not empty.)
		const keptOnly = new Map<string, { day: string; value: number }>();
		for (const r of rows.filter((r) => r.word && r.status !== 'cancelled')) {
			const value = r.word === 'no' ? CONSENT_NO : CONSENT_YES;
			const had = keptOnly.get(r.id);
			if (!had || r.day > had.day || (r.day === had.day && value === CONSENT_NO))
				keptOnly.set(r.id, { day: r.day, value });
		}
		expect(
			[...customers].filter((id) => keptOnly.get(id)?.value !== expected.get(id)?.value).length
		).toBeGreaterThan(0);
	});

	it('reads the Shopify consent fixture as its comment in make-fixtures.mjs says', async () => {
		const file = join(import.meta.dirname, '../../../tests/fixtures/orders/shopify_consent.csv');
		expect(await consentOf(readFileSync(file, 'utf8'))).toEqual({
			columns: ['Accepts Marketing'],
			of: {
				'olga@example.com': 'no',
				'paul@example.com': 'yes',
				'sam@example.com': 'no',
				'tina@example.com': 'yes',
				'wendy@example.com': 'unknown',
				'rita@example.com': 'no',
				'uma@example.com': 'yes',
				'vic@example.com': 'no'
			}
		});
	});
});
