import type en from '../en/depth';
import type { Catalogue } from '../messages';
import { withStop } from '../sentence';
import { DAY_ACCUSATIVE_FORMS, formForText, type LatvianForms } from './plural';

/** “1 diena”, “2 dienas”, “10 dienu”. */
const DAYS: LatvianForms = { zero: 'dienu', one: 'diena', other: 'dienas' };
/** “1 dienas laikā”, “2 dienu laikā”. */
const DAYS_GENITIVE: LatvianForms = { zero: 'dienu', one: 'dienas', other: 'dienu' };

/** Padziļināto lapu teksti: atkārtoti pirkumi un darbības ar katru klientu. */
const depth: Catalogue<typeof en> = {
	repurchaseTitle: 'Laiks līdz otrajam pasūtījumam',
	repurchaseIntro:
		'Cik ilgā laikā klienti atgriežas un kad rakstīt tiem, kuri vēl nav atgriezušies. Pirkums šeit ir pirkuma diena: vairāki viena klienta pasūtījumi vienā dienā ir viens pirkums, kā tos skaita prognozētās CLV modeļi.',
	linkRepurchase: 'Laiks līdz otrajam pasūtījumam un atkārtotu pirkumu līknes',
	linkCustomers: 'Darbības ar klientiem un auditorijas',
	dataset: 'Datu kopa',
	computing: 'Aprēķina…',
	wholeDataset: (p: { from: string; to: string }) =>
		`Aprēķināts no visiem datu kopas pasūtījumiem, ${p.from} – ${p.to}: analīzes lapā izvēlētais datumu diapazons šeit netiek piemērots.`,
	summaryOnly:
		'Šī datu kopa ir kopsavilkums par klientiem bez pasūtījumu datumiem: laiku starp pirkumiem no tās nevar izmērīt.',
	notFound: 'Šī datu kopa šeit vairs netiek glabāta.',
	failed: (p) => `Rādītājus neizdevās aprēķināt: ${p.detail}`,
	noDatasets: 'Neviena datu kopa vēl nav saglabāta.',
	importFirst: 'Vispirms importējiet pasūtījumus.',
	basis: (p) =>
		`Klienti ar pasūtījumiem no ${p.from} līdz ${p.to}: ${p.customers}; no tiem vēlākā dienā vēlreiz pirka: ${p.repeat}. Viss laiks ir dienās.`,
	sameDay: (p) =>
		`Klienti, kuri veica divus vai vairāk pasūtījumus, visus vienā dienā: ${p.count}. Šeit tas ir viens pirkums, tātad viņi vēl nav atgriezušies (atkārtoto pirkumu īpatsvars lapā “Analīze” viņus skaita kā atkārtotus klientus).`,
	medianHeading: 'Dienas no pirmā līdz otrajam pirkumam',
	median: (p) =>
		`Mediāna: ${p.median} ${formForText(p.median, DAYS)} (atgriezušies klienti: ${p.count}). No viņiem vismaz ceturtdaļa atgriezās ${p.quarter} ${formForText(p.quarter, DAYS_GENITIVE)} laikā, vismaz puse — ${p.half} ${formForText(p.half, DAYS_GENITIVE)} laikā un vismaz trīs ceturtdaļas — ${p.threeQuarters} ${formForText(p.threeQuarters, DAYS_GENITIVE)} laikā: katrai daļai — pirmā diena, līdz kurai tā bija sasniegta.`,
	medianNone: 'Neviens klients vēl nav pircis otrā dienā: laika līdz otrajam pirkumam, ko parādīt, nav.',
	medianBias:
		'Laiks līdz otrajam pirkumam ir tikai atgriezušamies klientiem; tie, kuri (vēl) nav atgriezušies, tajā nav ieskaitīti, tāpēc tas ir atgriezušos klientu gaidīšanas laiks, nevis visu.',
	uncertain: (p) => `Nedrošs: atgriezušos klientu ir tikai ${p.count}, mazāk nekā ${p.minimum}.`,
	histogramTitle: 'Dienas līdz otrajam pirkumam',
	histogramDescription: (p) =>
		`Klienti pēc dienu skaita no pirmā līdz otrajam pirkumam, pa 30 dienām (atgriezušies klienti: ${p.count}).`,
	binLabel: (p) => `${p.from}–${p.to} dienas`,
	binOpen: (p) => `${p.from} dienas vai vairāk`,
	binHeader: 'Dienas pēc pirmā pirkuma',
	customersHeader: 'Klienti',
	curveTitle: 'Atkārtotu pirkumu līkne: atgriezušos īpatsvars d dienu laikā',
	curveDescription: (p) =>
		`Katrs punkts ņem vērā tikai klientus, kuri novēroti vismaz d dienas pēc pirmā pirkuma: ${p.first} pirmajā punktā, ${p.last} pēdējā (${p.day}. diena); līkne beidzas, kur novēroto ir mazāk nekā ${p.stop}. Tāpat kā 30, 60, 90 un 180 dienu tabulā, īpatsvars, kas balstās uz mazāk nekā ${p.minimum} novērotiem klientiem, ir atzīmēts kā nedrošs (tukšs marķieris); līknes tabulā redzams katra punkta pamats. Tāpēc līkne var kristies: vēlāks punkts aptver mazāk klientu, agrākos, kuri varēja atgriezties retāk; tas nav īpatsvars, kas samazinājies.`,
	curveEmpty: (p) => `Līknes nav: nedēļu vai ilgāk pēc pirmā pirkuma novēroti mazāk nekā ${p.minimum} klienti.`,
	curveUncertain: 'nedrošs',
	curveSeries: 'Atgriezās',
	withinHeading: 'Atgriezās 30, 60, 90 un 180 dienu laikā',
	withinHelp:
		'Katrs īpatsvars ņem vērā tikai klientus, kuri novēroti vismaz tik dienu pēc pirmā pirkuma (viņu pirmais pirkums ir vismaz tik ilgi pirms datu pēdējās dienas). Klientiem, kuri pirka vēlāk, vēl nav bijis laika atgriezties, un viņi nav ieskaitīti.',
	withinDays: 'Laikā',
	withinDaysValue: (p) => `${p.days} dienas`,
	withinShare: 'Atgriezās',
	withinBasis: 'Pamats',
	withinBasisValue: (p) => `${p.reordered} no ${p.observed} tik ilgi novērotajiem klientiem`,
	withinLeftOut: 'Nav ieskaitīti (novēroti īsāk)',
	withinUncertain: (p) =>
		`nedroši: tik ilgi novēroti mazāk nekā ${p.minimum} klienti; 95 % Vilsona intervāls ${p.low} – ${p.high}`,
	withinNone: 'Nav izmērāms: neviens klients nav novērots tik ilgi',
	gapsHeading: 'Laiks no viena pirkuma līdz nākamajam',
	gapsHelp: (p) =>
		`Dienas starp katra klienta n-to un (n+1)-o pirkuma dienu; sākot ar 4. pirkumu, visi vēlākie intervāli ir apvienoti. Katra rinda aptver tikai klientus, kas tiešām pirka vēlreiz: mediāna no 2. līdz 3. pirkumam ir par klientiem, kas veica trešo pirkumu, nevis par tiem, kas apstājās pie diviem. Kvartiles interpolē starp sakārtotajām vērtībām. Ja rindas intervāli ir no mazāk nekā ${p.minimum} klientiem, tās mediāna ir atzīmēta kā nedroša.`,
	gapsFrom: 'No pirkuma',
	gapsTo: 'līdz nākamajam',
	gapsFourPlus: '4. vai vēlāks',
	gapsCount: 'Intervāli',
	gapsCustomers: 'Klienti',
	gapsMedian: 'Mediāna (dienas)',
	gapsQuartiles: 'Kvartiles (dienas)',
	gapsQuartileRange: (p) => `${p.q1} – ${p.q3}`,
	gapsNone: 'nav',
	gapsUncertain: (p) => `nedroši: no ${p.customers} klientiem, mazāk nekā ${p.minimum}`,
	csv: {
		histogram: 'Lejupielādēt dienas līdz otrajam pirkumam (CSV)',
		within: 'Lejupielādēt īpatsvarus, kas atgriezās 30, 60, 90 un 180 dienu laikā (CSV)',
		curve: 'Lejupielādēt atkārtotu pirkumu līkni (CSV)',
		gaps: 'Lejupielādēt starplaikus starp pirkumiem (CSV)',
		fromDay: 'No dienas',
		toDay: 'Līdz dienai (tukšs: bez beigām)',
		customers: 'Klienti',
		shareOfReturning: 'Daļa no klientiem, kas atgriezās',
		days: 'Dienu laikā',
		observed: 'Tik ilgi novērotie klienti',
		reordered: 'No tiem atgriezās tik dienu laikā',
		share: 'Atgriezušos īpatsvars',
		low: 'Atgriezušos īpatsvars, 95 % Vilsona intervāla apakšējā robeža',
		high: 'Atgriezušos īpatsvars, 95 % Vilsona intervāla augšējā robeža',
		uncertain: (p) => `Nedrošs (tik ilgi novēroti mazāk nekā ${p.minimum} klienti)`,
		day: 'Diena pēc pirmā pirkuma',
		gap: 'No pirkuma n līdz n + 1',
		q1: 'Apakšējā kvartile (dienas)',
		q3: 'Augšējā kvartile (dienas)',
		gapUncertain: (p) => `Mediāna nedroša (starplaiki no mazāk nekā ${p.minimum} klientiem)`,
		yes: 'jā',
		no: 'nē'
	},
	sendHeading: 'Kad rakstīt',
	postPurchase: (p) => `Atgādinājums pēc pirkuma: ${p.day}. diena pēc pirmā pasūtījuma.`,
	postPurchaseRule:
		'Noteikums: pirmā diena, līdz kurai vismaz puse atgriezušos klientu bija veikuši otro pasūtījumu.',
	winBack: (p) => `Atgūšanas vēstule: ${p.day}. diena pēc pirmā pasūtījuma.`,
	winBackRule:
		'Noteikums: pirmā diena, līdz kurai vismaz trīs ceturtdaļas atgriezušos klientu bija veikuši otro pasūtījumu.',
	afterWinBack: (p) =>
		`No klientiem, kas novēroti vismaz ${p.days} dienas un līdz ${p.day}. dienai nebija atgriezušies (${p.observed}), ${p.days} dienu laikā pēc pirmā pirkuma atgriezās ${p.cameBack} (${p.share}).`,
	afterWinBackNone: (p) =>
		`Neviens klients, kas līdz ${p.day}. dienai nebija atgriezies, vēl nav novērots ${p.days} dienas: cik atgriežas vēlāk, vēl nevar izmērīt.`,
	sendShortSpan: (p) =>
		`Nedroši: pasūtījumi aptver tikai ${p.span} ${formForText(p.span, DAY_ACCUSATIVE_FORMS)}. Vēlāku otro pirkumu nevar redzēt, tāpēc šīs dienas ir par agru; tās nostabilizējas, kad pasūtījumi aptver vismaz ${p.need} ${formForText(p.need, DAY_ACCUSATIVE_FORMS)} (divreiz vairāk nekā atgūšanas diena un ne mazāk kā 180).`,
	sendNone: 'Nosūtīšanas dienu nevar ieteikt, kamēr neviens klients nav pircis otrā dienā.',
	tacticsLead: 'Taktikas, kas izmanto šīs dienas:',
	oneTimeLink: (p) => `Vienreizējie pircēji, ${p.day} un vairāk dienu kopš pasūtījuma, gatavi eksportam`,

	customersTitle: 'Darbības ar katru klientu',
	customersIntro:
		'Katram klientam: pirkumi, ko BG/NBD modelis sagaida horizonta laikā, varbūtība, ka klients vēl ir aktīvs, kad viņš, visticamāk, pirks nākamreiz, līdzšinējā vērtība un prognozētā CLV; un auditorijas, gatavas importam e-pasta rīkā.',
	unit: 'Modeļa laika vienība',
	horizon: 'Horizonts (mēneši)',
	invalidHorizon: 'Norādiet veselu mēnešu skaitu no 1 līdz 120.',
	modelNote: (p) =>
		`BG/NBD un Gamma-Gamma pielāgoti tāpat kā lapā “Analīze”, ar gada diskonta likmi ${p.discount} un maržu ${p.margin} (CLV kā ieņēmumi). Tie paši iestatījumi tur dod tās pašas vērtības.`,
	fitting: 'Pielāgo modeļus…',
	refused:
		'Modeļiem šajā datu kopā nevar uzticēties, tāpēc prognožu nav; līdzšinējā vērtība un vienreizējo pircēju auditorija darbojas. Iemesli:',
	clvWithheld:
		'Prognozētā CLV netiek rādīta: tēriņu modelim (Gamma-Gamma) šai datu kopai nevar uzticēties, tāpēc nav prognozēta tēriņa vienā pirkumā. Pirkumu modelis (BG/NBD) ir pielāgots un uzticams: P(aktīvs), sagaidāmie pirkumi, prognozētais nākamais pasūtījums un auditorijas ir spēkā. Kāpēc tēriņu modelis neizdevās:',
	warningsLead: 'Lasiet prognozes, ņemot vērā šos brīdinājumus par modeļa pielāgošanu:',
	nextDefinition: (p) =>
		`Prognozētais nākamais pasūtījums: datums, līdz kuram varbūtība, ka būs vismaz vēl viens pirkums, sasniedz 50 %, skaitot no datu pēdējās dienas (${p.day}). BG/NBD šo varbūtību dod kā P(aktīvs) × (1 − ((α + T) / (α + T + t))^(r + x)); ja P(aktīvs) ir 50 % vai mazāk, tā nekad nesasniedz pusi, un datums netiek dots.`,
	basisCustomers: (p) =>
		`Klienti: ${p.customers}; vecums un dienas skaitītas līdz datu pēdējai dienai, ${withStop(p.day)}`,
	rulesHeading: 'Auditorijas',
	topShare: 'Augsta vērtība: augšējie … % klientu pēc līdzšinējās vērtības',
	slippingBelow: 'Aizejoši: P(aktīvs) zem (%)',
	championAtLeast: 'Aktīvi: P(aktīvs) vismaz (%)',
	oneTimeDays: 'Vienreizējie pircēji, N un vairāk dienu kopš pasūtījuma: N =',
	oneTimeDefault: (p) =>
		`Noklusējuma N ir ieteiktā atgādinājuma diena pēc pirkuma no laika līdz otrajam pasūtījumam (${p.day}).`,
	oneTimeDefaultUncertain: (p) => `Šī diena ir nedroša: atgriezušos klientu ir tikai ${p.count}.`,
	oneTimeDefaultShortSpan: (p) =>
		`Šī diena ir nedroša: pasūtījumi aptver tikai ${p.span} ${formForText(p.span, DAY_ACCUSATIVE_FORMS)} — par maz, lai redzētu vēlākus otros pirkumus, tāpēc tā ir par agru.`,
	oneTimeDefaultNone: 'No šīs datu kopas nosūtīšanas dienu ieteikt neizdevās; N sākas ar 30.',
	invalidPercent: 'Norādiet procentus, lielākus par 0 un mazākus par 100.',
	invalidDays: 'Norādiet veselu dienu skaitu no 1 līdz 3650.',
	audiences: {
		slipping: 'Augsta vērtība, aizejoši',
		oneTime: 'Vienreizējie pircēji, N un vairāk dienu kopš pasūtījuma',
		champions: 'Augsta vērtība, aktīvi'
	},
	slippingRule: (p) =>
		`Līdzšinējā vērtība augšējos ${p.top} klientu (${p.cut} vai vairāk) un P(aktīvs) zem ${p.below}. BG/NBD klientu bez atkārtota pirkuma uzskata par aktīvu, tāpēc aiziet var tikai tie, kuri atgriezušies vismaz reizi.`,
	championsRule: (p) =>
		`Līdzšinējā vērtība augšējos ${p.top} klientu (${p.cut} vai vairāk), vismaz ${p.purchases} pirkuma dienas un P(aktīvs) vismaz ${p.atLeast}.`,
	oneTimeRule: (p) =>
		`Viena pirkuma diena, vismaz ${p.days} ${formForText(p.days, DAY_ACCUSATIVE_FORMS)} pirms datu pēdējās dienas: viņi gaida tik ilgi un nav atgriezušies.`,
	audienceSize: (p) => `Klienti: ${p.count}`,
	needsModel: 'Vajadzīga modeļa P(aktīvs), kas šai datu kopai nav pieejama.',
	exportKlaviyo: 'CSV Klaviyo',
	exportMailchimp: 'CSV Mailchimp',
	exportIds: 'CSV ar klientu ID',
	exportFor: (p) => `${p.tool}: ${p.audience}`,
	exportNote:
		'Fails tiek izveidots šajā pārlūkā un saglabāts šajā ierīcē; nekas netiek augšupielādēts. Klaviyo nolasa e-pasta kolonnu ar virsrakstu “Email”, Mailchimp — ar virsrakstu “Email Address”.',
	namesNone:
		'Importētajā failā nebija vārdu kolonnas (piemēram, “Billing Name” vai vārda un uzvārda kolonnu), tāpēc eksportos vārdu nav.',
	namesParts: (p) =>
		`Vārdi no faila vārda un uzvārda kolonnām tiek ierakstīti zem “First Name” un “Last Name” — virsrakstiem, kurus Klaviyo un Mailchimp piesaista saviem vārda laukiem. Vārds ir zināms ${p.known} no ${p.customers} klientiem.`,
	namesFull: (p) =>
		`Failā bija viena pilnā vārda kolonna: vārdi tiek ierakstīti veseli zem “Name”, nesadalot vārdā un uzvārdā, jo ne Klaviyo, ne Mailchimp nedokumentē, kā to sadalīt, un neviens noteikums neder visiem vārdiem. Klaviyo saglabā kolonnu kā pielāgotu īpašību “Name”; Mailchimp importējot piesaistiet to teksta laukam. Vārds ir zināms ${p.known} no ${p.customers} klientiem.`,
	namesPrivate:
		'Vārdi ir personas dati: tie paliek šajā pārlūkā kopā ar datu kopu, nonāk tikai šajos failos un nekad neietekmē nevienu rādītāju.',
	emailsPartial: (p) =>
		`${p.emails} no ${p.customers} klientu ID ir e-pasta adreses; pārējie e-pasta failos netiek iekļauti.`,
	noEmails:
		'Šajā datu kopā nav e-pasta kolonnas: klientu ID nav e-pasta adreses. Tā vietā tiek eksportēti klientu ID (kolonna “Customer ID”), lai tos sasaistītu ar jūsu e-pasta rīka sarakstu.',
	exported: (p) => `Saglabāti klienti: ${p.count}; izlaisti: ${p.leftOut} — viņu ID nav e-pasta adrese.`,
	consentNone:
		'Importētajā failā nav norādīts, kuri klienti piekrita mārketinga e-pastiem (tajā nav kolonnas, piemēram, Shopify “Accepts Email Marketing”), tāpēc šā iemesla dēļ neviens netiek izlaists. E-pasta rīkā importējiet tikai kontaktus, kas piekrita mārketinga e-pastiem, vai importējiet tos kā neabonējušus (Klaviyo: never subscribed; Mailchimp: non-subscribed) un sūtiet tiem tikai darījumu ziņojumus.',
	consentRead: (p) =>
		`Piekrišana mārketingam nolasīta no faila kolonnas “${p.columns}”: katra klienta jaunākais pasūtījums, kurā norādīts “jā” vai “nē”, ieskaitot atceltos un atmaksātos (atteikums ir spēkā neatkarīgi no pasūtījuma likteņa). Klienti, kuru jaunākā atbilde ir “nē”, netiek iekļauti nevienā eksportā.`,
	consentFileColumn:
		'Failos ir kolonna “Email Marketing Consent”: “Subscribed” klientiem, kas piekrita, tukša, ja fails to nenorāda. Klaviyo sarakstu imports nolasa šo kolonnu (tukša šūna nozīmē never subscribed). Mailchimp visam importam piešķir vienu statusu: kā abonentus importējiet tikai rindas ar “Subscribed”, pārējās kā non-subscribed.',
	audienceConsent: (p) =>
		`Piekrišana (jaunākais pasūtījums): piekrita mārketinga e-pastiem: ${p.yes}; failā nav norādīts: ${p.unknown}; atteicās un netiek eksportēti: ${p.no}.`,
	audienceConsentUnknown: 'Piekrišana: fails to nenorāda nevienam no viņiem.',
	exportedDeclined: (p) =>
		`Saglabāti klienti: ${p.count}; izlaisti, jo atteicās no mārketinga e-pastiem: ${p.declined}.`,
	declinedLeftOut: (p) => `Vēl izlaisti, jo atteicās no mārketinga e-pastiem: ${p.declined}.`,
	unsubscribeNote:
		'Zemāk esošie faili neietver pircējus, kuri savā pēdējā pasūtījumā atteicās no mārketinga e-pastiem, taču saraksts, kurā viņi jau ir, tos patur kā abonentus, līdz tam tiek paziņots. Šajā failā ir viņu adreses un to cilvēku adreses, kuriem nav neviena paturēta pasūtījuma un kuri atteicās: importējiet to Mailchimp ar statusu “Unsubscribed” vai augšupielādējiet Klaviyo kā bloķētus profilus (suppressed profiles).',
	unsubscribeKlaviyo: 'Atteikšanās fails Klaviyo',
	unsubscribeMailchimp: 'Atteikšanās fails Mailchimp',
	unsubscribeSaved: (p) => `Saglabātas adreses pircējiem, kuri atteicās no mārketinga e-pastiem: ${p.count}.`,
	unsubscribeLeftOut: (p) =>
		`Vēl ${p.count} atteicās ar identifikatoru, kas nav e-pasta adrese, un failā nav iekļauti.`,
	unsubscribeOthers: (p) =>
		`Failā ir arī adreses cilvēkiem bez neviena paturēta pasūtījuma (katrs atcelts, neapmaksāts, pilnībā atmaksāts vai izlaistā valūtā), kuri atteicās no mārketinga e-pastiem: ${p.count}.`,
	unsubscribeOthersOnly: (p) =>
		`Saglabātas adreses cilvēkiem bez neviena paturēta pasūtījuma (katrs atcelts, neapmaksāts, pilnībā atmaksāts vai izlaistā valūtā), kuri atteicās no mārketinga e-pastiem: ${p.count}. Neviens pircējs neatteicās.`,
	unsubscribeNone:
		'Neviens pircējs savā pēdējā pasūtījumā neatteicās no mārketinga e-pastiem: fails netika izveidots.',
	exportSettingsInvalid: 'kāds iestatījums augstāk nav derīgs skaitlis',
	exportMaking: 'Veido failu…',
	exportFailed: (p) =>
		`Failu neizdevās izveidot${p.detail ? ` (${p.detail})` : ''}. Nekas netika saglabāts: mēģiniet vēlreiz vai pārlādējiet lapu.`,
	tableHeading: 'Klienti',
	show: 'Rādīt',
	all: 'Visi klienti',
	sortBy: 'Kārtot pēc',
	sorts: {
		clv: 'Prognozētā CLV',
		value: 'Līdzšinējā vērtība',
		probabilityAlive: 'P(aktīvs)',
		nextDay: 'Prognozētais nākamais pasūtījums',
		lastPurchase: 'Pēdējais pirkums'
	},
	descending: 'Lielākās vispirms',
	columns: {
		customer: 'Klients',
		purchases: 'Pirkuma dienas',
		value: 'Līdzšinējā vērtība',
		lastPurchase: 'Pēdējais pirkums',
		probabilityAlive: 'P(aktīvs)',
		expectedPurchases: (p) => `Sagaidāmie pirkumi, nākamie ${p.months} mēn.`,
		purchaseWithinHorizon: (p) => `P(vismaz viens pirkums), nākamie ${p.months} mēn.`,
		nextDay: 'Prognozētais nākamais pasūtījums',
		clv: (p) => `Prognozētā CLV, ${p.months} mēn.`
	},
	noDate: 'nav sagaidāms (P(aktīvs) ≤ 50 %)',
	afterHorizon: (p) => `pēc ${p.months} mēnešu horizonta: ekstrapolācija, tālu no datiem`,
	noModel: '—',
	rowsShown: (p) => `Klienti ${p.from}–${p.to} no ${p.total}`,
	previous: 'Iepriekšējā lapa',
	next: 'Nākamā lapa',
	empty: 'Šajā auditorijā nav neviena klienta.'
};

export default depth;
