// Checks that a build's pages and scripts agree on SvelteKit's start-up global (`__sveltekit_<hash>`,
// named after the version). Where they disagree no page of the build starts, and every e2e test
// would fail on its first wait with nothing to say why; this says it at once, after the build.
// usage: node tests/tools/check-build.mjs [build directory]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const buildDir = process.argv[2] ?? 'build';
const GLOBAL = /__sveltekit_([a-z0-9]+)\b(?!__)/g;
// Names of SvelteKit's that are not the version's: the service worker's env and the dev server's.
const NOT_VERSIONED = new Set(['sw', 'dev']);

function globalsIn(text) {
	return [...text.matchAll(GLOBAL)].map((match) => match[1]).filter((name) => !NOT_VERSIONED.has(name));
}

function scriptsUnder(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
		.map((entry) => join(entry.parentPath, entry.name));
}

const inPage = new Set(globalsIn(readFileSync(join(buildDir, 'index.html'), 'utf8')));
const inScripts = new Set(
	scriptsUnder(join(buildDir, '_app', 'immutable')).flatMap((file) => globalsIn(readFileSync(file, 'utf8')))
);

if (inPage.size !== 1 || inScripts.size !== 1 || [...inPage][0] !== [...inScripts][0]) {
	console.error(
		`The build's pages and scripts name different start-up globals (pages: ${[...inPage].join(', ') || 'none'}; ` +
			`scripts: ${[...inScripts].join(', ') || 'none'}), so no page would start. A process that loaded ` +
			'the SvelteKit plugin during the build rewrote .svelte-kit with another version name: give every ' +
			'process the same RETENTION_LAB_VERSION (tests/tools/parallel.mjs does), then build again.'
	);
	process.exit(1);
}
console.log(`build checked: pages and scripts start with __sveltekit_${[...inPage][0]}`);
