import { describe, expect, it } from 'vitest';
import { addressFor, DEFAULT_GROUP_SORT, sortFromAddress, viewFromAddress } from './address';

describe('sortFromAddress', () => {
	it.each([
		['?by=channel&sort=repeatRate', 'repeatRate'],
		['?sort=clv', 'clv'],
		['?sort=customers', 'customers'],
		['?sort=lift', null],
		['?by=country', null],
		['', null]
	])('%s → %s', (query, sort) => {
		expect(sortFromAddress(new URLSearchParams(query))).toBe(sort);
	});
});

describe('viewFromAddress', () => {
	it.each([
		['?by=channel&sort=repeatRate', 'channel', 'repeatRate'],
		['?sort=clv', null, 'clv'],
		// No ranking (or an unknown one) in the address: the default, whatever was shown before.
		['?by=country', 'country', DEFAULT_GROUP_SORT],
		['?by=product&sort=lift', 'product', DEFAULT_GROUP_SORT],
		['', null, DEFAULT_GROUP_SORT]
	])('%s → by %s, sort %s', (query, by, sort) => {
		expect(viewFromAddress(new URLSearchParams(query))).toEqual({ by, sort });
	});

	it('defaults to the ranking by customers', () => {
		expect(DEFAULT_GROUP_SORT).toBe('customers');
	});
});

describe('addressFor', () => {
	const page = 'https://x.test/retention/analysis/first-order';
	it.each([
		[`${page}`, 'product', 'customers', `${page}?by=product&sort=customers`],
		[`${page}?by=channel`, 'channel', 'clv', `${page}?by=channel&sort=clv`],
		[`${page}?by=channel&sort=clv&ds=3`, 'country', 'clv', `${page}?by=country&sort=clv&ds=3`],
		[`${page}?by=channel&sort=repeatRate`, 'channel', 'repeatRate', null]
	] as const)('%s with %s, %s → %s', (href, by, sort, expected) => {
		expect(addressFor(href, by, sort)?.href ?? null).toBe(expected);
	});
});
