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

/** A rule of `_headers`: its headers (names in lower case) and those it detaches (`! Name`, Cloudflare Pages). */
interface Rule {
	headers: Record<string, string>;
	detached: string[];
}

function headersFile(): Map<string, Rule> {
	const rules = new Map<string, Rule>();
	let current: Rule | null = null;
	for (const line of readFileSync(new URL('../static/_headers', import.meta.url), 'utf8').split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = { headers: {}, detached: [] };
			rules.set(line.trim(), current);
		} else if (current && line.trimStart().startsWith('!')) {
			current.detached.push(line.trim().slice(1).trim().toLowerCase());
		} else if (current) {
			const at = line.indexOf(':');
			current.headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
		}
	}
	return rules;
}

const quoted = (source: string) => (/^[a-z-]+$/.test(source) && !source.endsWith(':') ? `'${source}'` : source);

describe('static/_headers', () => {
	const rules = headersFile();
	const all = rules.get('/*')?.headers;
	const embed = rules.get('/embed/*');

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

	it('lets any site frame the embed pages, and only those', () => {
		expect(embed).toBeDefined();
		// Cloudflare Pages would otherwise send both policies, and the stricter frame-ancestors would win.
		expect(embed!.detached).toEqual(['content-security-policy']);
		expect([...rules.keys()].indexOf('/embed/*')).toBeGreaterThan([...rules.keys()].indexOf('/*'));
		const framed = parsePolicy(embed!.headers['content-security-policy']);
		const own = parsePolicy(all!['content-security-policy']);
		expect(framed.get('frame-ancestors')).toEqual(['*']);
		expect(own.get('frame-ancestors')).toEqual(["'self'"]);
		framed.delete('frame-ancestors');
		own.delete('frame-ancestors');
		expect(Object.fromEntries(framed)).toEqual(Object.fromEntries(own));
		// No other rule loosens framing or detaches anything.
		for (const [path, rule] of rules) {
			if (path === '/embed/*') continue;
			expect(rule.detached, path).toEqual([]);
			if (path !== '/*') expect(rule.headers['content-security-policy'], path).toBeUndefined();
		}
	});
});
