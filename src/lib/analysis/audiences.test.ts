import { describe, expect, it } from 'vitest';
import { bgnbdLogLikelihood, bgnbdProbabilityAlive, type BgnbdParams } from '$lib/models';
import { clvOverview, DEFAULT_CLV_SETTINGS, isSpendProblem, type ClvRun } from './clv-engine';
import { computeClv, type DataProblem } from '$lib/models';
import { indexCustomers } from './customers';
import {
	actionsOverview,
	actionsPage,
	audienceContacts,
	audienceCsv,
	nameColumnsOf,
	audienceRows,
	customerActions,
	countEmails,
	DEFAULT_AUDIENCE_RULES,
	isEmailShaped,
	probabilityOfPurchaseWithin,
	timeToNextPurchase,
	topValueCut,
	unsubscribeCsv,
	type Contact,
	type CustomerActions,
	type CustomerFacts
} from './audiences';
import { CONSENT_NO, CONSENT_UNKNOWN, CONSENT_YES } from '$lib/orders/consent';
import { NAME_SEPARATOR, readName } from '$lib/orders/names';

const P: BgnbdParams = { r: 2, alpha: 10, a: 0.5, b: 2 };

describe('probabilityOfPurchaseWithin and timeToNextPurchase (hand-worked)', () => {
	it.each([
		// x = 0: alive for sure; 1 − (20/40)² = 0.75; t50 = 20 (√2 − 1)
		{ x: 0, tx: 0, T: 10, t: 20, p: 0.75, t50: 20 * (Math.SQRT2 - 1) },
		// x = 1: P(alive) = 1/(1 + 0.5/2 · (20/15)³) = 27/43; P = 27/43 · (1 − (1/2)³) = 189/344;
		// 1 − 0.5 · 43/27 = 11/54, so t50 = 20 ((54/11)^(1/3) − 1)
		{ x: 1, tx: 5, T: 10, t: 20, p: 189 / 344, t50: 20 * (Math.cbrt(54 / 11) - 1) },
		// x = 3: P(alive) = 1/(1 + 0.5/4 · (30/12)⁵) ≈ 0.076 < 50 %: no date
		{ x: 3, tx: 2, T: 20, t: 20, p: (1 / (1 + 0.125 * 2.5 ** 5)) * (1 - (30 / 50) ** 5), t50: null }
	])('x = $x, t_x = $tx, T = $T', ({ x, tx, T, t, p, t50 }) => {
		expect(probabilityOfPurchaseWithin(P, t, x, tx, T)).toBeCloseTo(p, 12);
		const found = timeToNextPurchase(P, x, tx, T);
		if (t50 === null) expect(found).toBeNull();
		else {
			expect(found).toBeCloseTo(t50, 10);
			expect(probabilityOfPurchaseWithin(P, found!, x, tx, T)).toBeCloseTo(0.5, 12);
		}
	});

	// 1 − P(purchase in (T, T+t]) = L(x, t_x, T + t) / L(x, t_x, T): the same history observed longer.
	it.each([
		{ params: P, x: 4, tx: 30, T: 52, t: 13 },
		{ params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, x: 2, tx: 30.43, T: 38.86, t: 52 },
		{ params: { r: 0.5, alpha: 1, a: 1e-4, b: 1e3 }, x: 10, tx: 3, T: 40, t: 1 },
		{ params: { r: 5, alpha: 100, a: 3, b: 0.5 }, x: 1, tx: 0.5, T: 200, t: 400 }
	])('agrees with the model likelihood ($x, $tx, $T)', ({ params, x, tx, T, t }) => {
		const none = Math.exp(bgnbdLogLikelihood(params, x, tx, T + t) - bgnbdLogLikelihood(params, x, tx, T));
		expect(probabilityOfPurchaseWithin(params, t, x, tx, T)).toBeCloseTo(1 - none, 10);
	});

	it('grows from 0 towards P(alive) and never passes it', () => {
		expect(probabilityOfPurchaseWithin(P, 0, 1, 5, 10)).toBe(0);
		expect(probabilityOfPurchaseWithin(P, 1e9, 1, 5, 10)).toBeCloseTo(bgnbdProbabilityAlive(P, 1, 5, 10), 9);
	});
});

