import { discard } from './discard';
import { GrowableInt32, ownString } from './growable';
import { isNo, isYes } from './status';

/**
 * Customers' e-mail marketing consent, as a file's consent column gives it (Shopify's "Accepts
 * Marketing", newer "Accepts Email Marketing"; see the `marketingConsent` role in `layouts.ts`), one
 * byte a customer: unknown (the file has no such column, or none of the customer's orders filled it),
 * yes, or no. Kept only to leave customers who declined out of the audience exports, never in a figure.
 */
export const CONSENT_UNKNOWN = 0;
export const CONSENT_YES = 1;
export const CONSENT_NO = 2;
export type Consent = typeof CONSENT_UNKNOWN | typeof CONSENT_YES | typeof CONSENT_NO;

/** A data set's stored consent: each customer's (`of`, see `CONSENT_*`) and the headers it was read from. */
export interface CustomerConsent {
	columns: string[];
	of: Uint8Array;
	/**
	 * The e-mail addresses, as the file wrote them, of people who are no customer of the data set
	 * (every order of theirs was cancelled, unpaid, refunded in full or in a currency left out) and
	 * whose latest word declined marketing e-mail: in no audience file, but an e-mail list may have
	 * them (see `declinedByOthers`).
	 * Absent on data sets imported before they were kept.
	 */
	others?: string[];
}

/** Words of consent columns beside the yes/no of `isYes`/`isNo` (export plugins', e-mail tools'). */
const CONSENT_YES_WORDS = new Set(['subscribed', 'opted in', 'opt in', 'optin', 'accepted', 'granted']);
const CONSENT_NO_WORDS = new Set([
	'unsubscribed',
	'not subscribed',
	'never subscribed',
	'opted out',
	'opt out',
	'optout',
	'declined',
	'denied'
]);

/**
 * A consent cell: yes ("yes", "true", "1", "ja", "да", "是"… and "subscribed", "opted in"), no ("no",
 * "false", "0", "nee", "нет", "否"… and "unsubscribed", "not subscribed", "opted out"), or unknown (an
 * empty cell, as on a Shopify export's further line-item rows, or a word that says neither).
 */
export function readConsent(cell: string | undefined): Consent {
	const text = (cell ?? '').trim();
	if (!text) return CONSENT_UNKNOWN;
	if (isYes(text)) return CONSENT_YES;
	if (isNo(text)) return CONSENT_NO;
	const words = text.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');
	if (CONSENT_YES_WORDS.has(words)) return CONSENT_YES;
	if (CONSENT_NO_WORDS.has(words)) return CONSENT_NO;
	return CONSENT_UNKNOWN;
}

/**
 * Whether a statement made on `day` at `time` (seconds as `timeOfDay` gives them; −1 none) replaces
 * one made on `dayB` at `timeB`: the later by day, then by time where both have one. Two of the
 * same day whose order is not known (no time, or the same time) tie: then a no replaces a yes, and
 * nothing else replaces anything (an opt-out whose moment is not known is kept).
 * (Not shared with names, accumulate.ts `#namedLatest`, on purpose: their tie takes the later row; an opt-out stands.)
 */
function replaces(consent: Consent, day: number, time: number, had: number, dayB: number, timeB: number): boolean {
	if (had === CONSENT_UNKNOWN) return true;
	if (day !== dayB) return day > dayB;
	if (time >= 0 && timeB >= 0 && time !== timeB) return time > timeB;
	return consent === CONSENT_NO && had === CONSENT_YES;
}

/** A range's consent log as it crosses to the worker that merges it; arrays may be longer than `count`. */
export interface ConsentPart {
	columns: string[];
	count: number;
	value: Int32Array;
	day: Int32Array;
	time: Int32Array;
	/** The statements of orders not kept, by customer id (see `ConsentLog.noteById`). */
	byId: [id: string, statement: Statement][];
}

/** A statement of consent with the day and time (−1: none) of the order that made it. */
interface Statement {
	value: Consent;
	day: number;
	time: number;
}

/**
 * Each customer's latest statement of consent while a file is read: its value, and the day and
 * time of the order that made it. Empty and unreadable cells say nothing (they change nothing).
 * An order that is not kept (cancelled, unpaid, refunded in full, in a currency left out) still says what its customer
 * wants: an opt-out given at a checkout that was then voided stands. Those statements are kept by
 * customer id (`noteById`: the import gives such an order's customer no index) and count for the
 * customer of that id, where there is one once every file is read (`result`).
 */
export class ConsentLog {
	readonly columns = new Set<string>();
	#value = new GrowableInt32();
	#day = new GrowableInt32();
	#time = new GrowableInt32();
	#byId = new Map<string, Statement>();

