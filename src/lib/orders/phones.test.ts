import { describe, expect, it } from 'vitest';
import { phoneCustomerId } from './phones';

describe('a customer key from a phone number', () => {
	it.each([
		['+79161234567', 'tel:79161234567'],
		['+7 (916) 123-45-67', 'tel:79161234567'],
		['8 916 123 45 67', 'tel:79161234567'],
		['8 (916) 123-45-67', 'tel:79161234567'],
		['+420 601 111 222', 'tel:420601111222'],
		['06-12345678', 'tel:0612345678'],
		['138 0013 8000', 'tel:13800138000'],
		['', ''],
		['-', ''],
		['n/a', ''],
		['12345', ''],
		['0000000000', ''],
		['+7 (000) 000-00-00', ''],
		['+1 555 999 9999', '']
	])('%j → %j', (raw, key) => {
		expect(phoneCustomerId(raw)).toBe(key);
	});
});
