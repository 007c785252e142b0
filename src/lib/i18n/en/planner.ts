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
			`Your ${p.metric} is ${p.user}, behind ${p.benchmark} for ${p.source}; this tactic works on it directly.`,
		movesLever: (p: { metric: string; user: string; benchmark: string; source: string; lever: string }) =>
			`Your ${p.metric} is ${p.user}, behind ${p.benchmark} for ${p.source}; this tactic’s lever (${p.lever}) helps close the gap.`,
		noGap: 'None of your measured gaps depends on this tactic; it is listed in checklist order.',
		unmatched: (p: { metric: string }) => `No published benchmark can be compared with your ${p.metric}.`,
		unmatchedSmall: (p: { metric: string; n: string }) =>
			`Your ${p.metric} rests on too few customers (${p.n}; at least 30 are needed) for a verdict.`,
		unmatchedCounted: (p: { metric: string; source: string; reason: string }) =>
			`Your ${p.metric} is not set beside ${p.source}. ${p.reason}`,
		unmatchedPeriod: (p: { metric: string; period: string }) =>
			`Your ${p.metric} ${p.period} is measured with an activity window, so it is not compounded into another period, and no published figure is of its period.`,
		aboutSame: (p: { metric: string; source: string }) =>
			`Your ${p.metric} is about the same as ${p.source}: the figure lies within the 95 % range of yours, so no gap is counted.`,
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
		},
		heading: 'Export and print',
		intro: 'Download the whole plan (every tactic, whatever the filters) or print it as one clean document.',
		fileMarkdown: 'retention-plan.md',
		fileCsv: 'retention-plan.csv',
		failed: 'The plan could not be read from this browser’s storage.'
	},
	intro: 'Every retention tactic from the five articles listed under Sources, merged where two say the same thing. Keep a status, an owner, a target date and notes for each: they stay in this browser.',
	links: {
		benchmarks: 'Benchmarks: compare your numbers',
		whatIf: 'What-if: the effect of a change on CLV and revenue'
	},
	progressHeading: 'Progress',
	progressBar: 'Share of relevant tactics done',
	statusCounts: 'Tactics by status',
	setup: {
		heading: 'Your gaps',
		intro: 'The suggestions below use the same baseline and industry as the Benchmarks page; change them here or there.'
	},
	suggestionsMore: {
		intro: 'Tactics that address a number of yours that is behind its benchmark, the biggest gap first. Tactics done or marked not relevant are left out.',
		recounted: (p: { value: string; retained: string; start: string }) =>
			`${p.value} (counted as the figure counts it: ${p.retained} of the ${p.start} customers active a year earlier bought again)`,
		none: 'None of your measured values is behind its benchmark: no tactic is pushed up. The checklist keeps its order.',
		rule: 'Each of your values is judged against one figure, named beside the verdict: a figure for the industry you chose (with all industries of a sector, one over the whole sector before one for a part of it; an average over all businesses only when there is neither), and of those one whose median or mean is stated, with the most recent data. The Benchmarks page sets your values beside every figure.'
	},
	filters: {
		heading: 'Filter the checklist',
		lever: 'Lever',
		segment: 'Customer segment',
		status: 'Status',
		any: 'Any',
		clear: 'Show all tactics',
		showing: (p: { shown: string; total: string }) => `Showing ${p.shown} of ${p.total} tactics.`,
		segmentOrder: (p: { segment: string }) =>
			`Tactics written for “${p.segment}” come first, then those that suit all customers.`,
		none: 'No tactic matches these filters.'
	},
	checklistHeading: 'Tactic checklist',
	form: {
		legend: 'Your plan',
		dateHint: 'Write it as YYYY-MM-DD, e.g. 2025-09-30. Leave empty for none.',
		datePlaceholder: 'YYYY-MM-DD',
		notesCount: (p: { length: string; max: string }) => `${p.length} of ${p.max} characters`,
		notSaved: 'Not saved until corrected; what you typed stays here.',
		saved: 'Saved.',
		saveFailed: 'This change could not be saved in this browser.'
	},
	print: {
		printed: (p: { date: string }) => `Printed ${p.date}`,
		none: '—'
	},
	whatIf: {
		title: 'What-if',
		intro: 'Start from your numbers, then move the sliders to see what a change in retention, order value, purchase frequency or margin does to customer lifetime value and to revenue.',
		back: 'Back to the planner',
		baselineHeading: 'Baseline',
		source: 'Start from',
		sources: {
			typed: 'Values I type in',
			scenario: 'A saved calculator scenario',
			dataset: 'An analysed data set'
		},
		scenario: 'Scenario',
		noScenarios: 'No saved scenario of the CRR, churn, lifetime, AOV, frequency or CLV calculators yet.',
		dataset: 'Data set',
		noDatasets: 'No analysed data set yet.',
		choose: 'Choose…',
		filled: (p: { source: string }) =>
			`Values found in ${p.source} were filled in below; the others are yours to set.`,
		nothingFilled: (p: { source: string }) => `${p.source} holds none of these values.`,
		datasetGone:
			'The data set these values were filled in from is no longer in this browser: they are shown as they were filled in, without the notes on where each came from.',
		scenarioGone:
			'The saved scenario these values were filled in from is no longer in this browser: they are shown as they were filled in, without the notes on where each came from.',
		withheldHeading: 'Flagged on the Analysis page, so not filled in',
		converted: (p: { original: string; period: string }) =>
			`Converted from ${p.original} ${p.period}, assuming the same retention every period.`,
		notYearly: (p: { period: string }) =>
			`The frequency there is ${p.period}; a year’s is not simply a multiple of it, so enter a yearly one here.`,
		yearCustomers: (p: { customers: string; year: string }) =>
			`The ${p.customers} customers who ordered in ${p.year}, the data’s last 12 whole months.`,
		yearFrequency: (p: { customers: string; orders: string; year: string }) =>
			`Their orders in ${p.year} ÷ customers = ${p.orders} ÷ ${p.customers}.`,
		measuredYear: (p: { counts: string; window: string; year: string }) =>
			`The CRR measured over ${p.year} with a ${p.window}-month activity window${p.counts}, not a month’s CRR compounded.`,
		measuredCountsRetained: (p: { acquired: string; end: string; returning: string; start: string }) =>
			`, counted as the share who bought again: (E − N − R) ÷ S = (${p.end} − ${p.acquired} − ${p.returning}) ÷ ${p.start}, without R, the customers back after more than a year away`,
		measuredCounts: (p: { acquired: string; end: string; start: string }) =>
			`: (E − N) ÷ S = (${p.end} − ${p.acquired}) ÷ ${p.start}`,
		revenueUnnamed: 'Revenue',
		yearAov: (p: { orders: string; revenue: string; revenueName: string; year: string }) =>
			`${p.revenueName} ÷ orders in ${p.year}, the same 12 months as C and f: ${p.revenue} ÷ ${p.orders}.`,
		noYearRevenue:
			'Not filled in: this data set was analysed before its year’s revenue was kept. Open it on the Analysis page once, or type an average order value of the same 12 months.',
		notInDataset: 'Not in an orders export: type your own value; nothing is computed from this field until you do.',
		noYearlyCrr:
			'Not filled in: the last 12 whole months of the data set have no measurable CRR (see the flagged figures above), and a month’s or quarter’s CRR compounded to a year would mean nothing.',
		noCompleteYear:
			'Not filled in: the data does not cover 12 whole months, and customers or orders counted over a shorter or longer span are not a year’s.',
		fields: {
			customers: {
				label: 'Customers this year (C)',
				hint: 'Customers who buy from you in a year.'
			},
			averageOrderValue: {
				label: 'Average order value (AOV)',
				hint: 'Revenue per order.'
			},
			purchasesPerYear: {
				label: 'Purchases per customer per year (f)',
				hint: 'Orders per customer in a year.'
			},
			retention: {
				label: 'Yearly retention (r)',
				hint: 'Share of this year’s customers who buy again next year.'
			},
			grossMargin: {
				label: 'Gross margin (g)',
				hint: 'Share of revenue left after the cost of the goods sold.'
			},
			discountRate: {
				label: 'Yearly discount rate (d)',
				hint: 'What money a year from now is worth less than today, e.g. 10.'
			}
		},
		changesHeading: 'Changes to try',
		changesIntro: 'Use a slider, its arrow keys, or type the number beside it.',
		changes: {
			retentionPoints: 'Retention',
			orderValuePercent: 'Order value',
			frequencyPercent: 'Purchase frequency',
			marginPoints: 'Gross margin'
		},
		changeUnits: {
			retentionPoints: 'percentage points',
			orderValuePercent: '%',
			frequencyPercent: '%',
			marginPoints: 'percentage points'
		},
		numberLabel: (p: { change: string }) => `${p.change}, exact change`,
		sliderLabel: (p: { change: string }) => `${p.change} change`,
		outOfRange: (p: { min: string; max: string }) =>
			`Enter a number from ${p.min} to ${p.max}. The last valid change is used.`,
		reset: 'Reset the changes',
		resultsHeading: 'Effect',
		/** What the effect waits for, in words that fit where the baseline came from. */
		missingFields: {
			dataset: (p: { fields: string }) =>
				`The data set does not give every value: type ${p.fields} to see the effect. Nothing is computed from an empty field.`,
			scenario: (p: { fields: string }) =>
				`The saved scenario does not give every value: type ${p.fields} to see the effect. Nothing is computed from an empty field.`,
			typed: (p: { fields: string }) =>
				`Type ${p.fields} to see the effect. Nothing is computed from an empty field.`
		},
		incomplete: 'Fill in every baseline value correctly to see the effect.',
		columns: {
			quantity: 'Quantity',
			baseline: 'Baseline',
			scenario: 'With the changes',
			difference: 'Difference'
		},
		rows: {
			clv: 'CLV per customer (gross margin, discounted)',
			revenueThisYear: 'Revenue this year',
			revenueNextYear: 'Revenue next year from the customers kept'
		},
		relative: (p: { value: string }) => `(${p.value})`,
		problems: {
			notFinite: 'These values cannot be used: check the baseline.',
			negative: 'These values cannot be negative: check the baseline.',
			rateAboveOne: 'A rate above 100 % cannot be used: check the baseline.',
			changeOutOfRange: (p: { change: string }) =>
				`The ${p.change} change takes the value below zero or above 100 %: choose a smaller change.`,
			diverges:
				'With 100 % retention and no discounting, a customer never leaves and is worth without limit: lower retention or add a discount rate.'
		},
		chartTitle: (p: { quantity: string }) => `${p.quantity}: baseline and with the changes`,
		chartDescription: (p: { quantity: string }) =>
			`Two horizontal bars: ${p.quantity} at the baseline and with the changes (highlighted, striped).`,
		definitionsHeading: 'What is calculated',
		definitions: [
			'CLV uses the retention and margin formula, per year: CLV = m × r / (1 + d − r), with m = AOV × f × g the gross margin a customer brings in a year. Margin is counted at the end of each year the customer is still there, and discounted at d a year (Gupta and Lehmann). It is not the simple formula AOV × f × t, which counts revenue and no discounting.',
			'Revenue this year = C × f × AOV: this year’s customers, their purchases and the order value.',
			'Revenue next year from the customers kept = (C × r) × f × AOV: only this year’s customers who stay. New customers won next year are left out, so a change in retention shows here, a year on.'
		],
		math: {
			baseline: 'Baseline:',
			scenario: 'With the changes:',
			changedRetention: 'r′ = r + change',
			changedOrderValue: 'AOV′ = AOV × (1 + change)',
			changedFrequency: 'f′ = f × (1 + change)',
			changedMargin: 'g′ = g + change',
			margin: 'm = AOV × f × g',
			clv: 'CLV = m × r / (1 + d − r)',
			revenueThisYear: 'revenue this year = C × f × AOV',
			retained: 'customers kept = C × r',
			revenueNextYear: 'revenue next year = customers kept × f × AOV',
			points: (p: { n: string }) => `${p.n} pp`
		}
	}
};
