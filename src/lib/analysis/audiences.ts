import { toCsvRow } from '$lib/csv/escape';
import {
	bgnbdProbabilityAlive,
	daysPerUnit,
	monthsToUnits,
	type BgnbdParams,
	type Readiness,
	type TimeUnit
} from '$lib/models';
import type { CustomerNames } from '$lib/orders/columns';
import { CONSENT_NO, CONSENT_UNKNOWN, CONSENT_YES, type Consent, type CustomerConsent } from '$lib/orders/consent';
import { readName, type PersonName } from '$lib/orders/names';
import { purchasePredictions, type ClvRun } from './clv-engine';
import type { CustomerIndex } from './customers';

/**
 * Per-customer actions (issue 13, item 3): when each customer is expected to buy next under the
 * BG/NBD model, and ready audiences with the rules below, exported for e-mail tools.
 *
 * Next purchase. In BG/NBD (Fader, Hardie & Lee 2005) a customer who is alive at T buys as a Poisson
 * process with rate λ and can drop out only right after a purchase, so their next purchase comes
 * after an exponential wait with rate λ. Given the history (x repeat purchases, the last at t_x,
 * observed for T), λ has the posterior Gamma(r + x, α + T) on the customers still alive, so
 *   P(no purchase in (T, T + t] | alive, history) = E[e^(−λt)] = ((α + T)/(α + T + t))^(r + x),
 *   P(at least one purchase in (T, T + t] | history) = P(alive) · (1 − ((α + T)/(α + T + t))^(r + x)).
 * (Equivalently, 1 − this = L(x, t_x, T + t) / L(x, t_x, T), the model's likelihood of the same
 * history observed for t longer without a purchase; the unit tests check the two agree.)
 * The expected time to the next purchase is stated as the time t by which this probability
 * reaches 50 %:
 *   t50 = (α + T) · ((1 − 0.5 / P(alive))^(−1/(r + x)) − 1),
 * and does not exist when P(alive) ≤ 50 % (the probability never reaches one half). The predicted
 * next-order date is the data's last day + t50.
 */

/** P(at least one purchase in the next t | x, t_x, T), in the model's time unit. */
export function probabilityOfPurchaseWithin(params: BgnbdParams, t: number, x: number, tx: number, T: number): number {
	if (t <= 0) return 0;
	const { r, alpha } = params;
	// 1 − ((α+T)/(α+T+t))^(r+x), formed without cancellation for small t
	return bgnbdProbabilityAlive(params, x, tx, T) * -Math.expm1(-(r + x) * Math.log1p(t / (alpha + T)));
}

/** The time by which P(at least one purchase) reaches `probability`, or null if it never does. */
export function timeToNextPurchase(
	params: BgnbdParams,
	x: number,
	tx: number,
	T: number,
	probability = 0.5
): number | null {
	const alive = bgnbdProbabilityAlive(params, x, tx, T);
	if (!(alive > probability)) return null;
	const { r, alpha } = params;
	// ((α+T)/(α+T+t))^(r+x) = 1 − p/P(alive)  ⇒  t = (α+T)·(exp(−ln(1 − p/P(alive))/(r+x)) − 1)
	return (alpha + T) * Math.expm1(-Math.log1p(-probability / alive) / (r + x));
}

