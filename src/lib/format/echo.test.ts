import { describe, expect, it } from 'vitest';
import { ECHO_LIMIT, echoText } from './echo';

describe('echoText repeats at most a short prefix of user text', () => {
	it.each([
		['12abc', '12abc'],
		['  12abc  ', '12abc'],
		['x'.repeat(ECHO_LIMIT), 'x'.repeat(ECHO_LIMIT)],
		['x'.repeat(ECHO_LIMIT + 1), `${'x'.repeat(ECHO_LIMIT)}…`],
		['a'.repeat(100_000), `${'a'.repeat(ECHO_LIMIT)}…`],
		['😀'.repeat(30), `${'😀'.repeat(ECHO_LIMIT)}…`],
		['😀'.repeat(ECHO_LIMIT), '😀'.repeat(ECHO_LIMIT)],
		['一二三四五六七八九十'.repeat(3), `${'一二三四五六七八九十'.repeat(3).slice(0, ECHO_LIMIT)}…`] // 30 characters
	])('case %#', (text, echoed) => {
		expect(echoText(text)).toBe(echoed);
	});
});
