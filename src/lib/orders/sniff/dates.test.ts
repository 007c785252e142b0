import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '$lib/format/date';
import { daysFromCivil, guessDateOrder, orderEvidence, parseDay, timeOfDay, TIME_OF_DAY_SHIFT } from './dates';

const d = dayFromYmd;

describe('daysFromCivil agrees with Date.UTC', () => {
	it.each([
		[1970, 1, 1],
		[1997, 9, 30],
		[2000, 2, 29],
		[2024, 12, 31],
		[1900, 3, 1],
		[2100, 2, 28]
	])('%d-%d-%d', (y, m, day) => {
		expect(daysFromCivil(y, m, day)).toBe(d(y, m, day));
	});
});

describe('parseDay', () => {
	it.each([
		['2023-05-31', 'dmy', d(2023, 5, 31)],
		['2023-05-31 23:49:50 +0100', 'dmy', d(2023, 5, 31)],
		['2023-05-31T23:49:50Z', 'mdy', d(2023, 5, 31)],
		['2023-05-31T00:10:00-07:00', 'dmy', d(2023, 5, 31)],
		['2023/05/31', 'dmy', d(2023, 5, 31)],
		['31.05.2023', 'dmy', d(2023, 5, 31)],
		['31.05.2023 14:02', 'dmy', d(2023, 5, 31)],
		// Latvian closes a dotted date with a dot.
		['31.05.2023.', 'dmy', d(2023, 5, 31)],
		['05.01.2024. 14:02', 'dmy', d(2024, 1, 5)],
		['1.5.2023', 'dmy', d(2023, 5, 1)],
		['31/05/2023', 'dmy', d(2023, 5, 31)],
		['05/31/2023', 'mdy', d(2023, 5, 31)],
		['12/1/2010 8:26', 'mdy', d(2010, 12, 1)],
		['12/1/2010 8:26', 'dmy', d(2010, 1, 12)],
		['31-05-2023', 'dmy', d(2023, 5, 31)],
		['31/05/23', 'dmy', d(2023, 5, 31)],
		['20230531', 'dmy', d(2023, 5, 31)],
		['19970101', 'dmy', d(1997, 1, 1)],
		['31 May 2023', 'mdy', d(2023, 5, 31)],
		['31-May-2023', 'dmy', d(2023, 5, 31)],
		['May 31, 2023', 'dmy', d(2023, 5, 31)],
		['2023年5月31日', 'dmy', d(2023, 5, 31)],
		// Month names in the languages of the shops the app is for, in full and short.
		['2 января 2024', 'dmy', d(2024, 1, 2)],
		['31 мая 2023 г.', 'mdy', d(2023, 5, 31)],
		['1 сентября 2023 г. 14:05', 'dmy', d(2023, 9, 1)],
		['15 дек. 2023', 'dmy', d(2023, 12, 15)],
		['31 mei 2023', 'dmy', d(2023, 5, 31)],
		['2 mrt. 2024', 'dmy', d(2024, 3, 2)],
		['2 maart 2024', 'mdy', d(2024, 3, 2)],
		['3. März 2024', 'dmy', d(2024, 3, 3)],
		['24. Dez. 2023', 'dmy', d(2023, 12, 24)],
		['1 juin 2023', 'dmy', d(2023, 6, 1)],
		['1 juil. 2023', 'dmy', d(2023, 7, 1)],
		['14 févr. 2024', 'dmy', d(2024, 2, 14)],
		['3 août 2023', 'dmy', d(2023, 8, 3)],
		['31. maijs 2023', 'dmy', d(2023, 5, 31)],
		['5. jūnijs 2023', 'dmy', d(2023, 6, 5)],
		// Latvian's long date, year first, the month in any case.
		['2024. gada 2. janvāris', 'mdy', d(2024, 1, 2)],
		['2023. gada 31. maijā', 'dmy', d(2023, 5, 31)],
		['2024. g. 15. februāris 14:30', 'dmy', d(2024, 2, 15)],
		['02.01.2024г.', 'dmy', d(2024, 1, 2)],
		['02.01.2024 г.', 'dmy', d(2024, 1, 2)],
		// A weekday first: e-mail and RSS dates (RFC 2822), JavaScript's Date.toString().
		['Tue, 2 Jan 2024 10:00:00 +0000', 'mdy', d(2024, 1, 2)],
		['Tue Jan 02 2024 10:00:00 GMT+0100 (Central European Standard Time)', 'dmy', d(2024, 1, 2)],
		['Saturday, 6 January 2024', 'dmy', d(2024, 1, 6)],
		['Thurs 4 Jan 2024', 'dmy', d(2024, 1, 4)],
		['Weds, 3 January 2024', 'dmy', d(2024, 1, 3)],
		['  2023-05-31  ', 'dmy', d(2023, 5, 31)],
		['2024-02-29', 'dmy', d(2024, 2, 29)]
	] as const)('%j (%s)', (raw, order, day) => {
		expect(parseDay(raw, order)).toBe(day);
	});

	it.each([
		'',
		'yesterday',
		'2023-02-30',
		'2023-13-01',
		'31/05/2023x',
		'32.01.2023',
		'2023-05',
		'12345',
		'2 foo 2024',
		'2 неделя 2024',
		'Tue, 2024',
		'Monday',
		// Words that begin as a weekday does, before a date: no weekday.
		'Satin 10/12/14',
		'Sunglasses 2.01.2024',
		'Month 02.01.2024',
		'2024. gada 31. februāris',
		'2024. gada 2.',
		'2024 2 janvāris',
		'02.01.2024гг',
		// Only a dotted date's own closing dot follows it.
		'31/05/2023.',
		'31.05.2023.5',
		'05/31/2023' /* read day-first: month 31 */,
		'1.2.3'
	])('%j is not a date (day-first)', (raw) => {
		expect(parseDay(raw, 'dmy')).toBeNaN();
	});
});

