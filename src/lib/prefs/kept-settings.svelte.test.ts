import { afterEach, describe, expect, it } from 'vitest';
import { keepSettings, readKeptSettings, TypedSeparator } from './kept-settings';

afterEach(() => localStorage.clear());

describe('settings kept per data set', () => {
	it('read back as written; nothing where none or a damaged entry is kept', () => {
		keepSettings('retention-lab:test:1', { top: '12.5', unit: 'day' });
		expect(readKeptSettings('retention-lab:test:1')).toEqual({ top: '12.5', unit: 'day' });
		expect(readKeptSettings('retention-lab:test:2')).toEqual({});
		for (const damaged of ['{', 'null', '"text"', '3']) {
			localStorage.setItem('retention-lab:test:3', damaged);
			expect(readKeptSettings('retention-lab:test:3')).toEqual({});
		}
	});

	it.each([
		[null, '.', null],
		['.', '.', null],
		['.', ',', '.'],
		[',', '.', ',']
	] as const)('written with %j, the language now %j: changed from %j', (before, now, changed) => {
		const typed = new TypedSeparator();
		if (before !== null) typed.set(before);
		expect(typed.changedFrom(now)).toBe(changed);
		// (Noted: asked again, nothing has changed.)
		expect(typed.changedFrom(now)).toBeNull();
	});
});