// Six customers, data ending on day 100 (hand-worked audiences below).
const FACTS: CustomerFacts = {
	count: 6,
	purchases: [1, 3, 4, 1, 2, 5],
	firstDay: [0, 10, 20, 80, 50, 5],
	value: [500, 400, 300, 50, 100, 300]
};
const ALIVE = [1, 0.3, 0.9, 1, 0.2, 0.85];
const RULES = { ...DEFAULT_AUDIENCE_RULES, topShare: 0.5, oneTimeDays: 30 };

describe('audiences', () => {
	it('puts the top share by value so far in, ties at the cut included', () => {
		// the 3rd highest of 500, 400, 300, 300, 100, 50 is 300
		expect(topValueCut(FACTS.value, 6, 0.5)).toBe(300);
		expect(topValueCut(FACTS.value, 6, 0.01)).toBe(500);
		expect(topValueCut([], 0, 0.2)).toBeNull();
	});

	it.each([
		// value ≥ 300 and P(active) < 50 %: customer 1 (customer 4 slips but is not top value)
		{ audience: 'slipping' as const, rules: RULES, rows: [1] },
		// value ≥ 300, 3+ purchase days, P(active) ≥ 80 %: 2 and 5 (0 bought once)
		{ audience: 'champions' as const, rules: RULES, rows: [2, 5] },
		// one purchase day, the first ≥ 30 days before day 100: 0 (100 days); 3 only 20 days
		{ audience: 'oneTime' as const, rules: RULES, rows: [0] },
		{ audience: 'oneTime' as const, rules: { ...RULES, oneTimeDays: 20 }, rows: [0, 3] }
	])('$audience', ({ audience, rules, rows }) => {
		expect(audienceRows(audience, FACTS, ALIVE, rules, 100)).toEqual(rows);
	});

	it('without a model, only the audience that needs none has members', () => {
		expect(audienceRows('slipping', FACTS, null, RULES, 100)).toEqual([]);
		expect(audienceRows('champions', FACTS, null, RULES, 100)).toEqual([]);
		expect(audienceRows('oneTime', FACTS, null, RULES, 100)).toEqual([0]);
	});
});