export const AUDIENCES = ['slipping', 'oneTime', 'champions'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * Each audience's part of its files' names, as its English name says it. 'champions' is the
 * high-value, active audience: not the RFM segment "Champions" of the Analysis page (another rule,
 * other customers), whose name it does not take.
 */
export const AUDIENCE_FILE_NAMES: Record<Audience, string> = {
	slipping: 'high-value-slipping',
	oneTime: 'one-time-buyers',
	champions: 'high-value-active'
};

export interface AudienceRules {
	/** "Top value": the share of customers with the highest value so far (0.2 = top 20 %). */
	topShare: number;
	/** High value, slipping: P(active) below this. */
	slippingBelow: number;
	/** High value, active: P(active) at least this, and at least `championPurchases` purchase days. */
	championAtLeast: number;
	championPurchases: number;
	/** One-time buyers, N or more days since their order: one purchase day, the first at least N days before the data's last day. */
	oneTimeDays: number;
}

export const DEFAULT_AUDIENCE_RULES: AudienceRules = {
	topShare: 0.2,
	slippingBelow: 0.5,
	championAtLeast: 0.8,
	championPurchases: 3,
	oneTimeDays: 30
};

/** What is known of each customer row without a model. */
export interface CustomerFacts {
	count: number;
	/** Distinct purchase days. */
	purchases: ArrayLike<number>;
	firstDay: ArrayLike<number>;
	/** Net value of all the customer's orders so far. */
	value: ArrayLike<number>;
}

/**
 * The value so far that puts a customer in the top `share` of customers: the value of the
 * ceil(share · n)-th highest; customers tied with it are in too. Null when there are no customers.
 */
export function topValueCut(value: ArrayLike<number>, count: number, share: number): number | null {
	if (count === 0) return null;
	const sorted = Float64Array.from({ length: count }, (_, i) => value[i]).sort();
	const k = Math.min(count, Math.max(1, Math.ceil(share * count)));
	return sorted[count - k];
}

/**
 * Whether row i is in the audience. `probabilityAlive` is null when the model is not available:
 * the audiences that need it are then empty.
 */
export function inAudience(
	audience: Audience,
	i: number,
	facts: CustomerFacts,
	probabilityAlive: ArrayLike<number> | null,
	rules: AudienceRules,
	cut: number | null,
	lastDay: number
): boolean {
	switch (audience) {
		case 'oneTime':
			return facts.purchases[i] === 1 && lastDay - facts.firstDay[i] >= rules.oneTimeDays;
		case 'slipping':
			return (
				probabilityAlive !== null &&
				cut !== null &&
				facts.value[i] >= cut &&
				probabilityAlive[i] < rules.slippingBelow
			);
		case 'champions':
			return (
				probabilityAlive !== null &&
				cut !== null &&
				facts.value[i] >= cut &&
				facts.purchases[i] >= rules.championPurchases &&
				probabilityAlive[i] >= rules.championAtLeast
			);
	}
}

/** The rows of an audience, in row order. */
export function audienceRows(
	audience: Audience,
	facts: CustomerFacts,
	probabilityAlive: ArrayLike<number> | null,
	rules: AudienceRules,
	lastDay: number
): number[] {
	const cut = topValueCut(facts.value, facts.count, rules.topShare);
	const rows: number[] = [];
	for (let i = 0; i < facts.count; i++)
		if (inAudience(audience, i, facts, probabilityAlive, rules, cut, lastDay)) rows.push(i);
	return rows;
}

/** An address of only letters, digits and . _ % + - before the @, and a plain domain (see `audienceCsv`). */
function isPlainAddress(address: string): boolean {
	return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(address);
}

/** An e-mail column's cell: a plain address as it is, any other through the formula-safe writer (see `audienceCsv`). */
function addressCell(address: string): string {
	return isPlainAddress(address) ? address : toCsvRow([address]);
}

/**
 * A CSV file's text as parts of at most 20,000 lines each, for a Blob to join: a file of a million
 * customers is never one string.
 */
class CsvParts {
	readonly #parts: string[];
	#lines: string[] = [];
	constructor(header: string[]) {
		this.#parts = [toCsvRow(header) + '\r\n'];
	}
	add(line: string): void {
		this.#lines.push(line);
		if (this.#lines.length === 20_000) this.#flush();
	}
	done(): string[] {
		this.#flush();
		return this.#parts;
	}
	#flush(): void {
		if (this.#lines.length === 0) return;
		this.#parts.push(this.#lines.join('\r\n') + '\r\n');
		this.#lines = [];
	}
}

/**
 * An e-mail address as list imports accept it: one @, something before it, a dot in the domain,
 * no spaces, commas, semicolons, angle brackets or quotes. (Shopify exports identify customers by
 * e-mail, so a data set's customer ids may be e-mail addresses.)
 */
export function isEmailShaped(id: string): boolean {
	return /^[^\s@,;<>"']+@[^\s@,;<>"'.]+(\.[^\s@,;<>"'.]+)+$/.test(id.trim());
}

/**
 * The export formats. The e-mail column is named as each tool's list import documents it:
 * Klaviyo reads a first column headed "Email" (or "Email Address"); Mailchimp requires a column it
 * maps to its "Email Address" field. Without e-mail addresses the file has the customer ids.
 */
export const EXPORT_HEADERS = { klaviyo: 'Email', mailchimp: 'Email Address', customerId: 'Customer ID' } as const;
export type ExportFormat = keyof typeof EXPORT_HEADERS;

/**
 * The name columns, where the data set stores names. Klaviyo maps a column headed with a
 * Klaviyo property's name to that property ("First Name", "Last Name"); Mailchimp's audiences
 * have the default fields "First Name" and "Last Name", which its import matches by header.
 * Neither documents splitting one full-name column into the two, and a full name cannot be split
 * reliably, so a file's single name column is written whole under "Name": Klaviyo keeps it as a
 * custom property of that name, and Mailchimp imports it into a text field chosen at import.
 */
export const NAME_HEADERS = { first: 'First Name', last: 'Last Name', full: 'Name' } as const;

/**
 * The consent column, where the data set stores consent: Klaviyo's list import documents an "Email
 * Marketing Consent" column (Subscribed; an empty cell is "never subscribed"). Mailchimp documents
 * no such column (its import takes one status for the whole file): there it is a plain column to
 * map to a text field or leave out. Customers who declined are never in the file (see `audienceCsv`).
 */
export const CONSENT_HEADER = 'Email Marketing Consent';
export const CONSENT_SUBSCRIBED = 'Subscribed';

/** Which name columns a data set's names fill: first and last, and/or whole names. */
export interface NameColumns {
	parts: boolean;
	full: boolean;
}

export function nameColumnsOf(names: CustomerNames | null): NameColumns {
	const columns = { parts: false, full: false };
	for (const value of names?.values ?? []) {
		const name = readName(value);
		if (name?.kind === 'parts') columns.parts = true;
		else if (name) columns.full = true;
	}
	return columns;
}

/** One customer of an audience, as exported: the id (an e-mail address or not) and the name if known. */
export interface Contact {
	id: string;
	name: PersonName | null;
	/** The customer's e-mail marketing consent (see `$lib/orders/consent`); unknown where the data set has none. */
	consent?: Consent;
}

/** How many customer ids are e-mail-shaped: the e-mail formats are offered when any is. */
export function countEmails(ids: readonly string[]): number {
	let n = 0;
	for (const id of ids) if (isEmailShaped(id)) n++;
	return n;
}

/**
 * An audience as a CSV file for an e-mail tool: the id column (see EXPORT_HEADERS), the name
 * columns `names` asks for (see NAME_HEADERS) and, with `consentColumn`, the consent column (see
 * CONSENT_HEADER: "Subscribed" for a yes, empty where unknown), one customer a line, e-mail
 * addresses trimmed and lower-cased, each once. Customers whose latest order declined marketing
 * e-mail are left out of every format and counted (`declined`; an address that any of its
 * customers declined with is left out whole). For the e-mail formats customers whose id is not an
 * e-mail address are left out and counted (`leftOut`).
 *
 * Every cell goes through the formula-safe writer except a plain address in the e-mail column of
 * the e-mail formats (`isPlainAddress`): an address may start with '-' or '+', and Klaviyo and
 * Mailchimp import the cell literally, so the guard's apostrophe would become part of the address.
 * A plain address has only letters, digits and . _ % + -: no '=', '|', '!', brackets or quotes, so
 * no formula a spreadsheet would run. Other addresses, names and customer ids keep the guard.
 */
export function audienceCsv(
	contacts: readonly Contact[],
	format: ExportFormat,
	names: NameColumns = { parts: false, full: false },
	consentColumn = false
): { parts: string[]; count: number; leftOut: number; declined: number } {
	const header: string[] = [EXPORT_HEADERS[format]];
	if (names.parts) header.push(NAME_HEADERS.first, NAME_HEADERS.last);
	if (names.full) header.push(NAME_HEADERS.full);
	if (consentColumn) header.push(CONSENT_HEADER);
	const file = new CsvParts(header);
	const cellOf = (raw: string) => (format === 'customerId' ? raw : raw.trim().toLowerCase());
	const refused = new Set<string>();
	for (const { id, consent } of contacts) if (consent === CONSENT_NO) refused.add(cellOf(id));
	const seen = new Set<string>();
	let leftOut = 0;
	let declined = 0;
	for (const { id: raw, name, consent } of contacts) {
		const cell = cellOf(raw);
		if (consent === CONSENT_NO || refused.has(cell)) {
			declined++;
			continue;
		}
		if (format !== 'customerId' && !isEmailShaped(raw)) {
			leftOut++;
			continue;
		}
		if (seen.has(cell)) continue;
		seen.add(cell);
		const rest: string[] = [];
		if (names.parts) rest.push(name?.kind === 'parts' ? name.first : '', name?.kind === 'parts' ? name.last : '');
		if (names.full) rest.push(name?.kind === 'full' ? name.full : '');
		if (consentColumn) rest.push(consent === CONSENT_YES ? CONSENT_SUBSCRIBED : '');
		// An address is written as it is (see above); every other cell through the formula-safe writer.
		const first = format !== 'customerId' ? addressCell(cell) : toCsvRow([cell]);
		file.add(rest.length ? `${first},${toCsvRow(rest)}` : first);
	}
	return { parts: file.done(), count: seen.size, leftOut, declined };
}

/** The e-mail tools an unsubscribe file is made for (their e-mail column, see EXPORT_HEADERS). */
export type UnsubscribeFormat = 'klaviyo' | 'mailchimp';

/**
 * The customers whose latest order declined marketing e-mail (see `$lib/orders/consent`), as a CSV
 * of their addresses for an e-mail tool's own unsubscribe import: the audience files leave them out,
 * but a list that has them already keeps them subscribed until told. Mailchimp imports a file with
 * one status for all its contacts (choose "Unsubscribed"); Klaviyo takes one as suppressed profiles.
 * One column, the tool's e-mail header; addresses trimmed, lower-cased, each once, written as
 * `audienceCsv` writes them. Customers who declined under an id that is no e-mail address are
 * counted (`leftOut`). The file also lists the people who are no customer (every order of theirs
 * cancelled, unpaid, refunded in full or in a currency left out) and declined
 * (`CustomerConsent.others`, counted in `others`, and in `count` with the customers): an e-mail
 * list may have them from elsewhere.
 */
export function unsubscribeCsv(
	customers: readonly string[],
	consent: CustomerConsent,
	format: UnsubscribeFormat
): { parts: string[]; count: number; leftOut: number; others: number } {
	const file = new CsvParts([EXPORT_HEADERS[format]]);
	const seen = new Set<string>();
	let leftOut = 0;
	for (let c = 0; c < customers.length; c++) {
		if (consent.of[c] !== CONSENT_NO) continue;
		const raw = customers[c];
		if (!isEmailShaped(raw)) {
			leftOut++;
			continue;
		}
		const cell = raw.trim().toLowerCase();
		if (seen.has(cell)) continue;
		seen.add(cell);
		file.add(addressCell(cell));
	}
	// People with no order kept who declined, unless a customer has their address (whose own word,
	// yes or no, is the latest the data set has of that address: their row above, or none).
	let others = 0;
	if (consent.others?.length) {
		const ofCustomers = new Set(customers.map((id) => id.trim().toLowerCase()));
		for (const raw of consent.others) {
			const cell = raw.trim().toLowerCase();
			if (!isEmailShaped(raw) || ofCustomers.has(cell) || seen.has(cell)) continue;
			seen.add(cell);
			others++;
			file.add(addressCell(cell));
		}
	}
	return { parts: file.done(), count: seen.size, leftOut, others };
}

/** The per-customer actions of a data set: facts from the orders, and the model's predictions. */
export interface CustomerActions {
	facts: CustomerFacts & { lastPurchase: Int32Array };
	/** Row → index of the customer in the data set's customer list. */
	customerOf: Int32Array;
	/** The data's last day: ages, "N days ago" and next-order dates count from it. */
	lastDay: number;
	unit: TimeUnit;
	horizonMonths: number;
	readiness: Readiness;
	/**
	 * Null when the purchase model (BG/NBD) was refused (`readiness` says why). When only the spend
	 * model (Gamma-Gamma) failed, the purchase predictions stand and `clv` is NaN (`clvWithheld`).
	 */
	model: {
		params: BgnbdParams;
		probabilityAlive: Float64Array;
		expectedPurchases: Float64Array;
		/** P(at least one purchase within the horizon). */
		purchaseWithinHorizon: Float64Array;
		/** Day by which P(at least one purchase) reaches 50 % (rounded up); NaN when it never does. */
		nextDay: Float64Array;
		clv: Float64Array;
		clvWithheld: boolean;
	} | null;
}

/** Per-customer actions from a CLV run on a data set's orders and the customer index of the same orders. */
export function customerActions(run: ClvRun, index: CustomerIndex): CustomerActions {
	const n = run.rows.count;
	const customerOf = run.customerOf ?? Int32Array.from({ length: n }, (_, i) => i);
	const purchases = new Int32Array(n);
	const firstDay = new Int32Array(n);
	const lastPurchase = new Int32Array(n);
	const value = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const c = customerOf[i];
		purchases[i] = run.rows.x[i] + 1;
		firstDay[i] = index.firstDay[c];
		lastPurchase[i] = index.lastDay[c];
		value[i] = index.revenue[c];
	}
	const { unit, horizonMonths } = run.settings;
	const clv = run.models.clv ?? purchasePredictions(run);
	const bgnbd = run.models.bgnbd;
	let model: CustomerActions['model'] = null;
	if (clv && bgnbd) {
		const horizon = monthsToUnits(horizonMonths, unit);
		const unitDays = daysPerUnit(unit);
		const within = new Float64Array(n);
		const nextDay = new Float64Array(n);
		const { x, tx, T } = run.rows;
		for (let i = 0; i < n; i++) {
			within[i] = probabilityOfPurchaseWithin(bgnbd.params, horizon, x[i], tx[i], T[i]);
			const t = timeToNextPurchase(bgnbd.params, x[i], tx[i], T[i]);
			nextDay[i] = t === null ? NaN : index.maxDay + Math.max(1, Math.ceil(t * unitDays));
		}
		model = {
			params: bgnbd.params,
			probabilityAlive: clv.probabilityAlive,
			expectedPurchases: clv.expectedPurchases,
			purchaseWithinHorizon: within,
			nextDay,
			clv: clv.clv,
			clvWithheld: run.models.clv === null
		};
	}
	return {
		facts: { count: n, purchases, firstDay, lastPurchase, value },
		customerOf,
		lastDay: index.maxDay,
		unit,
		horizonMonths,
		readiness: run.models.readiness,
		model
	};
}

