/** Messages of the planner section: statuses, progress, suggestions and the plan export. */
export default {
	title: 'Planner',
	statuses: {
		'not-started': 'Not started',
		planned: 'Planned',
		'in-progress': 'In progress',
		done: 'Done',
		'not-relevant': 'Not relevant'
	},
	fields: {
		status: 'Status',
		notes: 'Notes',
		owner: 'Owner',
		targetDate: 'Target date'
	},
	problems: {
		'unknown-tactic': 'This tactic is no longer in the catalogue.',
		'invalid-status': 'Choose one of the statuses.',
		'invalid-date': 'Enter a real date, or leave it empty.',
		'notes-too-long': 'The notes are too long (at most 5,000 characters).',
		'owner-too-long': 'The owner’s name is too long (at most 120 characters).',
		'invalid-timestamp': 'The saved change time is not valid.'
	},
	progress: (p: { done: string; relevant: string; share: string }) =>
		`${p.done} of ${p.relevant} relevant tactics done (${p.share})`,
	noneRelevant: 'Every tactic is marked not relevant.',
	suggestions: {
		title: 'Suggested order',
		noMeasurements:
			'Measure churn, retention, repeat-purchase rate or order value, and pick your industry, to have the tactics ordered by your gaps.',
		watchesMetric: (p: { metric: string; user: string; benchmark: string; source: string }) =>
			`Your ${p.metric} (${p.user}) is behind ${p.source} (${p.benchmark}), and this tactic works on it directly.`,
		movesLever: (p: { metric: string; user: string; benchmark: string; source: string; lever: string }) =>
			`Your ${p.metric} (${p.user}) is behind ${p.source} (${p.benchmark}); this tactic’s lever (${p.lever}) helps raise it.`,
		noGap: 'None of your measured gaps depends on this tactic; it is listed in checklist order.',
		unmatched: (p: { metric: string }) => `No published benchmark can be compared with your ${p.metric}.`,
		ahead: (p: { metric: string; source: string }) => `Your ${p.metric} is level with or ahead of ${p.source}.`
	},
	export: {
		title: 'Retention plan',
		markdown: 'Export as Markdown',
		csv: 'Export as CSV',
		print: 'Print',
		columns: {
			id: 'Tactic id',
			tactic: 'Tactic',
			lever: 'Lever',
			status: 'Status',
			owner: 'Owner',
			targetDate: 'Target date',
			notes: 'Notes',
			updatedAt: 'Last changed (UTC)'
		}
	}
};