describe('audience export', () => {
	it.each([
		['anna@example.com', true],
		[' Ben@Example.COM ', true],
		['a.b+tag@shop.co.uk', true],
		['12345', false],
		['anna@example', false],
		['two words@example.com', false],
		['a@b@example.com', false],
		['', false]
	])('%j is an e-mail address: %s', (id, shaped) => {
		expect(isEmailShaped(id)).toBe(shaped);
	});

	const ids = ['Anna@Example.com ', 'anna@example.com', '12345', '=cmd@evil.com', '-sales@example.com', '+1-555'];

	it.each([
		// trimmed, lower-cased, once each; the non-address left out; a plain address written as it is
		// (the tools import the cell literally: an apostrophe would become part of it), one with a
		// formula's signs ('=', '|', '!') still guarded
		{
			format: 'klaviyo' as const,
			text: "Email\r\nanna@example.com\r\n'=cmd@evil.com\r\n-sales@example.com\r\n",
			count: 3,
			leftOut: 2
		},
		{
			format: 'mailchimp' as const,
			text: "Email Address\r\nanna@example.com\r\n'=cmd@evil.com\r\n-sales@example.com\r\n",
			count: 3,
			leftOut: 2
		},
		// customer ids keep the formula guard, addresses among them too
		{
			format: 'customerId' as const,
			text:
				'Customer ID\r\nAnna@Example.com \r\nanna@example.com\r\n12345\r\n' +
				"'=cmd@evil.com\r\n'-sales@example.com\r\n'+1-555\r\n",
			count: 6,
			leftOut: 0
		}
	])('$format', ({ format, text, count, leftOut }) => {
		const csv = audienceCsv(
			ids.map((id) => ({ id, name: null })),
			format
		);
		expect(csv.parts.join('')).toBe(text);
		expect(csv.count).toBe(count);
		expect(csv.leftOut).toBe(leftOut);
	});

	// Names as stored: first and last apart (U+001F), or whole.
	const contacts = [
		{ id: 'anna@example.com', name: readName(`Anna${NAME_SEPARATOR}Bērziņa`) },
		{ id: 'ivan@example.com', name: readName('=HYPERLINK("http://x","Ivan")') },
		{ id: 'li@example.com', name: readName(`${NAME_SEPARATOR}Wei, Li`) },
		{ id: 'none@example.com', name: null },
		{ id: '+vip@example.com', name: readName('+Zed') },
		{ id: '777', name: readName('Jan de Vries') }
	];

	it.each([
		{
			format: 'klaviyo' as const,
			columns: { parts: true, full: true },
			text:
				'Email,First Name,Last Name,Name\r\n' +
				'anna@example.com,Anna,Bērziņa,\r\n' +
				`ivan@example.com,,,"'=HYPERLINK(""http://x"",""Ivan"")"\r\n` +
				'li@example.com,,"Wei, Li",\r\n' +
				'none@example.com,,,\r\n' +
				"+vip@example.com,,,'+Zed\r\n"
		},
		{
			format: 'mailchimp' as const,
			columns: { parts: true, full: false },
			text:
				'Email Address,First Name,Last Name\r\n' +
				'anna@example.com,Anna,Bērziņa\r\n' +
				'ivan@example.com,,\r\n' +
				'li@example.com,,"Wei, Li"\r\n' +
				'none@example.com,,\r\n' +
				'+vip@example.com,,\r\n'
		},
		{
			format: 'customerId' as const,
			columns: { parts: false, full: true },
			text:
				'Customer ID,Name\r\n' +
				'anna@example.com,\r\n' +
				`ivan@example.com,"'=HYPERLINK(""http://x"",""Ivan"")"\r\n` +
				'li@example.com,\r\n' +
				'none@example.com,\r\n' +
				"'+vip@example.com,'+Zed\r\n" +
				'777,Jan de Vries\r\n'
		}
	])(
		'$format with names: the tool’s name headers, whole names under Name, formulas neutralised except in the e-mail column',
		({ format, columns, text }) => {
			expect(audienceCsv(contacts, format, columns).parts.join('')).toBe(text);
		}
	);

	it('tells which name columns a data set’s names fill', () => {
		expect(nameColumnsOf(null)).toEqual({ parts: false, full: false });
		expect(nameColumnsOf({ values: ['Jan de Vries'], index: Int32Array.of(0) })).toEqual({
			parts: false,
			full: true
		});
		expect(nameColumnsOf({ values: [`A${NAME_SEPARATOR}B`], index: Int32Array.of(0) })).toEqual({
			parts: true,
			full: false
		});
	});

	it('counts the e-mail-shaped ids', () => {
		expect(countEmails(ids)).toBe(4);
		expect(countEmails(['1', '2'])).toBe(0);
	});
});

