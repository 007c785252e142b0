import type en from '../en/planner';
import type { Catalogue } from '../messages';
import { formForText } from './plural';

/** Plānotāja teksti: statusi, progress, ieteikumi un plāna eksports. */
const planner: Catalogue<typeof en> = {
	title: 'Plānotājs',
	statuses: {
		'not-started': 'Nav sākta',
		planned: 'Plānota',
		'in-progress': 'Tiek īstenota',
		done: 'Paveikta',
		'not-relevant': 'Nav aktuāla'
	},
	fields: {
		status: 'Statuss',
		notes: 'Piezīmes',
		owner: 'Atbildīgais',
		targetDate: 'Mērķa datums'
	},
	problems: {
		'unknown-tactic': 'Šīs taktikas vairs nav katalogā.',
		'invalid-status': 'Izvēlieties vienu no statusiem.',
		'invalid-date': 'Ievadiet reālu datumu vai atstājiet lauku tukšu.',
		'notes-too-long': 'Piezīmes ir pārāk garas (ne vairāk kā 5000 rakstzīmes).',
		'owner-too-long': 'Atbildīgā vārds ir pārāk garš (ne vairāk kā 120 rakstzīmes).',
		'invalid-timestamp': 'Saglabātais izmaiņu laiks nav derīgs.'
	},
	progress: (p: { done: string; relevant: string; share: string }) =>
		`Paveiktās aktuālās taktikas: ${p.done} no ${p.relevant} (${p.share})`,
	noneRelevant: 'Visas taktikas ir atzīmētas kā neaktuālas.',
	suggestions: {
		title: 'Ieteicamā secība',
		noMeasurements:
			'Izmēriet aizplūšanu, noturēšanu, atkārtoto pircēju īpatsvaru vai pasūtījuma vērtību un izvēlieties savu nozari, lai taktikas sakārtotu pēc jūsu atšķirībām no etaloniem.',
		watchesMetric: (p: { metric: string; user: string; benchmark: string; source: string }) =>
			`Jūsu rādītājs “${p.metric}” (${p.user}) atpaliek no etalona ${p.benchmark} — ${p.source}; šī taktika to ietekmē tieši.`,
		movesLever: (p: { metric: string; user: string; benchmark: string; source: string; lever: string }) =>
			`Jūsu rādītājs “${p.metric}” (${p.user}) atpaliek no etalona ${p.benchmark} — ${p.source}; šīs taktikas svira (“${p.lever}”) palīdz samazināt atšķirību.`,
		noGap: 'Neviena no izmērītajām atšķirībām nav atkarīga no šīs taktikas; tā ir kontrolsaraksta secībā.',
		unmatched: (p: { metric: string }) =>
			`Ar jūsu rādītāju “${p.metric}” nevar salīdzināt nevienu publicētu etalonu.`,
		unmatchedSmall: (p: { metric: string; n: string }) =>
			`Jūsu rādītājs “${p.metric}” balstās uz pārāk maz klientiem (${p.n}; vajag vismaz 30), lai izdarītu secinājumu.`,
		unmatchedCounted: (p) => `Rādītājs “${p.metric}” netiek salīdzināts ar “${p.source}”. ${p.reason}`,
		unmatchedPeriod: (p: { metric: string; period: string }) =>
			`Jūsu rādītājs “${p.metric}” (${p.period}) ir izmērīts ar aktivitātes logu, tāpēc tas netiek sakāpināts uz citu periodu, un nevienam publicētam rādītājam nav šī perioda.`,
		aboutSame: (p: { metric: string; source: string }) =>
			`Jūsu rādītājs “${p.metric}” ir aptuveni tāds pats kā ${p.source}: etalons ir jūsu vērtības 95 % diapazonā, tāpēc atpalicība netiek skaitīta.`,
		ahead: (p: { metric: string; source: string }) =>
			`Jūsu rādītājs “${p.metric}” nav sliktāks par etalonu: ${p.source}.`
	},
	export: {
		title: 'Klientu noturēšanas plāns',
		markdown: 'Eksportēt Markdown formātā',
		csv: 'Eksportēt CSV formātā',
		print: 'Drukāt',
		columns: {
			id: 'Taktikas ID',
			tactic: 'Taktika',
			lever: 'Svira',
			status: 'Statuss',
			owner: 'Atbildīgais',
			targetDate: 'Mērķa datums',
			notes: 'Piezīmes',
			updatedAt: 'Pēdējās izmaiņas (UTC)'
		},
		heading: 'Eksports un drukāšana',
		intro: 'Lejupielādējiet visu plānu (visas taktikas neatkarīgi no filtriem) vai izdrukājiet to kā vienu pārskatāmu dokumentu.',
		fileMarkdown: 'noturēšanas-plāns.md',
		fileCsv: 'noturēšanas-plāns.csv',
		failed: 'Plānu neizdevās nolasīt no šī pārlūka krātuves.'
	},
	intro: 'Visas klientu noturēšanas taktikas no pieciem rakstiem, kas uzskaitīti sadaļā “Avoti”; sakrītoši padomi apvienoti. Katrai taktikai varat norādīt statusu, atbildīgo, mērķa datumu un piezīmes — tās tiek glabātas šajā pārlūkā.',
	links: {
		benchmarks: 'Etaloni: salīdziniet savus skaitļus',
		whatIf: 'Kas būtu, ja: izmaiņu ietekme uz CLV un ieņēmumiem'
	},
	progressHeading: 'Paveiktais',
	progressBar: 'Paveikto aktuālo taktiku daļa',
	statusCounts: 'Taktikas pēc statusa',
	setup: {
		heading: 'Jūsu atšķirības no etaloniem',
		intro: 'Zemāk redzamie ieteikumi izmanto to pašu salīdzināšanas bāzi un nozari, ko lapa “Etaloni”; mainiet tās šeit vai tur.'
	},
	suggestionsMore: {
		intro: 'Taktikas, kas vērstas uz jūsu skaitļiem, kuri atpaliek no etalona; vispirms — lielākā atšķirība. Paveiktās vai par neaktuālām atzīmētās taktikas netiek rādītas.',
		recounted: (p) =>
			`${p.value} (saskaitīts tā, kā skaita rādītājs: ${p.retained} no ${p.start} klientiem, kas bija aktīvi gadu iepriekš, pirka vēlreiz)`,
		none: 'Neviena no jūsu izmērītajām vērtībām neatpaliek no etalona: neviena taktika netiek pacelta augstāk. Kontrolsaraksts saglabā savu secību.',
		rule: 'Katru jūsu vērtību vērtē pret vienu rādītāju, kas nosaukts blakus spriedumam: rādītāju jūsu izvēlētajai nozarei (ja izvēlētas visas sektora nozares — vispirms rādītāju par visu sektoru, tad par tā daļu; vidējo visiem uzņēmumiem tikai tad, ja nav neviena no tiem), un no tiem — tādu, kam norādīta mediāna vai vidējā vērtība, ar jaunākajiem datiem. Etalonu lapā jūsu vērtības ir salīdzinātas ar katru rādītāju.'
	},
	filters: {
		heading: 'Filtrēt kontrolsarakstu',
		lever: 'Svira',
		segment: 'Klientu segments',
		status: 'Statuss',
		any: 'Jebkurš',
		clear: 'Rādīt visas taktikas',
		showing: (p: { shown: string; total: string }) => `Rādītās taktikas: ${p.shown} no ${p.total}.`,
		segmentOrder: (p: { segment: string }) =>
			`Vispirms ir taktikas segmentam “${p.segment}”, pēc tam — tās, kas der visiem klientiem.`,
		none: 'Neviena taktika neatbilst šiem filtriem.'
	},
	checklistHeading: 'Taktiku kontrolsaraksts',
	form: {
		legend: 'Jūsu plāns',
		dateHint: 'Formātā GGGG-MM-DD, piemēram, 2025-09-30. Ja datuma nav, atstājiet tukšu.',
		datePlaceholder: 'GGGG-MM-DD',
		notesCount: (p: { length: string; max: string }) => `Rakstzīmes: ${p.length} no ${p.max}`,
		notSaved: 'Netiek saglabāts, kamēr nav izlabots; ievadītais teksts paliek šeit.',
		saved: 'Saglabāts.',
		saveFailed: 'Šo izmaiņu neizdevās saglabāt šajā pārlūkā.'
	},
	print: {
		printed: (p: { date: string }) => `Izdrukāts ${p.date}`,
		none: '—'
	},
	whatIf: {
		title: 'Kas būtu, ja',
		intro: 'Sāciet ar saviem skaitļiem un pārvietojiet slīdņus, lai redzētu, kā noturēšanas, pasūtījuma vērtības, pirkumu biežuma vai maržas izmaiņas ietekmē klienta mūža vērtību un ieņēmumus.',
		back: 'Atpakaļ uz plānotāju',
		baselineHeading: 'Sākotnējie dati',
		source: 'Ņemt par pamatu',
		sources: {
			typed: 'Vērtības, ko ievadīšu',
			scenario: 'Saglabātu kalkulatora scenāriju',
			dataset: 'Analizētu datu kopu'
		},
		scenario: 'Scenārijs',
		noScenarios: 'Vēl nav saglabātu CRR, aizplūšanas, mūža ilguma, AOV, biežuma vai CLV kalkulatoru scenāriju.',
		dataset: 'Datu kopa',
		noDatasets: 'Vēl nav analizētu datu kopu.',
		choose: 'Izvēlieties…',
		filled: (p: { source: string }) =>
			`Avotā ${p.source} atrastās vērtības ir aizpildītas zemāk; pārējās norādiet paši.`,
		nothingFilled: (p: { source: string }) => `Avotā ${p.source} nav neviena no šīm vērtībām.`,
		datasetGone:
			'Datu kopas, no kuras tika aizpildītas šīs vērtības, šajā pārlūkā vairs nav: tās parādītas tādas, kādas tika aizpildītas, bez piezīmēm par to, no kurienes ņemta katra vērtība.',
		scenarioGone:
			'Saglabātā scenārija, no kura tika aizpildītas šīs vērtības, šajā pārlūkā vairs nav: tās parādītas tādas, kādas tika aizpildītas, bez piezīmēm par to, no kurienes ņemta katra vērtība.',
		withheldHeading: 'Lapā “Analīze” atzīmēti, tāpēc nav aizpildīti',
		converted: (p: { original: string; period: string }) =>
			`Pārrēķināts no ${p.original} ${p.period}, pieņemot, ka noturēšana katrā periodā ir vienāda.`,
		notYearly: (p: { period: string }) =>
			`Tur norādīts biežums ${p.period}; gada biežums nav vienkārši tā daudzkārtnis, tāpēc ievadiet šeit gada vērtību.`,
		yearCustomers: (p: { customers: string; year: string }) =>
			`${p.customers} ${formForText(p.customers, { zero: 'klientu', one: 'klients', other: 'klienti' })}, kas pasūtīja ${p.year} — datu pēdējos 12 pilnajos mēnešos.`,
		yearFrequency: (p: { customers: string; orders: string; year: string }) =>
			`Viņu pasūtījumi ${p.year} ÷ klienti = ${p.orders} ÷ ${p.customers}.`,
		measuredYear: (p: { counts: string; window: string; year: string }) =>
			`CRR, izmērīts ${p.year} ar ${p.window} ${formForText(p.window, { zero: 'mēnešu', one: 'mēneša', other: 'mēnešu' })} aktivitātes logu${p.counts}, nevis sakāpināts mēneša CRR.`,
		measuredCountsRetained: (p) =>
			`, skaitīts kā daļa, kas pirka atkal: (E − N − R) ÷ S = (${p.end} − ${p.acquired} − ${p.returning}) ÷ ${p.start}, bez R — klientiem, kas atgriezās pēc vairāk nekā gada`,
		measuredCounts: (p: { acquired: string; end: string; start: string }) =>
			`: (E − N) ÷ S = (${p.end} − ${p.acquired}) ÷ ${p.start}`,
		revenueUnnamed: 'Ieņēmumi',
		yearAov: (p: { orders: string; revenue: string; revenueName: string; year: string }) =>
			`${p.revenueName} ÷ pasūtījumi periodā ${p.year}, tajos pašos 12 mēnešos kā C un f: ${p.revenue} ÷ ${p.orders}.`,
		noYearRevenue:
			'Nav aizpildīts: šī datu kopa analizēta, pirms tika saglabāti gada ieņēmumi. Atveriet to vienreiz lapā “Analīze” vai ievadiet to pašu 12 mēnešu vidējo pasūtījuma vērtību.',
		notInDataset:
			'Pasūtījumu eksportā tā nav: ievadiet savu vērtību; kamēr lauks ir tukšs, no tā nekas netiek aprēķināts.',
		noYearlyCrr:
			'Nav aizpildīts: datu kopas pēdējos 12 pilnajos mēnešos CRR nav izmērāms (skatiet atzīmētos rādītājus augstāk), un mēneša vai ceturkšņa CRR, sakāpināts līdz gadam, neko nenozīmētu.',
		noCompleteYear:
			'Nav aizpildīts: dati neaptver 12 pilnus mēnešus, un klienti vai pasūtījumi, saskaitīti īsākā vai garākā laikā, nav gada rādītāji.',
		fields: {
			customers: {
				label: 'Klienti šogad (C)',
				hint: 'Klienti, kas pie jums pērk gada laikā.'
			},
			averageOrderValue: {
				label: 'Vidējā pasūtījuma vērtība (AOV)',
				hint: 'Ieņēmumi uz vienu pasūtījumu.'
			},
			purchasesPerYear: {
				label: 'Pirkumi uz klientu gadā (f)',
				hint: 'Pasūtījumi uz vienu klientu gada laikā.'
			},
			retention: {
				label: 'Gada noturēšana (r)',
				hint: 'Šī gada klientu daļa, kas atkal pirks nākamgad.'
			},
			grossMargin: {
				label: 'Bruto marža (g)',
				hint: 'Ieņēmumu daļa, kas paliek pēc pārdoto preču pašizmaksas atskaitīšanas.'
			},
			discountRate: {
				label: 'Gada diskonta likme (d)',
				hint: 'Par cik nauda pēc gada ir mazāk vērta nekā šodien, piemēram, 10.'
			}
		},
		changesHeading: 'Izmaiņas, ko izmēģināt',
		changesIntro: 'Izmantojiet slīdni, tā bulttaustiņus vai ievadiet skaitli blakus tam.',
		changes: {
			retentionPoints: 'Noturēšana',
			orderValuePercent: 'Pasūtījuma vērtība',
			frequencyPercent: 'Pirkumu biežums',
			marginPoints: 'Bruto marža'
		},
		changeUnits: {
			retentionPoints: 'p. p.',
			orderValuePercent: '%',
			frequencyPercent: '%',
			marginPoints: 'p. p.'
		},
		numberLabel: (p: { change: string }) => `${p.change}: precīzas izmaiņas`,
		sliderLabel: (p: { change: string }) => `${p.change}: izmaiņas`,
		outOfRange: (p: { min: string; max: string }) =>
			`Ievadiet skaitli no ${p.min} līdz ${p.max}. Tiek izmantotas pēdējās derīgās izmaiņas.`,
		reset: 'Atiestatīt izmaiņas',
		resultsHeading: 'Ietekme',
		missingFields: {
			dataset: (p: { fields: string }) =>
				`Datu kopa nesniedz visas vērtības: ievadiet ${p.fields}, lai redzētu ietekmi. No tukša lauka nekas netiek aprēķināts.`,
			scenario: (p: { fields: string }) =>
				`Saglabātais scenārijs nesniedz visas vērtības: ievadiet ${p.fields}, lai redzētu ietekmi. No tukša lauka nekas netiek aprēķināts.`,
			typed: (p: { fields: string }) =>
				`Ievadiet ${p.fields}, lai redzētu ietekmi. No tukša lauka nekas netiek aprēķināts.`
		},
		incomplete: 'Lai redzētu ietekmi, pareizi aizpildiet visas sākotnējās vērtības.',
		columns: {
			quantity: 'Lielums',
			baseline: 'Sākotnēji',
			scenario: 'Ar izmaiņām',
			difference: 'Starpība'
		},
		rows: {
			clv: 'CLV uz klientu (bruto marža, diskontēta)',
			revenueThisYear: 'Ieņēmumi šogad',
			revenueNextYear: 'Ieņēmumi nākamgad no noturētajiem klientiem'
		},
		relative: (p: { value: string }) => `(${p.value})`,
		problems: {
			notFinite: 'Šīs vērtības nevar izmantot: pārbaudiet sākotnējos datus.',
			negative: 'Šīs vērtības nevar būt negatīvas: pārbaudiet sākotnējos datus.',
			rateAboveOne: 'Rādītāju virs 100% nevar izmantot: pārbaudiet sākotnējos datus.',
			changeOutOfRange: (p: { change: string }) =>
				`Izmaiņas rādītājam “${p.change}” padara vērtību mazāku par nulli vai lielāku par 100%: izvēlieties mazākas izmaiņas.`,
			diverges:
				'Ja noturēšana ir 100% un diskontēšanas nav, klients nekad neaiziet un ir neierobežoti vērtīgs: samaziniet noturēšanu vai pievienojiet diskonta likmi.'
		},
		chartTitle: (p: { quantity: string }) => `${p.quantity}: sākotnēji un ar izmaiņām`,
		chartDescription: (p: { quantity: string }) =>
			`Divi horizontāli stabiņi: ${p.quantity} — sākotnēji un ar izmaiņām (izcelts ar svītrojumu).`,
		definitionsHeading: 'Kas tiek aprēķināts',
		definitions: [
			'CLV tiek aprēķināta pēc noturēšanas un maržas formulas gadam: CLV = m × r / (1 + d − r), kur m = AOV × f × g ir bruto marža, ko klients ienes gadā. Marža tiek ieskaitīta katra gada beigās, kamēr klients joprojām ir ar jums, un diskontēta ar likmi d gadā (Gupta un Lehmann). Tā nav vienkāršā formula AOV × f × t, kas skaita ieņēmumus un nediskontē.',
			'Ieņēmumi šogad = C × f × AOV: šī gada klienti, viņu pirkumi un pasūtījuma vērtība.',
			'Ieņēmumi nākamgad no noturētajiem klientiem = (C × r) × f × AOV: tikai tie šī gada klienti, kas paliek. Nākamgad piesaistītie jaunie klienti netiek ieskaitīti, tāpēc noturēšanas izmaiņas šeit parādās ar gada nobīdi.'
		],
		math: {
			baseline: 'Sākotnēji:',
			scenario: 'Ar izmaiņām:',
			changedRetention: 'r′ = r + izmaiņas',
			changedOrderValue: 'AOV′ = AOV × (1 + izmaiņas)',
			changedFrequency: 'f′ = f × (1 + izmaiņas)',
			changedMargin: 'g′ = g + izmaiņas',
			margin: 'm = AOV × f × g',
			clv: 'CLV = m × r / (1 + d − r)',
			revenueThisYear: 'ieņēmumi šogad = C × f × AOV',
			retained: 'noturētie klienti = C × r',
			revenueNextYear: 'ieņēmumi nākamgad = noturētie klienti × f × AOV',
			points: (p: { n: string }) => `${p.n} p. p.`
		}
	}
};

export default planner;
