/** Messages of predicted customer lifetime value (BG/NBD + Gamma-Gamma), on the Analysis page. */

export default {
	title: 'Predicted lifetime value',
	heading: 'Predicted customer lifetime value',
	intro: 'BG/NBD (Fader, Hardie & Lee 2005) predicts how many purchases each customer will still make and how likely they are still active; Gamma-Gamma (Fader & Hardie 2013) predicts how much they spend per purchase. Both are fitted to your data by maximum likelihood in this browser.',
	settings: 'Model settings',
	unit: 'Time unit of the model',
	units: { day: 'days', week: 'weeks', month: 'months (30.44 days)' },
	/** One unit, as in “0.18 % per week”. */
	unitOne: { day: 'day', week: 'week', month: 'month' },
	horizon: 'Horizon (months)',
	discount: 'Discount rate per year (%)',
	margin: 'Gross margin (%)',
	marginHelp: '100 % gives CLV as revenue; your margin gives it as profit.',
	invalidHorizon: 'Use a whole number of months from 1 to 120.',
	invalidDiscount: 'Use a rate from 0 to 100 % a year.',
	invalidMargin: 'Use a margin above 0 and at most 100 %.',
	fitting: 'Fitting the models…',
	failed: (p: { detail: string }) => `The models could not be fitted: ${p.detail}`,
	/** The button that asks for a failed fit again. */
	retry: 'Try again',
	refusedHeading: 'Not enough data for a trustworthy prediction',
	refusedHelp: 'The models were not fitted (or not trusted) because:',
	spendRefusedHeading: 'Predicted CLV withheld: the spend model failed',
	spendRefusedHelp:
		'The purchase model (BG/NBD) was fitted and trusted, so what it predicts is shown below: P(active), the expected purchases and the chance of at least one purchase, and each customer’s predicted next order date. The spend model (Gamma-Gamma) was not, so the predicted spend per purchase and the predicted CLV (per customer, in total and by segment) are withheld. Why:',
	problems: {
		'too-few-customers': (p: { customers: string; minimum: string }) =>
			`Too few customers: ${p.customers}, where at least ${p.minimum} are needed.`,
		'too-few-repeat-buyers': (p: { minimum: string; repeatBuyers: string }) =>
			`Too few customers bought more than once: ${p.repeatBuyers}, where at least ${p.minimum} are needed to learn how often people come back.`,
		'no-observation-time':
			'Every customer made their first purchase on the last day of the data: there is no time in which to observe repeat purchases.',
		'no-positive-spend': (p: { excludedNonPositive: string }) =>
			`No repeat buyer has a positive average spend (${p.excludedNonPositive} excluded for zero or negative spend).`,
		'too-few-spend-customers': (p: { customers: string; excludedNonPositive: string; minimum: string }) =>
			`Too few repeat buyers with a positive spend: ${p.customers}, where at least ${p.minimum} are needed for the spend model (excluded for zero or negative spend: ${p.excludedNonPositive}).`,
		'no-holdout-period': 'The split date leaves no period after it to compare with.',
		'fit-not-converged': (p: { model: string; reason: string }) =>
			`The ${p.model} fit did not converge (${p.reason}).`,
		'parameter-at-limit': (p: { model: string; parameter: string; value: string }) =>
			`The ${p.model} parameter ${p.parameter} ran off to ${p.value}: the data cannot pin the model down.`,
		'spend-mean-undefined': (p: { q: string }) =>
			`The spend model has q = ${p.q} ≤ 1, so the average spend is not finite.`
	},
	warnings: {
		'few-repeat-buyers': (p: { recommended: string; repeatBuyers: string }) =>
			`Repeat buyers: ${p.repeatBuyers}, where ${p.recommended} or more are recommended: treat the figures as rough.`,
		'spend-excluded': (p: { excludedNonPositive: string }) =>
			`${p.excludedNonPositive} repeat buyers with zero or negative average spend are left out of the spend model; they get the average spend.`,
		'restarts-disagree': (p: { model: string }) =>
			`The ${p.model} fit found different optima from different starting points; the best one is used.`,
		'spend-frequency-correlated': (p: { correlation: string }) =>
			`Spend and purchase frequency are correlated (r = ${p.correlation}); Gamma-Gamma assumes they are not, so spend predictions may be biased.`,
		'no-dropout':
			'Almost no drop-out is visible in this history: the purchase model is used in its no-drop-out limit (a → 0, the NBD model), in which every customer stays active.',
		'dropout-uncertain':
			'The data barely pin down how many customers drop out: fits with quite different drop-out are almost equally likely.'
	},
	ridge: {
		heading: 'What this history can and cannot tell',
		noDropout: (p: { alive: string }) =>
			`Almost no drop-out is visible in this history: the best fit is the limit in which no customer ever leaves (BG/NBD with a → 0, the NBD model). P(active) is ${p.alive} on average — near 100 % for everyone — and the predicted value rests on purchase rates alone. If your customers do leave, this history is too short or too steady to show it: read the total as an upper end.`,
		uncertain: (p: { a: string; alive: string; b: string; seA: string; seB: string }) =>
			`The data barely pin down how many customers drop out: the drop-out parameters are smaller than their own uncertainty (a = ${p.a} ± ${p.seA}, b = ${p.b} ± ${p.seB}). P(active) is ${p.alive} on average, and the predicted value rests mostly on purchase rates.`,
		uncertainNoErrors: (p: { alive: string }) =>
			`The data barely pin down how many customers drop out: the likelihood is so flat that no standard errors can be given. P(active) is ${p.alive} on average, and the predicted value rests mostly on purchase rates.`,
		nbdGap: (p: { gap: string }) =>
			`A model with no drop-out at all fits only ${p.gap} log-likelihood units worse.`,
		range: (p: { gap: string; high: string; low: string; months: string }) =>
			`Fits the data cannot tell apart (within ${p.gap} log-likelihood units of the best) put the predicted value of the next ${p.months} months between ${p.low} and ${p.high}.`,
		caption: 'The predicted total along the flat direction of the fit',
		dropout: 'Drop-out after a repeat purchase, a/(a+b)',
		gap: 'Log-likelihood below the best',
		alive: 'Average P(active)',
		total: 'Predicted value',
		used: 'used for the predictions',
		none: 'none (a → 0)'
	},
	totalsHeading: 'Totals',
	totalClv: (p: { months: string }) => `Predicted value of the next ${p.months} months`,
	totalPurchases: (p: { months: string }) => `Expected purchases in the next ${p.months} months`,
	meanAlive: 'Average probability a customer is still active',
	meanAliveNote:
		'BG/NBD lets a customer leave only after a repeat purchase, so a customer who bought once counts as active (P(active) = 100 %), however long ago: the average includes them. The customers table shows each one’s.',
	customersModelled: 'Customers modelled',
	discountStatement: (p: { annual: string; perUnit: string; unit: string; unitsPerYear: string }) =>
		`Discounting: ${p.annual} a year, which is ${p.perUnit} per ${p.unit} ((1 + ${p.annual})^(1/${p.unitsPerYear}) − 1); each month’s expected purchases are discounted by (1 + ${p.annual})^(−month/12).`,
	clvFormula:
		'CLV = margin × expected spend per purchase × Σ over months of (expected purchases in the month × discount factor)',
	excludedCustomers: (p: { count: string }) =>
		`${p.count} customers whose first purchase is after the calibration end are not modelled.`,
	populationSpend: (p: { count: string }) =>
		`${p.count} customers without a usable repeat spend are given the average spend per purchase.`,
	segmentsHeading: 'By segment',
	segment: 'Segment',
	customers: 'Customers',
	segmentClv: 'Predicted value',
	segmentPurchases: 'Expected purchases',
	interval: (p: { confidence: string }) => `${p.confidence} interval`,
	intervalValue: (p: { high: string; low: string }) => `${p.low} – ${p.high}`,
	bootstrap: {
		heading: 'Uncertainty',
		help: 'A bootstrap refits both models on customer samples drawn with replacement and recomputes the totals, giving a range for the total and for each segment.',
		replicates: 'Replicates',
		start: 'Compute uncertainty ranges',
		cancel: 'Stop',
		progress: (p: { done: string; of: string }) => `Replicate ${p.done} of ${p.of}`,
		progressLabel: 'Bootstrap progress',
		result: (p: {
			confidence: string;
			estimate: string;
			failed: string;
			high: string;
			low: string;
			replicates: string;
		}) =>
			`Total predicted value: ${p.estimate}, ${p.confidence} range ${p.low} – ${p.high} (${p.replicates} replicates${p.failed}).`,
		failedFits: (p: { count: string }) => `, ${p.count} refits did not converge and were dropped`,
		unbounded: (p: { count: string }) => `, ${p.count} had no finite average spend (q ≤ 1) and count as unbounded`,
		noDropoutFits: (p: { count: string }) => `, ${p.count} at the no-drop-out limit`,
		noUpperLimit: 'no upper limit',
		stopped: 'Stopped early: the range uses the replicates done so far.',
		invalidReplicates: 'Use 10 to 1,000 replicates.'
	},
	parameters: {
		heading: 'Fitted parameters (for analysts)',
		model: 'Model',
		parameter: 'Parameter',
		estimate: 'Estimate',
		standardError: 'Standard error',
		logLikelihood: 'Log-likelihood',
		converged: 'Converged',
		iterations: 'Iterations',
		bgnbd: 'BG/NBD',
		gammaGamma: 'Gamma-Gamma',
		unitNote: (p: { unit: string }) =>
			`Time unit: ${p.unit}. α scales with the time unit; r, a, b, p, q and v do not.`,
		spendCustomers: (p: { customers: string; mean: string }) =>
			`Gamma-Gamma is fitted on ${p.customers} repeat buyers with a positive average spend; its mean spend per purchase is ${p.mean}.`
	},
	table: {
		heading: 'Customers',
		search: 'Search customer id',
		caption: (p: { months: string; total: string }) =>
			`Predicted value per customer over ${p.months} months; ${p.total} customers match.`,
		customer: 'Customer',
		x: 'Repeat purchases',
		tx: (p: { unit: string }) => `Recency (${p.unit})`,
		T: (p: { unit: string }) => `Age (${p.unit})`,
		monetary: 'Mean repeat spend',
		probabilityAlive: 'P(active)',
		expectedPurchases: 'Expected purchases',
		expectedSpend: 'Spend per purchase',
		clv: 'Predicted value',
		segment: 'Segment',
		sortBy: (p: { column: string }) => `Sort by ${p.column}`,
		previous: 'Previous page',
		next: 'Next page',
		page: (p: { from: string; to: string; total: string }) => `Rows ${p.from}–${p.to} of ${p.total}`,
		export: 'Export all customers (CSV)',
		none: 'No customer matches.'
	},
	holdout: {
		heading: 'Hold-out check',
		help: 'Fit the purchase model on the data up to a split date, predict the purchases after it, and compare with what customers really bought.',
		split: 'Split date',
		run: 'Run the check',
		running: 'Checking…',
		invalidSplit: (p: { from: string; to: string }) => `Choose a date between ${p.from} and ${p.to}.`,
		tooShort: (p: { span: string }) =>
			`The orders cover only ${p.span}: a hold-out check needs a history long enough to fit the model on an earlier part and compare its predictions with a later part (in practice several months), so it cannot run on this data set.`,
		usesNoDropout:
			'Before the split almost no drop-out is visible, so the check uses the model’s no-drop-out limit (a → 0: every customer stays active).',
		usesUncertain:
			'Before the split the data barely pin down drop-out; the check uses the best estimate, which is uncertain.',
		suggest: (p: { date: string }) =>
			`Run the check with the split on ${p.date} (enough customers and repeat buyers before it)`,
		noSuggestion:
			'No split date leaves enough repeat buyers before it and time after it: this history is too short, or has too few returning customers, for this check.',
		chartTitle: 'Purchases after the split: predicted and actual',
		chartDescription: (p: { length: string; split: string; unit: string }) =>
			`Average purchases per customer in the ${p.length} ${p.unit} after ${p.split}, by number of repeat purchases before it.`,
		predicted: 'Predicted',
		actual: 'Actual',
		frequency: 'Repeat purchases before the split',
		frequencyLong: (p: { n: string }) => `${p.n} repeat purchases before the split`,
		errorsHeading: 'Errors',
		mae: 'Mean absolute error per customer',
		rmse: 'Root mean square error per customer',
		totals: 'Purchases after the split, predicted and actual',
		totalError: 'Error of the total',
		correlation: 'Correlation of predicted and actual, per customer',
		notDefined: 'not defined'
	}
};
