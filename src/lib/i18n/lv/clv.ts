import type en from '../en/clv';
import type { Catalogue } from '../messages';
import { withStop } from '../sentence';
import { formForText, type LatvianForms } from './plural';

/** Prognozētās klienta mūža vērtības (BG/NBD + Gamma-Gamma) teksti lapā “Analīze”. */

const UNITS = { day: 'dienas', week: 'nedēļas', month: 'mēneši (pa 30,44 dienām)' };

/** “26,3 nedēļās”: vienības lokatīvs pēc skaitļa, atrasts pēc tās nosaukuma UNITS. */
const UNIT_IN: Record<string, LatvianForms> = {
	[UNITS.day]: { zero: 'dienās', one: 'dienā', other: 'dienās' },
	[UNITS.week]: { zero: 'nedēļās', one: 'nedēļā', other: 'nedēļās' },
	[UNITS.month]: { zero: 'mēnešos', one: 'mēnesī', other: 'mēnešos' }
};

const inLength = (length: string, unit: string) => {
	const forms = UNIT_IN[unit];
	return forms ? `${length} ${formForText(length, forms)}` : `periodā (${unit}: ${length})`;
};

const clv: Catalogue<typeof en> = {
	title: 'Prognozētā mūža vērtība',
	heading: 'Prognozētā klienta mūža vērtība',
	intro: 'BG/NBD (Fader, Hardie & Lee 2005) prognozē, cik pirkumu katrs klients vēl veiks un cik ticams, ka viņš joprojām ir aktīvs; Gamma-Gamma (Fader & Hardie 2013) prognozē, cik viņš tērē vienā pirkumā. Abi modeļi tiek pielāgoti jūsu datiem ar maksimālās ticamības metodi šajā pārlūkā.',
	settings: 'Modeļa iestatījumi',
	unit: 'Modeļa laika vienība',
	units: UNITS,
	unitOne: { day: 'dienā', week: 'nedēļā', month: 'mēnesī' },
	horizon: 'Prognozes horizonts (mēneši)',
	discount: 'Gada diskonta likme (%)',
	margin: 'Bruto marža (%)',
	marginHelp: 'Ar 100% CLV ir izteikta ieņēmumos, ar jūsu maržu — peļņā.',
	invalidHorizon: 'Norādiet veselu mēnešu skaitu no 1 līdz 120.',
	invalidDiscount: 'Norādiet gada likmi no 0 līdz 100%.',
	invalidMargin: 'Norādiet maržu, kas ir lielāka par 0 un nepārsniedz 100%.',
	fitting: 'Pielāgo modeļus…',
	failed: (p) => `Modeļus neizdevās pielāgot: ${p.detail}`,
	retry: 'Mēģināt vēlreiz',
	refusedHeading: 'Nepietiek datu uzticamai prognozei',
	refusedHelp: 'Modeļi netika pielāgoti (vai to rezultātiem nevar uzticēties), jo:',
	spendRefusedHeading: 'Prognozētā CLV netiek rādīta: tēriņu modelis neizdevās',
	spendRefusedHelp:
		'Pirkumu modelis (BG/NBD) ir pielāgots un uzticams, tāpēc zemāk ir redzams tas, ko tas prognozē: P(aktīvs), sagaidāmie pirkumi un varbūtība, ka būs vismaz viens pirkums, un katra klienta prognozētā nākamā pasūtījuma datums. Tēriņu modelis (Gamma-Gamma) nav, tāpēc prognozētais tēriņš vienā pirkumā un prognozētā CLV (katram klientam, kopā un pa segmentiem) netiek rādīti. Kāpēc:',
	problems: {
		'too-few-customers': (p) => `Pārāk maz klientu: ${p.customers}, bet vajadzīgi vismaz ${p.minimum}.`,
		'too-few-repeat-buyers': (p) =>
			`Pārāk maz klientu, kas pirkuši vairāk nekā vienu reizi: ${p.repeatBuyers}, bet, lai uzzinātu, cik bieži klienti atgriežas, vajadzīgi vismaz ${p.minimum}.`,
		'no-observation-time':
			'Visi klienti veica pirmo pirkumu datu pēdējā dienā: nav laika, kurā novērot atkārtotus pirkumus.',
		'no-positive-spend': (p) =>
			`Nevienam atkārtotajam pircējam vidējais tēriņš nav pozitīvs (izslēgti nulles vai negatīva tēriņa dēļ: ${p.excludedNonPositive}).`,
		'too-few-spend-customers': (p) =>
			`Pārāk maz atkārtoto pircēju ar pozitīvu tēriņu: ${p.customers}, bet tēriņu modelim vajadzīgi vismaz ${p.minimum} (izslēgti nulles vai negatīva tēriņa dēļ: ${p.excludedNonPositive}).`,
		'no-holdout-period': 'Pēc dalījuma datuma nepaliek periods, ar ko salīdzināt.',
		'fit-not-converged': (p) => `Modeļa ${p.model} pielāgošana nekonverģēja (${p.reason}).`,
		'parameter-at-limit': (p) =>
			`Modeļa ${p.model} parametrs ${p.parameter} aizgāja līdz ${p.value}: dati neļauj modeli viennozīmīgi noteikt.`,
		'spend-mean-undefined': (p) => `Tēriņu modelī q = ${p.q} ≤ 1, tāpēc vidējais tēriņš nav galīgs.`
	},
	warnings: {
		'few-repeat-buyers': (p) =>
			`Atkārtotie pircēji: ${p.repeatBuyers}, bet ieteicami vismaz ${p.recommended}: uzskatiet rezultātus par aptuveniem.`,
		'spend-excluded': (p) =>
			`Tēriņu modelī nav iekļauti atkārtotie pircēji ar nulles vai negatīvu vidējo tēriņu: ${p.excludedNonPositive}. Viņiem tiek piešķirts vidējais tēriņš.`,
		'restarts-disagree': (p) =>
			`Pielāgojot modeli ${p.model}, no dažādiem sākumpunktiem atrasti dažādi optimumi; tiek izmantots labākais.`,
		'spend-frequency-correlated': (p) =>
			`Tēriņi un pirkumu biežums ir korelēti (r = ${p.correlation}); Gamma-Gamma pieņem, ka tie nav korelēti, tāpēc tēriņu prognozes var būt nobīdītas.`,
		'no-dropout':
			'Šajā vēsturē gandrīz nav redzama klientu aiziešana: pirkumu modelis izmantots tā robežgadījumā bez aiziešanas (a → 0, NBD modelis), kurā katrs klients paliek aktīvs.',
		'dropout-uncertain':
			'Dati gandrīz nenosaka, cik klientu aiziet: modeļi ar ļoti atšķirīgu aiziešanu ir gandrīz vienlīdz ticami.'
	},
	ridge: {
		heading: 'Ko šī vēsture var un ko nevar pateikt',
		noDropout: (p) =>
			`Šajā vēsturē gandrīz nav redzama klientu aiziešana: labākais modelis ir robežgadījums, kurā neviens klients neaiziet (BG/NBD ar a → 0, NBD modelis). P(aktīvs) vidēji ir ${p.alive} — gandrīz 100 % ikvienam —, un prognozētā vērtība balstās tikai uz pirkumu biežumu. Ja jūsu klienti tomēr aiziet, šī vēsture ir par īsu vai par vienmērīgu, lai to parādītu: uztveriet kopsummu kā augšējo robežu.`,
		uncertain: (p) =>
			`Dati gandrīz nenosaka, cik klientu aiziet: aiziešanas parametri ir mazāki par savu nenoteiktību (a = ${p.a} ± ${p.seA}, b = ${p.b} ± ${p.seB}). P(aktīvs) vidēji ir ${p.alive}, un prognozētā vērtība balstās galvenokārt uz pirkumu biežumu.`,
		uncertainNoErrors: (p) =>
			`Dati gandrīz nenosaka, cik klientu aiziet: ticamības funkcija ir tik plakana, ka standartkļūdas nevar aprēķināt. P(aktīvs) vidēji ir ${p.alive}, un prognozētā vērtība balstās galvenokārt uz pirkumu biežumu.`,
		nbdGap: (p) =>
			`Modelis bez jebkādas aiziešanas atbilst datiem tikai par ${p.gap} log-ticamības vienībām sliktāk.`,
		range: (p) =>
			`Modeļi, kurus dati nespēj atšķirt (ne vairāk kā ${p.gap} log-ticamības vienības no labākā), nākamo ${p.months} ${formForText(p.months, { zero: 'mēnešu', one: 'mēneša', other: 'mēnešu' })} prognozēto vērtību novērtē robežās no ${p.low} līdz ${p.high}.`,
		caption: 'Prognozētā kopsumma pa modeļa plakano virzienu',
		dropout: 'Aiziešana pēc atkārtota pirkuma, a/(a+b)',
		gap: 'Log-ticamība zem labākās',
		alive: 'Vidējā P(aktīvs)',
		total: 'Prognozētā vērtība',
		used: 'izmantots prognozēm',
		none: 'nav (a → 0)'
	},
	totalsHeading: 'Kopsummas',
	totalClv: (p) => `Prognozētā vērtība ${p.months} mēn. horizontā`,
	totalPurchases: (p) => `Paredzamie pirkumi ${p.months} mēn. horizontā`,
	meanAlive: 'Vidējā varbūtība, ka klients joprojām ir aktīvs',
	meanAliveNote:
		'BG/NBD ļauj klientam aiziet tikai pēc atkārtota pirkuma, tāpēc klients, kas pirka vienreiz, skaitās aktīvs (P(aktīvs) = 100 %), lai cik sen tas būtu: vidējais ietver arī viņus. Klientu tabulā redzama katra klienta vērtība.',
	customersModelled: 'Modelētie klienti',
	discountStatement: (p) =>
		`Diskontēšana: ${p.annual} gadā, t. i., ${p.perUnit} ${p.unit} ((1 + ${p.annual})^(1/${p.unitsPerYear}) − 1); katra mēneša paredzamie pirkumi tiek diskontēti ar (1 + ${p.annual})^(−mēnesis/12).`,
	clvFormula:
		'CLV = marža × paredzamais tēriņš vienā pirkumā × Σ pa mēnešiem (paredzamie pirkumi mēnesī × diskonta faktors)',
	excludedCustomers: (p) =>
		`Klienti, kuru pirmais pirkums ir pēc kalibrācijas perioda beigām, netiek modelēti: ${p.count}.`,
	populationSpend: (p) =>
		`Klienti bez izmantojama atkārtoto pirkumu tēriņa, kuriem piešķirts vidējais tēriņš vienā pirkumā: ${p.count}.`,
	segmentsHeading: 'Pa segmentiem',
	segment: 'Segments',
	customers: 'Klienti',
	segmentClv: 'Prognozētā vērtība',
	segmentPurchases: 'Paredzamie pirkumi',
	interval: (p) => `${p.confidence} intervāls`,
	intervalValue: (p) => `${p.low} – ${p.high}`,
	bootstrap: {
		heading: 'Nenoteiktība',
		help: 'Bootstrap metode atkārtoti pielāgo abus modeļus klientu izlasēm, kas veidotas ar atlikšanu, un pārrēķina kopsummas: tā iegūst intervālu kopsummai un katram segmentam.',
		replicates: 'Atkārtojumu skaits',
		start: 'Aprēķināt nenoteiktības intervālus',
		cancel: 'Apturēt',
		progress: (p) => `Atkārtojums ${p.done} no ${p.of}`,
		progressLabel: 'Bootstrap aprēķina gaita',
		result: (p) =>
			`Kopējā prognozētā vērtība: ${p.estimate}, ${p.confidence} intervāls: ${p.low} – ${p.high} (atkārtojumi: ${p.replicates}${p.failed}).`,
		failedFits: (p) => `; nekonverģēja un atmesti: ${p.count}`,
		unbounded: (p) => `; bez galīga vidējā pirkuma (q ≤ 1), skaitīti kā neierobežoti: ${p.count}`,
		noDropoutFits: (p) => `; robežgadījumā bez aiziešanas: ${p.count}`,
		noUpperLimit: 'bez augšējās robežas',
		stopped: 'Apturēts priekšlaicīgi: intervāls aprēķināts no līdz šim veiktajiem atkārtojumiem.',
		invalidReplicates: 'Norādiet atkārtojumu skaitu no 10 līdz 1000.'
	},
	parameters: {
		heading: 'Novērtētie parametri (analītiķiem)',
		model: 'Modelis',
		parameter: 'Parametrs',
		estimate: 'Novērtējums',
		standardError: 'Standartkļūda',
		logLikelihood: 'Log-ticamība',
		converged: 'Konverģence',
		iterations: 'Iterācijas',
		bgnbd: 'BG/NBD',
		gammaGamma: 'Gamma-Gamma',
		unitNote: (p) => `Laika vienība: ${p.unit}. α ir atkarīgs no laika vienības; r, a, b, p, q un v — nav.`,
		spendCustomers: (p) =>
			`Gamma-Gamma ir pielāgots atkārtotajiem pircējiem ar pozitīvu vidējo tēriņu (${p.customers}); tā vidējais tēriņš vienā pirkumā ir ${p.mean}.`
	},
	table: {
		heading: 'Klienti',
		search: 'Meklēt pēc klienta ID',
		caption: (p) => `Prognozētā vērtība katram klientam ${p.months} mēn. periodā; atbilstošie klienti: ${p.total}.`,
		customer: 'Klients',
		x: 'Atkārtoti pirkumi',
		tx: (p) => `Nesenums (${p.unit})`,
		T: (p) => `Vecums (${p.unit})`,
		monetary: 'Vidējais atkārtotā pirkuma tēriņš',
		probabilityAlive: 'P(aktīvs)',
		expectedPurchases: 'Paredzamie pirkumi',
		expectedSpend: 'Tēriņš vienā pirkumā',
		clv: 'Prognozētā vērtība',
		segment: 'Segments',
		sortBy: (p) => `Kārtot pēc kolonnas “${p.column}”`,
		previous: 'Iepriekšējā lappuse',
		next: 'Nākamā lappuse',
		page: (p) => `Rindas ${p.from}–${p.to} no ${p.total}`,
		export: 'Eksportēt visus klientus (CSV)',
		none: 'Neviens klients neatbilst.'
	},
	holdout: {
		heading: 'Pārbaude ar atlikto periodu',
		help: 'Pielāgojiet pirkumu modeli datiem līdz dalījuma datumam, prognozējiet pirkumus pēc tā un salīdziniet ar to, ko klienti patiešām nopirka.',
		split: 'Dalījuma datums',
		run: 'Veikt pārbaudi',
		running: 'Pārbauda…',
		invalidSplit: (p) => `Izvēlieties datumu robežās ${p.from} – ${withStop(p.to)}`,
		tooShort: (p) =>
			`Pasūtījumi aptver tikai ${p.span}: pārbaudei ar atlikto periodu vajag tik garu vēsturi, lai modeli varētu novērtēt ar agrāko daļu un salīdzināt tā prognozes ar vēlāko (praksē vairākus mēnešus), tāpēc šai datu kopai to nevar veikt.`,
		usesNoDropout:
			'Pirms dalījuma datuma gandrīz nav redzama aiziešana, tāpēc pārbaudē izmantots modeļa robežgadījums bez aiziešanas (a → 0: katrs klients paliek aktīvs).',
		usesUncertain:
			'Pirms dalījuma datuma dati gandrīz nenosaka aiziešanu; pārbaudē izmantots labākais novērtējums, kas ir neprecīzs.',
		suggest: (p) => `Veikt pārbaudi ar dalījuma datumu ${p.date} (pirms tā pietiek klientu un atkārtotu pircēju)`,
		noSuggestion:
			'Neviens dalījuma datums neatstāj pietiekami daudz atkārtotu pircēju pirms tā un laika pēc tā: šī vēsture ir par īsu vai tajā ir par maz atkārtotu klientu šai pārbaudei.',
		chartTitle: 'Pirkumi pēc dalījuma datuma: prognozētie un faktiskie',
		chartDescription: (p) =>
			`Vidējais pirkumu skaits uz klientu ${inLength(p.length, p.unit)} pēc dalījuma datuma (${p.split}) atkarībā no atkārtoto pirkumu skaita pirms tā.`,
		predicted: 'Prognozētie',
		actual: 'Faktiskie',
		frequency: 'Atkārtoti pirkumi pirms dalījuma datuma',
		frequencyLong: (p) => `Atkārtoti pirkumi pirms dalījuma datuma: ${p.n}`,
		errorsHeading: 'Kļūdas',
		mae: 'Vidējā absolūtā kļūda uz klientu',
		rmse: 'Vidējā kvadrātiskā kļūda uz klientu',
		totals: 'Pirkumi pēc dalījuma datuma: prognozētie un faktiskie',
		totalError: 'Kopsummas kļūda',
		correlation: 'Prognozēto un faktisko vērtību korelācija pa klientiem',
		notDefined: 'nav definēts'
	}
};

export default clv;
