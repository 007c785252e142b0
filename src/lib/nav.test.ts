import { describe, expect, it } from 'vitest';
import { sectionOf } from './nav';

describe('sectionOf', () => {
	it.each([
		['/', null],
		['/calculators', 'calculators'],
		['/calculators/crr', 'calculators'],
		['/data/', 'data'],
		['/planner', 'planner'],
		['/nowhere', null]
	])('%s → %s', (path, section) => {
		expect(sectionOf(path)).toBe(section);
	});
});
