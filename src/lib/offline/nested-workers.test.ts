import { describe, expect, it } from 'vitest';
import { isWorkerScript, nestedWorkerUrls } from './nested-workers';

const base = 'https://shop.example/retention/_app/immutable/workers/import.worker-abc.js';
const dir = 'https://shop.example/retention/_app/immutable/workers/';

describe('nestedWorkerUrls', () => {
	it.each([
		{ name: 'none', script: 'self.onmessage=()=>{}', urls: [] },
		{
			name: 'backquotes, as Vite writes them',
			script: 'new Worker(new URL(`import-range.worker-u0c0G5FW.js`,import.meta.url),{type:`module`})',
			urls: [dir + 'import-range.worker-u0c0G5FW.js']
		},
		{
			name: 'two workers, double and single quotes, spaces, one twice',
			script: 'a=new URL("a.worker-1.js", import.meta.url);b=new URL( \'b.worker-2.js\' , import.meta.url );c=new URL("a.worker-1.js",import.meta.url)',
			urls: [dir + 'a.worker-1.js', dir + 'b.worker-2.js']
		},
		{
			name: 'a path above',
			script: 'new URL("../chunks/x.js",import.meta.url)',
			urls: [dir.replace('workers/', '') + 'chunks/x.js']
		},
		{ name: 'not a script', script: 'new URL("icon.svg",import.meta.url)', urls: [] },
		{ name: 'another base than import.meta.url', script: 'new URL("x.js",location.href)', urls: [] },
		{ name: 'mismatched quotes', script: 'new URL("x.js`,import.meta.url)', urls: [] }
	])('finds $name', ({ script, urls }) => {
		expect(nestedWorkerUrls(script, base)).toEqual(urls);
	});
});

describe('isWorkerScript', () => {
	it.each([
		['/retention/_app/immutable/workers/import.worker-abc.js', true],
		['/_app/immutable/workers/analysis.worker-x.js', true],
		['/_app/immutable/chunks/index-x.js', false],
		['/_app/immutable/workers/assets/x.wasm', false],
		['/workers.html', false]
	])('%s → %s', (path, expected) => {
		expect(isWorkerScript(path)).toBe(expected);
	});
});
