/** Messages of the exercise pages: generated exercises for each calculator (issue 15.5). */

export default {
	title: (p: { calculator: string }) => `Exercises: ${p.calculator}`,
	linkFromCalculator: 'Practise with exercises',
	backToCalculator: (p: { calculator: string }) => `Back to ${p.calculator}`,
	intro: 'Work out each result yourself, then check your answer. The answer is hidden until you check.',
	tolerance:
		'An answer counts as right when it is within 0.5 % of the exact value, or equals the result as the calculator rounds it. Type just the number: a % sign or a currency symbol may be left out.',
	setSummary: (p: { count: string; seed: string }) => `${p.count} exercises, set number ${p.seed}.`,
	exercise: (p: { n: string }) => `Exercise ${p.n}`,
	given: 'Given:',
	find: (p: { result: string }) => `Find: ${p.result}.`,
	percentHint: 'In percent, e.g. 45.5',
	unitHint: (p: { unit: string }) => `In the result’s unit (${p.unit})`,
	yourAnswer: 'Your answer',
	check: 'Check my answer',
	right: 'Right.',
	notQuite: 'Not quite.',
	unreadable: 'This is not a number that can be read. Type digits, e.g. 45.5.',
	empty: 'Type your answer first.',
	yours: (p: { value: string }) => `Your answer: ${p.value}.`,
	decimalAnswer: (p: { text: string; value: string; decimal: string; grouped: string }) =>
		`“${p.text}” was read as ${p.value}: in this language “${p.decimal}” is the decimal mark; for ${p.grouped}, leave it out.`,
	groupedAnswer: (p: { text: string; value: string; group: string; decimal: string }) =>
		`“${p.text}” was read as ${p.value}: in this language “${p.group}” groups thousands; a decimal is written with “${p.decimal}”.`,
	solution: 'Worked solution',
	answer: (p: { label: string; value: string }) => `${p.label}: ${p.value}`,
	newSet: 'New set',
	copyLink: 'Copy link to this set',
	linkCopied: 'Link copied. Opening it shows the same exercises.',
	copyFailed: 'The browser did not allow copying. Select the link below and copy it:',
	linkLabel: 'Link to this set of exercises',
	loading: 'Preparing the exercises…'
};
