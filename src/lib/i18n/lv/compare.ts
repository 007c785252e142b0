import type en from '../en/compare';
import type { Catalogue } from '../messages';
import { DAY_FROM_FORMS, dayCount } from './plural';
import { withStop } from '../sentence';

/** Lapas, kas novieto divas datu kopas blakus, teksti. */
const compare: Catalogue<typeof en> = {
	title: 'Divu datu kopu salīdzinājums',
	link: 'Salīdzināt divas datu kopas blakus (divus veikalus vai divus eksportus)',
	intro: 'Divi veikali vai divi viena veikala eksporti blakus: abiem piemēroti tie paši iestatījumi un datumu intervāls, aprēķināts šajā pārlūkā.',
	datasetA: 'Datu kopa A',
	datasetB: 'Datu kopa B',
	needTwo: 'Salīdzināšanai vajag divas datu kopas ar atsevišķiem pasūtījumiem. Vispirms importējiet vēl vienu.',
	importMore: 'Importēt pasūtījumus',
	sameTwice: 'Izvēlieties divas dažādas datu kopas.',
	computing: 'Analizē abas datu kopas…',
	failed: (p: { detail: string }) => `Salīdzinājums neizdevās: ${p.detail}`,
	unknownCurrency: 'nezināma valūta',
	currencyNote: (p: { nameA: string; a: string; nameB: string; b: string }) =>
		`${p.nameA} ir ${p.a}, bet ${p.nameB} — ${p.b}. Summas ir rādītas katra savā valūtā, un tās netiek ne salīdzinātas savā starpā, ne saskaitītas.`,
	spanNote: (p: { nameA: string; fromA: string; toA: string; nameB: string; fromB: string; toB: string }) =>
		`Datu kopas aptver dažādas dienas: ${p.nameA} no ${p.fromA} līdz ${p.toA}, ${p.nameB} no ${p.fromB} līdz ${withStop(p.toB)} Lai salīdzinātu līdzīgo ar līdzīgo, izvēlieties datumu intervālu dienās, ko aptver abas.`,
	sharedSpan: (p: { from: string; to: string }) => `Abas aptver laiku no ${p.from} līdz ${withStop(p.to)}`,
	noSharedSpan: 'Tām nav nevienas kopīgas dienas, tāpēc neviens datumu intervāls neattiecas uz abām.',
	revenueNote: (p: { nameA: string; a: string; nameB: string; b: string }) =>
		`Ieņēmumi ir mērīti atšķirīgi: ${p.nameA} kā “${p.a}”, ${p.nameB} kā “${p.b}”.`,
	rangeApplied: (p: { from: string; to: string }) =>
		`Abas ir ierobežotas ar ${p.from} – ${p.to}; klients, kas pirka pirms tam, ir atkārtots klients, nevis jauns.`,
	allOrders: 'Katras datu kopas visi pasūtījumi.',
	kpiHeading: 'Galvenie rādītāji',
	kpiCaption: 'Abu datu kopu galvenie rādītāji',
	figure: 'Rādītājs',
	revenue: 'Ieņēmumi',
	revenueTwo: (p: { a: string; b: string }) => `A: ${p.a}; B: ${p.b} (mērīti atšķirīgi, nav salīdzināmi)`,
	assumedOne: (p: { name: string; currency: string }) =>
		`${p.name} failā nav norādīta valūta: tā summas ir rādītas ${p.currency} — jūsu iestatījumā, tāpat kā lapā “Analīze”. Ja tā nav to valūta, mainiet to iestatījumos.`,
	assumedBoth: (p: { nameA: string; nameB: string; currency: string }) =>
		`Ne ${p.nameA}, ne ${p.nameB} failā nav norādīta valūta: abas ir rādītas ${p.currency} — jūsu iestatījumā, tāpat kā lapā “Analīze”, un tāpēc salīdzinātas kā viena valūta. Ja tā nav to valūta, mainiet to iestatījumos.`,
	outsideOne: (p: { name: string; from: string; to: string }) =>
		`Periods iziet ārpus ${p.name} datiem: tās pasūtījumi ir no ${p.from} līdz ${p.to}, un periodam jābūt dienās, ko aptver abas datu kopas. Izvēlieties datumus šajās robežās.`,
	outsideBoth: (p: { nameFrom: string; nameTo: string; from: string; to: string }) =>
		`Periods iziet ārpus dienām, ko aptver abas datu kopas: no ${p.from} (${p.nameFrom} pirmais pasūtījums) līdz ${p.to} (${p.nameTo} pēdējais pasūtījums). Izvēlieties datumus šajās robežās.`,
	exportKpis: 'Lejupielādēt galvenos rādītājus (CSV)',
	basis: {
		extrapolated: 'ekstrapolēts no mazāk nekā gada datiem',
		tooShort: 'gadam netiek norādīts: datu ir mazāk par 90 dienām',
		notMeasurable: 'vēl nav izmērāms',
		windowShort: 'nav izmērāms: aktivitātes logs ir īsāks par periodu',
		aboveHundred: 'virs 100 %: klienti atgriezās pēc pārtraukuma'
	},
	periodCell: (p: { period: string; s: string; e: string; n: string }) => `${p.period}: S ${p.s}, E ${p.e}, N ${p.n}`,
	periodsDiffer: (p: { a: string; b: string }) =>
		`Tas nav viens un tas pats periods: A pēdējais izmērāmais periods ir ${p.a}, B — ${p.b}. Lai salīdzinātu līdzīgo ar līdzīgo, izvēlieties datumu intervālu, kas abiem beidzas ar to pašu periodu.`,
	retentionHeading: 'Noturēšana pa periodiem',
	chartTitle: (p: { period: string }) => `Klientu noturēšanas rādītājs pa periodiem (${p.period}), abas datu kopas`,
	chartDescription:
		'Katras datu kopas CRR katrā periodā, kur tas ir izmērāms. Periodam, ko datu kopa neaptver vai nevar izmērīt, punkta nav.',
	noPeriod: 'nav datu',
	exportPeriods: 'Lejupielādēt periodus (CSV)',
	csv: {
		allOrders: 'visi pasūtījumi',
		yes: 'jā',
		revenueDiffers: (p) => `ieņēmumi mērīti atšķirīgi: A kā ${p.a}, B kā ${p.b}; nav salīdzināmi`,
		currencyAssumed: (p) => `${p.side}: failā nav norādīta valūta; ${p.currency} ir lietotāja iestatījums`,
		noData: 'nav datu',
		cutByRange: (p) => `datumu diapazons to sagriež: tajā ${p.covered} no ${dayCount(p.days, DAY_FROM_FORMS)}`,
		partial: (p) => `daļējs: dati aptver ${p.covered} no ${dayCount(p.days, DAY_FROM_FORMS)}`,
		windowShort: 'nav izmērāms: aktivitātes logs ir īsāks par periodu',
		baseBuilding: (p) => `bāze vēl veidojas: izmērāms no ${p.from}`,
		noBase: 'sākumā nav klientu'
	}
};

export default compare;
