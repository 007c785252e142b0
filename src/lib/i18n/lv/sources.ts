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

/** Kā lietotne tekstā sauc katru avota rakstu (nominatīvā, lai to varētu likt aiz “Minēta:” u. tml.). */
export const names = {
	'000': 'raksts par klientu noturēšanas stratēģijas veidošanu (latviešu valodā)',
	'001': 'raksts par pieciem veidiem, kā uzlabot klientu noturēšanu e-komercijā (ķīniešu valodā)',
	'002': 'raksts par e-komercijas segmentāciju klientu lojalitātei (krievu valodā)',
	'003': 'raksts par lojalitātes programmām (latviešu valodā)',
	'004': 'raksts par atkārtotas e-komercijas pārdošanas veicināšanu (nīderlandiešu valodā)'
} satisfies Record<SourceId, string>;

const titles = {
	'000': 'Padomi lieliskas e-komercijas klientu noturēšanas stratēģijas izveidei',
	'001': '5 veidi, kā uzlabot klientu noturēšanu e-komercijas vietnē',
	'002': '9 e-komercijas segmentācijas paņēmieni klientu lojalitātes paaugstināšanai',
	'003': 'Uzziniet, kādas atšķirīgas lojalitātes programmas pastāv…',
	'004': 'Kā 2017. gadā veicināt atkārtotu e-komercijas pārdošanu'
} satisfies Record<SourceId, string>;

const titleBasis = {
	'title-line': 'kā to norāda teksts',
	'main-heading': 'kopijā nav virsraksta rindas; šis ir tās galvenās daļas virsraksts',
	embedded: 'kopijā nav virsraksta rindas; šī frāze, kas palikusi tekstā, izskatās pēc raksta virsraksta',
	lead: 'kopijā nav virsraksta rindas; šie ir tās ievada pirmie vārdi'
} satisfies Record<TitleBasis, string>;

const publisherNotes = {
	'ecwid-features':
		'Teksts iesaka tirgotājiem, kas pārdod ar tiešsaistes veikalu platformu Ecwid, izmantot tās iespējas, bet nenorāda, kas to publicējis.',
	'metrilo-cited': 'Teksts vienam skaitlim atsaucas uz Metrilo; Metrilo nav minēts kā tā izdevējs.',
	'figures-cited':
		'Teksts citē Zendesk, McKinsey un BrightLocal skaitļus; neviens no tiem nav minēts kā tā izdevējs.',
	'author-unnamed': 'Rakstīts pirmajā personā; autora vārds tekstā nav minēts.'
} satisfies Record<PublisherNoteKey, string>;

const contributions = {
	'crr-formula-letters':
		'Klientu noturēšanas rādītājs: CRR = [(E − N) / B] × 100, kur B — klienti perioda sākumā, E — perioda beigās, N — periodā iegūtie jaunie klienti. Lietotnē B vietā rakstīts S.',
	'crr-formula-words':
		'Klientu noturēšanas rādītājs vārdos: no klientu skaita perioda beigās (E) atņem periodā iegūtos jaunos klientus (N), rezultātu dala ar klientu skaitu perioda sākumā (S) un reizina ar 100. Pašas formulas kopijā nav.',
	'crr-textbook-example':
		'Mācību piemērs: ceturkšņa sākumā 10 000 klientu, 2000 jaunu, beigās 10 200. Raksts apgalvo, ka rādītājs ir “aptuveni 78%”; formula dod 82%, bet 78% iznāktu, ja beigās būtu 9800 klientu. CRR kalkulators parāda abus variantus.',
	'nps-scale':
		'Net Promoter Score (NPS) zīmola atbalstītāju atrašanai. Raksts apraksta skalu no 1 līdz 10, kurā vērtējums 5 un vairāk nozīmē atbalstītāju; lietotne izmanto standarta definīciju (atbalstītāji 9–10, kritiķi 0–6) un norāda uz atšķirību.',
	'high-frequency-segment':
		'Bieži pērkošie klienti, piemēram, tie, kas mēnesī nopērk 10 preces vai preces par 2000 dolāru; analīze tos atrod ar sliekšņiem, kurus varat mainīt.',
	'revenue-tiers':
		'Ieņēmumu līmeņi: klienti sakārtoti pēc ieņēmumiem visā sadarbības laikā (kopējiem tēriņiem), lai labākie no viņiem saņemtu augstāka līmeņa atbalstu.',
	'clv-formula':
		'Klienta mūža vērtība: CLV = CV × t, kur klienta vērtība CV = AOV × f (vidējā pasūtījuma vērtība, reizināta ar pirkumu biežumu) un t — vidējais klienta mūža ilgums.',
	'aov-frequency-factors':
		'Vidējā pasūtījuma vērtība (AOV) un pirkumu biežums (f) — abi CV reizinātāji. Raksts saka, ka katru aprēķina pēc formulas, bet pašu formulu kopijā nav; lietotne izmanto ieņēmumi ÷ pasūtījumi un pasūtījumi ÷ klienti.',
	'lifetime-range': 'Klienta mūža ilgums t parasti ir 1–3 gadi.'
} satisfies Record<ContributionKey, string>;