describe('marketing consent in the audience exports', () => {
	const Y = CONSENT_YES;
	const N = CONSENT_NO;
	const U = CONSENT_UNKNOWN;
	const stated: Contact[] = [
		{ id: 'yes@example.com', name: null, consent: Y },
		{ id: 'no@example.com', name: null, consent: N },
		{ id: 'unknown@example.com', name: null, consent: U },
		// one address, two customers (ids differ in case): one declined, so the address is left out
		{ id: 'Twice@Example.com', name: null, consent: Y },
		{ id: 'twice@example.com', name: null, consent: N },
		{ id: '12345', name: null, consent: Y },
		{ id: '67890', name: null, consent: N }
	];

	it.each([
		{
			format: 'klaviyo' as const,
			consentColumn: true,
			text: 'Email,Email Marketing Consent\r\nyes@example.com,Subscribed\r\nunknown@example.com,\r\n',
			count: 2,
			leftOut: 1,
			declined: 4
		},
		{
			format: 'mailchimp' as const,
			consentColumn: true,
			text: 'Email Address,Email Marketing Consent\r\nyes@example.com,Subscribed\r\nunknown@example.com,\r\n',
			count: 2,
			leftOut: 1,
			declined: 4
		},
		{
			format: 'customerId' as const,
			consentColumn: true,
			text:
				'Customer ID,Email Marketing Consent\r\nyes@example.com,Subscribed\r\nunknown@example.com,\r\n' +
				'Twice@Example.com,Subscribed\r\n12345,Subscribed\r\n',
			count: 4,
			leftOut: 0,
			declined: 3
		},
		// a caller that asks for no column still never writes a customer who declined
		{
			format: 'klaviyo' as const,
			consentColumn: false,
			text: 'Email\r\nyes@example.com\r\nunknown@example.com\r\n',
			count: 2,
			leftOut: 1,
			declined: 4
		}
	])(
		'$format (consent column: $consentColumn): declined left out and counted, agreed “Subscribed”, unknown empty',
		({ format, consentColumn, text, count, leftOut, declined }) => {
			const csv = audienceCsv(stated, format, undefined, consentColumn);
			expect(csv.parts.join('')).toBe(text);
			expect(csv).toMatchObject({ count, leftOut, declined });
		}
	);

	it('without consent (the file had no column) keeps everyone and writes no consent column', () => {
		const csv = audienceCsv(
			stated.map(({ id, name }) => ({ id, name })),
			'klaviyo'
		);
		expect(csv.parts.join('')).toBe(
			'Email\r\nyes@example.com\r\nno@example.com\r\nunknown@example.com\r\ntwice@example.com\r\n'
		);
		expect(csv).toMatchObject({ count: 4, leftOut: 2, declined: 0 });
	});

	// FACTS' rows are customers 5, 4, … 0 (the rows of a run need not be the customers' order).
	const actions = {
		facts: { ...FACTS, lastPurchase: new Int32Array(6) },
		customerOf: Int32Array.of(5, 4, 3, 2, 1, 0),
		lastDay: 100,
		unit: 'day',
		horizonMonths: 12,
		readiness: { ok: true, problems: [], warnings: [] },
		model: { params: P, probabilityAlive: Float64Array.from(ALIVE), clvWithheld: false }
	} as unknown as CustomerActions;
	const customers = ['a@x.io', 'b@x.io', 'c@x.io', 'd@x.io', 'e@x.io', 'f@x.io'];
	// customers a…f: yes, no, unknown, no, yes, yes
	const consent = { columns: ['Accepts Marketing'], of: Uint8Array.of(Y, N, U, N, Y, Y) };
	const rules = { ...RULES, oneTimeDays: 20 };

	it.each([
		// slipping: row 1 = customer e (yes)
		{ audience: 'slipping' as const, counts: { yes: 1, no: 0, unknown: 0 } },
		// champions: rows 2, 5 = customers d (no) and a (yes)
		{ audience: 'champions' as const, counts: { yes: 1, no: 1, unknown: 0 } },
		// one-time at 20 days: rows 0, 3 = customers f (yes) and c (unknown)
		{ audience: 'oneTime' as const, counts: { yes: 1, no: 0, unknown: 1 } }
	])('counts $audience by each customer’s consent, through the rows’ customers', ({ audience, counts }) => {
		const overview = actionsOverview(actions, customers, rules, null, consent);
		expect(overview.consent?.columns).toEqual(['Accepts Marketing']);
		expect(overview.consent?.sizes[audience]).toEqual(counts);
		expect(counts.yes + counts.no + counts.unknown).toBe(overview.sizes[audience]);
	});

	it('has no consent counts for a data set without consent', () => {
		expect(actionsOverview(actions, customers, rules).consent).toBeNull();
	});

	it('gives each contact its customer’s consent, and the file leaves the declined out', () => {
		const contacts = audienceContacts(actions, customers, rules, 'champions', null, consent);
		expect(contacts).toEqual([
			{ id: 'd@x.io', name: null, consent: N },
			{ id: 'a@x.io', name: null, consent: Y }
		]);
		const csv = audienceCsv(contacts, 'klaviyo', undefined, true);
		expect(csv.parts.join('')).toBe('Email,Email Marketing Consent\r\na@x.io,Subscribed\r\n');
		expect(csv).toMatchObject({ count: 1, declined: 1 });
		expect(
			audienceCsv(
				audienceContacts(actions, customers, rules, 'oneTime', null, consent),
				'mailchimp',
				undefined,
				true
			).parts.join('')
		).toBe('Email Address,Email Marketing Consent\r\nf@x.io,Subscribed\r\nc@x.io,\r\n');
		expect(audienceContacts(actions, customers, rules, 'champions')).toEqual([
			{ id: 'd@x.io', name: null },
			{ id: 'a@x.io', name: null }
		]);
	});
});

