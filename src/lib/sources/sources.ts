import { benchmarkById, type BenchmarkFigure } from '$lib/benchmarks/figures';
import { tacticsFromSeed, type Tactic, type TacticId } from '$lib/tactics/catalogue';
import { FACT_IDS, FACTS, type FactId } from '$lib/tactics/facts';
import { SEED_LANGUAGE } from '$lib/tactics/vocabulary';
import type { ContributionKey, Destination, PublisherNoteKey, SourceId, SourceLanguage, TitleBasis } from './ids';

export {
	isSourceId,
	SOURCE_IDS,
	sourceAnchor,
	sourceFromAnchor,
	type ContributionKey,
	type Destination,
	type PublisherNoteKey,
	type SourceCalculatorId,
	type SourceId,
	type SourceLanguage,
	type TitleBasis
} from './ids';

/**
 * The five articles the product is built on (`shared/seeds/000_…txt` … `004_…txt`), as the
 * Sources page shows them and as every citation in the UI names them.
 *
 * Only what the copies themselves say is recorded. They are plain text without an address, a date
 * or a byline, so no article here has a named publisher: `publisher` stays null and the page says
 * "not named in the text"; `publisherNote` says what the text does name (a platform it recommends,
 * a company it cites) so a reader does not take that for the publisher. Titles are the article's
 * own words; `titleBasis` says where in the copy they were found, since four copies have no title
 * line. Everything in words (the UI-language title, the readable name) is in the message catalogue
 * (`msg.sources`); this module holds the structure and the links to the rest of the app.
 */

export interface Contribution {
	key: ContributionKey;
	/** Where the app uses it, first the most direct. */
	usedIn: readonly Destination[];
}

export interface SourceArticle {
	id: SourceId;
	language: SourceLanguage;
	/** The title in the article's own language, exactly as the copy has it. */
	originalTitle: string;
	titleBasis: TitleBasis;
	/** The publisher or site, when the text names it; null when it does not. */
	publisher: string | null;
	publisherNote: PublisherNoteKey | null;
	/** Formulas, definitions and worked examples. Figures and tactics are derived below. */
	contributions: readonly Contribution[];
	/** Published benchmark figures the article quotes. */
	benchmarks: readonly BenchmarkQuote[];
}

/** A published benchmark figure an article quotes, and whether it calls it a retention rate. */
export interface BenchmarkQuote {
	/** The figure's id in `$lib/benchmarks/figures`. */
	figure: string;
	/** The article calls the figure a customer retention rate, whatever it measures. */
	calledRetentionRate: boolean;
}

const crrCalculator: Destination = { kind: 'calculator', id: 'crr' };
const analysisPage: Destination = { kind: 'page', page: 'analysis' };

export const SOURCES: Readonly<Record<SourceId, SourceArticle>> = {
	'000': {
		id: '000',
		language: SEED_LANGUAGE['000'],
		originalTitle: 'Padomi lieliskas e-komercijas klientu noturēšanas stratēģijas izveidei',
		titleBasis: 'main-heading',
		publisher: null,
		publisherNote: 'ecwid-features',
		contributions: [{ key: 'crr-formula-letters', usedIn: [crrCalculator] }],
		benchmarks: []
	},
	'001': {
		id: '001',
		language: SEED_LANGUAGE['001'],
		originalTitle: '提高电子商务网站客户保留率的5种方法',
		titleBasis: 'main-heading',
		publisher: null,
		publisherNote: 'metrilo-cited',
		contributions: [
			{ key: 'crr-formula-words', usedIn: [crrCalculator] },
			{ key: 'crr-textbook-example', usedIn: [crrCalculator] }
		],
		benchmarks: [{ figure: 'metrilo-all-ecommerce', calledRetentionRate: true }]
	},
	'002': {
		id: '002',
		language: SEED_LANGUAGE['002'],
		originalTitle: '9 приемов сегментации электронной коммерции для повышения лояльности клиентов',
		titleBasis: 'embedded',
		publisher: null,
		publisherNote: 'figures-cited',
		contributions: [
			{ key: 'nps-scale', usedIn: [{ kind: 'calculator', id: 'nps' }] },
			{ key: 'high-frequency-segment', usedIn: [analysisPage] },
			{ key: 'revenue-tiers', usedIn: [analysisPage] }
		],
		benchmarks: []
	},
	'003': {
		id: '003',
		language: SEED_LANGUAGE['003'],
		originalTitle: 'Uzziniet, kādas atšķirīgas lojalitātes programmas pastāv…',
		titleBasis: 'lead',
		publisher: null,
		publisherNote: null,
		contributions: [],
		benchmarks: []
	},
	'004': {
		id: '004',
		language: SEED_LANGUAGE['004'],
		originalTitle: 'Hoe u terugkerende e-commerceverkoop in 2017 kunt stimuleren',
		titleBasis: 'title-line',
		publisher: null,
		publisherNote: 'author-unnamed',
		contributions: [
			{ key: 'clv-formula', usedIn: [{ kind: 'calculator', id: 'clv-simple' }] },
			{
				key: 'aov-frequency-factors',
				usedIn: [
					{ kind: 'calculator', id: 'aov' },
					{ kind: 'calculator', id: 'frequency' }
				]
			},
			{ key: 'lifetime-range', usedIn: [{ kind: 'calculator', id: 'clv-simple' }] }
		],
		benchmarks: []
	}
};

export function sourceById(id: SourceId): SourceArticle {
	return SOURCES[id];
}

/** The seed figures (`$lib/tactics/facts`) the article states, in the facts' order. */
export function factsFrom(id: SourceId): FactId[] {
	return FACT_IDS.filter((fact) => FACTS[fact].citedIn === id);
}

/** The benchmark figures the article quotes. Throws on an id the benchmark module does not have. */
export function benchmarksFrom(id: SourceId): { figure: BenchmarkFigure; calledRetentionRate: boolean }[] {
	return SOURCES[id].benchmarks.map((quote) => {
		const figure = benchmarkById(quote.figure);
		if (!figure) throw new Error(`Source ${id} quotes an unknown benchmark figure ${quote.figure}`);
		return { figure, calledRetentionRate: quote.calledRetentionRate };
	});
}

/** A tactic the article names, and the other sources that name it too (the tactic catalogue merged them). */
export interface SourceTactic {
	id: TacticId;
	alsoIn: SourceId[];
}

/** The tactics the article names, in checklist order. */
export function tacticsFrom(id: SourceId): SourceTactic[] {
	return tacticsFromSeed(id).map((tactic: Tactic) => ({
		id: tactic.id,
		alsoIn: tactic.seeds.filter((other) => other !== id)
	}));
}
