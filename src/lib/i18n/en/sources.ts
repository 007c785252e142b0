import type {
	ContributionKey,
	PublisherNoteKey,
	SourceCalculatorId,
	SourceId,
	SourceLanguage,
	TitleBasis
} from '$lib/sources/ids';

/**
 * How the UI names each source article in running text: lower case, with its language, so it reads
 * after "Named in:" or "as cited in". Citations show it as a link to the article's entry on the
 * Sources page (`SourceLink`); `sourceName(id, locale)` returns it outside components.
 */
export const names = {
	'000': 'the article on building a customer retention strategy (Latvian)',
	'001': 'the article on five ways to improve e-commerce retention (Chinese)',
	'002': 'the article on e-commerce segmentation for customer loyalty (Russian)',
	'003': 'the article on loyalty programmes (Latvian)',
	'004': 'the article on encouraging repeat e-commerce sales (Dutch)'
} satisfies Record<SourceId, string>;

const titles = {
	'000': 'Tips for building a great e-commerce customer retention strategy',
	'001': '5 ways to improve customer retention on an e-commerce website',
	'002': '9 e-commerce segmentation techniques to increase customer loyalty',
	'003': 'Find out which loyalty programmes there are…',
	'004': 'How to encourage repeat e-commerce sales in 2017'
} satisfies Record<SourceId, string>;

const titleBasis = {
	'title-line': 'as the text gives it',
	'main-heading': 'the copy has no title line; this is the heading of its main part',
	embedded: 'the copy has no title line; this phrase, left inside its text, reads as the article’s title',
	lead: 'the copy has no title line; these are the first words of its lead'
} satisfies Record<TitleBasis, string>;

const publisherNotes = {
	'ecwid-features':
		'The text recommends features of Ecwid, an online store platform, to merchants who sell with it, but does not say who published it.',
	'metrilo-cited': 'The text cites Metrilo for one figure; Metrilo is not named as its publisher.',
	'figures-cited':
		'The text cites Zendesk, McKinsey and BrightLocal for figures; none of them is named as its publisher.',
	'author-unnamed': 'Written in the first person by an author the text does not name.'
} satisfies Record<PublisherNoteKey, string>;

const contributions = {
	'crr-formula-letters':
		'Customer retention rate: CRR = [(E − N) / B] × 100, with B the customers at the start of the period, E those at its end and N the new customers won during it. The app writes S for B.',
	'crr-formula-words':
		'Customer retention rate in words: from the customers at the end of a period (E) subtract the new customers won during it (N), divide by the customers at its start (S) and multiply by 100. The formula itself is missing from the copy.',
	'crr-textbook-example':
		'The textbook example: 10,000 customers at the start of a quarter, 2,000 new ones, 10,200 at its end. The article says the rate is “about 78%”; the formula gives 82%, and 78% is what 9,800 customers at the end would give. The CRR calculator shows both.',
	'nps-scale':
		'Net Promoter Score (NPS), for finding brand promoters. The article describes a scale from 1 to 10 on which a score of 5 and above marks a promoter; the app uses the standard definition (promoters 9–10, detractors 0–6) and notes the difference.',
	'high-frequency-segment':
		'High-frequency buyers, for example customers who buy 10 items or 2,000 dollars’ worth a month; the analysis finds them with thresholds you can change.',
	'revenue-tiers':
		'Revenue tiers: customers sorted by lifetime revenue (their total spend), so that the best of them get a higher level of support.',
	'clv-formula':
		'Customer lifetime value: CLV = CV × t, with customer value CV = AOV × f (average order value times purchase frequency) and t the average customer lifetime.',
	'aov-frequency-factors':
		'Average order value (AOV) and purchase frequency (f), the two factors of CV. The article says each is calculated with a formula, but the formulas themselves are missing from the copy; the app uses revenue ÷ orders and orders ÷ customers.',
	'lifetime-range': 'The customer lifetime t is usually 1 to 3 years.'
} satisfies Record<ContributionKey, string>;

const calculators = {
	crr: 'CRR calculator',
	aov: 'AOV calculator',
	frequency: 'Purchase frequency calculator',
	'clv-simple': 'CLV calculator (AOV × f × t)',
	nps: 'NPS calculator'
} satisfies Record<SourceCalculatorId, string>;

/** The Sources page: the five articles the product is built on, and what came from each. */
export default {
	title: 'Sources',
	footerLink: 'Sources: the five articles this app is built on',
	intro: 'Retention Lab is built on five articles about keeping e-commerce customers, written in Latvian, Chinese, Russian and Dutch. Their formulas, figures and tactics are used throughout the app, and wherever the app cites one of them, it links here.',
	caveat: 'The articles are kept as plain-text copies, without their web addresses, dates or bylines. So each entry shows only what the text itself says about its title and publisher, and the figures are quoted as the articles state them: they are not re-checked studies.',
	contentsLabel: 'The five articles',
	names,
	titles,
	citedAs: (p: { name: string }) => `Cited in this app as ${p.name}.`,
	originalTitleLabel: 'Title in the original',
	titleBasis,
	languageLabel: 'Language',
	languages: { lv: 'Latvian', zh: 'Chinese', ru: 'Russian', nl: 'Dutch' } satisfies Record<SourceLanguage, string>,
	publisherLabel: 'Publisher',
	publisherNotNamed: 'Not named in the text',
	publisherNotes,
	formulasHeading: 'Formulas, definitions and examples',
	noFormulas: 'No formula, definition or worked example in the app comes from this article.',
	contributions,
	usedInLabel: 'Used in:',
	calculators,
	figuresHeading: 'Figures',
	noFigures: 'The app quotes no figure from this article.',
	factAttributed: (p: { source: string }) => `The article attributes it to ${p.source}.`,
	factUnattributed: 'The article names no source for it.',
	/** A published benchmark figure the article quotes; the parts arrive worded and formatted. */
	benchmark: (p: { publisher: string; metric: string; industry: string; value: string }) =>
		`${p.publisher}, ${p.metric}, ${p.industry}: ${p.value}`,
	/** After a quoted benchmark that measures something else than the formula's CRR. */
	calledRetentionRate: (p: { metric: string }) =>
		`The article calls it a customer retention rate; it measures “${p.metric}”, not a CRR.`,
	tacticsHeading: 'Tactics',
	alsoIn: 'Also named in:'
};
