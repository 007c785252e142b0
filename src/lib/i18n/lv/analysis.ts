import type en from '../en/analysis';
import type { Catalogue } from '../messages';

/** Sadaļas “Analīze” teksti. */
type P = Record<string, string>;

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
	failed: (p: P) => `Analīze neizdevās: ${p.detail}`,
	range: (p: P) => `Pasūtījumi: ${p.orders}, klienti: ${p.customers}; ${p.from} – ${p.to}.`,
	settings: 'Iestatījumi',
	periodLabel: 'Periods',
	windowLabel: 'Aktivitātes logs (mēneši)',
	windowHelp: 'Klients pieder klientu bāzei, kamēr kopš viņa pēdējā pirkuma nav pagājis ilgāks laiks par šo.',
	windowInvalid: 'Norādiet veselu mēnešu skaitu no 1 līdz 36.',
	kpi: {
		heading: 'Galvenie rādītāji',
		showFormula: 'Kā tas aprēķināts?',
		customers: 'Klienti',
		orders: 'Pasūtījumi',
		revenue: 'Ieņēmumi (neto)',
		aov: 'Vidējā pasūtījuma vērtība',
		frequency: 'Pirkumu biežums',
		frequencyUnit: 'pasūtījumi uz klientu gadā',
		repeat: 'Atkārtoto pircēju īpatsvars',
		crr: (p: P) => `Klientu noturēšanas rādītājs (${p.period})`,
		churn: (p: P) => `Aizplūšana (${p.period})`,
		clv: 'Klienta mūža vērtība (vienkāršā)',
		notAvailable: 'nav pieejams',
		customersFormula: (p: P) => `Klienti ar vismaz vienu paturētu pasūtījumu: ${p.customers}.`,
		ordersFormula: (p: P) => `Pasūtījumi, kas paturēti pēc importēšanas pārbaudēm: ${p.orders}.`,
		revenueFormula: (p: P) => `Pasūtījumu neto vērtību summa (atmaksas atņemtas): ${p.revenue}.`,
		aovFormula: (p: P) => `AOV = ieņēmumi ÷ pasūtījumi = ${p.revenue} ÷ ${p.orders} = ${p.aov}`,
		frequencyFormula: (p: P) =>
			`f = pasūtījumi ÷ klienti ÷ datu gadi = ${p.orders} ÷ ${p.customers} ÷ ${p.years} = ${p.f} (pasūtījumi uz klientu ${p.days} d. periodā: ${p.perCustomer})`,
		repeatFormula: (p: P) =>
			`Atkārtoto pircēju īpatsvars = klienti ar 2+ pasūtījumiem ÷ klienti = ${p.repeat} ÷ ${p.customers} = ${p.rate}. Tieši to Metrilo sauc par “retention rate”; tas nav zemāk redzamais CRR.`,
		crrFormula: (p: P) =>
			`CRR = (E − N) ÷ S × 100 = (${p.e} − ${p.n}) ÷ ${p.s} × 100 = ${p.crr}, periods: ${p.period} (S — klienti bāzē perioda sākumā, E — beigās, N — jaunie klienti periodā).`,
		churnFormula: (p: P) => `Aizplūšana = 1 − CRR = ${p.churn}; gadā: 1 − (1 − aizplūšana)^${p.k} = ${p.yearly}.`,
		clvFormula: (p: P) =>
			`CLV = AOV × f × t = ${p.aov} × ${p.f} × ${p.t} = ${p.clv}, kur t (gados) = ${p.tSource}. Izejas raksta 004 formula; t parasti ir 1–3 gadi.`,
		tFromChurn: (p: P) =>
			`1 ÷ gada aizplūšana = 1 ÷ ${p.yearly} = ${p.t} (aptuvens novērtējums: pieņemts, ka aizplūšana nemainās)`,
		tChosen: (p: P) => `${p.t}, kā jūs norādījāt`,
		noPeriod:
			'Vēl nav neviena pilna perioda ar klientiem tā sākumā (iespējams, dati aptver pārāk īsu laiku izvēlētajam aktivitātes logam).',
		noClv: 'Nepieciešama gada aizplūšana virs 0 (no pilna perioda) vai zemāk norādīts mūža ilgums.',
		lifetimeLabel: 'Mūža ilgums t CLV aprēķinam (gados; tukšs — pēc aizplūšanas)',
		lifetimeInvalid: 'Norādiet gadu skaitu no 0,1 līdz 50.'
	},
	retention: {
		heading: 'Noturēšana un aizplūšana pa periodiem',
		chartTitle: (p: P) => `CRR un aizplūšana pa periodiem (${p.period})`,
		chartDescription: (p: P) =>
			`Klientu noturēšanas rādītājs (E − N) ÷ S un aizplūšana (1 − CRR) katram periodam (${p.period}); aktivitātes logs — ${p.window} mēn.`,
		crr: 'CRR',
		churn: 'Aizplūšana',
		period: 'Periods',
		start: 'S (bāze sākumā)',
		end: 'E (bāze beigās)',
		acquired: 'N (jaunie)',
		incomplete: '(nepilns)',
		warmingUp: '(bāze vēl veidojas)',
		warmingUpNote:
			'Periodi ar atzīmi “bāze vēl veidojas” sākas agrāk nekā vienu aktivitātes logu pēc pirmā pasūtījuma datos: klienti, kas pirka pirms datu sākuma, nav ieskaitīti S, tāpēc šo periodu CRR nav uzticams.',
		noBase: 'sākumā nav klientu',
		noChart: 'Vēl nav neviena pilna perioda ar klientiem tā sākumā: diagrammai vajadzīgi dati par ilgāku laiku.'
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
		month: (p: P) => `Mēnesis ${p.n}`,
		tableSummary: 'Kohortu tabula ar klientu skaitu',
		exportShares: 'Eksportēt daļas (CSV)',
		exportRevenue: 'Eksportēt ieņēmumus uz klientu (CSV)'
	},
	segments: {
		heading: 'Segmenti',
		rfmHeading: 'RFM segmenti',
		rfmHelp:
			'Katrs klients saņem R (nesenums), F (biežums) un M (naudas vērtība) novērtējumu no 1 līdz 5 pēc kvintilēm, un segmentu nosaka pēc R un F un M vidējā.',
		seedHeading: 'Izejas raksta 002 segmenti',
		seedHelp: 'Grupas, ko iesaka izejas raksts 002, ar maināmiem sliekšņiem. Klients var būt vairākās grupās.',
		segment: 'Segments',
		customers: 'Klienti',
		customerShare: 'Klientu daļa',
		revenueShare: 'Ieņēmumu daļa',
		meanOrders: 'Pasūtījumi uz klientu',
		meanRecency: 'Dienas kopš pēdējā pasūtījuma',
		tactics: 'Taktikas',
		tacticsCount: (p: P) => `Taktikas (${p.count})`,
		tacticsFor: (p: P) => `Taktikas segmentam “${p.segment}”`,
		export: 'Eksportēt klientus',
		exportFor: (p: P) => `Eksportēt segmenta “${p.segment}” klientus CSV formātā`,
		definitions: {
			champions: 'Pirka nesen, bieži un par lielām summām (R 4–5, FM 4–5).',
			loyal: 'Pērk regulāri (FM 3–5) un ne pārāk sen (R 3–5).',
			'potential-loyalists': 'Neseni klienti ar otru pirkumu vai lielākiem tēriņiem (R 3–5, FM 2).',
			new: 'Pirmais un vienīgais pirkums, nesen (R 4–5, FM 1).',
			'at-risk': 'Agrāk pirka bieži vai par lielām summām, bet ne nesen (R 1–2, FM 3–4).',
			'cant-lose': 'Vieni no labākajiem klientiem pēc biežuma un tēriņiem, kas apklusuši (R 1–2, FM 5).',
			hibernating: 'Pirka maz un diezgan sen (R 2–3, zems FM).',
			lost: 'Pirka maz un ļoti sen (R 1, FM 1–2).',
			'high-frequency': (p: P) =>
				`Vidēji pēdējo ${p.months} mēn. laikā: pasūtījumi mēnesī — vismaz ${p.orders} vai tēriņi mēnesī — vismaz ${p.spend}.`,
			'top-1-percent': (p: P) => `Augšējie ${p.percent}% klientu pēc kopējiem tēriņiem visā sadarbības laikā.`,
			'top-10-percent': (p: P) =>
				`Nākamie klienti līdz augšējiem ${p.percent}% pēc kopējiem tēriņiem visā sadarbības laikā.`,
			'one-time': 'Tieši viens pasūtījums.',
			lapsed: (p: P) => `Nav neviena pasūtījuma pēdējo ${p.days} d. laikā pirms datu beigām.`
		},
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