describe('the unsubscribe file of the customers who declined marketing e-mail', () => {
	const Y = CONSENT_YES;
	const N = CONSENT_NO;
	const U = CONSENT_UNKNOWN;
	const customers = [
		'yes@example.com',
		'no@example.com',
		'unknown@example.com',
		// one address, two customers (ids differ in case): one declined, so the address is listed
		'Twice@Example.com',
		'twice@example.com',
		'12345',
		'67890',
		' Spaced@Example.COM ',
		// a plain address that starts with '-' is written as it is (the tool imports the cell literally)
		'-dash@example.com'
	];
	const consent = { columns: ['Accepts Marketing'], of: new Uint8Array([Y, N, U, Y, N, Y, N, N, N]) };

	it.each([
		{
			format: 'klaviyo' as const,
			text: 'Email\r\nno@example.com\r\ntwice@example.com\r\nspaced@example.com\r\n-dash@example.com\r\n'
		},
		{
			format: 'mailchimp' as const,
			text: 'Email Address\r\nno@example.com\r\ntwice@example.com\r\nspaced@example.com\r\n-dash@example.com\r\n'
		}
	])(
		'lists their addresses for $format, each once, lower-cased; an id that is no address is counted apart',
		({ format, text }) => {
			const file = unsubscribeCsv(customers, consent, format);
			expect(file.parts.join('')).toBe(text);
			expect(file.count).toBe(4);
			expect(file.leftOut).toBe(1);
		}
	);

	it('has the header alone where nobody declined', () => {
		const file = unsubscribeCsv(['a@x.io', 'b@x.io'], { columns: ['c'], of: new Uint8Array([Y, U]) }, 'klaviyo');
		expect(file).toEqual({ parts: ['Email\r\n'], count: 0, leftOut: 0, others: 0 });
	});

	it('adds the people with no order kept who declined, after the customers, unless a customer has their address', () => {
		const file = unsubscribeCsv(
			['a@x.io', 'b@x.io', 'C@x.io'],
			{
				columns: ['c'],
				of: new Uint8Array([N, Y, U]),
				// gone@: a voided checkout's opt-out, listed once; B@ and c@: customers' own addresses, whose
				// word decides (b said yes, c nothing), a@ already listed; 12345: no address.
				others: [' Gone@X.io', 'gone@x.io', 'B@x.io', 'c@x.io', 'a@x.io', '12345']
			},
			'klaviyo'
		);
		expect(file.parts.join('')).toBe('Email\r\na@x.io\r\ngone@x.io\r\n');
		expect(file).toMatchObject({ count: 2, leftOut: 0, others: 1 });
	});

	it('makes a file of the others alone where no customer declined', () => {
		const file = unsubscribeCsv(
			['a@x.io'],
			{ columns: ['c'], of: new Uint8Array([Y]), others: ['z@x.io'] },
			'mailchimp'
		);
		expect(file.parts.join('')).toBe('Email Address\r\nz@x.io\r\n');
		expect(file).toMatchObject({ count: 1, leftOut: 0, others: 1 });
	});
});