export interface ActionsOverview {
	customers: number;
	lastDay: number;
	unit: TimeUnit;
	horizonMonths: number;
	readiness: Readiness;
	params: BgnbdParams | null;
	/** The purchase model's predictions stand but the spend model failed: no predicted CLV or spend. */
	clvWithheld: boolean;
	rules: AudienceRules;
	/** Value so far that puts a customer in the top share. */
	valueCut: number | null;
	sizes: Record<Audience, number>;
	/** How many customer ids are e-mail addresses. */
	emails: number;
	/** Null when the data set has no names (the file had no name column); else how many customers have one, and the columns. */
	names: (NameColumns & { known: number }) | null;
	/**
	 * Null when the data set has no consent (the file had no consent column: nobody's is known);
	 * else the headers it was read from and each audience's customers by their latest consent.
	 */
	consent: { columns: string[]; sizes: Record<Audience, ConsentCounts> } | null;
}

/** An audience's customers by consent: agreed, declined (left out of the exports), not stated. */
export interface ConsentCounts {
	yes: number;
	no: number;
	unknown: number;
}

/** How many of `rows` agreed to marketing e-mail, declined it, or did not say. */
export function consentCounts(rows: readonly number[], customerOf: Int32Array, consent: Uint8Array): ConsentCounts {
	const counts = { yes: 0, no: 0, unknown: 0 };
	for (const i of rows) {
		const value = consent[customerOf[i]] ?? CONSENT_UNKNOWN;
		if (value === CONSENT_YES) counts.yes++;
		else if (value === CONSENT_NO) counts.no++;
		else counts.unknown++;
	}
	return counts;
}

