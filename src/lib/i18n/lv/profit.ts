import type en from '../en/profit';
import type { Catalogue } from '../messages';
import { withStop } from '../sentence';
import { DAY_FROM_FORMS, dayCount } from './plural';

/** Peļņas lapas teksti: bruto peļņas LTV, LTV:CAC un CAC atmaksāšanās pa kohortām. */
const profit: Catalogue<typeof en> = {
	title: 'Peļņa: bruto peļņas LTV, LTV:CAC un atmaksāšanās',
	link: 'Peļņa: bruto peļņas LTV, LTV:CAC un CAC atmaksāšanās',
	intro: 'Cik klients ir vērts pēc jūsu izmaksām, mēnesi pa mēnesim kopš pirmā pasūtījuma, un cik ilgā laikā atpelnās tas, ko samaksājāt par viņa piesaisti.',
	summaryOnly:
		'Šī datu kopa ir kopsavilkums par klientiem bez pasūtījumiem: bruto peļņu pa mēnešiem kopš pirmā pasūtījuma no tās nevar aprēķināt.',

	costsHeading: 'Jūsu izmaksas',
	costsHelp:
		'Ierakstiet katru izmaksu (0, ja tādas nav). Tās tiek glabātas šajā pārlūkā šai datu kopai, un nekas netiek nekur sūtīts.',
	cogs: 'Preču pašizmaksa (% no neto pārdošanas)',
	shipping: (p) =>
		`Jūsu piegādes izmaksas uz pasūtījumu (${p.currency}): ko maksājat jūs, atskaitot to, ko klients samaksāja par piegādi (neto pārdošanā tā nav)`,
	shippingInTotals: (p) =>
		`Jūsu piegādes izmaksas uz pasūtījumu (${p.currency}): ko maksājat jūs (šīs datu kopas pasūtījumu summās var būt iekļauts tas, ko klients samaksāja par piegādi)`,
	shippingBasisUnknown: (p) =>
		`Jūsu piegādes izmaksas uz pasūtījumu (${p.currency}): ko maksājat jūs, atskaitot to, ko klients samaksāja par piegādi, ja šīs datu kopas ieņēmumos tā nav (skatiet tās importa pārskatu)`,
	feeShare: 'Maksājumu komisija (% no pasūtījuma vērtības)',
	feeFixed: (p) => `Maksājumu komisija uz pasūtījumu (${p.currency}, fiksēta)`,
	cac: (p) => `Klienta piesaistes izmaksas, CAC (${p.currency} uz jaunu klientu)`,
	cacHelp: 'Atstājiet tukšu, lai redzētu tikai bruto peļņu.',
	invalidPercent: 'Ievadiet procentus no 0 līdz 100.',
	invalidMoney: 'Ievadiet summu 0 vai vairāk.',
	invalidCac: 'Ievadiet summu, kas lielāka par 0, vai atstājiet tukšu.',
	typeCosts: 'Ierakstiet augstāk visas četras izmaksas (0, ja tādas nav), lai redzētu bruto peļņu.',
	costsAboveSales:
		'Preču pašizmaksa un maksājumu komisija kopā pārsniedz 100 % no neto pārdošanas: katrs pārdevums nes zaudējumus.',
	channelMissing:
		'Viena CAC attiecas uz visiem klientiem. CAC katram pārdošanas kanālam prasa katra pirmā pasūtījuma kanālu (kolonnu, piemēram, Shopify “Source”), bet šai datu kopai tāds nav saglabāts; to saglabās kāda vēlāka importa izmaiņa.',
	channelStored:
		'Viena CAC attiecas uz visiem klientiem, ja vien zemāk nenorādāt CAC katram kanālam: šī datu kopa glabā katra pasūtījuma pārdošanas kanālu.',
	channelHeading: 'CAC pēc pirmā pasūtījuma kanāla (nav obligāti)',
	channelHelp:
		'Kanāls, kas atstāts tukšs, izmanto augstāk norādīto CAC. Kohortas CAC uz klientu ir vidējā svērtā: Σ (caur kanālu piesaistītie klienti × tā CAC) ÷ kohortas klientu skaits.',
	channelLabel: (p) => `${p.channel} (klienti: ${p.customers})`,
	channelNone: 'bez kanāla',
	channelMore: (p) => `Mazākie kanāli (${p.count}) izmanto augstāk norādīto CAC.`,
	cacHeader: 'CAC uz klientu',
	cacBlended: 'katras kohortas CAC uz klientu, apvienots pa tās kanāliem, kā aprakstīts zemāk',

	basisNetSales:
		'Ieņēmumi šeit ir neto pārdošana: pēc atlaidēm, atmaksām un atgriešanām, bez nodokļiem un piegādes, kā imports to aprēķināja no faila.',
	basisLineItems:
		'Ieņēmumi šeit ir preču rindu pārdošana (daudzums × vienības cena), kā failā norādītas cenas. Ja cenās ir iekļauts nodoklis, bruto peļņa ir par to pārspīlēta.',
	basisLessShipping:
		'Ieņēmumi šeit ir faila pasūtījumu kopsummas bez piegādes, kurās var būt iekļauts nodoklis (failā nav nodokļa kolonnas): nodoklis nav jūsu, tāpēc bruto peļņa ir par to pārspīlēta.',
	basisLineAmounts:
		'Ieņēmumi šeit ir faila preču summu kopsumma (viena rinda katrai precei), kurā var būt iekļauts nodoklis un klienta samaksātā piegāde: nodoklis nav jūsu, tāpēc bruto peļņa ir par to pārspīlēta.',
	basisOrderTotals:
		'Ieņēmumi šeit ir faila pasūtījumu kopsummas, kurās var būt iekļauts nodoklis un klienta samaksātā piegāde: nodoklis nav jūsu, tāpēc bruto peļņa ir par to pārspīlēta (atskaitot no tā ņemtās izmaksu un komisijas daļas).',
	basisMixed:
		'Šīs datu kopas faili novērtēti dažādi: dažas summas var būt pasūtījumu kopsummas ar nodokli un piegādi, kas bruto peļņu pārspīlē.',
	feeBasis:
		'Maksājumu komisija tiek rēķināta no neto pārdošanas; maksājumu apstrādātāji ņem komisiju arī no klienta samaksātā nodokļa un piegādes, tāpēc komisija ir nedaudz par zemu un bruto peļņa nedaudz pārspīlēta.',
	formulaMargin:
		'Pasūtījuma bruto peļņa = neto pārdošana × (1 − pašizmaksas % − komisijas %) − jūsu piegādes izmaksas − fiksētā komisija. Tiek skaitīts katrs saglabātais pasūtījums, arī 0 vērtībā.',
	cogsFromFile: (p) =>
		`Failā ir preču pašizmaksa visiem ${p.orders} pasūtījumiem: peļņa tiek rēķināta ar tām, un augstāk norādītā procentuālā daļa nav vajadzīga.`,
	cogsFromFilePartly: (p) =>
		`Failā ir preču pašizmaksa ${p.withCost} pasūtījumiem: peļņa tiek rēķināta ar tām. ${p.without} pasūtījumiem failā tās nav; tiem tiek piemērota augstāk norādītā procentuālā daļa.`,
	cogsBasisPercent: (p) =>
		`Preču pašizmaksa: ${p.percent} no neto pārdošanas, kā ievadīts (failā nav pašizmaksas kolonnas).`,
	cogsBasisStored: (p) =>
		`Preču pašizmaksa: faila pašizmaksa katram pasūtījumam (rindas pašizmaksa × daudzums, summēta) visiem ${p.orders} pasūtījumiem; procentuālā daļa netiek izmantota.`,
	cogsBasisMixed: (p) =>
		`Preču pašizmaksa: faila pašizmaksa ${p.withCost} pasūtījumiem; ${p.without} pasūtījumiem failā pašizmaksas nav, un tiem tiek pieskaitīti ${p.percent} no to neto pārdošanas, kā ievadīts. Šiem pasūtījumiem peļņa ir tik precīza, cik precīza ir šī procentuālā daļa.`,
	cogsPartial: (p) =>
		`No pasūtījumiem ar pašizmaksu no faila ${p.count} trūkst dažu rindu pašizmaksas (rindas bez tās: ${p.lines}, sk. importa pārskatu): tiem pieskaitīta tikai pārējo rindu pašizmaksa, tāpēc to peļņa ir par augstu.`,
	formulaMarginStored:
		'Pasūtījuma bruto peļņa = neto pārdošana × (1 − komisijas %) − tā preču pašizmaksa − jūsu piegādes izmaksas − fiksētā komisija; preču pašizmaksa ir faila dotā vai, pasūtījumam bez tās, ievadītā procentuālā daļa no neto pārdošanas. Daļēji atmaksāta pasūtījuma pašizmaksa tiek samazināta tādā pašā proporcijā kā tā neto pārdošana.',
	formulaLtv:
		'Kohortas bruto peļņas LTV pēc m mēnešiem = tās bruto peļņa no 0. līdz m. mēnesim ÷ tās klientu skaits. 0. mēnesis ir klienta pirmā pasūtījuma kalendārais mēnesis šajos datos; mēneši ir kalendārie, kā analīzes lapas kohortās.',
	basisCustomers: (p) => `Klienti ar pasūtījumiem no ${p.from} līdz ${p.to}: ${p.customers}.`,
	partial: (p) =>
		`Dati beidzas mēneša ${p.month} vidū (${p.covered} no ${dayCount(p.days, DAY_FROM_FORMS)}): šis mēnesis visās kohortās ir nepilns. Tas ir parādīts ar atzīmi “nepilns”, bet netiek izmantots LTV:CAC un visu klientu līknei.`,

	chartTitle: 'Uzkrātā bruto peļņa uz klientu',
	chartDescription:
		'Bruto peļņas LTV līknes: viena līnija katram pirmā pasūtījuma mēnesim un viena visiem klientiem, pa mēnešiem kopš pirmā pasūtījuma.',
	monthsSince: 'Mēneši kopš pirmā pasūtījuma',
	monthLong: (p) => `${p.month}. mēnesis`,
	allCustomers: 'Visi klienti',
	allHelp:
		'Visi klienti: katrā mēnesī kopš pirmā pasūtījuma to kohortu bruto peļņa, kas novērotas visu šo mēnesi, ÷ to klientu skaits. Vēlākos mēnešus sasniedz mazāk kohortu, tāpēc ieskaitīto klientu skaits samazinās (skatiet tabulu) un līkne var arī kristies. Visu klientu LTV:CAC un atmaksāšanās ņem vērā tikai neatzīmētās kohortas, kas novērotas tik ilgi, ar to pašu vidējo CAC; katrā šūnā norādīts, cik klientu un līdz kuram mēnesim.',
	earlierMark: 'var ietvert klientus, kas pirka pirms datu sākuma',
	fewMark: (p) => `mazāk nekā ${p.min} klientu: aptuveni`,
	fewNote: (p) =>
		`${p.count} no ${p.total} kohortām ir mazāk nekā ${p.min} klientu (atzīmētas): to peļņa uz klientu, LTV:CAC un atmaksāšanās ir dažu klientu vidējie rādītāji, ko viens liels vai zaudēts klients var stipri mainīt. Uztveriet tos kā aptuvenus, tāpat kā pirmā pasūtījuma sadalījumos un kohortu tabulā atzīmētās grupas.`,
	earlierNote: (p) =>
		`Dati sākas ${withStop(p.from)} Kohortas no ${p.first} līdz ${p.last} (klientu skaits: ${p.customers}) sākas mazāk nekā vienu aktivitātes logu (${p.window} mēn., kā Analīzes lapā) pēc šīs dienas: to klienti var būt pirkuši pirms datu sākuma, un tad tie nav jauni, un par tiem CAC netika maksāts. Šīs kohortas ir atzīmētas un netiek ņemtas vērā visu klientu LTV:CAC un atmaksāšanās aprēķinā.`,
	allSoFar: (p) => `visi klienti (${p.customers}), katrs no pirmā pasūtījuma līdz ${p.day}`,
	allBasis: (p) => `${p.customers} no ${p.total} klientiem, novēroti līdz ${p.month}. mēnesim; viņu CAC ${p.cac}`,
	allOnlyEarlier: 'nav: tik ilgi novērotas tikai kohortas, kas var ietvert agrākus pircējus',
	allNoneUnmarked: 'nav: katra kohorta var ietvert klientus, kas pirka pirms datu sākuma',
	allPaybackNotYet: (p) =>
		`vēl ne: neviena klientu grupa nav atpelnījusi savu CAC novērotajos mēnešos (līdz ${p.month}. mēnesim)`,
	channelQuoted: (p) => `“${p.channel}”`,
	noCacFor: (p) =>
		p.count === '1'
			? `nav CAC kanālam ${p.channels}: ierakstiet to augstāk vai kopējo CAC`
			: `nav CAC kanāliem ${p.channels}: ierakstiet tos augstāk vai kopējo CAC`,
	noCacForSmall: (p) =>
		`nav CAC ${p.count === '1' ? 'kanālam' : 'kanāliem'} ${p.channels}: ierakstiet augstāk kopējo CAC (mazākajiem kanāliem nav sava lauka)`,
	noCacShort: (p) => `nav CAC ${p.count === '1' ? 'kanālam' : 'kanāliem'} ${p.channels}`,
	allPaybackSkipped: (p) =>
		p.count === '1'
			? `grupas, kas novērotas līdz ${p.month}. mēnesim vai mazāk, netiek ņemtas vērā: tajās ir klienti, kas piesaistīti caur kanālu ${p.channels}, kuram nav CAC`
			: `grupas, kas novērotas līdz ${p.month}. mēnesim vai mazāk, netiek ņemtas vērā: tajās ir klienti, kas piesaistīti caur kanāliem ${p.channels}, kuriem nav CAC`,
	countedHeading: 'Visu klientu līknē ieskaitītie klienti',

	summaryHeading: 'LTV:CAC un CAC atmaksāšanās pa kohortām',
	cohortHeader: 'Pirmā pasūtījuma mēnesis',
	customersHeader: 'Klienti',
	salesHeader: 'Neto pārdošana',
	marginHeader: 'Bruto peļņa',
	perCustomerHeader: 'Bruto peļņa uz klientu līdz šim',
	ltvCacHeader: (p) => `LTV:CAC par mēnešiem 0–${p.months}`,
	paybackHeader: 'CAC atmaksāšanās',
	formulaLtvCac: (p) =>
		`LTV:CAC par mēnešiem 0–m = uzkrātā bruto peļņa uz klientu no 0. mēneša (pirmā pasūtījuma mēneša, parasti nepilna) līdz m. mēnesim ieskaitot ÷ CAC (${p.cac}), tikai kohortām, kas novērotas visu m. mēnesi; nekad netiek ekstrapolēts. 3:1 ir īkšķa likums, nevis likums.`,
	formulaPayback:
		'CAC atmaksāšanās = pirmais mēnesis kopš pirmā pasūtījuma, kurā uzkrātā bruto peļņa uz klientu sasniedz CAC.',
	noCac: 'Ierakstiet CAC, lai redzētu LTV:CAC un atmaksāšanās mēnesi.',
	notObserved: 'vēl nav novērots',
	paybackMonth: (p) => `${p.month}. mēnesis`,
	paybackNotYet: (p) => `vēl ne (novērotie mēneši: ${p.months})`,
	partialMark: 'nepilns',
	exportCsv: 'Lejupielādēt tabulu (CSV)',
	exportNote: 'Fails tiek izveidots šajā pārlūkā un saglabāts šajā ierīcē; nekas netiek augšupielādēts.',
	csvMonth: (p) => `Bruto peļņa uz klientu, ${p.month}. mēnesis`
};

export default profit;
