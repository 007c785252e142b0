import type {
	ContributionKey,
	PublisherNoteKey,
	SourceCalculatorId,
	SourceId,
	SourceLanguage,
	TitleBasis
} from '$lib/sources/ids';
import type en from '../en/sources';
import type { Catalogue } from '../messages';

/** Hoe de app elk bronartikel in lopende tekst noemt: met kleine letter en met zijn taal. */
export const names = {
	'000': 'het artikel over het opbouwen van een klantbehoudstrategie (Lets)',
	'001': 'het artikel over vijf manieren om klantbehoud in e-commerce te verbeteren (Chinees)',
	'002': 'het artikel over e-commercesegmentatie voor klantloyaliteit (Russisch)',
	'003': 'het artikel over loyaliteitsprogramma’s (Lets)',
	'004': 'het artikel over het stimuleren van terugkerende e-commerceverkoop (Nederlands)'
} satisfies Record<SourceId, string>;

const titles = {
	'000': 'Tips voor het opbouwen van een sterke klantbehoudstrategie voor e-commerce',
	'001': '5 manieren om klantbehoud op een e-commercesite te verbeteren',
	'002': '9 technieken voor e-commercesegmentatie om de klantloyaliteit te vergroten',
	'003': 'Ontdek welke loyaliteitsprogramma’s er bestaan…',
	'004': 'Hoe u terugkerende e-commerceverkoop in 2017 kunt stimuleren'
} satisfies Record<SourceId, string>;

const titleBasis = {
	'title-line': 'zoals de tekst hem geeft',
	'main-heading': 'de kopie heeft geen titelregel; dit is de kop van het hoofddeel',
	embedded:
		'de kopie heeft geen titelregel; deze zin, die in de lopende tekst is blijven staan, leest als de titel van het artikel',
	lead: 'de kopie heeft geen titelregel; dit zijn de eerste woorden van de inleiding'
} satisfies Record<TitleBasis, string>;

const publisherNotes = {
	'ecwid-features':
		'De tekst raadt handelaren die via het webwinkelplatform Ecwid verkopen functies van Ecwid aan, maar zegt niet wie hem heeft gepubliceerd.',
	'metrilo-cited': 'De tekst haalt Metrilo aan voor één cijfer; Metrilo wordt niet als uitgever genoemd.',
	'figures-cited':
		'De tekst haalt cijfers aan van Zendesk, McKinsey en BrightLocal; geen van hen wordt als uitgever genoemd.',
	'author-unnamed': 'In de eerste persoon geschreven door een auteur die de tekst niet noemt.'
} satisfies Record<PublisherNoteKey, string>;

const contributions = {
	'crr-formula-letters':
		'Klantbehoudpercentage: CRR = [(E − N) / B] × 100, met B de klanten aan het begin van de periode, E die aan het eind en N de nieuwe klanten die erin zijn gewonnen. De app schrijft S voor B.',
	'crr-formula-words':
		'Klantbehoudpercentage in woorden: trek van het aantal klanten aan het eind van een periode (E) de nieuwe klanten uit die periode (N) af, deel door het aantal klanten aan het begin (S) en vermenigvuldig met 100. De formule zelf ontbreekt in de kopie.',
	'crr-textbook-example':
		'Het schoolvoorbeeld: 10.000 klanten aan het begin van een kwartaal, 2.000 nieuwe, 10.200 aan het eind. Het artikel noemt ‘ongeveer 78%’; de formule geeft 82%, en 78% is wat 9.800 klanten aan het eind zouden geven. De CRR-rekentool toont beide.',
	'nps-scale':
		'Net Promoter Score (NPS), om promotors van het merk te vinden. Het artikel beschrijft een schaal van 1 tot 10 waarop een score van 5 en hoger een promotor aanduidt; de app gebruikt de standaarddefinitie (promotors 9–10, criticasters 0–6) en wijst op het verschil.',
	'high-frequency-segment':
		'Frequente kopers, bijvoorbeeld klanten die per maand 10 artikelen of voor 2.000 dollar kopen; de analyse vindt hen met drempels die je kunt aanpassen.',
	'revenue-tiers':
		'Omzetniveaus: klanten gesorteerd op hun totale omzet (hun totale uitgaven), zodat de beste van hen een hoger niveau van ondersteuning krijgen.',
	'clv-formula':
		'Levenslange klantwaarde, over de hele klantrelatie: CLV = CV × t, met klantwaarde CV = AOV × f (gemiddelde bestelwaarde maal koopfrequentie) en t de gemiddelde klantlevensduur.',
	'aov-frequency-factors':
		'Gemiddelde bestelwaarde (AOV) en koopfrequentie (f), de twee factoren van CV. Het artikel zegt dat beide met een formule worden berekend, maar de formules zelf ontbreken in de kopie; de app gebruikt omzet ÷ bestellingen en bestellingen ÷ klanten.',
	'lifetime-range': 'De klantlevensduur t is meestal 1 tot 3 jaar.'
} satisfies Record<ContributionKey, string>;

