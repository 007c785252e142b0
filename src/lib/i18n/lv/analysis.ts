import type en from '../en/analysis';
import type { Catalogue } from '../messages';
import { DAY_ACCUSATIVE_FORMS, DAY_FROM_FORMS, DAY_LOCATIVE_FORMS, dayCount, formForText, ORDER_FORMS } from './plural';
import { withStop } from '../sentence';
import { names } from './sources';

/** Sadaļas “Analīze” teksti. */

const analysis: Catalogue<typeof en> = {
	title: 'Analīze',
	intro: 'Vienas datu kopas noturēšana, kohortas un segmenti, aprēķināti šajā pārlūkā.',
	dataset: 'Datu kopa',
	noDatasets: 'Datu kopu vēl nav.',
	importFirst: 'Vispirms importējiet pasūtījumus',
	pick: 'Izvēlieties datu kopu',
	computing: 'Analizē…',
	notFound: 'Šī datu kopa vairs nepastāv (iespējams, tā tika dzēsta citā cilnē).',
	summaryOnly:
		'Šī datu kopa ir kopsavilkums pa klientiem: tajā nav atsevišķu pasūtījumu, tāpēc nav ne periodu, ne kohortu, ne segmentu. Prognozētā mūža vērtība ar to darbojas.',
	failed: (p) => `Analīze neizdevās: ${p.detail}`,
	range: (p) => `Pasūtījumi: ${p.orders}, klienti: ${p.customers}; ${p.from} – ${withStop(p.to)}`,
	zeroValueOrders: (p) =>
		`Uzskaitīti kā pasūtījumi: datu kopas pasūtījumi ar summu 0 (bezmaksas paraugi, aizstājēji, pilnībā atlaisti pasūtījumi; skatiet tās importa pārskatu): ${p.count}. Tie ir ieskaitīti kā pasūtījumi visos rādītājos (pasūtījumos, vidējā pasūtījuma vērtībā, biežumā, atkārtotu pirkumu īpatsvarā, noturēšanā, kohortās un CLV modelī), un pircējs, kura vienīgais pasūtījums ir 0, ir pircējs.`,
	unknownStatuses: (p: { count: string; statuses: string }) =>
		`Kā pirkumi ieskaitīti pasūtījumi ar statusu, ko lietotne nepazīst: ${p.count} (${p.statuses}). Ja statuss nozīmē, ka pasūtījums nav apmaksāts, ir atcelts vai atmaksāts, pasūtījumu, ieņēmumu un atkārtoto pirkumu rādītājos ir pasūtījumi, kas nebija pārdošana (sk. datu kopas importa pārskatu).`,
	currencyNotCode: (p: { code: string }) =>
		`Šīs datu kopas valūta ir saglabāta kā “${p.code}”, kas nav valūtas kods: summas tiek rādītas kā parasti skaitļi ar “${p.code}” blakus. Importējiet failu vēlreiz, lai tā valūtu nolasītu no jauna.`,
	currencyAssumed: (p: { currency: string }) =>
		`Failā nav norādīta valūta (to saka arī importa pārskats): summas ir rādītas ${p.currency} — jūsu iestatījumā. Ja tā nav to valūta, nomainiet to iestatījumos (atkārtots imports nav vajadzīgs).`,
	currencyAssumedBrowser: (p: { currency: string }) =>
		`Failā nav norādīta valūta (to saka arī importa pārskats): summas ir rādītas ${p.currency} — jūsu pārlūka reģiona valūtā (iestatījumos valūta nav izvēlēta). Ja tā nav to valūta, izvēlieties to iestatījumos.`,
	sharedCurrencyMarkBrowser: (p: { mark: string; currency: string; currencies: string }) =>
		`Faila summas ir rakstītas ar “${p.mark}”, ko lieto vairākas valūtas (${p.currencies}), un failā valūta nav norādīta: tās tiek rādītas valūtā ${p.currency} (jūsu pārlūka reģiona valūta; iestatījumos valūta nav izvēlēta). Ja tā nav to valūta, izvēlieties to iestatījumos.`,
	sharedCurrencyMark: (p: { mark: string; currency: string; currencies: string }) =>
		`Faila summas ir rakstītas ar “${p.mark}”, ko lieto vairākas valūtas (${p.currencies}), un failā valūta nav norādīta: tās tiek rādītas valūtā ${p.currency} (jūsu iestatījums). Ja tā nav to valūta, nomainiet to iestatījumos.`,
	mixedCurrencies: 'sajauktas valūtas',
	severalCurrencies: (p: { counts: string }) =>
		`Pasūtījumi ir vairākās valūtās (${p.counts}). Summas saskaitītas bez konvertēšanas, tāpēc ieņēmumos, pasūtījumu vērtībās un CLV valūtas ir sajauktas.`,
	severalCurrenciesOf: (p: { name: string; counts: string }) =>
		`${p.name}: pasūtījumi ir vairākās valūtās (${p.counts}). Tā summas saskaitītas bez konvertēšanas, tāpēc tās nav nevienā valūtā un netiek salīdzinātas ar otras datu kopas summām.`,
	settings: 'Iestatījumi',
	periodLabel: 'Periods',
	windowLabel: 'Aktivitātes logs (mēneši)',
	windowShortHint: (p: { period: string; months: string }) =>
		`Īsāks par periodu (${p.period}): ar to CRR nevar izmērīt; izmantojiet vismaz ${p.months} mēnešus.`,
	windowHelp: 'Klients pieder klientu bāzei, kamēr kopš viņa pēdējā pirkuma nav pagājis ilgāks laiks par šo.',
	windowInvalid: 'Norādiet veselu mēnešu skaitu no 1 līdz 36.',
	dateRange: {
		heading: 'Datumu intervāls',
		from: 'No',
		to: 'Līdz',
		presets: 'Ātrie intervāli',
		preset: {
			last90: 'Pēdējās 90 dienas',
			last12Months: 'Pēdējie 12 mēneši',
			thisQuarter: 'Šis ceturksnis',
			lastQuarter: 'Iepriekšējais ceturksnis',
			thisYear: 'Šis gads',
			all: 'Visi pasūtījumi'
		},
		presetsHelp: (p: { last: string }) =>
			`Ātrie intervāli tiek skaitīti atpakaļ no datu pēdējā pasūtījuma dienas, ${p.last}, nevis no šodienas.`,
		missingFrom: 'Ievadiet arī sākuma datumu vai notīriet abus datumus, lai izmantotu visus pasūtījumus.',
		missingTo: 'Ievadiet arī beigu datumu vai notīriet abus datumus, lai izmantotu visus pasūtījumus.',
		formatFrom: 'Sākuma datums nav derīgs datums.',
		formatTo: 'Beigu datums nav derīgs datums.',
		order: 'Sākuma datums ir pēc beigu datuma.',
		stale: (p: { from: string; to: string }) =>
			`Zemāk redzamie skaitļi joprojām ir par ${p.from} – ${p.to}, pēdējiem derīgajiem datumiem: izlabojiet datumus, lai tos atjauninātu.`,
		outside: (p: { from: string; to: string }) =>
			`Intervāls sniedzas ārpus datiem: pasūtījumi ir no ${p.from} līdz ${withStop(p.to)} Izvēlieties datumus šajās robežās.`,
		rule: 'Intervālā galvenie rādītāji, segmenti un kohortas skaita tikai intervāla pasūtījumus. “Jauns” nozīmē jauns veikalam: klients, kura pats pirmais pasūtījums ir intervālā. Klients, kas pirka pirms intervāla, ir atkārtots klients, nevis jauns. Periodu noturēšana klientu bāzi ņem no visas vēstures un rāda intervāla periodus; periods, ko intervāls pārgriež, netiek mērīts. Prognozētā CLV zemāk izmanto visus pasūtījumus.',
		summary: (p: {
			orders: string;
			customers: string;
			from: string;
			to: string;
			newCustomers: string;
			returning: string;
		}) =>
			`${p.orders} ${formForText(p.orders, ORDER_FORMS)} no ${p.customers} ${formForText(p.customers, { zero: 'klientiem', one: 'klienta', other: 'klientiem' })} laikā no ${p.from} līdz ${p.to}: ${p.newCustomers} jauni veikalam, ${p.returning} atkārtoti (pirka pirms intervāla).`,
		newMayBeEarlier: (p: { count: string; total: string; from: string; window: string; until: string }) =>
			`Jaunie klienti, kas pirmo reizi redzēti pirms ${p.until}, agrāk nekā vienu ${p.window} ${formForText(p.window, { zero: 'mēnešu', one: 'mēneša', other: 'mēnešu' })} aktivitātes logu pēc datu sākuma (${p.from}): ${p.count} no ${p.total} (var ietvert agrākus pircējus). Klientam, kas pirka pirms datu sākuma, šeit nav agrāka pasūtījuma, tāpēc viņš tiek skaitīts kā jauns.`,
		notPublished:
			'Intervāla rādītāji paliek šajā lapā: lapas “Etaloni”, “Plānotājs” un “Ko darīt, ja” izmanto visu pasūtījumu rādītājus.'
	},
	periodCompare: {
		heading: 'Salīdzinājums ar agrākiem periodiem',
		chooseRange:
			'Izvēlieties datumu intervālu, lai tā galvenos rādītājus salīdzinātu ar tieši iepriekšējo periodu un ar tiem pašiem datumiem gadu agrāk.',
		previous: 'Iepriekšējais periods',
		yearAgo: 'Gadu agrāk',
		previousToDate: {
			month: 'Tās pašas iepriekšējā mēneša dienas',
			quarter: 'Tās pašas iepriekšējā ceturkšņa dienas',
			year: 'Tie paši iepriekšējā gada datumi'
		},
		previousMonthsToDate: {
			quarter: 'Tie paši iepriekšējā ceturkšņa mēneši',
			year: 'Tie paši iepriekšējā gada mēneši'
		},
		rangeOf: (p: { label: string; from: string; to: string }) => `${p.label}: ${p.from} – ${p.to}`,
		notComparable: 'nav salīdzināms',
		notComparableWhy: (p: { label: string; dataFrom: string }) =>
			`${p.label}: nav salīdzināms, jo dati sākas ${p.dataFrom} un neaptver visu šo intervālu.`,
		figure: (p: { before: string; change: string }) => `${p.before} (${p.change})`,
		points: (p: { value: string }) => `${p.value} p.p.`,
		noChange: 'izmaiņu nav iespējams aprēķināt',
		flaggedHelp:
			'Rādītājs, kas kādā no diapazoniem nav tīrs fakts (gada rādītājs, ekstrapolēts no īsa laika posma, CRR virs 100 % vai vēl neizmērāms), ir atzīmēts kā “nav salīdzināms”: tā izmaiņa nebūtu fakts.',
		changeHelp:
			'Likmju izmaiņas ir procentpunktos (p.p.), summu un skaitu izmaiņas procentos. Procentuālas izmaiņas no agrāka rādītāja, kas ir 0 vai mazāks, netiek dotas.'
	},
	kpi: {
		heading: 'Galvenie rādītāji',
		showFormula: 'Kā tas aprēķināts?',
		customers: 'Klienti',
		orders: 'Pasūtījumi',
		revenue: 'Ieņēmumi (pasūtījumu summas)',
		revenuePerCustomer: 'Ieņēmumi uz klientu līdz šim',
		aov: 'Vidējā pasūtījuma vērtība',
		frequency: 'Pirkumu biežums',
		frequencyUnit: 'pasūtījumi uz klientu gadā',
		repeat: 'Atkārtoto pircēju īpatsvars',
		crr: (p) => `Klientu noturēšanas rādītājs (${p.period})`,
		churn: (p) => `Aizplūšana (${p.period})`,
		clv: 'Vienkāršā CLV (AOV × biežums × mūža ilgums)',
		notAvailable: 'nav pieejams',
		notMeasurable: 'vēl nav izmērāms',
		flagged: 'Lasiet uzmanīgi',
		customersFormula: (p) => `Klienti ar vismaz vienu paturētu pasūtījumu: ${p.customers}.`,
		ordersFormula: (p) => `Pasūtījumi, kas paturēti pēc importēšanas pārbaudēm: ${p.orders}.`,
		revenueNetSales: 'Neto pārdošana',
		revenueLineItems: 'Pārdošana (daudzums × cena)',
		revenueNetSalesFormula: (p: { revenue: string }) =>
			`Saglabāto pasūtījumu neto pārdošanas summa: pēc atlaidēm, atskaitot atmaksu pārdošanas daļu un atgriezumus un kredītrēķinus; nodokļi un piegāde nav pārdošana un nav iekļauti: ${p.revenue}.`,
		revenueLineItemsFormula: (p: { revenue: string }) =>
			`Daudzums × vienības cena, summēts pa saglabāto pasūtījumu rindām, atskaitot atgriezumus un kredītrēķinus, pēc faila cenām (failā nav nodokļu vai piegādes kolonnu): ${p.revenue}.`,
		revenueLessShipping: 'Ieņēmumi (pasūtījumu kopsummas bez piegādes)',
		revenueLessShippingFormula: (p: { revenue: string }) =>
			`Saglabāto pasūtījumu kopsummu summa bez piegādes, atskaitot atmaksu pārdošanas daļu un atgriešanas; failā nav nodokļa kolonnas, tāpēc summa var ietvert nodokli: ${p.revenue}.`,
		revenueLineAmounts: 'Ieņēmumi (preču summas)',
		revenueLineAmountsFormula: (p: { revenue: string }) =>
			`Saglabāto pasūtījumu rindu summu kopsumma (viena rinda katrai precei), atskaitot atmaksas un atgriešanas; failā tās nav sadalītas nodoklī un piegādē, tāpēc var tos ietvert: ${p.revenue}.`,
		revenueLineTyped: 'Neto pārdošana (preču rindas)',
		revenueLineTypedFormula: (p: { revenue: string }) =>
			`Saglabāto pasūtījumu preču un atlaižu rindu summa (viena rinda katrai precei), atskaitot atmaksas un atgriešanas; rindas, ko fails atzīmē kā piegādi, maksas vai nodokli, nav pārdošana un tajā nav ieskaitītas: ${p.revenue}.`,
		revenueParts: 'Ieņēmumi pa daļām',
		revenuePartsAllOrders: (p: { from: string; to: string }) =>
			`Ieņēmumi pa daļām: visi pasūtījumi (${p.from} – ${p.to}), nevis intervāls`,
		revenuePartsRangeNote: (p: { from: string; to: string; revenue: string; name: string }) =>
			`Imports ieņēmumus pa daļām reģistrē visai datu kopai, nevis katram pasūtījumam, tāpēc šis sadalījums aptver visus pasūtījumus (${p.from} – ${p.to}), nevis intervālu. Intervālam zināms tikai rādītājs “${p.name}”: ${p.revenue} (kartīte augstāk).`,
		revenuePartsMissing:
			'Šī datu kopa importēta, pirms ieņēmumi tika saglabāti pa daļām: importējiet failu vēlreiz, lai atsevišķi redzētu bruto pārdošanu, atlaides, atmaksas, atgriezumus, nodokļus un piegādi.',
		revenueFormula: (p) =>
			`Saglabāto pasūtījumu summu kopsumma, atskaitot importā atņemtās atmaksas: ${p.revenue}. Ja faila pasūtījumu summās ir iekļauti nodokļi un piegāde, tie ir arī šajā summā.`,
		revenuePerCustomerFormula: (p: { revenue: string; customers: string; value: string; days: string }) =>
			`Ieņēmumi ÷ klienti = ${p.revenue} ÷ ${p.customers} = ${p.value}: cik klients līdz šim iztērējis ${p.days} datu ${formForText(p.days, DAY_LOCATIVE_FORMS)}. Tā nav prognoze; Windsor Circle to sauc par “CLV”.`,
		revenuePerCustomerInRange: 'Ieņēmumi uz klientu šajos datumos',
		revenuePerCustomerRangeFormula: (p) =>
			`Ieņēmumi ÷ klienti = ${p.revenue} ÷ ${p.customers} = ${p.value}: cik klients iztērējis šajos datumos (${dayCount(p.days)}), nevis visos laikos: ${p.returning} no ${p.customers} ${formForText(p.customers, { zero: 'klientiem', one: 'klienta', other: 'klientiem' })} bija pirkuši pirms tiem. Tā nav prognoze.`,
		revenuePerCustomerNoOrders: (p) =>
			`Šajos datumos (${dayCount(p.days)}) nav pasūtījumu: neviens klients tajos nepirka, tāpēc ieņēmumu uz klientu nav.`,
		aovNoOrders: (p) =>
			`Šajos datumos (${dayCount(p.days)}) nav pasūtījumu: nav pasūtījumu vērtību, ko vidēji rēķināt, tāpēc AOV nav.`,
		repeatNoOrders: (p) =>
			`Šajos datumos (${dayCount(p.days)}) nav pasūtījumu: neviens klients tajos nepirka, tāpēc atkārtoto pircēju īpatsvara nav.`,
		noOrders: 'Šajos datumos nav pasūtījumu: nav ko skaitīt uz klientu vai gadā.',
		aovFormula: (p) => `AOV = ieņēmumi ÷ pasūtījumi = ${p.revenue} ÷ ${p.orders} = ${p.aov}`,
		frequencyFormula: (p) =>
			`f = pasūtījumi ÷ klienti ÷ datu gadi = ${p.orders} ÷ ${p.customers} ÷ ${p.years} = ${p.f} (pasūtījumi uz klientu ${dayCount(p.days, DAY_LOCATIVE_FORMS)}: ${p.perCustomer})`,
		frequencyYearFormula: (p) =>
			`f = pasūtījumi ÷ klienti, kas pirka = ${p.orders} ÷ ${p.customers} = ${p.f} pēdējos 12 pilnajos mēnešos, ${p.year}: tas pats gads, kurā mērīta gada aizplūšana, un tas pats f, kas lapā “Kas būtu, ja”. (Visos datos, ${dayCount(p.days, DAY_LOCATIVE_FORMS)}, — ${p.perCustomer} pasūtījumi uz klientu: tur katrā gadā skaitās arī aizgājušie un vēlāk atnākušie klienti.)`,
		repeatFormula: (p) =>
			`Atkārtoto pircēju īpatsvars = klienti ar 2+ pasūtījumiem ÷ klienti = ${p.repeat} ÷ ${p.customers} = ${p.rate}. Tieši to Metrilo sauc par “retention rate”; tas nav zemāk redzamais CRR.`,
		crrFormula: (p) =>
			`CRR = (E − N) ÷ S × 100 = (${p.e} − ${p.n}) ÷ ${p.s} × 100 = ${p.crr}, periods: ${p.period} (S — klienti bāzē perioda sākumā, E — beigās, N — jaunie klienti periodā).`,
		churnFormula: (p) => `Aizplūšana = 1 − CRR = ${p.churn}, periods: ${p.period}. ${p.yearly}`,
		yearlyChurnOtherYear: (p) =>
			`Vienkāršajā CLV izmantotā gada aizplūšana ir pēdējo 12 pilno mēnešu, ${p.year}, nevis perioda ${p.period}: ar ${p.window} ${formForText(p.window, { zero: 'mēnešu', one: 'mēneša', other: 'mēnešu' })} logu CRR = (${p.e} − ${p.n}) ÷ ${p.s} = ${p.crr}, tātad gada aizplūšana = ${p.churn}.`,
		yearlyChurn: (p) =>
			`Gada rādītājs ir izmērīts, nevis sakāpināts no šī CRR (ar aktivitātes logu perioda CRR nav nemainīgs rādītājs): pēdējie 12 pilnie mēneši, ${p.year}, ar ${p.window} ${formForText(p.window, { zero: 'mēnešu', one: 'mēneša', other: 'mēnešu' })} logu, CRR = (${p.e} − ${p.n}) ÷ ${p.s} = ${p.crr}, tātad gada aizplūšana = ${p.churn}.`,
		yearlyChurnNone: (p) =>
			`Gada aizplūšanas nav: to mēra datu (vai datumu diapazona) pēdējos 12 pilnajos mēnešos ar 12 mēnešu aktivitātes logu, tāpēc vajag 24 pilnus mēnešus, un nekad nesakāpina no īsāka perioda CRR. ${p.reason}`,
		clvFormula: (p) =>
			`CLV = AOV × f × t = ${p.aov} × ${p.f} × ${p.t} = ${p.clv}, kur t (gados) = ${p.tSource}. Formulu sniedz ${names['004']}; t parasti ir 1–3 gadi.`,
		tFromChurn: (p) =>
			`1 ÷ gada aizplūšana = 1 ÷ ${p.yearly} = ${p.t} (gada aizplūšana izmērīta: ${p.year}; aptuvens novērtējums: pieņemts, ka aizplūšana nemainās)`,
		tChosen: (p) => `${p.t}, kā jūs norādījāt`,
		noPeriod: 'Datos vēl nav neviena perioda.',
		noClv: 'Nepieciešams biežums gadā un gada aizplūšana virs 0 (izmērīta pēdējos 12 pilnajos mēnešos) vai zemāk norādīts mūža ilgums.',
		repeatByDays: (p: { orders: string; days: string }) =>
			`Skaitot pasūtījumus, vairāk nekā vienu reizi pirka ${p.orders} ${formForText(p.orders, { zero: 'klientu', one: 'klients', other: 'klienti' })}; skaitot pirkuma dienas, kā to dara prognozētās CLV modeļi, ${p.days} ${formForText(p.days, { zero: 'klientu', one: 'klients', other: 'klienti' })} pirka divās vai vairāk dažādās dienās (vairāki pasūtījumi vienā dienā tur ir viens pirkums).`,
		frequencyRefused: (p: { days: string; min: string; perCustomer: string }) =>
			`Gada rādītājs netiek sniegts: dati aptver ${dayCount(p.days, DAY_ACCUSATIVE_FORMS)}, bet gada rādītājam vajag vismaz ${p.min}. Pasūtījumi uz klientu šajā laikā: ${p.perCustomer}.`,
		frequencyExtrapolated: (p: { days: string; full: string }) =>
			`Ekstrapolēts no ${dayCount(p.days, DAY_FROM_FORMS)} uz gadu (gads rēķināts kā ${p.full} dienas): sezonas un pārtraukumi vēl nav redzami, tāpēc citas lapas to neizmanto.`,
		churnAboveHundred: (p: { churn: string }) =>
			`Aizplūšana = 1 − CRR = ${p.churn}: zem nulles, jo CRR pārsniedz 100 %.`,
		clvExtrapolated: (p: { days: string }) =>
			`Tās biežums ir ekstrapolēts no ${p.days} datu ${formForText(p.days, DAY_FROM_FORMS)}.`,
		lifetimeLabel: 'Mūža ilgums t CLV aprēķinam (gados; tukšs — pēc aizplūšanas)',
		lifetimeInvalid: 'Norādiet gadu skaitu no 0,1 līdz 50.'
	},
	retention: {
		heading: 'Noturēšana un aizplūšana pa periodiem',
		chartTitle: (p) => `CRR un aizplūšana pa periodiem (${p.period})`,
		chartDescription: (p) =>
			`Klientu noturēšanas rādītājs (E − N) ÷ S un aizplūšana (1 − CRR) katram periodam (${p.period}); aktivitātes logs — ${p.window} mēn.`,
		crr: 'CRR',
		churn: 'Aizplūšana',
		period: 'Periods',
		start: 'S (bāze sākumā)',
		end: 'E (bāze beigās)',
		acquired: 'N (jaunie)',
		partial: (p: { covered: string; days: string }) =>
			`(daļējs: ${p.covered} no ${dayCount(p.days, DAY_FROM_FORMS)})`,
		cutByRange: (p: { covered: string; days: string }) =>
			`(datumu diapazons to sagriež: ${p.covered} no ${dayCount(p.days, DAY_FROM_FORMS)} tajā)`,
		cutNote:
			'Periodam, ko datumu diapazons sagriež, S, E, N un CRR netiek rādīti: tie skaitītu visu periodu, nevis tikai tā dienas diapazonā.',
		aboveHundredFlag: (p: { n: string }) => `(virs 100 %: ${p.n} atgriezušies)`,
		notMeasurable: 'vēl nav izmērāms',
		partialNote: (p: { period: string; covered: string; days: string }) =>
			`${p.period} ir daļējs: dati aptver ${p.covered} no tā ${dayCount(p.days, DAY_FROM_FORMS)}. Tā skaitļi nav salīdzināmi ar pilniem periodiem, un zems rādītājs tur nav kritums; tam nav CRR.`,
		measurableNote: (p: { window: string }) =>
			`CRR ir izmērāms pilnam periodam (tādam, ko dati aptver no pirmās līdz pēdējai dienai), ja pirms tā ir vismaz ${p.window} ${formForText(p.window, { zero: 'mēnešu', one: 'mēneša', other: 'mēnešu' })} dati (viens aktivitātes logs, lai S būtu pilns) un tā sākumā ir klienti. Citiem periodiem rādīts “vēl nav izmērāms” — gan šeit, gan diagrammā, gan galvenajos rādītājos.`,
		warmingUp: '(bāze vēl veidojas)',
		noOrdersFlag: '(nav pasūtījumu)',
		noOrdersNote: (p) =>
			`Periodā ${p.periods}${p.more === '0' ? '' : ` un vēl ${p.more}`} nav neviena pasūtījuma. Ja veikals tad pārdeva, eksportā šo dienu trūkst (izlaists mēneša fails?), un blakus periodu S, E, N un CRR ir aprēķināti bez šiem pasūtījumiem.`,
		warmingUpNote:
			'Periodi ar atzīmi “bāze vēl veidojas” sākas agrāk nekā vienu aktivitātes logu pēc pirmā pasūtījuma datos: klienti, kas pirka pirms datu sākuma, nav ieskaitīti S, tāpēc šo periodu CRR nav uzticams, un tāds klients, kas pasūta atkal, tiek skaitīts kā jauns N.',
		windowShort: 'nav izmērāms: logs īsāks par periodu',
		noBase: 'sākumā nav klientu',
		noChart: 'Nevienam periodam vēl nav izmērāma CRR: tabula zemāk katram norāda, kā trūkst.'
	},
	cohorts: {
		heading: 'Kohortas',
		help: 'Klienti tiek grupēti pēc pirmā pirkuma mēneša (kohorta). Katra šūna rāda, kāda kohortas daļa pirka atkārtoti pēc norādītā mēnešu skaita.',
		heatmapTitle: 'Katras kohortas pircēju daļa pa mēnešiem kopš pirmā pirkuma',
		heatmapDescription:
			'Rindas ir pirmā pirkuma mēneši, kolonnas — kopš tā laika pagājušie mēneši; pirmā kolonna vienmēr ir 100%.',
		curvesTitle: 'Kumulatīvie ieņēmumi uz klientu pa kohortām',
		curvesDescription:
			'Katras kohortas neto ieņēmumi uz klientu, saskaitīti mēnesi pa mēnesim kopš pirmā pirkuma (kohortas mūža vērtības līkne).',
		cohort: 'Kohorta',
		size: 'Klienti',
		monthsSince: 'Mēneši kopš pirmā pirkuma',
		month: (p) => `Mēnesis ${p.n}`,
		tableSummary: 'Kohortu tabula ar klientu skaitu',
		exportShares: 'Eksportēt daļas (CSV)',
		exportRevenue: 'Eksportēt ieņēmumus uz klientu (CSV)',
		earlierBuyersFlag: '(var ietvert agrākus pircējus)',
		smallCohortsNote: (p) =>
			`${p.count} no ${p.total} kohortām ir mazāk nekā ${p.min} klientu (lieluma kolonna): viens klients vairāk vai mazāk maina to daļas par ${p.points} procentpunktiem vai vairāk, tāpēc tās ir tikai aptuvenas — tāpat kā pirmā pasūtījuma sadalījumi šādas grupas atzīmē kā nenoteiktas.`,
		earlierBuyersNote: (p: { from: string; window: string; until: string }) =>
			`Dati sākas ${p.from}. Kohortas līdz ${p.until} (atzīmētas “var ietvert agrākus pircējus”) sākas agrāk nekā vienu ${p.window} ${formForText(p.window, { zero: 'mēnešu', one: 'mēneša', other: 'mēnešu' })} aktivitātes logu pēc tam, tāpat kā periodi ar atzīmi “bāze vēl veidojas” noturēšanas tabulā: klientam, kas pirka pirms datu sākuma, šeit nav agrāka pasūtījuma, tāpēc viņš tiek skaitīts kā jauns. To lielumos un daļās var būt veci klienti.`,
		partialFirstNote: (p: { month: string; covered: string; days: string; first: string }) =>
			`Dati sākas ${p.first}, tāpēc ${p.month} aptverts tikai ${p.covered} no ${dayCount(p.days, DAY_FROM_FORMS)}: tā kohortā ir tikai šo dienu klienti.`,
		partialMonth: (p: { month: string }) => `${p.month} (daļējs)`,
		partialNote: (p: { month: string; covered: string; days: string; last: string }) =>
			`Dati beidzas ${p.last}, tāpēc ${p.month} aptverts tikai ${p.covered} no ${dayCount(p.days, DAY_FROM_FORMS)}. Katras kohortas pēdējā šūna (atzīmēta ar *) ietver tikai šīs dienas: zema daļa tur nav kritums.`
	},
	trust: {
		partialByRange: (p: { period: string; covered: string; days: string }) =>
			`${p.period} ir pēdējais periods, un datumu diapazons aptver tikai ${p.covered} no tā ${dayCount(p.days, DAY_FROM_FORMS)}; pilna perioda diapazonā vēl nav.`,
		partial: (p: { period: string; covered: string; days: string }) =>
			`${p.period} ir pēdējais periods, un dati aptver tikai ${p.covered} no tā ${dayCount(p.days, DAY_FROM_FORMS)}; pilna perioda vēl nav.`,
		baseBuilding: (p: {
			period: string;
			window: string;
			historyFrom: string;
			dataFrom: string;
			measurableFrom: string;
		}) =>
			`Klientu bāzei ${p.period} sākumā vajag pasūtījumus no ${p.historyFrom} (viens ${p.window} ${formForText(p.window, { zero: 'mēnešu', one: 'mēneša', other: 'mēnešu' })} aktivitātes logs), bet dati sākas ${p.dataFrom}: S trūkst klientu, kas pirka agrāk, tāpēc CRR būtu par augstu. Izmērāmi ir periodi, kas sākas ${p.measurableFrom} vai vēlāk; īsāks aktivitātes logs ļauj mērīt agrāk.`,
		windowShort: (p: { period: string; window: string; periodName: string; months: string }) =>
			`Aktivitātes logs (${p.window} mēn.) ir īsāks par periodu (${p.periodName}, ${p.months} mēn.), tāpēc CRR periodā ${p.period} nav izmērāms: klients, kurš tajā pirka pirmo reizi un līdz perioda beigām jau izkrita no bāzes, ir N, bet nav E, un (E − N) ÷ S uzrāda par maz saglabāto klientu (tas var būt pat mazāks par 0). Izvēlieties vismaz ${p.months} mēnešu aktivitātes logu vai īsāku periodu.`,
		noBase: (p: { period: string }) => `${p.period} sākumā klientu bāzē nav neviena (S = 0).`,
		aboveHundred: (p: { period: string; crr: string; returning: string; window: string }) =>
			`CRR ${p.crr} periodā ${p.period} pārsniedz 100 %: ${p.returning} ${formForText(p.returning, { zero: 'klientu', one: 'klients', other: 'klienti' })} atgriezās pēc vairāk nekā ${p.window} mēn. bez pirkumiem. Viņi ir E, bet nav ne S, ne N, tāpēc CRR nav saglabāto klientu daļa. Garāks aktivitātes logs viņus uzskaita kā saglabātus.`,
		severalCurrenciesWithheld: (p: { counts: string }) =>
			`Pasūtījumi ir vairākās valūtās (${p.counts}), saskaitīti bez konvertēšanas: summu, kas nav nevienā valūtā, nevar salīdzināt ar rādītāju vienā valūtā. Rādītāji kā CRR, aizplūde un atkārtoto pirkumu īpatsvars joprojām tiek salīdzināti.`,
		shortSpanRefused: (p: { days: string; min: string }) =>
			`Dati aptver ${dayCount(p.days, DAY_ACCUSATIVE_FORMS)}; gada rādītājam vajag vismaz ${p.min}.`,
		shortSpanExtrapolated: (p: { days: string; full: string }) =>
			`Ekstrapolēts uz gadu no ${p.days} datu ${formForText(p.days, DAY_FROM_FORMS)} (mazāk nekā pilns gads, ${p.full} dienas).`
	},
	segments: {
		rangeNote: (p: { from: string; to: string }) =>
			`Ir iestatīts datumu diapazons: segmenti skaita tikai pasūtījumus no ${p.from} līdz ${p.to}, tāpēc “viens pasūtījums”, “pirmais un vienīgais pirkums” un “kopējie tēriņi” nozīmē šajās datumu robežās (pircējs ar daudziem pasūtījumiem pirms tām var būt “vienreizējs”).`,
		heading: 'Segmenti',
		rfmHeading: 'RFM segmenti',
		rfmHelp:
			'Katrs klients saņem R (nesenums), F (biežums) un M (naudas vērtība) novērtējumu no 1 līdz 5 pēc kvintilēm, un segmentu nosaka pēc R un F un M vidējā. F = 1 nozīmē tieši vienu pasūtījumu; klientiem ar diviem vai vairāk pasūtījumiem F ir vismaz 2.',
		seedHeading: 'Segmenti pēc biežuma, tēriņiem un nesenuma',
		seedHelp: `Grupas, ko iesaka ${names['002']}, ar maināmiem sliekšņiem. Klients var būt vairākās grupās.`,
		segment: 'Segments',
		customers: 'Klienti',
		customerShare: 'Klientu daļa',
		revenueShare: 'Ieņēmumu daļa',
		meanOrders: 'Pasūtījumi uz klientu',
		meanRecency: 'Dienas kopš pēdējā pasūtījuma',
		tactics: 'Taktikas',
		tacticsCount: (p) => `Taktikas (${p.count})`,
		tacticsFor: (p) => `Taktikas segmentam “${p.segment}”`,
		export: 'Eksportēt klientus',
		exportFor: (p) => `Eksportēt segmenta “${p.segment}” klientus CSV formātā`,
		definitions: {
			champions: 'Pirka nesen, bieži un par lielām summām (R 4–5, FM 4–5).',
			loyal: 'Divi vai vairāk pasūtījumu, pērk regulāri un ne pārāk sen (R 3 ar FM 3–5, R 4–5 ar FM 3).',
			'potential-loyalists':
				'Neseni klienti ar otru pirkumu vai lielākiem tēriņiem (R 3–5 ar FM 2 vai viens pasūtījums ar FM 3 pie R 3).',
			new: 'Tieši viens pasūtījums, nesen (R 4–5).',
			'at-risk': 'Agrāk pirka bieži vai par lielām summām, bet ne nesen (R 1–2, FM 3–4).',
			'cant-lose': 'Vieni no labākajiem klientiem pēc biežuma un tēriņiem, kas apklusuši (R 1–2, FM 5).',
			hibernating: 'Pirka maz un diezgan sen (R 3 ar FM 1, R 2 ar FM 1–2).',
			lost: 'Pirka maz un ļoti sen (R 1, FM 1–2).',
			'high-frequency': (p) =>
				`Vidēji pēdējo ${p.months} mēn. laikā: pasūtījumi mēnesī — vismaz ${p.orders} vai tēriņi mēnesī — vismaz ${p.spend}.`,
			'top-1-percent': (p) => `Augšējie ${p.percent}% klientu pēc kopējiem tēriņiem visā sadarbības laikā.`,
			'top-10-percent': (p) =>
				`Nākamie klienti līdz augšējiem ${p.percent}% pēc kopējiem tēriņiem visā sadarbības laikā.`,
			'one-time': 'Tieši viens pasūtījums.',
			lapsed: (p) => `Nav neviena pasūtījuma datu pēdējā posmā (dienu skaits: ${p.days}).`
		},
		windowPart: (p) =>
			`Dati aptver tikai ${p.days} dienas no ${p.window} mēnešu loga: vidējie ir par šīm dienām, bet vismaz par veselu mēnesi (īsāks posms netiek palielināts līdz mēnesim).`,
		lapsedUnmeasurable: (p) =>
			`Šeit nav izmērāms: dati aptver ${p.span} dienas, mazāk nekā ${p.days}, tāpēc neviens tajos nevar būt zaudēts (0 nav skaits).`,
		thresholds: 'Sliekšņi',
		ordersPerMonth: 'Augsts biežums: pasūtījumi mēnesī',
		spendPerMonth: 'Augsts biežums: tēriņi mēnesī',
		topPercent: 'Augstākais līmenis: augšējie % klientu',
		highPercent: 'Augsts līmenis: augšējie % klientu',
		lapsedDays: 'Neaktīvs pēc (dienas bez pasūtījuma)',
		thresholdInvalid: 'Ievadiet pozitīvu skaitli.'
	}
};

export default analysis;
