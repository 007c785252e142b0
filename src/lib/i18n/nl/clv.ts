import type en from '../en/clv';
import type { Catalogue } from '../messages';

/** Teksten van het onderdeel voorspelde klantwaarde (BG/NBD + Gamma-Gamma) op de pagina Analyse. */

const UNITS = { day: 'dagen', week: 'weken', month: 'maanden (van 30,44 dagen)' };

/** Enkelvoud van elke eenheid uit UNITS, voor precies 1. */
const SINGULAR: Record<string, string> = {
	[UNITS.day]: 'dag',
	[UNITS.week]: 'week',
	[UNITS.month]: 'maand (van 30,44 dagen)'
};

const amount = (n: string, plural: string, singular: string) => `${n} ${n === '1' ? singular : plural}`;
const months = (n: string) => amount(n, 'maanden', 'maand');

const clv: Catalogue<typeof en> = {
	title: 'Voorspelde levenslange klantwaarde',
	heading: 'Voorspelde levenslange klantwaarde (CLV)',
	intro: 'BG/NBD (Fader, Hardie & Lee 2005) voorspelt hoeveel aankopen elke klant nog doet en hoe waarschijnlijk het is dat hij nog actief is; Gamma-Gamma (Fader & Hardie 2013) voorspelt hoeveel hij per aankoop besteedt. Beide modellen worden in deze browser op je gegevens geschat met maximum likelihood (de meest aannemelijke schatting).',
	settings: 'Modelinstellingen',
	unit: 'Tijdseenheid van het model',
	units: UNITS,
	unitOne: { day: 'dag', week: 'week', month: 'maand' },
	horizon: 'Horizon (maanden)',
	discount: 'Disconteringsvoet per jaar (%)',
	margin: 'Brutomarge (%)',
	marginHelp: 'Met 100% krijg je de CLV als omzet; met je eigen marge als winst.',
	invalidHorizon: 'Gebruik een geheel aantal maanden van 1 tot en met 120.',
	invalidDiscount: 'Gebruik een percentage van 0 tot en met 100% per jaar.',
	invalidMargin: 'Gebruik een marge boven 0 en hoogstens 100%.',
	fitting: 'Modellen schatten…',
	failed: (p) => `De modellen konden niet worden geschat: ${p.detail}`,
	retry: 'Opnieuw proberen',
	refusedHeading: 'Te weinig gegevens voor een betrouwbare voorspelling',
	refusedHelp: 'De modellen zijn niet geschat (of hun uitkomst is niet te vertrouwen), omdat:',
	spendRefusedHeading: 'Voorspelde CLV niet getoond: het bestedingsmodel faalde',
	spendRefusedHelp:
		'Het aankoopmodel (BG/NBD) is geschat en betrouwbaar, dus wat het voorspelt staat hieronder: P(actief), de verwachte aankopen en de kans op minstens één aankoop, en per klant de datum van de voorspelde volgende bestelling. Het bestedingsmodel (Gamma-Gamma) niet, dus de voorspelde besteding per aankoop en de voorspelde CLV (per klant, in totaal en per segment) worden niet getoond. Waarom:',
	problems: {
		'too-few-customers': (p) => `Te weinig klanten: ${p.customers}, terwijl er minstens ${p.minimum} nodig zijn.`,
		'too-few-repeat-buyers': (p) =>
			`Te weinig klanten kochten meer dan eens: ${p.repeatBuyers}, terwijl er minstens ${p.minimum} nodig zijn om te leren hoe vaak mensen terugkomen.`,
		'no-observation-time':
			'Elke klant deed zijn eerste aankoop op de laatste dag van de gegevens: er is geen tijd over waarin herhaalaankopen te zien zijn.',
		'no-positive-spend': (p) =>
			`Geen enkele herhaalkoper heeft een positieve gemiddelde besteding (uitgesloten wegens een besteding van nul of minder: ${p.excludedNonPositive}).`,
		'too-few-spend-customers': (p) =>
			`Te weinig herhaalkopers met een positieve besteding: ${p.customers}, terwijl het bestedingsmodel er minstens ${p.minimum} nodig heeft (uitgesloten wegens een besteding van nul of minder: ${p.excludedNonPositive}).`,
		'no-holdout-period': 'Na de splitsdatum blijft er geen periode over om mee te vergelijken.',
		'fit-not-converged': (p) => `De schatting van ${p.model} is niet geconvergeerd (${p.reason}).`,
		'parameter-at-limit': (p) =>
			`Parameter ${p.parameter} van ${p.model} liep weg naar ${p.value}: de gegevens leggen het model niet vast.`,
		'spend-mean-undefined': (p) =>
			`Het bestedingsmodel heeft q = ${p.q} ≤ 1, dus de gemiddelde besteding is niet eindig.`
	},
	warnings: {
		'few-repeat-buyers': (p) =>
			`Herhaalkopers: ${p.repeatBuyers}, terwijl ${p.recommended} of meer worden aanbevolen: beschouw de cijfers als een ruwe schatting.`,
		'spend-excluded': (p) =>
			`Herhaalkopers met een gemiddelde besteding van nul of minder tellen niet mee in het bestedingsmodel (aantal: ${p.excludedNonPositive}); zij krijgen de gemiddelde besteding.`,
		'restarts-disagree': (p) =>
			`De schatting van ${p.model} vond vanuit verschillende startpunten verschillende optima; de beste wordt gebruikt.`,
		'spend-frequency-correlated': (p) =>
			`Besteding en aankoopfrequentie zijn gecorreleerd (r = ${p.correlation}); Gamma-Gamma gaat ervan uit dat ze dat niet zijn, dus de voorspelde bestedingen kunnen vertekend zijn.`,
		'no-dropout':
			'In deze geschiedenis is bijna geen uitval te zien: het aankoopmodel wordt gebruikt in zijn limiet zonder uitval (a → 0, het NBD-model), waarin elke klant actief blijft.',
		'dropout-uncertain':
			'De gegevens leggen nauwelijks vast hoeveel klanten afhaken: modellen met heel verschillende uitval zijn bijna even aannemelijk.'
	},
	ridge: {
		heading: 'Wat deze geschiedenis wel en niet kan zeggen',
		noDropout: (p) =>
			`In deze geschiedenis is bijna geen uitval te zien: de beste fit is de limiet waarin geen enkele klant vertrekt (BG/NBD met a → 0, het NBD-model). P(actief) is gemiddeld ${p.alive} — bijna 100 % voor iedereen — en de voorspelde waarde rust alleen op aankoopfrequenties. Als je klanten wel vertrekken, is deze geschiedenis te kort of te gelijkmatig om dat te tonen: lees het totaal als een bovengrens.`,
		uncertain: (p) =>
			`De gegevens leggen nauwelijks vast hoeveel klanten afhaken: de uitvalparameters zijn kleiner dan hun eigen onzekerheid (a = ${p.a} ± ${p.seA}, b = ${p.b} ± ${p.seB}). P(actief) is gemiddeld ${p.alive} en de voorspelde waarde rust vooral op aankoopfrequenties.`,
		uncertainNoErrors: (p) =>
			`De gegevens leggen nauwelijks vast hoeveel klanten afhaken: de likelihood is zo vlak dat er geen standaardfouten te geven zijn. P(actief) is gemiddeld ${p.alive} en de voorspelde waarde rust vooral op aankoopfrequenties.`,
		nbdGap: (p) => `Een model zonder enige uitval past maar ${p.gap} log-likelihood-eenheden slechter.`,
		range: (p) =>
			`Fits die de gegevens niet kunnen onderscheiden (binnen ${p.gap} log-likelihood-eenheden van de beste) zetten de voorspelde waarde van de komende ${p.months} ${p.months === '1' ? 'maand' : 'maanden'} tussen ${p.low} en ${p.high}.`,
		caption: 'Het voorspelde totaal langs de vlakke richting van de fit',
		dropout: 'Uitval na een herhaalaankoop, a/(a+b)',
		gap: 'Log-likelihood onder de beste',
		alive: 'Gemiddelde P(actief)',
		total: 'Voorspelde waarde',
		used: 'gebruikt voor de voorspellingen',
		none: 'geen (a → 0)'
	},
	totalsHeading: 'Totalen',
	totalClv: (p) => `Voorspelde waarde over de komende ${months(p.months)}`,
	totalPurchases: (p) => `Verwachte aankopen in de komende ${months(p.months)}`,
	meanAlive: 'Gemiddelde kans dat een klant nog actief is',
	meanAliveNote:
		'BG/NBD laat een klant alleen vertrekken na een herhaalaankoop, dus een klant die één keer kocht telt als actief (P(actief) = 100 %), hoe lang geleden ook: het gemiddelde telt hen mee. De klantentabel toont die van elke klant.',
	customersModelled: 'Klanten in het model',
	discountStatement: (p) =>
		`Disconteren: ${p.annual} per jaar, dat is ${p.perUnit} per ${p.unit} ((1 + ${p.annual})^(1/${p.unitsPerYear}) − 1); de verwachte aankopen van elke maand worden gedisconteerd met (1 + ${p.annual})^(−maand/12).`,
	clvFormula:
		'CLV = marge × verwachte besteding per aankoop × Σ over de maanden van (verwachte aankopen in de maand × disconteringsfactor)',
	excludedCustomers: (p) =>
		`Klanten van wie de eerste aankoop na het einde van de kalibratieperiode valt, worden niet gemodelleerd (aantal: ${p.count}).`,
	populationSpend: (p) =>
		`Klanten zonder bruikbare herhaalbesteding krijgen de gemiddelde besteding per aankoop (aantal: ${p.count}).`,
	segmentsHeading: 'Per segment',
	segment: 'Segment',
	customers: 'Klanten',
	segmentClv: 'Voorspelde waarde',
	segmentPurchases: 'Verwachte aankopen',
	interval: (p) => `${p.confidence}-interval`,
	intervalValue: (p) => `${p.low} – ${p.high}`,
	bootstrap: {
		heading: 'Onzekerheid',
		help: 'Een bootstrap schat beide modellen opnieuw op steekproeven van klanten die met teruglegging zijn getrokken en berekent de totalen opnieuw; zo krijg je een bandbreedte voor het totaal en voor elk segment.',
		replicates: 'Herhalingen',
		start: 'Onzekerheidsmarges berekenen',
		cancel: 'Stoppen',
		progress: (p) => `Herhaling ${p.done} van ${p.of}`,
		progressLabel: 'Voortgang van de bootstrap',
		result: (p) =>
			`Totale voorspelde waarde: ${p.estimate}, ${p.confidence}-interval ${p.low} – ${p.high} (herhalingen: ${p.replicates}${p.failed}).`,
		failedFits: (p) => `; niet geconvergeerd en weggelaten: ${p.count}`,
		unbounded: (p) => `; zonder eindige gemiddelde besteding (q ≤ 1), als onbegrensd geteld: ${p.count}`,
		noDropoutFits: (p) => `; in de limiet zonder uitval: ${p.count}`,
		noUpperLimit: 'geen bovengrens',
		stopped: 'Vroegtijdig gestopt: de bandbreedte gebruikt de herhalingen die tot nu toe klaar zijn.',
		invalidReplicates: 'Gebruik 10 tot en met 1000 herhalingen.'
	},
	parameters: {
		heading: 'Geschatte parameters (voor analisten)',
		model: 'Model',
		parameter: 'Parameter',
		estimate: 'Schatting',
		standardError: 'Standaardfout',
		logLikelihood: 'Log-likelihood',
		converged: 'Geconvergeerd',
		iterations: 'Iteraties',
		bgnbd: 'BG/NBD',
		gammaGamma: 'Gamma-Gamma',
		unitNote: (p) => `Tijdseenheid: ${p.unit}. α schaalt mee met de tijdseenheid; r, a, b, p, q en v niet.`,
		spendCustomers: (p) =>
			`Gamma-Gamma is geschat op herhaalkopers met een positieve gemiddelde besteding (aantal: ${p.customers}); de gemiddelde besteding per aankoop is ${p.mean}.`
	},
	table: {
		heading: 'Klanten',
		search: 'Zoeken op klant-id',
		caption: (p) => `Voorspelde waarde per klant over ${months(p.months)}; klanten die voldoen: ${p.total}.`,
		customer: 'Klant',
		x: 'Herhaalaankopen',
		tx: (p) => `Recency (${p.unit})`,
		T: (p) => `Leeftijd (${p.unit})`,
		monetary: 'Gemiddelde herhaalbesteding',
		probabilityAlive: 'P(actief)',
		expectedPurchases: 'Verwachte aankopen',
		expectedSpend: 'Besteding per aankoop',
		clv: 'Voorspelde waarde',
		segment: 'Segment',
		sortBy: (p) => `Sorteren op ${p.column}`,
		previous: 'Vorige pagina',
		next: 'Volgende pagina',
		page: (p) => `Rijen ${p.from}–${p.to} van ${p.total}`,
		export: 'Alle klanten exporteren (CSV)',
		none: 'Geen enkele klant voldoet.'
	},
	holdout: {
		heading: 'Controle op achtergehouden gegevens',
		help: 'Schat het aankoopmodel op de gegevens tot een splitsdatum, voorspel de aankopen daarna en vergelijk ze met wat klanten echt kochten.',
		split: 'Splitsdatum',
		run: 'Controle uitvoeren',
		running: 'Controleren…',
		invalidSplit: (p) => `Kies een datum tussen ${p.from} en ${p.to}.`,
		tooShort: (p) =>
			`De bestellingen beslaan alleen ${p.span}: een controle op achtergehouden gegevens heeft een geschiedenis nodig die lang genoeg is om het model op een vroeger deel te fitten en de voorspellingen met een later deel te vergelijken (in de praktijk enkele maanden), dus die kan op deze dataset niet draaien.`,
		usesNoDropout:
			'Vóór de splitsdatum is bijna geen uitval te zien, dus de controle gebruikt de limiet van het model zonder uitval (a → 0: elke klant blijft actief).',
		usesUncertain:
			'Vóór de splitsdatum leggen de gegevens de uitval nauwelijks vast; de controle gebruikt de beste schatting, die onzeker is.',
		suggest: (p) => `Voer de controle uit met de splitsdatum op ${p.date} (genoeg klanten en herhaalkopers ervoor)`,
		noSuggestion:
			'Geen enkele splitsdatum laat genoeg herhaalkopers ervoor en tijd erna over: deze geschiedenis is te kort, of heeft te weinig terugkerende klanten, voor deze controle.',
		chartTitle: 'Aankopen na de splitsdatum: voorspeld en werkelijk',
		chartDescription: (p) =>
			`Gemiddeld aantal aankopen per klant in de ${amount(p.length, p.unit, SINGULAR[p.unit] ?? p.unit)} na ${p.split}, naar het aantal herhaalaankopen daarvoor.`,
		predicted: 'Voorspeld',
		actual: 'Werkelijk',
		frequency: 'Herhaalaankopen vóór de splitsdatum',
		frequencyLong: (p) => `Herhaalaankopen vóór de splitsdatum: ${p.n}`,
		errorsHeading: 'Fouten',
		mae: 'Gemiddelde absolute fout per klant',
		rmse: 'Wortel van de gemiddelde kwadratische fout per klant',
		totals: 'Aankopen na de splitsdatum, voorspeld en werkelijk',
		totalError: 'Fout in het totaal',
		correlation: 'Correlatie tussen voorspeld en werkelijk, per klant',
		notDefined: 'niet gedefinieerd'
	}
};

export default clv;