const calculators = {
	crr: 'CRR-rekentool',
	aov: 'AOV-rekentool',
	frequency: 'Rekentool voor koopfrequentie',
	'clv-simple': 'CLV-rekentool (AOV × f × t)',
	nps: 'NPS-rekentool'
} satisfies Record<SourceCalculatorId, string>;

/** De pagina Bronnen: de vijf artikelen waarop het product is gebouwd, en wat uit elk ervan komt. */
const sources: Catalogue<typeof en> = {
	title: 'Bronnen',
	footerLink: 'Bronnen: de vijf artikelen waarop deze app is gebouwd',
	intro: 'Retention Lab is gebouwd op vijf artikelen over het behouden van e-commerceklanten, geschreven in het Lets, Chinees, Russisch en Nederlands. Hun formules, cijfers en tactieken worden overal in de app gebruikt, en waar de app er een aanhaalt, linkt ze hierheen.',
	caveat: 'De artikelen zijn bewaard als kopieën in platte tekst, zonder webadres, datum of auteursnaam. Daarom toont elk item alleen wat de tekst zelf over zijn titel en uitgever zegt, en worden de cijfers aangehaald zoals de artikelen ze geven: het zijn geen opnieuw gecontroleerde onderzoeken.',
	contentsLabel: 'De vijf artikelen',
	names,
	titles,
	citedAs: (p: { name: string }) => `In deze app aangehaald als ${p.name}.`,
	originalTitleLabel: 'Titel in het origineel',
	titleBasis,
	languageLabel: 'Taal',
	languages: { lv: 'Lets', zh: 'Chinees', ru: 'Russisch', nl: 'Nederlands' } satisfies Record<SourceLanguage, string>,
	publisherLabel: 'Uitgever',
	publisherNotNamed: 'Niet genoemd in de tekst',
	publisherNotes,
	formulasHeading: 'Formules, definities en voorbeelden',
	noFormulas: 'Geen formule, definitie of rekenvoorbeeld in de app komt uit dit artikel.',
	contributions,
	usedInLabel: 'Gebruikt in:',
	calculators,
	figuresHeading: 'Cijfers',
	noFigures: 'De app haalt geen cijfer uit dit artikel aan.',
	factAttributed: (p: { source: string }) => `Het artikel schrijft het toe aan ${p.source}.`,
	factUnattributed: 'Het artikel noemt er geen bron voor.',
	benchmark: (p: { publisher: string; metric: string; industry: string; value: string }) =>
		`${p.publisher}, ${p.metric}, ${p.industry}: ${p.value}`,
	calledRetentionRate: (p: { metric: string }) =>
		`Het artikel noemt het een klantbehoudpercentage; het meet ‘${p.metric}’, geen CRR.`,
	tacticsHeading: 'Tactieken',
	alsoIn: 'Ook genoemd in:'
};

export default sources;
