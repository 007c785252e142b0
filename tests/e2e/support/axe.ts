import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import axe from 'axe-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What a report needs of a violation, read in the page. */
interface Violation {
	id: string;
	impact?: string | null;
	help: string;
	nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core on the page as it is now (WCAG 2.1 A and AA rules) and fails on any violation.
 *
 * A page without frames is checked by `axe.run` in the page itself, axe injected once per
 * document: AxeBuilder injects its 580 KB again on every call and, to merge the results of frames,
 * finishes each run in a new blank tab that it injects too. The rules, their tags and the context
 * (the whole document) are the same. A page with frames goes through AxeBuilder, which checks
 * inside them.
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
	const violations: Violation[] =
		page.frames().length > 1
			? (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations
			: await violationsInPage(page);
	const summary = violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} × e.g. ${v.nodes[0]?.target.join(' ')} ${v.nodes[0]?.failureSummary?.split('\n')[1] ?? ''}`
	);
	expect(summary, `axe violations in ${state}`).toEqual([]);
}

async function violationsInPage(page: Page): Promise<Violation[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
	return page.evaluate(async (tags) => {
		const inPage = (window as unknown as { axe: typeof axe }).axe;
		// Only violations are read: axe then keeps the passing and inapplicable checks' nodes short.
		const results = await inPage.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations']
		});
		return results.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => ({ target: n.target as unknown[], failureSummary: n.failureSummary }))
		}));
	}, TAGS);
}
