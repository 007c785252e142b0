import { describe, expect, it } from 'vitest';
import { controlsFromAddress, readMinCount } from './affinity-state.svelte';

describe('readMinCount', () => {
	it.each([
		['5', 5],
		[' 12 ', 12],
		['2', 2],
		['1', null],
		['1000000', 1_000_000],
		['0', null],
		['1000001', null],
		['2.5', null],
		['-3', null],
		['', null],
		['1e3', null],
		['٥', null]
	])('%j → %j', (text, value) => {
		expect(readMinCount(text)).toBe(value);
	});
});

describe('controlsFromAddress', () => {
	it.each([
		['?min=3&sort=count', { min: 3, sort: 'count' }],
		['?min=abc&sort=lift', { min: null, sort: 'lift' }],
		['?sort=price', { min: null, sort: null }],
		['', { min: null, sort: null }]
	])('%s', (query, controls) => {
		expect(controlsFromAddress(new URLSearchParams(query))).toEqual(controls);
	});
});