describe('customerActions and actionsPage', () => {
	// Three customers, data ending on day 10: a buys on days 0 and 5, b on day 10, c on day 0.
	const columns = {
		count: 4,
		customer: Int32Array.of(0, 0, 1, 2),
		day: Int32Array.of(0, 5, 10, 0),
		amount: Float64Array.of(10, 20, 30, 5)
	};
	const index = indexCustomers(columns, 3);
	const rows = { count: 3, x: Float64Array.of(1, 0, 0), tx: Float64Array.of(5, 0, 0), T: Float64Array.of(10, 0, 10) };
	const settings = { ...DEFAULT_CLV_SETTINGS, unit: 'day' as const, horizonMonths: 12 };
	const clv = {
		probabilityAlive: Float64Array.of(27 / 43, 1, 1),
		expectedPurchases: Float64Array.of(1, 2, 3),
		clv: Float64Array.of(100, 50, 75)
	};
	const runOf = (fitted: boolean) =>
		({
			settings,
			rows: { ...rows, monetary: new Float64Array(3) },
			customerOf: Int32Array.of(0, 1, 2),
			models: {
				readiness: { ok: fitted, problems: [], warnings: [] },
				bgnbd: fitted ? { params: P } : null,
				clv: fitted ? clv : null
			},
			excluded: { noOrders: 0, firstPurchaseAfterCalibration: 0 },
			sorted: new Map()
		}) as unknown as ClvRun;
	const names = ['a', 'b', 'c'];
	const query = { audience: 'all' as const, sort: 'nextDay' as const, descending: false, offset: 0, limit: 10 };
	// BG/NBD fitted and trusted, Gamma-Gamma refused (as on QA's Shopify file: q ran off to 6.4e7).
	const spendFailed = (problems: DataProblem[]) =>
		({
			settings,
			rows: { ...rows, monetary: Float64Array.of(20, 0, 0) },
			customerOf: Int32Array.of(0, 1, 2),
			models: {
				readiness: { ok: false, problems, warnings: [] },
				bgnbd: { params: P },
				gammaGamma: { params: { p: 6, q: 64_012_086, v: 2.9e9 } },
				clv: null,
				ridge: null
			},
			excluded: { noOrders: 0, firstPurchaseAfterCalibration: 0 },
			sorted: new Map()
		}) as unknown as ClvRun;
	const ggRanOff: DataProblem[] = [
		{ code: 'parameter-at-limit', model: 'gamma-gamma', parameter: 'q', value: 64_012_086 },
		{ code: 'parameter-at-limit', model: 'gamma-gamma', parameter: 'v', value: 2.9e9 }
	];

	it('tells the spend model’s refusals from the purchase model’s', () => {
		const cases: [DataProblem, boolean][] = [
			[{ code: 'parameter-at-limit', model: 'gamma-gamma', parameter: 'q', value: 1e7 }, true],
			[{ code: 'fit-not-converged', model: 'gamma-gamma', reason: 'x' }, true],
			[{ code: 'spend-mean-undefined', q: 0.9 }, true],
			[{ code: 'no-positive-spend', repeatBuyers: 3, excludedNonPositive: 3 }, true],
			[{ code: 'too-few-spend-customers', customers: 4, minimum: 10, excludedNonPositive: 0 }, true],
			[{ code: 'parameter-at-limit', model: 'bgnbd', parameter: 'r', value: 1e7 }, false],
			[{ code: 'fit-not-converged', model: 'bgnbd', reason: 'x' }, false],
			[{ code: 'too-few-repeat-buyers', repeatBuyers: 3, minimum: 10 }, false]
		];
		for (const [problem, spend] of cases) expect(isSpendProblem(problem)).toBe(spend);
	});

	it('keeps the purchase model’s predictions when only the spend model failed, and withholds CLV', () => {
		const run = spendFailed(ggRanOff);
		const actions = customerActions(run, index);
		// a: P(active) = 1 / (1 + a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x)) = 1 / (1 + ¼ · (20/15)³) = 27/43
		expect(actions.model!.probabilityAlive[0]).toBeCloseTo(27 / 43, 12);
		expect(Array.from(actions.model!.probabilityAlive.subarray(1))).toEqual([1, 1]);
		// the same next-order days as with both models (see above)
		expect(Array.from(actions.model!.nextDay)).toEqual([24, 15, 19]);
		// expected purchases as a full run with any spend model gives them (they need BG/NBD alone)
		const full = computeClv(run.rows, P, { p: 6, q: 4, v: 15 }, settings);
		for (let i = 0; i < 3; i++)
			expect(actions.model!.expectedPurchases[i]).toBeCloseTo(full.expectedPurchases[i], 12);
		expect(actions.model!.clvWithheld).toBe(true);
		const page = actionsPage(actions, names, DEFAULT_AUDIENCE_RULES, query);
		expect(page.rows.map((r) => [r.customer, r.nextDay, r.clv])).toEqual([
			['b', 15, null],
			['c', 19, null],
			['a', 24, null]
		]);
		expect(page.rows[2].probabilityAlive).toBeCloseTo(27 / 43, 12);
		// Slipping below 70 %: a (value 30, in the top 20 % with b; P(active) 27/43 ≈ 62.8 %)
		const rules = { ...DEFAULT_AUDIENCE_RULES, slippingBelow: 0.7, oneTimeDays: 5 };
		const overview = actionsOverview(actions, names, rules);
		expect(overview.params).toEqual(P);
		expect(overview.clvWithheld).toBe(true);
		expect(overview.sizes).toEqual({ slipping: 1, oneTime: 1, champions: 0 });
		expect(audienceContacts(actions, names, rules, 'slipping')).toEqual([{ id: 'a', name: null }]);
		// The Analysis page's CLV section: totals withheld, the purchase model's own kept
		const clvView = clvOverview(run, null);
		expect(clvView.totals).toBeNull();
		expect(clvView.purchaseTotals!.meanProbabilityAlive).toBeCloseTo((27 / 43 + 2) / 3, 12);
		expect(clvView.purchaseTotals!.expectedPurchases).toBeCloseTo(full.totals.expectedPurchases, 10);
	});

	it('withholds every prediction when the purchase model failed too', () => {
		const problems: DataProblem[] = [
			{ code: 'parameter-at-limit', model: 'bgnbd', parameter: 'alpha', value: 1e7 },
			...ggRanOff
		];
		const actions = customerActions(spendFailed(problems), index);
		expect(actions.model).toBeNull();
		expect(actionsOverview(actions, names, DEFAULT_AUDIENCE_RULES).clvWithheld).toBe(false);
		expect(clvOverview(spendFailed(problems), null).purchaseTotals).toBeNull();
	});

	it('dates the next order by the day P(at least one purchase) reaches 50 %, rounded up', () => {
		const actions = customerActions(runOf(true), index);
		// a: 10 + ⌈20 ((54/11)^(1/3) − 1)⌉ = 10 + ⌈13.99⌉; b: 10 + ⌈10 (√2 − 1)⌉; c: 10 + ⌈20 (√2 − 1)⌉
		expect(Array.from(actions.model!.nextDay)).toEqual([24, 15, 19]);
		// b over a year of days: 1 − (10 / 375.25)²
		expect(actions.model!.purchaseWithinHorizon[1]).toBeCloseTo(1 - (10 / 375.25) ** 2, 12);
		expect(Array.from(actions.facts.value)).toEqual([30, 30, 5]);
		expect(Array.from(actions.facts.purchases)).toEqual([2, 1, 1]);
		const page = actionsPage(actions, names, DEFAULT_AUDIENCE_RULES, query);
		expect(page.rows.map((r) => [r.customer, r.nextDay])).toEqual([
			['b', 15],
			['c', 19],
			['a', 24]
		]);
		expect(page.total).toBe(3);
	});

	it('without a fit keeps the facts, leaves the predictions empty, and sorts by id', () => {
		const actions = customerActions(runOf(false), index);
		expect(actions.model).toBeNull();
		const page = actionsPage(actions, names, DEFAULT_AUDIENCE_RULES, { ...query, sort: 'clv', descending: true });
		expect(page.rows.map((r) => [r.customer, r.value, r.clv, r.nextDay])).toEqual([
			['a', 30, null, null],
			['b', 30, null, null],
			['c', 5, null, null]
		]);
		// one-time buyers at day 5: c (first purchase 10 days before the end); b bought on the last day
		const overview = actionsOverview(actions, ['x@y.com', '2', '3'], { ...DEFAULT_AUDIENCE_RULES, oneTimeDays: 5 });
		expect(overview.sizes).toEqual({ slipping: 0, oneTime: 1, champions: 0 });
		expect(overview.emails).toBe(1);
		expect(overview.names).toBeNull();
		const oneTime = { ...DEFAULT_AUDIENCE_RULES, oneTimeDays: 5 };
		expect(audienceContacts(actions, names, oneTime, 'oneTime')).toEqual([{ id: 'c', name: null }]);
		// With stored names: c's is read back; a has one, b none.
		const stored = { values: [`Cara${NAME_SEPARATOR}Ozola`, 'Anna Berg'], index: Int32Array.of(1, -1, 0) };
		expect(audienceContacts(actions, names, oneTime, 'oneTime', stored)).toEqual([
			{ id: 'c', name: { kind: 'parts', first: 'Cara', last: 'Ozola' } }
		]);
		expect(actionsOverview(actions, names, oneTime, stored).names).toEqual({ parts: true, full: true, known: 2 });
	});
});
