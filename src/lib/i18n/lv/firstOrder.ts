import type en from '../en/firstOrder';
import type { Catalogue } from '../messages';
import { formForText, type LatvianForms } from './plural';

const CUSTOMER_FORMS: LatvianForms = { zero: 'klientu', one: 'klients', other: 'klienti' };
const DAY_FORMS: LatvianForms = { zero: 'dienu', one: 'diena', other: 'dienas' };

/** Sadalījumi pēc pirmā pasūtījuma pazīmes. */
const firstOrder: Catalogue<typeof en> = {
	title: 'Sadalījumi pēc pirmā pasūtījuma pazīmes',
	link: 'Sadalījumi pēc tā, kas bija pirmajā pasūtījumā: prece, kanāls, valsts, atlaides kods',
	intro: 'Kuri pirmie pirkumi atved klientus, kas atgriežas? Klienti ir sagrupēti pēc tā, kas bija viņu pirmajā pasūtījumā, un katra grupa rāda, cik daudzi atgriezās, cik ātri, cik iztērēja kopš tā laika un ko paredz modelis.',
	summaryOnly:
		'Šī datu kopa ir kopsavilkums par klientiem bez pasūtījumiem: tajā nav pirmo pasūtījumu, pēc kuriem grupēt klientus.',
	computing: 'Grupē klientus un pielāgo CLV modeli…',

	by: 'Grupēt klientus pēc pirmā pasūtījuma lauka',
	sortBy: 'Kārtot grupas pēc',
	sorts: {
		customers: 'Klientiem',
		repeatRate: 'Atgriezušos daļas',
		within: 'Daļas, kas atgriezās 90 dienu laikā',
		clv: 'Prognozētās CLV'
	},
	dimensions: {
		product: 'Prece (katra pirmā pasūtījuma prece)',
		sku: 'SKU (katrs pirmā pasūtījuma SKU)',
		category: 'Kategorija',
		channel: 'Pārdošanas kanāls / avots',
		country: 'Valsts',
		discount: 'Atlaides (kupona) kods'
	},
	noSku: 'Nav sadalījuma pēc SKU: šī datu kopa neglabā SKU (preces koda) kolonnu. Tās failā tādas nebija, vai tas importēts, pirms SKU tika glabāti; importējiet failu vēlreiz, lai grupētu pēc SKU (Shopify: Lineitem sku; WooCommerce: SKU; UCI: StockCode).',
	noProductNames:
		'Nav sadalījuma pēc preces: šajā datu kopā nav preču nosaukumu, tikai katras pozīcijas SKU (preces kods), jo tās failā bija SKU kolonna, bet nebija preces nosaukuma kolonnas (vai tās šūnas bija tukšas). Grupējiet pēc SKU, lai redzētu klientus pēc tā, kas bija viņu pirmajā pasūtījumā; grupas ir SKU kodi, nevis nosaukumi.',
	skuNotPerItem:
		'Nav sadalījuma pēc SKU: šī datu kopa importēta, pirms SKU tika glabāti katrai pozīcijai, tāpēc tā zina tikai katra pasūtījuma pirmās pozīcijas SKU. Importējiet failu vēlreiz, lai grupētu klientus pēc katra pirmā pasūtījuma SKU.',
	overlapProduct:
		'Pirmais pasūtījums ar vairākām precēm ieskaita klientu katras to grupā, tāpēc grupas pārklājas un to klientu kopsumma pārsniedz visus klientus; rinda “Visi klienti” katru klientu skaita vienreiz.',
	overlapSku:
		'Pirmais pasūtījums ar vairākiem SKU ieskaita klientu katra SKU grupā (viena prece divos izmēros ir divi SKU), tāpēc grupas pārklājas un to klientu kopsumma pārsniedz visus klientus; rinda “Visi klienti” katru klientu skaita vienreiz.',
	overlapDiscount:
		'Pirmais pasūtījums ar vairākiem atlaižu kodiem ieskaita klientu katra koda grupā, tāpēc grupas pārklājas un to klientu kopsumma pārsniedz visus klientus; rinda “Visi klienti” katru klientu skaita vienreiz.',
	returned: (p) =>
		`Produkts, kura visu daudzumu pasūtījumā atdeva kredītrēķini (UCI faili), netiek skaitīts kā nopirkts: tas neievieto klientu savā grupā (arī tā SKU ne); daļēji atdots produkts tiek skaitīts. Šeit kredītrēķini atdeva visu daudzumu ${p.lines} pasūtījuma ${formForText(p.lines, { zero: 'rindām', one: 'rindai', other: 'rindām' })} ${p.orders} ${formForText(p.orders, { zero: 'pasūtījumos', one: 'pasūtījumā', other: 'pasūtījumos' })}; ${p.emptied} no šiem pasūtījumiem nav palicis neviena produkta: klients, kura pirmais pasūtījums ir viens no tiem, ir grupā “(nav)” un joprojām rindā “Visi klienti”.`,
	noDimensions:
		'Šī datu kopa nesaglabā neko par saviem pasūtījumiem, pēc kā grupēt klientus: tās failā nebija preces, pārdošanas kanāla, valsts vai atlaides koda kolonnas.',
	whichColumns:
		'Tās dod šādas kolonnas: Shopify pasūtījumu eksportā Lineitem name (prece), Source (kanāls), Discount Code un Billing Country; WooCommerce eksportā pasūtījuma preces, kupons un norēķinu valsts; UCI Online Retail formātā Description vai StockCode (prece) un Country. Importējiet failu ar šādām kolonnām, lai redzētu sadalījumu.',

	basis: (p) =>
		`Klienti ar pasūtījumiem no ${p.from} līdz ${p.to}: ${p.customers}, sagrupēti pēc pirmā pasūtījuma lauka “${p.dimension}” (agrākā diena; ja dienas sakrīt, agrākais pēc laika, ja fails to norāda (datumos vai laika kolonnā), ja arī laiks sakrīt, tas ar mazāko pasūtījuma numuru, citādi pirmais failā). Pirmais pasūtījums ir pirmais paturētais: atcelts, neapmaksāts vai pilnībā atmaksāts pasūtījums nebija pirkums, tāpēc klients, kura pirmais pasūtījums bija tāds, ir sagrupēts pēc nākamā. Dažādu vērtību pirmajos pasūtījumos: ${p.values}.`,
	cameBackHelp:
		'Atgriezās: pirka vēlreiz kādā vēlākā dienā (vairāki pasūtījumi pirmajā dienā ir viens pirkums). 95 % intervāls ir Vilsona intervāls. Klientiem ar nesenu pirmo pasūtījumu bijis mazāk laika atgriezties, tāpēc skatiet arī 90 dienu daļu. Tas nav Analīzes lapas atkārtoto pirkumu rādītājs, kas skaita klientus ar 2 vai vairāk pasūtījumiem.',
	medianHelp: (p) =>
		`Dienu mediāna līdz otrajam pirkumam: tikai pār klientiem, kas atgriezās. Ja to ir mazāk nekā ${p.minimum}, mediāna ir atzīmēta kā nedroša.`,
	withinHelp: (p) =>
		`Atgriezās ${p.days} dienu laikā: starp klientiem, kas novēroti vismaz ${p.days} dienas pēc pirmā pasūtījuma (pārējiem vēl nav bijušas ${p.days} dienas, un viņi nav ieskaitīti).`,
	clvHelp: (p) =>
		`Prognozētā CLV: grupas klientu CLV vidējais no vienas BG/NBD + Gamma-Gamma pielāgošanas visai datu kopai, vienmēr ar noklusējuma iestatījumiem: laika vienība ${p.unit}, nākamie ${p.horizon} mēneši, ${p.discount} diskonta likme gadā, ieņēmumi (nevis peļņa). Klientu darbību lapa pielāgo modeli ar tur izvēlēto laika vienību un horizontu, tāpēc tās vērtības sakrīt ar šīm tikai pie tiem pašiem iestatījumiem.`,
	clvRefused: 'Prognozētā CLV nav parādīta: šai datu kopai modeļi tika atteikti.',
	clvWarningsLead: 'Prognozētā CLV ir parādīta, bet modeļa pielāgošanai ir brīdinājumi: lasiet to kopā ar tiem.',
	clvWarned: 'pielāgošana ar brīdinājumiem (skatīt augstāk)',
	csvClvWarned: 'Prognozētā CLV uz klientu (pielāgošana ar brīdinājumiem)',
	clvWithheldLead:
		'Prognozētā CLV netiek rādīta: tēriņu modelim (Gamma-Gamma) šai datu kopai nevar uzticēties, tāpēc nav prognozēta tēriņa vienā pirkumā, tāpat kā klientu darbību lapā. Kāpēc tēriņu modelis neizdevās:',
	clvWithheldMark: 'netiek rādīta (skatīt augstāk)',
	clvWithheldValue: 'netiek rādīta',
	csvClvWithheld: 'Prognozētā CLV uz klientu (netiek rādīta: tēriņu modelim nevar uzticēties)',
	uncertainHelp: (p) =>
		`Grupas ar mazāk nekā ${p.minimum} klientiem ir atzīmētas kā nedrošas: skatiet to intervālu, ne tikai daļu.`,
	otherHelp: (p) => `Vērtības ārpus ${p.top} ar visvairāk klientiem ir apvienotas grupā “Citas”.`,

	rankRule: (p) =>
		`Kārtojot pēc daļas vai prognozētās CLV, grupas, kas atzīmētas kā nedrošas (mazāk nekā ${p.minimum} klienti; ${p.days} dienu daļai — tik ilgi novēroti mazāk nekā ${p.minimum} klienti; prognozētajai CLV — mazāk nekā ${p.minimum} klienti ar prognozētu CLV vai vienam klientam pieder puse no tās vai vairāk), ir aiz pārējām, katra daļa pēc rādītāja; “Citas” vienmēr ir pēdējā. Atgriezušos daļa ir atkarīga arī no tā, kad grupas klienti ienāca: grupa ar nesenu pirmo pasūtījumu ir zemu tikai tāpēc, ka tās klientiem bijis maz laika atgriezties, tāpēc, lai salīdzinātu grupas vienādā laikā, kārtojiet pēc ${p.days} dienu daļas.`,
	tableHeading: 'Grupas pēc kārtas',
	rank: 'Vieta',
	group: 'Pirmā pasūtījuma vērtība',
	customers: 'Klienti',
	cameBack: 'Atgriezās',
	interval: '95 % intervāls',
	median: 'Dienu mediāna līdz 2. pirkumam',
	within: (p) => `Atgriezās ${p.days} dienu laikā`,
	clv: 'Prognozētā CLV uz klientu',
	all: 'Visi klienti',
	none: '(nav)',
	other: (p) => `Citas (vērtības: ${p.count})`,
	uncertain: 'nedroši: maz klientu',
	cameBackValue: (p) => `${p.share} (${p.count})`,
	intervalValue: (p) => `${p.low} – ${p.high}`,
	medianValue: (p) => `${p.days} ${formForText(p.days, DAY_FORMS)} (no ${p.count})`,
	medianUncertain: 'nedroši: atgriezās maz klientu',
	withinValue: (p) => `${p.share} (${p.reordered} no ${p.observed})`,
	withinUncertain: (p) => `nedroši: tik ilgi novērots maz klientu; 95 % intervāls ${p.low} – ${p.high}`,
	clvValue: (p) => `${p.value} (${p.count} ${formForText(p.count, CUSTOMER_FORMS)})`,
	nobodyBack: 'neviens neatgriezās',
	notObserved: 'neviens nav novērots tik ilgi',
	noModel: 'nav prognozēta',
	download: 'Lejupielādēt tabulu (CSV)',
	csvShare: 'Atgriezušos daļa',
	csvLow: 'Atgriezušos daļa, 95 % intervāla apakšējā robeža',
	csvHigh: 'Atgriezušos daļa, 95 % intervāla augšējā robeža',
	csvUncertain: 'Nedroši (maz klientu)',
	csvMedianUncertain: (p) => `Mediāna nedroša (atgriezās mazāk nekā ${p.minimum} klienti)`,
	csvObserved: (p) => `Klienti, novēroti ${p.days} dienas`,
	csvReordered: (p) => `Klienti, kas atgriezās ${p.days} dienu laikā`,
	csvWithinShare: (p) => `Daļa, kas atgriezās ${p.days} dienu laikā`,
	csvWithinLow: (p) => `Daļa, kas atgriezās ${p.days} dienu laikā, 95 % intervāla apakšējā robeža`,
	csvWithinHigh: (p) => `Daļa, kas atgriezās ${p.days} dienu laikā, 95 % intervāla augšējā robeža`,
	csvWithinUncertain: (p) =>
		`Daļa, kas atgriezās ${p.days} dienu laikā, nedroša (tik ilgi novēroti mazāk nekā ${p.minimum} klienti)`,
	csvClvCustomers: 'Klienti ar prognozētu CLV',
	csvClvLow: 'Prognozētā CLV uz klientu, 95 % intervāla apakšējā robeža',
	csvClvHigh: 'Prognozētā CLV uz klientu, 95 % intervāla augšējā robeža',
	csvClvUncertain: (p) => `Prognozētā CLV nedroša (mazāk nekā ${p.minimum} klienti ar prognozētu CLV)`,
	clvIntervalHelp: (p) =>
		`Prognozētās CLV 95 % intervāls atspoguļo izkliedi starp grupas klientiem: cik precīzi viņu prognozētās CLV nosaka grupas vidējo (procentiļu bootstrap pār grupas klientiem, ${p.resamples} atkārtotas izlases; grupām ar vairāk nekā ${p.max} klientiem — t intervāls). Tas neietver pielāgotā modeļa parametru nenoteiktību, kas to paplašinātu. Grupai ar vienu klientu intervāla nav: viena vērtība neuzrāda izkliedi. Ja klientu ar prognozētu CLV ir mazāk nekā ${p.minimum}, CLV ir atzīmēta kā nedroša.`,
	clvInterval: 'Prognozētās CLV 95 % intervāls',
	clvOneCustomer: 'nav: viens klients neuzrāda izkliedi, no kā to novērtēt',
	clvUncertain: 'nedroši: maz klientu ar prognozētu CLV',
	clvConcentrated: (p) => `vienam klientam no tās pieder ${p.share}`,
	clvConcentratedHelp: (p) =>
		`Vidējā prognozētā CLV, kuras ${p.share} vai vairāk pieder vienam klientam, ir vairāk šī klienta nekā grupas: tā ir atzīmēta un sarindota aiz pārējām.`,
	csvClvTopShare: 'Prognozētā CLV: lielākā klienta daļa',
	csvMonth: (p) => `${p.revenue} uz klientu līdz ${p.month}. mēnesim ieskaitot`,
	csvMonthBasis: (p) => `Klienti, novēroti līdz ${p.month}. mēnesim ieskaitot`,
	csvMonthUncertain: (p) => `${p.month}. mēnesis balstās uz mazāk nekā ${p.minimum} klientiem (nedroši)`,
	yes: 'jā',
	no: 'nē',

	ltvTitle: (p) => `${p.revenue} uz klientu, uzkrāti, pa mēnešiem kopš pirmā pasūtījuma`,
	ltvDescription: (p) =>
		`Visi klienti un ${p.groups} lielākās grupas. 0. mēnesis ir pirmā pasūtījuma kalendārais mēnesis. Katrs punkts iepriekšējam pieskaita šī mēneša summu uz klientu (“${p.revenue}”, kā to sauc galvenie rādītāji), rēķinot pār klientiem, kas novēroti visu šo mēnesi (mēneši līdz ${p.day}, datu pēdējā pilnā mēneša beigām), tāpēc līkne krītas tikai mēnesī, kurā atgriezumi pārsniedz pārdošanu. Vēlākie mēneši balstās uz mazāk klientiem — agrākajiem; mēnesis, kas balstās uz mazāk nekā ${p.minimum} klientiem, ir atzīmēts kā nedrošs (tukšs marķieris; tabulā redzams katra mēneša klientu skaits). Nekas netiek ekstrapolēts.`,
	ltvBasis: (p) => `${p.group}: klientu skaits 0. mēnesī — ${p.first}, ${p.month}. mēnesī — ${p.last}.`,
	ltvBasisFirstMonth: (p) => `${p.group}: klientu skaits 0. mēnesī — ${p.first}; vēlāks mēnesis vēl nav novērots.`,
	ltvUncertain: (p) =>
		`Sākot no ${p.month}. mēneša, katrs mēnesis balstās uz mazāk nekā ${p.minimum} klientiem: nedroši.`,
	ltvPoint: (p) => `${p.customers} ${formForText(p.customers, CUSTOMER_FORMS)}`,
	ltvNone: 'Neviens kalendārais mēnesis vēl nav pilnībā datos: nav ieņēmumu līknes, ko zīmēt.',
	monthsSince: 'Mēneši kopš pirmā pasūtījuma',
	monthLong: (p) => `${p.month}. mēnesis`
};

export default firstOrder;