const calculators = {
	crr: 'CRR kalkulators',
	aov: 'AOV kalkulators',
	frequency: 'Pirkumu biežuma kalkulators',
	'clv-simple': 'CLV kalkulators (AOV × f × t)',
	nps: 'NPS kalkulators'
} satisfies Record<SourceCalculatorId, string>;

/** Avotu lapa: pieci raksti, uz kuriem balstīta lietotne, un kas no katra ņemts. */
const sources: Catalogue<typeof en> = {
	title: 'Avoti',
	footerLink: 'Avoti: pieci raksti, uz kuriem balstīta šī lietotne',
	intro: 'Retention Lab balstās uz pieciem rakstiem par e-komercijas klientu noturēšanu latviešu, ķīniešu, krievu un nīderlandiešu valodā. To formulas, skaitļi un taktikas izmantotas visā lietotnē, un, kur lietotne atsaucas uz kādu no tiem, saite ved uz šejieni.',
	caveat: 'Raksti glabājas kā vienkārša teksta kopijas bez tīmekļa adresēm, datumiem un autoru vārdiem. Tāpēc katrā ierakstā parādīts tikai tas, ko par virsrakstu un izdevēju saka pats teksts, un skaitļi citēti tā, kā tos norāda raksti: tie nav atkārtoti pārbaudīti pētījumi.',
	contentsLabel: 'Pieci raksti',
	names,
	titles,
	citedAs: (p: { name: string }) => `Lietotnē citēts kā: ${p.name}.`,
	originalTitleLabel: 'Virsraksts oriģinālvalodā',
	titleBasis,
	languageLabel: 'Valoda',
	languages: { lv: 'latviešu', zh: 'ķīniešu', ru: 'krievu', nl: 'nīderlandiešu' } satisfies Record<
		SourceLanguage,
		string
	>,
	publisherLabel: 'Izdevējs',
	publisherNotNamed: 'Tekstā nav norādīts',
	publisherNotes,
	formulasHeading: 'Formulas, definīcijas un piemēri',
	noFormulas: 'No šī raksta lietotnē nav ņemta neviena formula, definīcija vai aprēķina piemērs.',
	contributions,
	usedInLabel: 'Izmantots:',
	calculators,
	figuresHeading: 'Skaitļi',
	noFigures: 'Lietotne no šī raksta necitē nevienu skaitli.',
	factAttributed: (p: { source: string }) => `Raksts to attiecina uz avotu: ${p.source}.`,
	factUnattributed: 'Raksts tam nenorāda avotu.',
	benchmark: (p: { publisher: string; metric: string; industry: string; value: string }) =>
		`${p.publisher}, ${p.metric}, ${p.industry}: ${p.value}`,
	calledRetentionRate: (p: { metric: string }) =>
		`Raksts to sauc par klientu noturēšanas rādītāju; tas mēra “${p.metric}”, nevis CRR.`,
	tacticsHeading: 'Taktikas',
	alsoIn: 'Minēta arī:'
};

export default sources;
