/** The landing page: the three ways to use the product and the privacy promise. */
export default {
	title: 'Customer retention, measured and improved',
	intro: 'Retention Lab turns the formulas and tactics of e-commerce retention into tools you can use: calculators for the key figures, an analysis of your own orders, industry benchmarks and a plan of tactics.',
	usesHeading: 'Three ways to use it',
	visitorTitle: 'Calculate',
	visitorText:
		'Work out customer retention rate, churn, lifetime value, order value, purchase frequency, repeat-purchase rate, LTV:CAC and NPS. Every result shows its formula with your numbers in it.',
	visitorCta: 'Open the calculators',
	merchantTitle: 'Analyse your orders',
	merchantText:
		'Drop in an orders export from Shopify, WooCommerce or any CSV. You get retention by period, cohorts, customer segments and predicted lifetime value, computed in your browser.',
	merchantCta: 'Import orders',
	educatorTitle: 'Teach the formulas',
	educatorText:
		'Show the math step by step, load textbook examples and share a link that reopens exactly the same calculation.',
	educatorCta: 'Start with the CRR example',
	privacyHeading: 'Your data never leaves this browser',
	privacyPoints: [
		'Files are read and analysed on your own device, in a background worker.',
		'Data sets, scenarios and plans are stored in this browser only (IndexedDB) and can be deleted at any time.',
		'The site makes no requests to any other server: no analytics, no fonts or scripts from elsewhere.'
	],
	alsoHeading: 'And then',
	alsoText:
		'Compare your figures with published industry benchmarks, each with its source, year and exact definition, and turn what you find into a checklist of retention tactics.'
};
