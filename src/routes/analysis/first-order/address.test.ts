import { describe, expect, it } from 'vitest';
import { addressFor, sortFromAddress } from './address';

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
