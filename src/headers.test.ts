import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../svelte.config.js';

/**
 * `static/_headers` (sent by static hosts) and the CSP meta tag (from `kit.csp` in
 * svelte.config.js) must say the same thing: the header may add only `frame-ancestors` (which a
 * meta tag cannot set) and, in `script-src`, `'unsafe-inline'` standing in for the hashes of the
 * meta tag (app.html's start-up script, and each page's own; both policies apply, so only the
 * hashed scripts run).
 */

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
	return new Map(
		text
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([name, ...sources]) => [name, sources.sort()])
	);
}

function headersFile(): Map<string, Record<string, string>> {
	const rules = new Map<string, Record<string, string>>();
	let current: Record<string, string> | null = null;
	for (const line of readFileSync(new URL('../static/_headers', import.meta.url), 'utf8').split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = {};
			rules.set(line.trim(), current);
		} else if (current) {
			const at = line.indexOf(':');
			current[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
		}
	}
	return rules;
}

const quoted = (source: string) => (/^[a-z-]+$/.test(source) && !source.endsWith(':') ? `'${source}'` : source);

describe('static/_headers', () => {
	const all = headersFile().get('/*');

	it('sends the security headers for every path', () => {
		expect(all).toBeDefined();
		expect(all!['x-content-type-options']).toBe('nosniff');
		expect(all!['referrer-policy']).toBe('no-referrer');
		expect(all!['content-security-policy']).toBeTruthy();
	});

	it('has the same Content-Security-Policy as the meta tag, plus frame-ancestors', () => {
		const header = parsePolicy(all!['content-security-policy']);
		const directives = config.kit?.csp?.directives ?? {};
		const isHash = (source: string) => /^sha(256|384|512)-/.test(source);
		const meta: Policy = new Map(
			Object.entries(directives).map(([name, sources]) => [
				name,
				(sources as string[])
					.filter((s) => !isHash(s))
					.map(quoted)
					.sort()
			])
		);
		expect(directives['script-src']?.some(isHash)).toBe(true);
		expect(meta.size).toBeGreaterThan(5);
		expect(header.get('frame-ancestors')).toEqual(["'self'"]);
		header.delete('frame-ancestors');
		expect(header.get('script-src')).toContain("'unsafe-inline'");
		header.set(
			'script-src',
			header.get('script-src')!.filter((s) => s !== "'unsafe-inline'")
		);
		expect(Object.fromEntries(header)).toEqual(Object.fromEntries(meta));
	});
});
