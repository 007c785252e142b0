// The JavaScript a visitor's browser downloads for the first page: the module scripts and
// preloads that build/index.html names, gzip-compressed as a server would send them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './browser.mjs';

export function firstPageJs(page = 'index.html') {
	const build = join(ROOT, 'build');
	if (!existsSync(join(build, page))) throw new Error('No build found: run `npm run build` first.');
	const html = readFileSync(join(build, page), 'utf8');
	const files = new Set();
	for (const match of html.matchAll(/(?:href|src)="([^"]+\.js)"/g)) files.add(match[1]);
	for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) files.add(match[1]);
	let raw = 0;
	let gzip = 0;
	for (const file of files) {
		const bytes = readFileSync(join(build, file.replace(/^(\.\/|\/)/, '')));
		raw += bytes.length;
		gzip += gzipSync(bytes, { level: 9 }).length;
	}
	return { files: files.size, rawKb: raw / 1024, gzipKb: gzip / 1024 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { files, rawKb, gzipKb } = firstPageJs();
	console.log(
		`first page: ${files} JavaScript files, ${rawKb.toFixed(1)} KB, ${gzipKb.toFixed(1)} KB gzip (goal ≤ 150 KB gzip)`
	);
}
