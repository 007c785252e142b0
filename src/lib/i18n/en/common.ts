/** Text shared by every page: the frame, navigation, generic buttons and states. */
export default {
	appName: 'Retention Lab',
	tagline: 'Understand and improve customer retention: privately, in your browser.',
	skipToContent: 'Skip to content',
	navLabel: 'Main',
	nav: {
		home: 'Home',
		calculators: 'Calculators',
		data: 'Data',
		analysis: 'Analysis',
		benchmarks: 'Benchmarks',
		planner: 'Planner'
	},
	menu: 'Menu',
	settings: 'Settings',
	currency: 'Currency',
	language: 'Language',
	privacyFooter:
		'Everything you enter or import stays in this browser. Nothing is uploaded, there is no account and no tracking.',
	loading: 'Loading…',
	save: 'Save',
	load: 'Load',
	delete: 'Delete',
	cancel: 'Cancel',
	close: 'Close',
	rename: 'Rename',
	export: 'Export',
	confirm: 'Confirm',
	yes: 'Yes',
	no: 'No',
	notFoundTitle: 'Page not found',
	notFoundText: 'There is no page at this address.',
	errorTitle: 'Something went wrong',
	backHome: 'Back to the home page',
	storageUnavailable:
		'This browser does not let the site store data (private mode or storage disabled), so nothing can be saved.',
	period: {
		month: 'month',
		quarter: 'quarter',
		year: 'year'
	},
	periodLabel: 'Period',
	/** Joins the items of a list in running text. */
	listSeparator: ', ',
	/** A value quoted in running text. */
	quoted: (p: { text: string }) => `“${p.text}”`,
	/** A label and its value on one line. */
	labelled: (p: { label: string; value: string }) => `${p.label}: ${p.value}`,
	/** A calendar quarter, e.g. Q1 2024. */
	quarter: (p: { quarter: string; year: string }) => `Q${p.quarter} ${p.year}`,
	/** After a difference of percentages: +5 pp. */
	pointsSuffix: ' pp',
	periodAdjective: {
		month: 'monthly',
		quarter: 'quarterly',
		year: 'yearly'
	}
};
