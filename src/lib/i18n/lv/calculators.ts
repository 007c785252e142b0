import type en from '../en/calculators';
import type { Catalogue } from '../messages';
import { names } from './sources';
import { ORDER_FORMS, formForText } from './plural';

/** Kalkulatoru sadaļas teksti. Skaitļi parametros jau ir formatēti lasītājam. */
const calculators: Catalogue<typeof en> = {
	title: 'Kalkulatori',
	intro: 'Katrs kalkulators parāda rezultātu jau rakstīšanas laikā, formulu ar jūsu skaitļiem un piezīmes mācībām. Nokopēta saite atver to pašu aprēķinu; nosauktie scenāriji tiek glabāti šajā pārlūkā.',
	groups: {
		retention: 'Noturēšana un aizplūšana',
		orders: 'Pasūtījumi un klienti',
		value: 'Klienta mūža vērtība',
		acquisition: 'Piesaiste un lojalitāte'
	},
	allCalculators: 'Visi kalkulatori',
	inputsHeading: 'Jūsu skaitļi',
	numberHint:
		'Ievadiet skaitļus ar ciparu grupēšanu vai bez tās (10000 vai 10 000), bet decimāldaļu — ar komatu vai punktu (10,5 vai 10.5).',
	resultHeading: 'Rezultāts',
	showMath: 'Parādīt aprēķinu',
	mathUnavailable: 'Formula ar jūsu skaitļiem parādīsies šeit, tiklīdz rezultātu varēs aprēķināt.',
	notesHeading: 'Piezīmes',
	optional: 'neobligāti',
	copyLink: 'Kopēt saiti',
	linkCopied: 'Saite nokopēta. Atverot to, tiks parādīts šis aprēķins.',
	copyFailed: 'Pārlūks neļāva kopēt. Atlasiet zemāk redzamo saiti un nokopējiet to:',
	shareLinkLabel: 'Saite uz šo aprēķinu',
	embedHeading: 'Iegult šo kalkulatoru',
	embedIntro:
		'Ielīmējiet šo kodu tīmekļa lapā, lai tur parādītu šo kalkulatoru ar augstāk ievadītajiem skaitļiem. Nekas tajā ierakstītais neatstāj lasītāja pārlūku.',
	embedCodeLabel: 'Iegulšanas kods (HTML)',
	copyEmbed: 'Kopēt iegulšanas kodu',
	embedCopied: 'Iegulšanas kods nokopēts.',
	embedCopyFailed: 'Pārlūks neļāva kopēt. Atlasiet augstāk redzamo kodu un nokopējiet to.',
	embedFrameTitle: (p: { title: string }) => `${p.title} — Retention Lab kalkulators`,
	openInApp: 'Atvērt Retention Lab',
	opensNewTab: '(atveras jaunā cilnē)',
	projectorView: 'Projektora skats',
	printHandout: 'Drukāt izdales materiālu',
	handoutLink: 'Šis aprēķins tiešsaistē:',
	handoutQr: 'Saites uz šo aprēķinu QR kods',
	incomplete: (p: { fields: string }) => `Lai redzētu rezultātu, aizpildiet: ${p.fields}.`,
	listSeparator: '; ',
	percentagePoints: (p: { n: string; count: number }) =>
		`${p.n} ${formForText(p.n, { zero: 'procentpunktu', one: 'procentpunkts', other: 'procentpunkti' })}`,
	invalid: 'Izlabojiet iezīmētās vērtības, lai redzētu rezultātu.',
	readAs: (p: { value: string }) => `Nolasīts kā ${p.value}`,
	currencyFixed: (p: { currency: string }) => `Summas ir ${p.currency} — atvērtā scenārija vai saites valūtā.`,
	useSettingCurrency: (p: { currency: string }) => `Izmantot ${p.currency}`,
	unknownPeriod: (p) =>
		`Saite prasīja periodu “${p.period}”, ko šis kalkulators nepazīst: skaitļi ir ${p.used}; izvēlieties citu augstāk.`,
	forPeriod: {
		month: 'par mēnesi',
		quarter: 'par ceturksni',
		year: 'par gadu'
	},
	perPeriod: {
		month: 'mēnesī',
		quarter: 'ceturksnī',
		year: 'gadā'
	},
	periodChurn: {
		month: 'Mēneša aizplūšana',
		quarter: 'Ceturkšņa aizplūšana',
		year: 'Gada aizplūšana'
	},
	duration: {
		month: (p: { n: string; count: number }) =>
			`${p.n} ${formForText(p.n, { zero: 'mēnešu', one: 'mēnesis', other: 'mēneši' })}`,
		quarter: (p: { n: string; count: number }) =>
			`${p.n} ${formForText(p.n, { zero: 'ceturkšņu', one: 'ceturksnis', other: 'ceturkšņi' })}`,
		year: (p: { n: string; count: number }) =>
			`${p.n} ${formForText(p.n, { zero: 'gadu', one: 'gads', other: 'gadi' })}`
	},
	fieldProblems: {
		empty: 'Obligāts lauks: ievadiet skaitli.',
		notNumber: (p: { text: string; decimalExample: string }) =>
			`“${p.text}” nav skaitlis. Ievadiet tikai ciparus, piemēram, 10000 vai ${p.decimalExample} (bez burtiem un valūtas zīmēm).`,
		badSeparators: (p: { text: string }) =>
			`Atdalītāji vērtībā “${p.text}” neatbilst skaitlim: grupējiet tūkstošus pa trim cipariem (10 000) vai negrupējiet vispār.`,
		negative: 'Vērtība nevar būt negatīva: ievadiet 0 vai vairāk.',
		thousandsOrDecimal: (p: { text: string; whole: string; mark: string; asDecimal: string; digits: string }) =>
			`${p.text}: vai domājāt ${p.whole}? Skaits ir vesels skaitlis, un šajā valodā “${p.mark}” atdala decimāldaļu, tāpēc ${p.text} nozīmē ${p.asDecimal}. Ievadiet skaitli bez “${p.mark}”, piemēram, ${p.digits}.`,
		notInteger: 'Ievadiet veselu skaitli: šeit tiek skaitīti klienti, pasūtījumi vai atbildes.',
		tooLarge: (p: { max: string }) =>
			`Šis skaitlis ir par lielu: lielākais atļautais šeit ir ${p.max}. Pārbaudiet skaitli.`,
		percentAbove100: (p: { value: string }) => `${p.value}% ir vairāk nekā 100%: ievadiet procentus no 0 līdz 100.`
	},
	genericProblem: 'Šīs vērtības nevar izmantot formulā: pārbaudiet iezīmētos laukus.',
	compare: {
		toggle: 'Salīdzināt ar scenāriju B',
		toggleHint: 'Scenārijs B sākas kā jūsu skaitļu (A) kopija. Mainiet B, lai redzētu, kā atšķiras rezultāts.',
		scenarioA: 'Scenārijs A',
		scenarioB: 'Scenārijs B',
		fieldLabel: (p: { scenario: string; label: string }) => `${p.scenario} — ${p.label}`,
		heading: 'Rezultāts: A un B',
		difference: 'B − A',
		relative: 'Relatīvās izmaiņas (B − A) / |A|',
		noRelative: 'nav: A ir 0',
		waiting: 'Starpība parādīsies, kad abiem scenārijiem būs rezultāts.',
		notOneNumber: 'Šis rezultāts sastāv no vairākiem skaitļiem: salīdziniet tos katra scenārija aprēķinā.',
		warningOf: (p: { scenario: string; warning: string }) => `${p.scenario}: ${p.warning}`,
		mathOf: 'Rādīt aprēķinu'
	},
	scenarios: {
		heading: 'Saglabātie scenāriji',
		intro: 'Saglabājiet šos datus ar nosaukumu, lai pie tiem vēlāk atgrieztos. Tie tiek glabāti šajā pārlūkā.',
		nameLabel: 'Scenārija nosaukums',
		save: 'Saglabāt scenāriju',
		saved: (p: { name: string }) => `Scenārijs “${p.name}” saglabāts.`,
		replaces: (p: { name: string }) => `Scenārijs “${p.name}” jau pastāv: saglabājot tā dati tiks aizstāti.`,
		none: 'Šim kalkulatoram vēl nav saglabātu scenāriju.',
		load: (p: { name: string }) => `Ielādēt “${p.name}”`,
		delete: (p: { name: string }) => `Dzēst “${p.name}”`,
		loaded: (p: { name: string }) => `Scenārijs “${p.name}” ielādēts.`,
		deleted: (p: { name: string }) => `Scenārijs “${p.name}” dzēsts.`,
		savedOn: (p: { date: string }) => `saglabāts ${p.date}`,
		currency: (p: { currency: string }) => `summas ${p.currency}`,
		nameEmpty: 'Piešķiriet scenārijam nosaukumu.',
		nameTooLong: (p: { max: string }) => `Nosaukuma garums nedrīkst pārsniegt ${p.max} rakstzīmes.`,
		saveFailed: (p: { reason: string }) => `Scenāriju neizdevās saglabāt: ${p.reason}`
	},
	/** The chart of how a result responds to its inputs (issue 15, part 2). */
	response: {
		heading: 'Kā rezultāts mainās',
		intro: 'Katrs punkts ir šī kalkulatora rezultāts, ja mainīta viena ievade, bet pārējās ir tādas, kā ievadītas. Jūsu aprēķins ir iezīmētais punkts.',
		vary: 'Maināmā ievade',
		title: (p: { result: string; input: string }) => `${p.result} atkarībā no: ${p.input}`,
		description: (p: { input: string }) => `Rezultāts pie citām vērtībām: ${p.input}.`,
		compounding: 'Aizplūšana, kas uzkrājas mēnesi pa mēnesim',
		compoundingDescription:
			'Sākumā bijušo klientu daļa, kas zaudēta pēc katra mēneša ar šo aizplūšanas rādītāju. Palikušo daļas sareizinās, tāpēc zaudētā daļa aug lēnāk nekā mēneša rādītājs, reizināts ar mēnešu skaitu.',
		months: 'Mēneši kopš sākuma',
		lostSoFar: 'Kopš sākuma zaudētie klienti',
		yours: 'Jūsu aprēķins',
		waiting: 'Diagramma atkal parādīsies, tiklīdz rezultātu varēs aprēķināt.'
	},
	/** "What lifts it most": one input changed at a time. */
	lifts: {
		heading: 'Kas to palielina visvairāk',
		intro: 'Katrā rindā mainīta viena ievade, pārējās ir tādas, kā ievadītas; aprēķināts ar to pašu formulu kā rezultāts. Lielākais pieaugums ir pirmais.',
		change: 'Izmaiņa',
		result: 'Jaunais rezultāts',
		difference: 'Starpība',
		capped: (p: { by: string; max: string }) =>
			`${p.by}, ierobežots līdz ${p.max} — augstākajai iespējamajai vērtībai`,
		line: (p: { field: string; by: string }) => `${p.field}: ${p.by}`,
		differenceWithShare: (p: { difference: string; relative: string }) => `${p.difference} (${p.relative})`
	},

	crr: {
		title: 'Klientu noturēšanas rādītājs (CRR)',
		description: 'Daļa no klientiem, kas jums bija perioda sākumā un joprojām ir jūsu klienti tā beigās.',
		fields: {
			s: { label: 'Klienti perioda sākumā (S)', hint: 'Visi, kas bija jūsu klienti perioda pirmajā dienā.' },
			e: { label: 'Klienti perioda beigās (E)', hint: 'Visi, kas ir klienti pēdējā dienā, ieskaitot jaunos.' },
			n: {
				label: 'Periodā piesaistītie jaunie klienti (N)',
				hint: 'Klienti, kuru pirmais pirkums bija šajā periodā.'
			}
		},
		period: 'Perioda garums',
		examples: { textbook: 'Ielādēt mācību piemēru', seedVariant: 'Ielādēt variantu ar E = 9800' },
		result: (p: { period: string }) => `Klientu noturēšanas rādītājs ${p.period}`,
		retained: 'Noturētie sākotnējie klienti (E − N)',
		lost: 'Zaudētie klienti (S − (E − N))',
		churn: (p: { period: string }) => `Aizplūšana ${p.period} (100% − CRR)`,
		formula: 'CRR = (E − N) / S × 100',
		churnFormula: 'aizplūšana = 100% − CRR',
		startNotPositive:
			'S jābūt lielākam par 0: ja perioda sākumā klientu nav, nav ko noturēt, un formula dalītu ar nulli.',
		endBelowAcquired: (p: { e: string; n: string; wouldBe: string }) =>
			`E (${p.e}) ir mazāks par N (${p.n}), tāpēc rezultāts būtu ${p.wouldBe}, kas nav iespējams. E ietver visus klientus perioda beigās, arī jaunos (${p.n}), tāpēc tas nevar būt mazāks par N. Pārbaudiet, vai E ietver jaunos klientus.`,
		retainedExceedsStart: (p: { retained: string; s: string }) =>
			`Rezultāts pārsniedz 100%: atgriezušos klientu (E − N = ${p.retained}) ir vairāk nekā perioda sākumā (${p.s}). Saskanīgi dati šādu rezultātu nevar dot. Iespējams, N neietver visus jaunos klientus vai E ietver klientus, kas aizgāja jau pirms perioda sākuma un tad atgriezās. Vērtība ir parādīta, lai neatbilstība būtu redzama; tas nav īsts noturēšanas rādītājs.`,
		notes: [
			`Mācību piemērā (S = 10 000, N = 2000, E = 10 200 vienā ceturksnī), ko sniedz ${names['001']}, teikts, ka rādītājs ir “aptuveni 78%”. Formula dod (10 200 − 2000) / 10 000 × 100 = 82%. 78% iznāktu, ja E = 9800: (9800 − 2000) / 10 000 × 100 = 78%. Ielādējiet abus piemērus, lai salīdzinātu.`,
			'N tiek atņemts, jo jaunie klienti ir ieskaitīti E, bet nebija ieskaitīti S: bez tā klientu piesaiste izskatītos pēc to noturēšanas.',
			'CRR skaita klientus, nevis to pirkumus: skatiet to kopā ar pirkumu biežumu un atkārtoto pircēju īpatsvaru.',
			'Ja skaita vienādi, CRR un aizplūšana vienā un tajā pašā periodā kopā veido 100%.'
		]
	},

	churn: {
		title: 'Klientu aizplūšanas rādītājs',
		description: 'Periodā zaudēto klientu daļa, pārrēķināta starp mēnešiem, ceturkšņiem un gadiem.',
		fields: {
			s: { label: 'Klienti perioda sākumā (S)', hint: 'Visi, kas bija jūsu klienti perioda pirmajā dienā.' },
			l: { label: 'Periodā zaudētie klienti (L)', hint: 'Klienti no S, kas perioda laikā aizgāja.' }
		},
		period: 'Periods, uz kuru attiecas skaitļi',
		examples: { textbook: 'Ielādēt mācību piemēru' },
		result: (p: { period: string }) => `Aizplūšana ${p.period}`,
		retention: (p: { period: string }) => `Noturēšana ${p.period} (100% − aizplūšana)`,
		formula: 'aizplūšana = L / S × 100',
		startNotPositive:
			'S jābūt lielākam par 0: ja perioda sākumā klientu nav, nav ko zaudēt, un formula dalītu ar nulli.',
		lostExceedsStart: (p: { l: string; s: string }) =>
			`Zaudēto klientu (${p.l}) ir vairāk nekā perioda sākumā (${p.s}). L ietver tikai tos klientus no S, kas aizgāja; klienti, kas vienā un tajā pašā periodā tika gan piesaistīti, gan zaudēti, netiek ieskaitīti ne vienā, ne otrā skaitlī.`,
		notes: [
			'Aizplūšanu starp periodiem pārrēķina saliktā veidā, nevis reizinot: ja aizplūšana ir 5% mēnesī, katru mēnesi paliek 95%, tātad gada laikā paliek 0,95¹² = 54%, un gada aizplūšana ir 46%, nevis 12 × 5% = 60%.',
			'Pārrēķins pieņem, ka aizplūšana katrā mēnesī ir vienāda. Patiesībā aizplūšana parasti ir lielāka klienta pirmajos mēnešos.',
			`Ja skaita vienādi, aizplūšana = 100% − CRR: mācību piemēra ceturksnī ar CRR 82% ceturkšņa aizplūšana ir 18% (piemēru sniedz ${names['001']}).`,
			'Ja nav abonementu, jādefinē, kas ir “zaudēts” klients: parasti tas ir klients bez neviena pirkuma aktivitātes loga laikā, piemēram, 12 mēnešos.'
		]
	},

	churnConvert: {
		title: 'Aizplūšanas rādītāja pārrēķins',
		description: 'Aizplūšanas rādītāja pārrēķins starp mēnesi, ceturksni un gadu: 1 − (1 − c)^k.',
		fields: {
			c: { label: 'Aizplūšanas rādītājs (%)', hint: 'Periodā zaudēto klientu daļa; 5 nozīmē 5%.' }
		},
		period: 'Periods, par kuru norādīts rādītājs',
		examples: { textbook: 'Ielādēt mācību piemēru' },
		equivalent: (p: { period: string }) => `Līdzvērtīgā aizplūšana ${p.period}`,
		retention: (p: { period: string }) => `Noturēšana ${p.period}`,
		notes: [
			'Paliekošo daļas sareizina: ja katru mēnesi paliek 95%, ceturksnī paliek 0,95 × 0,95 × 0,95 = 85,7%, tātad ceturkšņa aizplūšana ir 14,3%, nevis 15%.',
			'Pretējā virzienā izmanto daļskaitļa pakāpi: gada aizplūšana 50% nozīmē, ka katru mēnesi paliek (1 − 0,5)^(1/12) = 94,4%, t. i., mēneša aizplūšana ir 5,6%.',
			'Pārrēķins pieņem, ka aizplūšana ir vienāda katrā garākā perioda mēnesī.'
		]
	},

	lifetime: {
		title: 'Paredzamais klienta mūža ilgums',
		description: 'Aptuvens novērtējums, cik ilgi klients paliek ar jums: t = 1 / aizplūšana.',
		fields: {
			c: { label: 'Aizplūšanas rādītājs (%)', hint: 'Periodā zaudēto klientu daļa; 5 nozīmē 5%.' }
		},
		period: 'Periods, par kuru norādīta aizplūšana',
		examples: { textbook: 'Ielādēt mācību piemēru' },
		result: 'Paredzamais mūža ilgums (aptuvens novērtējums)',
		inMonths: 'Mēnešos',
		inYears: 'Gados',
		formula: 't = 1 / aizplūšana',
		lifetimeImplausible: (p: { lifetime: string; churn: string; period: string }) =>
			`Mūža ilgums ${p.lifetime} pārsniedz jebkura reāla klienta mūžu (vairāk nekā 100 gadu): pārbaudiet aizplūšanas rādītāju ${p.churn}. Vai tas ir ${p.period} un ievadīts procentos (5 nozīmē 5%)?`,
		zeroChurn:
			'Ja aizplūšana ir 0%, neviens nekad neaiziet, un mūža ilgums būtu 1 / 0, t. i., bezgalīgs. Neviena reāla klientu bāze tā neuzvedas. Izmēriet aizplūšanu garākā periodā vai ievadiet nelielu novērtējumu, piemēram, 1%.',
		notes: [
			'Tas ir aptuvens novērtējums: tas pieņem, ka katram klientam katrā periodā ir vienāda aizplūšana — uz visiem laikiem. Praksē aizplūšana samazinās, jo ilgāk klients paliek, tāpēc 1 / aizplūšana lojālajiem klientiem mūža ilgumu novērtē par zemu, bet jaunajiem — par augstu.',
			'Mūža ilgums iznāk tajos pašos periodos, kuros ir aizplūšanas rādītājs: 5% mēnesī dod 20 mēnešus, 5% gadā — 20 gadus.',
			`To var izmantot kā t vienkāršajā CLV formulā (CLV = AOV × f × t); ${names['004']} par parastu uzskata 1–3 gadus.`
		]
	},

	aov: {
		title: 'Vidējā pasūtījuma vērtība (AOV)',
		description: 'Ieņēmumi uz vienu pasūtījumu.',
		fields: {
			r: { label: 'Ieņēmumi', hint: 'Ieņēmumi no ieskaitītajiem pasūtījumiem jūsu valūtā.' },
			o: { label: 'Pasūtījumu skaits', hint: 'Pasūtījumi tajā pašā laika posmā.' }
		},
		examples: { textbook: 'Ielādēt mācību piemēru' },
		result: 'Vidējā pasūtījuma vērtība',
		formula: 'AOV = ieņēmumi / pasūtījumi',
		noOrders:
			'Ja pasūtījumu ir 0, vidējās pasūtījuma vērtības nav: formula dalītu ar nulli. Ievadiet vismaz vienu pasūtījumu.',
		notes: [
			'Skaitiet ieņēmumus un pasūtījumus vienā un tajā pašā laika posmā un abos vienādi ņemiet vērā atcelšanas, atmaksas, nodokļus un piegādi.',
			'AOV ir pirmais reizinātājs vienkāršajā CLV formulā: CLV = AOV × f × t.'
		]
	},

	frequency: {
		title: 'Pirkumu biežums',
		description: 'Pasūtījumu skaits uz vienu klientu periodā.',
		fields: {
			o: { label: 'Pasūtījumu skaits', hint: 'Visi periodā veiktie pasūtījumi.' },
			c: { label: 'Unikālie klienti', hint: 'Dažādi klienti, kas periodā veica pasūtījumu.' }
		},
		period: 'Periods, uz kuru attiecas skaitļi',
		examples: { textbook: 'Ielādēt mācību piemēru' },
		result: (p: { period: string }) => `Pirkumu biežums ${p.period}`,
		unit: (p: { n: string; period: string }) => `${p.n} ${formForText(p.n, ORDER_FORMS)} uz klientu ${p.period}`,
		formula: 'f = pasūtījumi / unikālie klienti',
		noCustomers: 'Ja klientu ir 0, biežuma nav: formula dalītu ar nulli. Ievadiet vismaz vienu klientu.',
		fewerOrdersThanCustomers: (p: { orders: string; customers: string }) =>
			`Pasūtījumu (${p.orders}) ir mazāk nekā klientu (${p.customers}). Katrs klients, kas periodā pasūtīja, veica vismaz vienu pasūtījumu, tāpēc tas iespējams tikai tad, ja klientu skaitā ir cilvēki, kas nepasūtīja (piemēram, visa jūsu klientu bāze). Parasti skaita tikai tos klientus, kas pasūtīja.`,
		notes: [
			'Izmērītais biežums attiecas uz savu periodu: gadā tas nav divpadsmit reižu lielāks nekā mēnesī, jo gada laikā pasūta vairāk dažādu klientu.',
			'f ir otrais reizinātājs vienkāršajā CLV formulā (CLV = AOV × f × t); tur f un t jāizmanto par vienu un to pašu periodu.'
		]
	},

	repeat: {
		title: 'Atkārtoto pircēju īpatsvars',
		description: 'To klientu daļa, kas pasūtījuši vairāk nekā vienu reizi (Metrilo to sauc par “retention rate”).',
		fields: {
			r: {
				label: 'Klienti ar 2 vai vairāk pasūtījumiem',
				hint: 'Klienti, kas šajā laika posmā pasūtīja vismaz divreiz.'
			},
			c: { label: 'Visi klienti', hint: 'Visi klienti, kas pasūtīja tajā pašā laika posmā.' }
		},
		examples: { textbook: 'Ielādēt mācību piemēru' },
		result: 'Atkārtoto pircēju īpatsvars',
		oneTime: 'Vienreizējie pircēji',
		formula: 'atkārtoto pircēju īpatsvars = klienti ar 2+ pasūtījumiem / klienti × 100',
		noCustomers: 'Ja klientu ir 0, īpatsvara nav: formula dalītu ar nulli. Ievadiet vismaz vienu klientu.',
		repeatersExceedCustomers: (p: { repeaters: string; customers: string }) =>
			`Atkārtoto pircēju (${p.repeaters}) ir vairāk nekā visu klientu (${p.customers}), lai gan atkārtotie pircēji ir daļa no visiem klientiem. Pārbaudiet, vai abi skaitļi attiecas uz tiem pašiem klientiem un to pašu laika posmu.`,
		notes: [
			`Tieši šo rādītāju Metrilo publicē kā “retention rate”. E-komercijas vidējie 28%, ko, atsaucoties uz Metrilo, min ${names['001']}, ir atkārtoto pircēju īpatsvars, nevis CRR: salīdziniet salīdzināmo.`,
			'Rādītājs aug līdz ar laika posma garumu: jo tas garāks, jo vairāk klientu ir paguvuši veikt otro pasūtījumu.'
		]
	},

	clvSimple: {
		title: 'Klienta mūža vērtība (AOV × biežums × mūža ilgums)',
		description: 'CLV = AOV × pirkumu biežums × mūža ilgums, ar neobligātu bruto maržu.',
		fields: {
			a: { label: 'Vidējā pasūtījuma vērtība (AOV)', hint: 'Ieņēmumi uz vienu pasūtījumu.' },
			f: { label: 'Pirkumu biežums (f)', hint: 'Pasūtījumi uz vienu klientu periodā.' },
			t: {
				label: 'Klienta mūža ilgums (t)',
				hint: `Cik periodus klients paliek ar jums; parasti 1–3 gadi, kā norāda ${names['004']}.`
			},
			g: { label: 'Bruto marža (%)', hint: 'Pārvērš ieņēmumus bruto peļņā.' }
		},
		period: 'Periods, uz kuru attiecas f un t',
		examples: { textbook: 'Ielādēt mācību piemēru' },
		result: 'Klienta mūža vērtība (ieņēmumi)',
		customerValue: (p: { period: string }) => `Klienta vērtība (CV) ${p.period}`,
		grossProfit: 'Klienta mūža vērtība (bruto peļņa)',
		formulaCv: 'CV = AOV × f',
		formulaClv: 'CLV = CV × t',
		formulaProfit: 'CLV bruto peļņā = CLV × bruto marža',
		lifetimeAboveUsual: (p: { lifetime: string }) =>
			`Mūža ilgums ${p.lifetime} pārsniedz 1–3 gadus, ko par parastu uzskata ${names['004']}. Pārbaudiet to, piemēram, ar paredzamā mūža ilguma kalkulatoru (t = 1 / aizplūšana).`,
		notes: [
			`Formula, ko sniedz ${names['004']}: CLV = CV × t, kur CV = AOV × f. f un t jāattiecas uz vienu periodu: pasūtījumi gadā — ar gadiem, pasūtījumi mēnesī — ar mēnešiem.`,
			'Bez diskontēšanas un bez aizplūšanas dinamikas: ātrs ieņēmumu novērtējums. Noturēšanas un maržas kalkulators diskontē nākotnes maržu.',
			'Ar bruto maržu CLV ir izteikta peļņā, nevis ieņēmumos: tieši šo vērtību jāsalīdzina ar klienta piesaistes izmaksām (LTV:CAC).'
		]
	},

	clvRetention: {
		title: 'Klienta mūža vērtība (noturēšana un marža)',
		description: 'CLV = m × r / (1 + d − r) no maržas, noturēšanas un diskonta likmes, pēc izvēles atskaitot CAC.',
		fields: {
			m: { label: 'Marža uz klientu periodā (m)', hint: 'Bruto peļņa, ko noturēts klients ienes katrā periodā.' },
			r: {
				label: 'Noturēšanas rādītājs periodā (r, %)',
				hint: 'To klientu daļa, kas paliek no viena perioda uz nākamo.'
			},
			d: {
				label: 'Gada diskonta likme (%)',
				hint: 'Jūsu kapitāla izmaksas, piemēram, 10; tiek pārrēķināta uz periodu.'
			},
			k: {
				label: 'Piesaistes izmaksas (CAC)',
				hint: 'Tiek atņemtas vienreiz, lai redzētu, cik vērts ir jauns klients.'
			}
		},
		period: 'Periods, uz kuru attiecas m un r',
		examples: { textbook: 'Ielādēt mācību piemēru' },
		result: 'Klienta mūža vērtība (noturēšana un marža)',
		afterCac: 'Mūža vērtība pēc piesaistes izmaksām (CLV − CAC)',
		multiple: 'Maržas reizinātājs r / (1 + d − r)',
		discountPerPeriod: (p: { period: string }) => `Diskonta likme ${p.period}`,
		discountLead: (p: { period: string }) => `Gada diskonta likmes pārrēķins uz vienu periodu (${p.period}):`,
		discountYearly: 'Diskonta likme jau ir gada likme:',
		formulaDiscount: (p: { k: string }) => `d = (1 + gada d)^(1/${p.k}) − 1`,
		formula: 'CLV = m × r / (1 + d − r)',
		formulaAfterCac: 'CLV − CAC',
		diverges:
			'Ja noturēšana ir 100% un diskonta likme ir 0%, formula dala ar nulli (1 + d − r = 0): klients, kas nekad neaiziet un kura nākotnes nauda tiek ieskaitīta pilnā apmērā, būtu neierobežoti vērtīgs. Ievadiet noturēšanu zem 100% vai diskonta likmi virs 0.',
		retentionAsFraction: (p: { typed: string; meant: string }) =>
			`Noturēšana ${p.typed} apmērā no viena perioda uz nākamo nenotur gandrīz nevienu klientu: vai domājāt ${p.meant}? Ierakstiet pašu procentu skaitli (80, ja 80%), nevis daļu (0,8).`,
		costsMoreThanWorth: (p: { clv: string; cac: string }) =>
			`Piesaistes izmaksas (${p.cac}) pārsniedz klienta mūža vērtību (${p.clv}): katrs par šādu cenu piesaistīts klients nes zaudējumus.`,
		notes: [
			'Formula (Gupta & Lehmann, 2003) saskaita visu nākotnes periodu maržu, svērtu ar varbūtību, ka klients joprojām ir ar jums (r, r², r³, …), un diskontētu (ar 1 + d, (1 + d)², …): CLV = Σ m × rᵗ / (1 + d)ᵗ, kur t = 1, 2, … Tā pieņem nemainīgu maržu un noturēšanu un beigu datuma neesamību.',
			'Pašreizējā perioda marža nav ieskaitīta (summa sākas ar t = 1): pieskaitiet m klientam, kurš tikko veicis pirkumu.',
			'm, r un d jāattiecas uz vienu periodu. Diskonta likmi norāda gadam un pārrēķina saliktā veidā: 10% gadā ir (1,1)^(1/12) − 1 = 0,797% mēnesī, nevis 10% / 12.',
			'r / (1 + d − r) ir maržas reizinātājs: cik periodu maržas klients ir vērts šodien.'
		]
	},

	ltvCac: {
		title: 'LTV:CAC attiecība un CAC atmaksāšanās',
		description: 'Cik reižu klienta vērtība sedz viņa piesaistes izmaksas un cik mēnešos šīs izmaksas atmaksājas.',
		fields: {
			l: { label: 'Klienta mūža vērtība (LTV)', hint: 'Vēlams bruto peļņā, piemēram, no CLV kalkulatora.' },
			c: {
				label: 'Klienta piesaistes izmaksas (CAC)',
				hint: 'Mārketinga un pārdošanas izdevumi uz vienu jaunu klientu.'
			},
			m: { label: 'Mēneša ieņēmumi no klienta', hint: 'Atmaksāšanās laikam.' },
			g: { label: 'Bruto marža (%)', hint: 'Atmaksāšanās laikam.' }
		},
		examples: { textbook: 'Ielādēt mācību piemēru' },
		result: 'LTV:CAC',
		payback: 'CAC atmaksāšanās laiks',
		formula: 'LTV:CAC = LTV / CAC',
		formulaPayback: 'atmaksāšanās laiks = CAC / (mēneša ieņēmumi × bruto marža)',
		paybackNeedsBoth: 'Lai redzētu atmaksāšanās laiku, ievadiet gan mēneša ieņēmumus no klienta, gan bruto maržu.',
		loss: 'Zem 1 : 1: katra klienta piesaiste izmaksā vairāk, nekā viņš ir vērts.',
		below: 'Zem vispārpieņemtā īkšķa likuma 3 : 1.',
		meets: 'Atbilst īkšķa likumam 3 : 1 vai pārsniedz to.',
		cacZero:
			'Ja CAC ir 0, attiecība kļūst bezgalīga: katrs klients būtu iegūts bez maksas. Ievadiet, cik iztērējat viena klienta piesaistei (reklāma, atlaides, pārdevēju laiks), lai cik maz tas būtu.',
		noMonthlyMargin:
			'Ja klients mēnesī nedod bruto peļņu (ieņēmumi × marža = 0), piesaistes izmaksas nekad neatmaksājas.',
		notes: [
			'3 : 1 ir īkšķa likums no abonementu biznesa, nevis likumsakarība: pareizā attiecība ir atkarīga no jūsu maržām, naudas līdzekļiem un izaugsmes plāniem, un ļoti augsta attiecība var nozīmēt, ka klientu piesaistei tērējat pārāk maz.',
			'Izmantojiet LTV bruto peļņā, nevis ieņēmumos, lai attiecība salīdzinātu nopelnīto naudu ar iztērēto.',
			'Atmaksāšanās laiks ir to mēnešu skaits, kuru bruto peļņa vajadzīga piesaistes izmaksu atgūšanai; aizplūšana šajā laikā netiek ņemta vērā.'
		]
	},

	nps: {
		title: 'Klientu lojalitātes indekss (NPS)',
		description: '% atbalstītāju (9–10) − % kritiķu (0–6) pēc aptaujas atbildēm.',
		fields: {
			pro: { label: 'Atbalstītāji (vērtējums 9–10)', hint: 'Atbilžu skaits ar 9 vai 10.' },
			pas: { label: 'Neitrālie (vērtējums 7–8)', hint: 'Atbilžu skaits ar 7 vai 8.' },
			det: { label: 'Kritiķi (vērtējums 0–6)', hint: 'Atbilžu skaits no 0 līdz 6.' }
		},
		examples: { textbook: 'Ielādēt mācību piemēru' },
		result: 'Klientu lojalitātes indekss',
		responses: 'Atbildes',
		promoters: 'Atbalstītāji',
		passives: 'Neitrālie',
		detractors: 'Kritiķi',
		formula: 'NPS = % atbalstītāju − % kritiķu',
		noResponses: 'Atbilžu nav: visi trīs skaitļi ir 0. Ievadiet aptaujas rezultātus.',
		notes: [
			'Standarta NPS (Reichheld, 2003) jautā “Cik ticami ir, ka jūs mūs ieteiktu draugam vai kolēģim?” skalā no 0 līdz 10: 9–10 ir atbalstītāji, 7–8 — neitrālie, 0–6 — kritiķi. Indekss ir robežās no −100 līdz +100, un tas ir punktu skaits, nevis procenti.',
			`Skala, ko apraksta ${names['002']}, ir no 1 līdz 10, un par atbalstītājiem tajā tiek uzskatīti klienti ar vērtējumu “5 un vairāk”. NPS tā nav definēts, un šāda pieeja daudzus neitrālos un kritiķus ieskaitītu atbalstītājos; šis kalkulators izmanto standarta definīciju.`,
			'Neitrālie tiek ieskaitīti kopējā atbilžu skaitā, bet ne vienā no grupām, tāpēc neitrāla klienta pārvēršana par atbalstītāju paaugstina indeksu.'
		]
	}
};

export default calculators;
