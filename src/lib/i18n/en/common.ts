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
	theme: 'Theme',
	themes: { system: 'System', light: 'Light', dark: 'Dark' },
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
	/** A data set's name with the number that tells it from others of the same name (see `datasetLabels`). */
	sameName: (p: { name: string; n: string }) => `${p.name} (${p.n})`,
	/** A value quoted in running text. */
	quoted: (p: { text: string }) => `“${p.text}”`,
	/** A label and its value on one line. */
	labelled: (p: { label: string; value: string }) => `${p.label}: ${p.value}`,
	/** A calendar quarter, e.g. Q1 2024. */
	quarter: (p: { quarter: string; year: string }) => `Q${p.quarter} ${p.year}`,
	/** Twelve months from the first to the last named, e.g. Nov 2025 – Oct 2026. */
	monthSpan: (p: { from: string; to: string }) => `${p.from} – ${p.to}`,
	/** After a difference of percentages: +5 pp. */
	pointsSuffix: ' pp',
	periodAdjective: {
		month: 'monthly',
		quarter: 'quarterly',
		year: 'yearly'
	},
	/** An address names a data set that is not stored in this browser. */
	noSuchDataset: (p: { id: string }) => `There is no data set “${p.id}” in this browser. Choose one of these:`,
	/** A new version of the site and what it takes to use it. */
	update: {
		ready: 'A new version of Retention Lab is ready.',
		reload: 'Reload',
		workerGone: 'Retention Lab was updated — reload the page.'
	},
	/** The browser database, when this tab may no longer (or not yet) write to it. */
	storage: {
		upgraded:
			'Retention Lab was updated in another tab. Reload this page to go on; until then nothing is saved here.',
		deleted: 'This site’s data was deleted in another tab. Reload this page; until then nothing is saved here.',
		blocked:
			'Retention Lab is being updated, but another tab with it is still open. Close the other tabs to finish the update.',
		newer: (p: { stored: string; known: string }) =>
			`The data in this browser was saved by a newer version of Retention Lab (database version ${p.stored}; this version knows up to ${p.known}). To keep it safe, nothing is saved here. Reload to get the newer version, or download a backup of the data.`,
		backup: 'Download a backup'
	}
};