export function actionsOverview(
	actions: CustomerActions,
	customers: readonly string[],
	rules: AudienceRules,
	names: CustomerNames | null = null,
	consent: CustomerConsent | null = null
): ActionsOverview {
	const alive = actions.model?.probabilityAlive ?? null;
	const rows = AUDIENCES.map((a) => [a, audienceRows(a, actions.facts, alive, rules, actions.lastDay)] as const);
	const sizes = Object.fromEntries(rows.map(([a, r]) => [a, r.length])) as Record<Audience, number>;
	let emails = 0;
	for (let i = 0; i < actions.facts.count; i++) if (isEmailShaped(customers[actions.customerOf[i]] ?? '')) emails++;
	let known = 0;
	if (names)
		for (let i = 0; i < actions.facts.count; i++) if ((names.index[actions.customerOf[i]] ?? -1) >= 0) known++;
	return {
		customers: actions.facts.count,
		lastDay: actions.lastDay,
		unit: actions.unit,
		horizonMonths: actions.horizonMonths,
		readiness: actions.readiness,
		params: actions.model?.params ?? null,
		clvWithheld: actions.model?.clvWithheld ?? false,
		rules,
		valueCut: topValueCut(actions.facts.value, actions.facts.count, rules.topShare),
		sizes,
		emails,
		names: names && { ...nameColumnsOf(names), known },
		consent: consent && {
			columns: consent.columns,
			sizes: Object.fromEntries(
				rows.map(([a, r]) => [a, consentCounts(r, actions.customerOf, consent.of)])
			) as Record<Audience, ConsentCounts>
		}
	};
}

