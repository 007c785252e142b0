import { expect, testInOwnContext as test } from './support/test';

/**
 * A page's first layout in a fresh renderer asks the browser's font service, synchronously, for every
 * font it needs; on a busy machine each call is a wait on the page's main thread (SPEC §7: no task over
 * 50 ms). Counted in a Chromium trace (calls, not times).
 */
const FALLBACK_LOOKUP = 'WebSandboxSupportLinux::GetFallbackFontForCharacter';
const FONT_LOOKUP = 'FontDataManager::onMatchFamilyStyle';

test("the Data page's first layout looks up no fallback font for the language menu's names", async ({
	browser,
	page
}) => {
	test.skip(process.platform !== 'linux', 'the font service calls traced are those of Chromium on Linux');
	await browser.startTracing(page, { categories: ['fonts'] });
	await page.goto('./data');
	const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
		traceEvents: { name: string; ph: string }[];
	};
	const calls = (name: string) => trace.traceEvents.filter((e) => e.name === name && e.ph === 'X').length;
	// The page's text did reach the font service (a trace with no font lookups would prove nothing).
	expect(calls(FONT_LOOKUP)).toBeGreaterThan(0);
	// The language menu is as wide as the language shown (SettingsControls: field-sizing): sized to its
	// widest option, its 简体中文 sent each of its four characters through the whole font stack and
	// the system's fallback on a machine without Chinese fonts, 16 of the first layout's 29 calls.
	expect(calls(FALLBACK_LOOKUP)).toBe(0);
	await expect(page.getByLabel('Language')).toHaveValue('en');
});