describe('ISO dates read digit by digit', () => {
	// A letter in any of the eight digit places, or a character just below '0' or just above '9'
	// ('/', ':') in one that the general reader refuses it in too ("2023-/5-31" is 2023-05-31 to
	// it, as "2023-5-31" is): no date, in any order.
	const withAt = (at: number, ch: string) =>
		['2023-05-31 10:00'.slice(0, at) + ch + '2023-05-31 10:00'.slice(at + 1), at] as const;
	const cases = [
		...[0, 1, 2, 3, 5, 6, 8, 9].flatMap((at) => [withAt(at, 'x'), withAt(at, 'é')]),
		...[1, 2, 3, 6, 9].flatMap((at) => [withAt(at, '/'), withAt(at, ':')])
	];
	it.each(cases)('%j (place %d) is not a date', (raw) => {
		for (const order of ['ymd', 'dmy', 'mdy'] as const) expect(parseDay(raw, order)).toBeNaN();
	});
	it.each([
		['0001-01-01', 1, 1, 1],
		['1899-12-31', 1899, 12, 31],
		['1900-01-01', 1900, 1, 1],
		['2200-12-31', 2200, 12, 31],
		['2201-01-01', 2201, 1, 1],
		['9999-12-31', 9999, 12, 31],
		['2023-09-09T09:09:09', 2023, 9, 9],
		['2000-02-29 00:00', 2000, 2, 29]
	] as const)('%s', (raw, y, m, day) => {
		expect(parseDay(raw, 'ymd')).toBe(daysFromCivil(y, m, day));
	});
	it.each(['1900-02-29', '2023-00-10', '2023-04-31', '2023-12-00', '2023-05-31x', '2023-05-31:'])(
		'%s is no date',
		(raw) => {
			expect(parseDay(raw, 'ymd')).toBeNaN();
		}
	);
});

describe('years outside the accepted range are still dates (the importer calls them out of range)', () => {
	it.each([
		['2999-01-01', 'ymd', 2999, 1, 1],
		['1066-10-14', 'ymd', 1066, 10, 14],
		['14.10.1066', 'dmy', 1066, 10, 14],
		['0001-01-01', 'ymd', 1, 1, 1]
	] as const)('%s', (raw, order, y, m, d) => {
		expect(parseDay(raw, order)).toBe(daysFromCivil(y, m, d));
	});
	it.each(['2999-02-29', '10000-01-01', '0000-01-01'])('%s is no date', (raw) => {
		expect(parseDay(raw, 'ymd')).toBeNaN();
	});
});

describe('orderEvidence', () => {
	it.each([
		['13/01/2023', 'dmy'],
		['01/13/2023', 'mdy'],
		['01/02/2023', null],
		['2023-01-13', null]
	] as const)('%s → %s', (raw, evidence) => {
		expect(orderEvidence(raw)).toBe(evidence);
	});
});