export const ACTION_SORTS = ['clv', 'value', 'probabilityAlive', 'nextDay', 'lastPurchase'] as const;
export type ActionSort = (typeof ACTION_SORTS)[number];

export interface ActionsQuery {
	audience: Audience | 'all';
	sort: ActionSort;
	descending: boolean;
	offset: number;
	limit: number;
}

export interface ActionRow {
	customer: string;
	purchases: number;
	value: number;
	firstDay: number;
	lastPurchase: number;
	probabilityAlive: number | null;
	expectedPurchases: number | null;
	purchaseWithinHorizon: number | null;
	/** Null: no model, or P(at least one purchase) never reaches 50 %. */
	nextDay: number | null;
	clv: number | null;
}

/** The rows of an audience (or all), sorted (missing values last, ties by customer id), one page. */
export function actionsPage(
	actions: CustomerActions,
	customers: readonly string[],
	rules: AudienceRules,
	query: ActionsQuery
): { rows: ActionRow[]; total: number } {
	const { facts, model } = actions;
	const name = (i: number) => customers[actions.customerOf[i]] ?? String(i + 1);
	const rows =
		query.audience === 'all'
			? Array.from({ length: facts.count }, (_, i) => i)
			: audienceRows(query.audience, facts, model?.probabilityAlive ?? null, rules, actions.lastDay);
	const key: ArrayLike<number> | null = {
		clv: model?.clv ?? null,
		value: facts.value,
		probabilityAlive: model?.probabilityAlive ?? null,
		nextDay: model?.nextDay ?? null,
		lastPurchase: facts.lastPurchase
	}[query.sort];
	const sign = query.descending ? -1 : 1;
	rows.sort((a, b) => {
		if (key) {
			const va = key[a];
			const vb = key[b];
			if (Number.isNaN(va) !== Number.isNaN(vb)) return Number.isNaN(va) ? 1 : -1;
			if (va !== vb && !Number.isNaN(va)) return sign * (va - vb);
		}
		return name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0;
	});
	const value = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? null : v);
	return {
		total: rows.length,
		rows: rows.slice(query.offset, query.offset + query.limit).map((i) => ({
			customer: name(i),
			purchases: facts.purchases[i],
			value: facts.value[i],
			firstDay: facts.firstDay[i],
			lastPurchase: facts.lastPurchase[i],
			probabilityAlive: value(model?.probabilityAlive[i]),
			expectedPurchases: value(model?.expectedPurchases[i]),
			purchaseWithinHorizon: value(model?.purchaseWithinHorizon[i]),
			nextDay: value(model?.nextDay[i]),
			clv: value(model?.clv[i])
		}))
	};
}

/** The customers of an audience (ids, and names where the data set has them), for `audienceCsv`. */
export function audienceContacts(
	actions: CustomerActions,
	customers: readonly string[],
	rules: AudienceRules,
	audience: Audience,
	names: CustomerNames | null = null,
	consent: CustomerConsent | null = null
): Contact[] {
	return audienceRows(audience, actions.facts, actions.model?.probabilityAlive ?? null, rules, actions.lastDay).map(
		(i) => {
			const c = actions.customerOf[i];
			const name = names ? readName(names.values[names.index[c]]) : null;
			const id = customers[c] ?? String(i + 1);
			return consent ? { id, name, consent: (consent.of[c] ?? CONSENT_UNKNOWN) as Consent } : { id, name };
		}
	);
}
