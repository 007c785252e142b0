import type en from '../en/benchmarks';
import type { Catalogue } from '../messages';
import { names } from './sources';
import { ORDER_FORMS, formForText } from './plural';

/** Etalonu sadaļas teksti: metriku nosaukumi, ko tieši skaita katra publicētā vērtība, un atrunas. */
const benchmarks: Catalogue<typeof en> = {
	title: 'Nozaru etaloni',
	metrics: {
		crr: 'Klientu noturēšanas rādītājs (CRR)',
		churn: 'Klientu aizplūšanas rādītājs',
		repeatPurchaseRate: 'Atkārtoto pircēju īpatsvars',
		secondPurchaseWithinYear: 'Otrais pirkums tajā pašā gadā',
		purchaseFrequency: 'Pirkumu biežums',
		aov: 'Vidējā pasūtījuma vērtība (AOV)',
		clv: 'Ieņēmumi uz klientu līdz šim (“CLV”, kā to skaita Windsor Circle)',
		nps: 'Klientu lojalitātes indekss (NPS)',
		cartAbandonmentRate: 'Pamesto grozu īpatsvars'
	},
	sectors: {
		all: 'Visi interneta veikali',
		apparel: 'Apģērbi un apavi',
		beauty: 'Skaistumkopšana',
		'food-drink': 'Pārtika un dzērieni',
		health: 'Veselība un uztura bagātinātāji',
		pet: 'Mājdzīvnieku preces',
		sports: 'Sports un aktīvā atpūta',
		'jewelry-luxury': 'Rotaslietas un luksusa preces',
		subscription: 'Abonementi'
	},
	industries: {
		'all-ecommerce': 'Visi interneta veikali (vidēji)',
		tea: 'Tēja',
		'own-food-products': 'Pašu ražoti pārtikas produkti',
		beauty: 'Skaistumkopšana',
		apparel: 'Apģērbi',
		'meal-delivery': 'Gatavu ēdienu piegāde',
		supplements: 'Uztura bagātinātāji',
		coffee: 'Kafija',
		'pet-products': 'Mājdzīvnieku preces',
		'performance-sportswear': 'Augstas veiktspējas sporta apģērbi',
		cbd: 'CBD',
		'jewelry-luxury': 'Rotaslietas un luksusa preces',
		'health-beauty': 'Veselība un skaistumkopšana',
		'sporting-goods-outdoor': 'Sporta preces un aktīvā atpūta',
		'apparel-footwear': 'Apģērbi un apavi',
		'subscription-all': 'Abonementu uzņēmumi, visas nozares',
		'subscription-b2c': 'Abonementu uzņēmumi, kas pārdod patērētājiem (B2C)'
	},
	definitions: {
		'metrilo-repeat-buyers':
			'Atkārtoto pircēju skaits, dalīts ar visu pircēju skaitu: to veikala klientu daļa, kas pasūtījuši vairāk nekā vienu reizi. Metrilo to sauc par “retention rate” (arī reorder rate vai repeat purchase rate); tas nav CRR pēc formulas (E − N) / S. Laika logs nav norādīts.',
		'bluecore-second-purchase':
			'No pircējiem, kas 2023. gadā veica pirmo pirkumu pie mazumtirgotāja, — to daļa, kas tajā pašā gadā veica otru pirkumu.',
		'windsor-retention':
			'No klientiem, kas bija aktīvi gadu iepriekš (veica pirkumu 12 mēnešos pirms šī datuma), — to daļa, kas atkal pirka nākamo 12 mēnešu laikā.',
		'windsor-clv':
			'Klienta mūža vērtības mediāna ASV dolāros: cik klients līdz šim ir iztērējis veikalā (ieņēmumi, nevis peļņa; nav prognoze).',
		'recurly-monthly-churn':
			'Mēneša aizplūšanas rādītāja mediāna izlasē iekļautajiem abonementu uzņēmumiem: to abonentu daļa, kas mēneša laikā atceļ abonementu vai kuru abonements beidzas bez pagarināšanas.',
		'recurly-b2c-monthly-churn':
			'Mēneša aizplūšanas rādītājs izlasē iekļautajiem abonementu uzņēmumiem, kas pārdod patērētājiem (B2C): to abonentu daļa, kas mēneša laikā atceļ abonementu vai kuru abonements beidzas bez pagarināšanas.'
	},
	notes: {
		metrilo:
			'Metrilo klientu veikalu aptauja, galvenokārt nelieli tiešās pārdošanas patērētājiem (D2C) zīmoli; ne izlases lielums, ne laika logs nav publicēts. Salīdziniet ar atkārtoto pircēju īpatsvaru, kas aprēķināts par līdzīga garuma datu periodu: jaunam veikalam rādītājs ir zemāks jau tāpēc vien, ka tā klientiem bijis mazāk laika atgriezties.',
		bluecore:
			'Vairāk nekā 100 ASV mazumtirgotāju, 2023. gada dati. Tiek ņemti vērā tikai pirmie pirkumi 2023. gadā un tikai otrais pirkums tajā pašā kalendārajā gadā, tāpēc tam, kurš pirmo reizi pirka decembrī, atgriešanās laikam bija tikai dažas nedēļas. Salīdziniet ar tādu pašu aprēķinu no saviem datiem, nevis ar atkārtoto pircēju īpatsvaru visā sadarbības laikā.',
		'windsor-retention':
			'Aptuveni 100 apģērbu un apavu zīmolu, kas izmanto Windsor Circle, dati no aptuveni 2015. gada: no klientiem, kas bija aktīvi gadu iepriekš, daļa, kas gada laikā pirka vēlreiz. Lietotnes gada CRR (E − N) ÷ S patur arī klientus, kas atgriežas pēc vairāk nekā gada prombūtnes, tāpēc datu kopas CRR tam blakus liek saskaitītu tāpat: (E − N − šie klienti) ÷ S, ar 12 mēnešu aktivitātes logu. Ievadīts CRR (E − N) ÷ S arī patur šos klientus, tāpēc tas iznāk augstāks, nekā to saskaitītu Windsor.',
		'windsor-clv':
			'ASV dolāri 2015.–2016. gada cenās, bez konvertēšanas: blakus tiek rādīta tikai ASV dolāros izmērīta CLV kā līdzšinējie ieņēmumi uz klientu.',
		'recurly-subscription':
			'Abonementu uzņēmumi, kuros aizplūšana nozīmē atceltus vai beigušos regulāros plānus. Veikals, kura klienti vienkārši pārstāj pasūtīt, mēra ko citu; salīdziniet tikai ar abonementu mēneša aizplūšanas rādītāju.',
		'recurly-b2c-2017':
			'Abonementu uzņēmumi, kas pārdod patērētājiem. Avotā nav norādīts, vai tā ir mediāna vai vidējā vērtība, tāpēc to nevar tieši salīdzināt ar tā paša pētījuma visu nozaru mediānu.'
	},
	verificationNotes: {
		metrilo: `Vērtības un definīcija (“repeat buyers number / total number of buyers”, “average retention rate by niche as per our recent survey”) sakrīt ar glosārija lapu. Lapai nav datuma, un tajā nav norādīts ne aptaujas laiks, ne izlase; ${names['001']} citē vidējo vērtību 28 %.`,
		bluecore:
			'Vērtības, nozares un definīcija (“only 9.9% of those who made a first purchase in 2023 made a second purchase that year”; 2023. gada dati par vairāk nekā 100 mazumtirgotājiem) ņemtas no Retail Brew raksta par pētījumu (2024. gada 22. aprīlī); nosaukums — no ziņojuma lapas. Pats PDF nav lasīts, tāpēc nav zināms, vai rādītājs aprēķināts par visiem pircējiem kopā vai vidēji pa mazumtirgotājiem.',
		'windsor-retention':
			'“An average retention rate of 24%” 100 apģērbu un apavu zīmoliem minēts ziņojuma kopsavilkumā Windsor Circle emuārā (2016. gada 21. aprīlī). Pats ziņojums nav lasīts; definīcija (klienti, kas bija aktīvi gadu iepriekš un gada laikā pirka atkal) ir tā, ko dokumentējis WhatCounts, kas pārņēma Windsor Circle, un tiek pieņemts, ka izmantota tieši tā. Kopsavilkumā arī teikts “16% lower than all eCommerce brands”, kas var nozīmēt gan procentpunktus, gan procentus, tāpēc vērtība visiem interneta veikaliem no tā netiek atvasināta.',
		'windsor-clv':
			'“A median CLV of $163.09” minēts emuāra kopsavilkumā. Tas, ka šī CLV nozīmē līdzšinējos ieņēmumus uz klientu (“actual CLV”), ņemts no Windsor Circle produkta lapas, nevis no ziņojuma.',
		'windsor-clv-all':
			'Kopsavilkumā teikts, ka apģērbu un apavu CLV mediāna ir “equal to the median CLV for all eCommerce brands”; visu zīmolu vērtība ņemta no šī teikuma. Par CLV definīciju — tā pati piezīme kā apģērbu vērtībai.',
		'recurly-2017-all':
			'Recurly izpilddirektors izdevumā Digital Commerce 360 (2017. gada 6. oktobrī): vairāk nekā 1200 abonementu uzņēmumu izlase, “our 12-month study found the median monthly churn rate across all data points was 6.73%”.',
		'recurly-2017-b2c':
			'B2C 8,11 % minēts vienā Recurly etalonu lapas versijā, kurā aprakstīta “a sample of over 1,200 sites over 12 months”, — tas atbilst 2017. gada pētījumam; lapai nav datuma, un tajā nav teikts, vai vērtība ir mediāna vai vidējā.',
		'recurly-2019-all':
			'“All Industries 5.48% MEDIAN”, gandrīz 2000 abonementu vietņu, 2019. gada janvāris–decembris, ziņojuma lapā. Publikācijas gads lapā nav norādīts.',
		'recurly-2019-b2c': '“B2C Industries 6.81% MEDIAN” ziņojuma lapā (tā pati izlase kā visu nozaru vērtībai).'
	},
	statistics: {
		mean: 'Vidējā vērtība pa uzņēmumiem',
		median: 'Mediāna pa uzņēmumiem',
		unstated: 'Nav norādīts, kā apvienoti uzņēmumu dati'
	},
	verification: {
		verified: 'Pārbaudīts pēc izdevēja datiem vai ziņojuma par publikāciju',
		'partly-verified': 'Vērtība pārbaudīta; daļu definīcijas vai datumu nevarēja apstiprināt',
		unverified: 'Nav pārbaudīts pēc avota'
	},
	directions: {
		better: 'labāk par etalonu',
		worse: 'atpaliek no etalona',
		level: 'etalona līmenī',
		unclear: 'aptuveni tāpat kā etalons'
	},
	notComparable: {
		'invalid-value': 'Jūsu vērtība nav derīgs skaitlis šai metrikai.',
		'different-metric': 'Šī vērtība mēra ko citu.',
		'orders-not-subscription':
			'Jūsu vērtība ir mērīta no pasūtījumu eksporta: klienti, kas pārstāja pasūtīt (neviena pasūtījuma aktivitātes logā). Šī vērtība skaita atceltus abonementus, kuru pasūtījumu eksportā nav, tāpēc tās netiek salīdzinātas neatkarīgi no izvēlētā uzņēmuma veida.',
		'business-model': 'Šī vērtība attiecas uz cita veida uzņēmumu (veikals vai abonements).',
		'period-missing': 'Lai salīdzinātu, norādiet, par kādu periodu ir jūsu vērtība (mēnesis, ceturksnis vai gads).',
		currency: 'Šī vērtība ir citā valūtā; valūtas kurss netiek piemērots.',
		'period-differs':
			'Jūsu vērtība izmērīta no pasūtījumiem ar aktivitātes logu citā periodā. Šāds rādītājs nav vienāds katrā periodā, tāpēc to nepārrēķina, kāpinot; to salīdzina tikai ar sava perioda rādītājiem (gada CRR mēra pēdējos 12 pilnajos mēnešos).',
		'window-differs':
			'Šis rādītājs skaita klientus, kas bija aktīvi 12 mēnešos pirms datuma un pirka vēlreiz nākamajos 12; jūsējais izmērīts ar citu aktivitātes logu, tāpēc par noturētiem skaita citus klientus. Ar to salīdzina pēdējo 12 pilno mēnešu gada CRR ar 12 mēnešu logu.',
		'returning-unknown':
			'Šis rādītājs neskaita klientus, kas atgriežas pēc vairāk nekā gada prombūtnes; šai datu kopai saglabātie rādītāji nesaka, cik tādu ir. Vienreiz atveriet datu kopu lapā “Analīze”, lai tos ierakstītu.',
		'small-sample': 'Aiz jūsu vērtības ir mazāk nekā 30 klientu: par maz secinājumam.'
	},
	recounted: (p) =>
		`Saskaitīts tā, kā skaita šis rādītājs: no ${p.start} klientiem, kas bija aktīvi gadu iepriekš (S), ${p.retained} pirka vēlreiz gada laikā, ${p.value}. Klienti, kas atgriezās pēc vairāk nekā gada prombūtnes un ko jūsu CRR patur E − N, nav ieskaitīti.`,
	converted:
		'Jūsu vērtība pārrēķināta uz publicētās vērtības periodu, pieņemot, ka rādītājs katrā periodā ir vienāds.',
	intro: 'Publicētas vērtības interneta veikaliem un abonementu uzņēmumiem — katrai norādīts, ko tieši tā skaita, kas to publicēja un kad. Jūsu skaitlis tiek novietots blakus tikai tām vērtībām, kas mēra to pašu.',
	choice: {
		heading: 'Jūsu nozare',
		sector: 'Sektors',
		industry: 'Nozare',
		allInSector: 'Visas šī sektora nozares',
		hint: 'Salīdzināšanai tiek rādītas arī vidējās vērtības visiem interneta veikaliem (vai visiem abonementu uzņēmumiem).'
	},
	baseline: {
		heading: 'Jūsu skaitļi',
		intro: 'Izvēlieties, ko salīdzināt: saglabātu kalkulatora scenāriju, analizētas datu kopas rādītājus vai pašu ievadītu vērtību.',
		source: 'Salīdzināt',
		sources: {
			none: 'Pagaidām neko',
			scenario: 'Saglabātu kalkulatora scenāriju',
			dataset: 'Analizētu datu kopu',
			typed: 'Vērtību, ko ievadīšu'
		},
		scenario: 'Scenārijs',
		noScenarios:
			'Vēl nav neviena saglabāta scenārija ar salīdzināmu skaitli. Saglabājiet scenāriju kalkulatorā: CRR, aizplūšana, atkārtoto pircēju īpatsvars, pasūtījuma vērtība vai biežums.',
		scenarioOption: (p: { name: string; calculator: string }) => `${p.name} (${p.calculator})`,
		dataset: 'Datu kopa',
		noDatasets: 'Vēl nav analizētu datu kopu. Importējiet pasūtījumus lapā “Dati”, tad atveriet “Analīze”.',
		datasetOption: (p: { name: string; date: string }) => `${p.name}, analizēta ${p.date}`,
		datasetBasis: (p: { period: string; window: string }) =>
			`Rādītāji, ko lapa “Analīze” rāda šai datu kopai ar periodiem ${p.period} un ${p.window} ${formForText(p.window, { zero: 'mēnešu', one: 'mēneša', other: 'mēnešu' })} aktivitātes logu (tās pēdējie iestatījumi). Ja tos maināt tur, mainās arī šie; tur izvēlēts datumu intervāls šeit netiek piemērots. CRR un aizplūšana gadā ir izmērīta datu pēdējos 12 pilnajos mēnešos ar 12 mēnešu logu, nekad nesakāpinot mēneša vai ceturkšņa rādītāju.`,
		datasetSpan: (p: { customers: string; days: string; from: string; orders: string; to: string }) =>
			`Pamats: visi pasūtījumi no ${p.from} līdz ${p.to} (dienas: ${p.days}; klienti: ${p.customers}; pasūtījumi: ${p.orders}).`,
		withheldHeading: 'Lapā “Analīze” atzīmēti, tāpēc netiek salīdzināti',
		choose: 'Izvēlieties…',
		metric: 'Metrika',
		value: 'Jūsu vērtība',
		valueHint: {
			ratio: 'Procenti no 0 līdz 100, piemēram, 28.',
			currency: 'Summa jūsu iestatījumos norādītajā valūtā.',
			perPeriod: 'Pasūtījumi uz klientu periodā.'
		},
		typedAsFraction: (p: { typed: string; meant: string; fraction: string; percent: string }) =>
			`${p.typed} ir mazāk par 1%: vai domājāt ${p.meant}? Ierakstiet pašu procentu skaitli (${p.percent}, ja ${p.meant}), nevis daļu (${p.fraction}).`,
		period: 'Periods, uz kuru tā attiecas',
		businessModel: 'Uzņēmuma veids',
		businessModels: {
			ecommerce: 'Interneta veikals (klienti vienkārši pārstāj pasūtīt)',
			subscription: 'Abonements (klienti atceļ plānu)'
		},
		moneyNote: (p: { currency: string }) =>
			`Summas no scenārijiem un ievadītās vērtības tiek uzskatītas par norādītām valūtā ${p.currency} (jūsu valūtas iestatījums). Valūtas kurss netiek piemērots, tāpēc tās tiek salīdzinātas tikai ar vērtībām valūtā ${p.currency}.`,
		nothing: 'Izvēlieties salīdzināšanas bāzi, lai redzētu savus skaitļus blakus publicētajām vērtībām.',
		nothingMeasured: 'Šajā bāzē nav neviena skaitļa, ko varētu salīdzināt ar etalonu.'
	},
	figures: {
		heading: 'Publicētās vērtības',
		count: (p: { n: string }) => `Vērtības šai izvēlei: ${p.n}.`,
		definition: 'Ko tā skaita',
		value: 'Vērtība',
		period: 'Periods',
		source: 'Avots',
		published: 'Publicēts',
		title: 'Nosaukums',
		statistic: 'Kopsavilkuma statistika',
		dataPeriod: 'Dati par',
		verification: 'Pārbaude',
		comparability: 'Kad salīdzināt',
		link: 'Izdevēja lapa',
		valuePer: (p: { value: string; period: string }) => `${p.value} ${p.period}`,
		perPeriod: {
			month: 'mēnesī',
			quarter: 'ceturksnī',
			year: 'gadā'
		},
		noPeriod: 'Nav: nav norādīts mēnesim, ceturksnim vai gadam',
		undated: 'Bez datuma',
		checkedAgainst: 'Pārbaudīts pēc'
	},
	dataPeriods: {
		notStated: 'Nav norādīts',
		year2023: '2023. gads',
		years2015to2016Approx: '2015.–2016. gads (precīzi nav norādīts)',
		twelveMonthsTo2017: '12 mēneši, kas beidzas 2017. gadā',
		year2019: '2019. gada janvāris–decembris'
	},
	comparison: {
		heading: 'Jūsu skaitļi blakus publicētajām vērtībām',
		figureWithValue: (p: { figure: string; value: string }) => `${p.figure} — ${p.value}`,
		you: 'Jūs',
		youWith: (p: { basis: string }) => `Jūs (${p.basis})`,
		measuredBasis: (p: { acquired: string; end: string; period: string; start: string; window: string }) =>
			`Izmērīts: ${p.period}, ar ${p.window} ${formForText(p.window, { zero: 'mēnešu', one: 'mēneša', other: 'mēnešu' })} aktivitātes logu: S = ${p.start}, E = ${p.end}, N = ${p.acquired}.`,
		sampleBasis: (p: { n: string }) => `Klientu skaits pamatā: ${p.n}.`,
		smallSample: (p: { n: string; low: string; high: string }) =>
			`Par maz klientu secinājumam (${p.n}; vajag vismaz 30). Patiesā rādītāja 95 % intervāls: no ${p.low} līdz ${p.high}.`,
		yours: (p: { metric: string; value: string }) => `Jūsu rādītājs “${p.metric}”: ${p.value}`,
		chartTitle: (p: { metric: string }) => `Jūsu rādītājs “${p.metric}” un salīdzināmās vērtības`,
		chartDescription: (p: { metric: string; n: string }) =>
			`Horizontāli stabiņi: jūsu rādītājs “${p.metric}” (izcelts ar svītrojumu) un tās pašas metrikas publicētās vērtības (${p.n}); raustītā līnija atzīmē jūsu vērtību.`,
		figureLabel: (p: { publisher: string; year: string; industry: string }) =>
			`${p.industry} (${p.publisher}, ${p.year})`,
		undated: 'bez datuma',
		above: (p: { user: string; benchmark: string; by: string; relative: string }) =>
			`Jūsu vērtība (${p.user}) ir par ${p.by} augstāka nekā etalons (relatīvi — par ${p.relative}). Etalons: ${p.benchmark}.`,
		below: (p: { user: string; benchmark: string; by: string; relative: string }) =>
			`Jūsu vērtība (${p.user}) ir par ${p.by} zemāka nekā etalons (relatīvi — par ${p.relative}). Etalons: ${p.benchmark}.`,
		unclear: (p: { user: string; benchmark: string; low: string; high: string }) =>
			`Jūsu vērtība (${p.user}) un ${p.benchmark} ir aptuveni vienādas: pēc klientu skaita, uz kuriem balstās jūsu vērtība, tās 95 % diapazons ir no ${p.low} līdz ${p.high}, un etalons ir tajā, tāpēc atšķirība var būt nejauša.`,
		level: (p: { user: string; benchmark: string }) =>
			`Jūsu vērtība (${p.user}) ir etalona līmenī: ${p.benchmark}.`,
		points: (p: { n: string }) => `${p.n} p. p.`,
		gapsLabel: 'Atšķirības',
		noneComparable: (p: { metric: string }) =>
			`Neviena šeit parādītā vērtība nemēra “${p.metric}” tādā pašā veidā, tāpēc jūsu vērtība netiek salīdzināta. Izmēģiniet citu sektoru vai nozari.`,
		notComparedHeading: (p: { n: string }) => `Vērtības, ar kurām salīdzināšana netiek veikta (${p.n}), un kāpēc`,
		differentMetric: (p: { figure: string; yours: string }) =>
			`Tā mēra citu metriku: “${p.figure}”, bet jūsu rādītājs ir “${p.yours}”.`
	},
	units: {
		perPeriod: (p: { n: string; period: string }) =>
			`${p.n} ${formForText(p.n, ORDER_FORMS)} uz klientu ${p.period}`,
		score: (p: { n: string }) => p.n
	},
	chart: {
		table: 'Rādīt diagrammu kā tabulu',
		label: 'Stabiņš',
		value: 'Vērtība'
	},
	links: {
		whatIf: 'Kas būtu, ja: izmēģiniet noturēšanas vai pasūtījuma vērtības izmaiņas',
		planner: 'Plānotājs: taktikas jūsu atšķirību secībā'
	}
};

export default benchmarks;