describe('guessDateOrder', () => {
	it('needs no decision for ISO dates', () => {
		expect(guessDateOrder(['2023-01-02', '2023-01-03'])).toMatchObject({ order: 'ymd', ambiguous: false });
	});

	it('decides day-first from a day over 12 and says which value decided', () => {
		const guess = guessDateOrder(['01/02/2023', '05/03/2023', '28/03/2023']);
		expect(guess).toMatchObject({ order: 'dmy', ambiguous: false, decidedBy: { value: '28/03/2023', index: 2 } });
	});

	it('decides month-first from a second number over 12 (UCI Online Retail)', () => {
		expect(guessDateOrder(['12/1/2010 8:26', '12/13/2010 9:00'])).toMatchObject({ order: 'mdy', ambiguous: false });
	});

	it('flags slashed dates with no decisive value as ambiguous, using the fallback', () => {
		expect(guessDateOrder(['01/02/2023', '03/04/2023'], 'mdy')).toMatchObject({ order: 'mdy', ambiguous: true });
		expect(guessDateOrder(['01/02/2023', '03/04/2023'], 'dmy')).toMatchObject({ order: 'dmy', ambiguous: true });
	});

	it('takes dotted dates as day-first when nothing decides', () => {
		expect(guessDateOrder(['01.02.2023'], 'mdy')).toMatchObject({ order: 'dmy', ambiguous: true });
	});

	it('counts values that contradict the majority', () => {
		expect(guessDateOrder(['13/01/2023', '14/01/2023', '01/15/2023'])).toMatchObject({
			order: 'dmy',
			conflicts: 1
		});
	});

	it('says when values decide both ways (a tie falls back, but is not called undecided)', () => {
		expect(guessDateOrder(['2023-01-05', '13/01/2023', '01/14/2023', '02/03/2023'], 'dmy')).toMatchObject({
			order: 'dmy',
			ambiguous: false,
			decidedBy: { value: '13/01/2023', index: 1 },
			conflicts: 1,
			conflictBy: { value: '01/14/2023', index: 2 }
		});
	});

	it('lists the styles a column mixes', () => {
		const guess = guessDateOrder(['2023-01-05', '06.01.2023', 'junk']);
		expect(guess.styles.map((s) => s.style)).toEqual(['iso', 'dotted']);
		expect(guess.parsedShare).toBeCloseTo(2 / 3);
	});
});

describe('timeOfDay', () => {
	const at = (h: number, m: number, s = 0, offsetMinutes = 0) =>
		h * 3600 + m * 60 + s - offsetMinutes * 60 + TIME_OF_DAY_SHIFT;
	it.each([
		['2023-06-03 12:00:00 -0400', at(12, 0, 0, -240)],
		['2023-06-03T12:00:00Z', at(12, 0)],
		['2023-06-03T12:00:00.250+02:00', at(12, 0, 0, 120)],
		['03/06/2023 14:22', at(14, 22)],
		['6/3/2023 2:22 PM', at(14, 22)],
		['6/3/2023 12:05 am', at(0, 5)],
		['Tue, 2 Jan 2024 23:59:59 +1400', at(23, 59, 59, 840)],
		['2024-01-02 05:00 UTC', at(5, 0)],
		['2024-01-02 00:00:00', at(0, 0)],
		// A zone's name after the time is no "AM" (PHP's "e" format): 12:30 and 15:30 as written.
		['2024-02-01 12:30:00 America/Chicago', at(12, 30)],
		['2024-02-01 15:30:00 America/Chicago', at(15, 30)],
		['2024-02-01 15:30 AMT', at(15, 30)],
		['2024-02-01 9:05:00 a.m.', at(9, 5)],
		['14:22', at(14, 22)],
		['2:22 pm', at(14, 22)]
	])('%s → its seconds less its offset', (raw, expected) => expect(timeOfDay(raw)).toBe(expected));

	it.each(['2023-06-03', '31.05.2023', '20230531', '31 May 2023', '2023-06-03 25:00', '6/3/2023 13:00 PM', ''])(
		'%s has none (-1)',
		(raw) => expect(timeOfDay(raw)).toBe(-1)
	);

	it('orders two times of one written day as instants, and stays within 18 bits', () => {
		// 23:30 at -04:00 is 03:30 UTC the next day; 01:00 at +02:00 is 23:00 UTC the day before.
		expect(timeOfDay('2023-06-03 01:00:00 +0200')).toBeLessThan(timeOfDay('2023-06-03 23:30:00 -0400'));
		expect(timeOfDay('2023-06-03 00:00:00 +1400')).toBe(0);
		expect(timeOfDay('2023-06-03 23:59:59 -1400')).toBeLessThan(1 << 18);
	});
});
