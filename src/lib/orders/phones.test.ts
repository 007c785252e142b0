import { describe, expect, it } from 'vitest';
import {
	callingCodeOfCountry,
	dominantCallingCode,
	isNationalPhoneKey,
	nationalToInternational,
	phoneCustomerId
} from './phones';

describe('a customer key from a phone number', () => {
	it.each([
		// Russia: "+7", and the leading 8 written at home.
		['+79161234567', 'tel:+79161234567'],
		['+7 (916) 123-45-67', 'tel:+79161234567'],
		['8 916 123 45 67', 'tel:+79161234567'],
		['8 (916) 123-45-67', 'tel:+79161234567'],
		['8 (495) 123-45-67', 'tel:+74951234567'],
		// Latvia: "+371", "00371", and the 8-digit national number (no trunk prefix).
		['+371 2912 3456', 'tel:+37129123456'],
		['+37129123456', 'tel:+37129123456'],
		['0037129123456', 'tel:+37129123456'],
		['00 371 2912 3456', 'tel:+37129123456'],
		['tel:+371-2912-3456', 'tel:+37129123456'],
		['29123456', 'tel:29123456'],
		// United Kingdom: "(0)" after the country code, the trunk 0 written after "+44" by mistake.
		['+44 (0)7911 123456', 'tel:+447911123456'],
		['+44 07911 123456', 'tel:+447911123456'],
		['0044 7911 123456', 'tel:+447911123456'],
		['+44 20 7946 0000', 'tel:+442079460000'],
		// Germany, the Netherlands, France, Czechia, Italy (whose leading 0 is part of the number), the US.
		['+49 151 12345678', 'tel:+4915112345678'],
		['+49 (0)151 12345678', 'tel:+4915112345678'],
		['+31 6 12345678', 'tel:+31612345678'],
		['+33 6 12 34 56 78', 'tel:+33612345678'],
		['+33.6.12.34.56.78', 'tel:+33612345678'],
		['+420 601 111 222', 'tel:+420601111222'],
		['+39 06 1234 5678', 'tel:+390612345678'],
		['+1 (415) 555-0132', 'tel:+14155550132'],
		['+1 415 555 0132 ext. 12', 'tel:+14155550132'],
		// National numbers stay as written while nothing says their country.
		['06-12345678', 'tel:0612345678'],
		['07911 123456', 'tel:07911123456'],
		['138 0013 8000', 'tel:13800138000'],
		// Belarus writes "8 0…" at home: no Russian number.
		['8 029 123 45 67', 'tel:80291234567'],
		['', ''],
		['-', ''],
		['n/a', ''],
		['12345', ''],
		['0000000000', ''],
		['+7 (000) 000-00-00', ''],
		['+1 555 999 9999', ''],
		// Masked for privacy: people whose shown digits agree would be one customer.
		['138****1234', ''],
		['+7 916 ***-**-67', ''],
		['06-xxxx5678', ''],
		['•••• •••• 1234', '']
	])('%j → %j', (raw, key) => {
		expect(phoneCustomerId(raw)).toBe(key);
	});
});

describe('a national number in the country the file says', () => {
	it.each([
		// [digits as written, calling code, key]
		['29123456', '371', 'tel:+37129123456'],
		['37129123456', '371', 'tel:+37129123456'],
		['07911123456', '44', 'tel:+447911123456'],
		['7911123456', '44', 'tel:+447911123456'],
		['447911123456', '44', 'tel:+447911123456'],
		['0612345678', '31', 'tel:+31612345678'],
		['612345678', '31', 'tel:+31612345678'],
		['015112345678', '49', 'tel:+4915112345678'],
		['0612345678', '33', 'tel:+33612345678'],
		['9161234567', '7', 'tel:+79161234567'],
		['861234567', '370', 'tel:+37061234567'],
		['061234567', '370', 'tel:+37061234567'],
		['0612345678', '39', 'tel:+390612345678'],
		['3123456789', '39', 'tel:+393123456789'],
		['0620123456', '36', 'tel:+3620123456'],
		['4155550132', '1', 'tel:+14155550132'],
		['14155550132', '1', 'tel:+14155550132'],
		['601111222', '420', 'tel:+420601111222'],
		// Lengths that fit none of the country's numbers: kept apart, not given its code.
		['2912345', '371', ''],
		['291234567', '371', ''],
		['0791112345678', '44', ''],
		// A country whose numbering is not known here.
		['5551234', '998', ''],
		// Fits both as a national number and as one with the code but no "+": nothing says which.
		['49301234567', '49', '']
	])('%j in +%s → %j', (digits, code, key) => {
		expect(nationalToInternational(digits, code)).toBe(key);
	});

	it('gives a national number the row’s country where the file has a country column', () => {
		expect(phoneCustomerId('29123456', callingCodeOfCountry('LV'))).toBe('tel:+37129123456');
		expect(phoneCustomerId('07911 123456', callingCodeOfCountry(' United Kingdom '))).toBe('tel:+447911123456');
		expect(phoneCustomerId('06 12 34 56 78', callingCodeOfCountry('France'))).toBe('tel:+33612345678');
		expect(callingCodeOfCountry('Atlantis')).toBe('');
	});

	it('never makes two different numbers one', () => {
		const numbers = ['29123456', '26550011', '20001234', '+371 2912 3465', '0037129123457', '+370 612 34567'];
		const keys = numbers.map((n) => {
			const key = phoneCustomerId(n);
			return isNationalPhoneKey(key) ? nationalToInternational(key.slice(4), '371') : key;
		});
		expect(new Set(keys).size).toBe(numbers.length);
	});
});

describe('the calling code most of a file’s numbers have', () => {
	it.each([
		[
			['tel:+37129123456', 'tel:+37128887777', 'tel:+37020001234', 'tel:29123456'],
			{ code: '371', count: 2, of: 3 }
		],
		[['tel:+37129123456', 'tel:+37028887777'], null],
		[['tel:+37129123456', 'tel:29123456'], null],
		[['tel:29123456'], null]
	])('%j → %j', (keys, expected) => {
		expect(dominantCallingCode(keys)).toEqual(expected);
	});
});
