import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl, escapeAttribute } from './embed';

describe('embedUrl', () => {
	it.each([
		// page address, path from resolve(), query, expected
		[
			'https://example.org/retention/calculators/crr?s=1',
			'/retention/embed/crr',
			's=10000&e=9800',
			'https://example.org/retention/embed/crr?s=10000&e=9800'
		],
		[
			'https://example.org/retention/calculators/crr',
			'../embed/crr',
			'',
			'https://example.org/retention/embed/crr'
		],
		['http://127.0.0.1:4321/calculators/nps#math', '/embed/nps', 'pro=5', 'http://127.0.0.1:4321/embed/nps?pro=5'],
		['https://example.org/a/b/calculators/aov?x=1#y', '/a/b/embed/aov', '', 'https://example.org/a/b/embed/aov']
	])('%s + %s + %s', (pageHref, path, query, expected) => {
		expect(embedUrl(pageHref, path, query)).toBe(expected);
	});
});

describe('embedCode', () => {
	it('writes an iframe with the address, a title, full width and a fixed height', () => {
		const code = embedCode('https://example.org/embed/crr?s=1&e=2', 'CRR — “A” <calc>', 500);
		expect(code).toBe(
			'<iframe src="https://example.org/embed/crr?s=1&amp;e=2" title="CRR — “A” &lt;calc&gt;" width="100%" height="500" style="border: 0; max-width: 100%;" loading="lazy"></iframe>'
		);
	});

	it.each([
		['a"b', 'a&quot;b'],
		["a'b", 'a&#39;b'],
		['a&amp;b', 'a&amp;amp;b'],
		['<script>', '&lt;script&gt;'],
		['plain', 'plain']
	])('escapes %s in an attribute', (text, expected) => {
		expect(escapeAttribute(text)).toBe(expected);
	});
});