	/** Notes a consent column's header (trimmed), for the page to name. */
	noteColumn(header: string | undefined): void {
		const name = (header ?? '').trim();
		if (name) this.columns.add(name);
	}

	/** A row's consent for its customer, when it says yes or no and is the customer's latest. */
	note(customer: number, consent: Consent, day: number, time: number): void {
		if (consent === CONSENT_UNKNOWN) return;
		while (this.#value.length <= customer) {
			this.#value.push(CONSENT_UNKNOWN);
			this.#day.push(0);
			this.#time.push(-1);
		}
		const v = this.#value.data;
		if (!replaces(consent, day, time, v[customer], this.#day.data[customer], this.#time.data[customer])) return;
		v[customer] = consent;
		this.#day.data[customer] = day;
		this.#time.data[customer] = time;
	}

	/** A statement of an order that is not kept, by its customer's id, when it is their latest such. */
	noteById(customerId: string, consent: Consent, day: number, time: number): void {
		if (consent === CONSENT_UNKNOWN || !customerId || day !== day) return;
		const had = this.#byId.get(customerId);
		if (had && !replaces(consent, day, time, had.value, had.day, had.time)) return;
		// (A new key as a string of its own: a cell may be a view of its whole chunk of the file.)
		this.#byId.set(had ? customerId : ownString(customerId), { value: consent, day, time });
	}

	/** The log as a range part carries it (`absorb` takes it in). */
	part(): ConsentPart {
		return {
			columns: [...this.columns],
			count: this.#value.length,
			value: this.#value.data,
			day: this.#day.data,
			time: this.#time.data,
			byId: [...this.#byId]
		};
	}

	/** Takes in a range's log; `customerMap` maps its customers to this log's. */
	absorb(part: ConsentPart, customerMap: Int32Array): void {
		for (const column of part.columns) this.columns.add(column);
		for (let i = 0; i < part.count; i++)
			if (part.value[i] !== CONSENT_UNKNOWN)
				this.note(customerMap[i], part.value[i] as Consent, part.day[i], part.time[i]);
		for (const [id, { value, day, time }] of part.byId) this.noteById(id, value, day, time);
	}

	/**
	 * One byte a customer (see `CONSENT_*`). `newIndex`, where customers were renumbered (guests
	 * joined, customers with no order kept left out: -1), maps the log's customers to the result's:
	 * a customer made of several takes the latest statement of them all, as one customer would.
	 * `indexOf` gives the log's customer of an id (-1: none, a customer with no order kept), for the
	 * statements of orders not kept (`noteById`).
	 */
	result(newIndex: Int32Array | null, customers: number, indexOf: (customerId: string) => number): Uint8Array {
		const out = new Uint8Array(customers);
		const day = new Int32Array(customers);
		const time = new Int32Array(customers).fill(-1);
		const resultIndex = (i: number) => (newIndex ? (i < newIndex.length ? newIndex[i] : -1) : i);
		const take = (c: number, consent: Consent, d: number, t: number) => {
			if (consent === CONSENT_UNKNOWN || c < 0 || c >= customers) return;
			if (!replaces(consent, d, t, out[c], day[c], time[c])) return;
			out[c] = consent;
			day[c] = d;
			time[c] = t;
		};
		const v = this.#value.data;
		for (let i = 0; i < this.#value.length; i++)
			take(resultIndex(i), v[i] as Consent, this.#day.data[i], this.#time.data[i]);
		for (const [id, statement] of this.#byId) {
			const i = indexOf(id);
			if (i >= 0) take(resultIndex(i), statement.value, statement.day, statement.time);
		}
		return out;
	}

	/**
	 * The keys of the statements of orders not kept (`noteById`) that are e-mail addresses, whose
	 * latest word is a no, and that name no customer of the data set (`indexOf` -1, or a customer left
	 * out: `newIndex` -1): people whose every order was cancelled, unpaid, refunded in full or in a
	 * currency left out. Only a key that is itself an address: an address written beside an
	 * account's id (`besideId`) may be another account's too (a family address), whose wish it
	 * does not state.
	 */
	declinedByOthers(
		newIndex: Int32Array | null,
		indexOf: (customerId: string) => number,
		besideId: (key: string) => boolean
	): string[] {
		const others: string[] = [];
		for (const [id, statement] of this.#byId) {
			if (statement.value !== CONSENT_NO || besideId(id) || !id.includes('@')) continue;
			const i = indexOf(id);
			const kept = i >= 0 && (newIndex ? (i < newIndex.length ? newIndex[i] : -1) : i) >= 0;
			if (!kept) others.push(id);
		}
		return others;
	}

	dispose(): void {
		discard(this.#value.data, this.#day.data, this.#time.data);
		this.#byId.clear();
	}
}
