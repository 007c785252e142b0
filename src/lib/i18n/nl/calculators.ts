import type en from '../en/calculators';
import type { Catalogue } from '../messages';
import { names } from './sources';

/**
 * Teksten van de rekentools. Functies krijgen getallen die al voor de lezer zijn opgemaakt;
 * `count`-parameters zijn het ruwe getal, om enkelvoud of meervoud te kiezen.
 */
const calculators: Catalogue<typeof en> = {
	title: 'Rekentools',
	intro: 'Elke rekentool toont het resultaat terwijl je typt, de formule met je eigen getallen ingevuld en toelichting voor in de les. Een gekopieerde link opent dezelfde berekening opnieuw; scenario’s met een naam worden in deze browser bewaard.',
	groups: {
		retention: 'Klantbehoud en klantverloop',
		orders: 'Bestellingen en klanten',
		value: 'Levenslange klantwaarde',
		acquisition: 'Acquisitie en loyaliteit'
	},
	allCalculators: 'Alle rekentools',
	inputsHeading: 'Jouw getallen',
	numberHint:
		'Typ getallen met of zonder scheiding van duizendtallen (10000, 10 000, 10.000) en decimalen met een komma of een punt (10,5 of 10.5).',
	resultHeading: 'Resultaat',
	showMath: 'Toon de berekening',
	mathUnavailable: 'De formule met jouw getallen verschijnt hier zodra het resultaat kan worden berekend.',
	notesHeading: 'Toelichting',
	optional: 'optioneel',
	copyLink: 'Link kopiëren',
	linkCopied: 'Link gekopieerd. Wie hem opent, ziet deze berekening.',
	copyFailed: 'De browser stond kopiëren niet toe. Selecteer de link hieronder en kopieer hem:',
	shareLinkLabel: 'Link naar deze berekening',
	embedHeading: 'Deze rekentool insluiten',
	embedIntro:
		'Plak deze code in een webpagina om deze rekentool daar te tonen, geopend met de getallen hierboven. Niets wat erin wordt getypt verlaat de browser van de lezer.',
	embedCodeLabel: 'Insluitcode (HTML)',
	copyEmbed: 'Insluitcode kopiëren',
	embedCopied: 'Insluitcode gekopieerd.',
	embedCopyFailed: 'De browser stond kopiëren niet toe. Selecteer de code hierboven en kopieer hem.',
	embedFrameTitle: (p: { title: string }) => `${p.title} — rekentool van Retention Lab`,
	openInApp: 'Openen in Retention Lab',
	opensNewTab: '(opent in een nieuw tabblad)',
	projectorView: 'Projectorweergave',
	printHandout: 'Hand-out afdrukken',
	handoutLink: 'Deze berekening online:',
	handoutQr: 'QR-code van de link naar deze berekening',
	incomplete: (p: { fields: string }) => `Vul in om het resultaat te zien: ${p.fields}.`,
	listSeparator: ', ',
	percentagePoints: (p: { n: string; count: number }) => `${p.n} procentpunt`,
	invalid: 'Verbeter de gemarkeerde invoer om het resultaat te zien.',
	readAs: (p: { value: string }) => `Gelezen als ${p.value}`,
	currencyFixed: (p: { currency: string }) =>
		`Bedragen zijn in ${p.currency}, de valuta van het geopende scenario of de link.`,
	useSettingCurrency: (p: { currency: string }) => `Gebruik ${p.currency}`,
	unknownPeriod: (p) =>
		`De link vroeg om een periode “${p.period}”, die deze calculator niet kent: de cijfers zijn ${p.used}; kies hierboven een andere.`,
	forPeriod: {
		month: 'per maand',
		quarter: 'per kwartaal',
		year: 'per jaar'
	},
	perPeriod: {
		month: 'per maand',
		quarter: 'per kwartaal',
		year: 'per jaar'
	},
	periodChurn: {
		month: 'Klantverloop per maand',
		quarter: 'Klantverloop per kwartaal',
		year: 'Klantverloop per jaar'
	},
	duration: {
		month: (p: { n: string; count: number }) => `${p.n} ${p.count === 1 ? 'maand' : 'maanden'}`,
		quarter: (p: { n: string; count: number }) => `${p.n} ${p.count === 1 ? 'kwartaal' : 'kwartalen'}`,
		year: (p: { n: string; count: number }) => `${p.n} jaar`
	},
	fieldProblems: {
		empty: 'Verplicht: vul een getal in.',
		notNumber: (p: { text: string; decimalExample: string }) =>
			`‘${p.text}’ is geen getal. Typ alleen cijfers, bijvoorbeeld 10000 of ${p.decimalExample} (geen letters of valutatekens).`,
		badSeparators: (p: { text: string }) =>
			`De scheidingstekens in ‘${p.text}’ passen niet bij een getal: groepeer duizendtallen per drie cijfers (10.000 of 10 000) of laat de groepering weg.`,
		negative: 'Dit kan niet negatief zijn: vul 0 of meer in.',
		thousandsOrDecimal: (p: { text: string; whole: string; mark: string; asDecimal: string; digits: string }) =>
			`${p.text}: bedoelde je ${p.whole}? Aantallen zijn gehele getallen, en in deze taal staat “${p.mark}” voor decimalen, dus ${p.text} is ${p.asDecimal}. Typ het getal zonder “${p.mark}”, bijvoorbeeld ${p.digits}.`,
		notInteger: 'Vul een geheel getal in: hier tel je klanten, bestellingen of antwoorden.',
		tooLarge: (p: { max: string }) =>
			`Dit getal is te groot: het grootste toegestane getal hier is ${p.max}. Controleer het getal.`,
		percentAbove100: (p: { value: string }) => `${p.value}% is meer dan 100%: vul een percentage van 0 tot 100 in.`
	},
	genericProblem: 'Met deze waarden kan de formule niet rekenen: controleer de gemarkeerde invoer.',
	compare: {
		toggle: 'Vergelijken met scenario B',
		toggleHint: 'Scenario B begint als kopie van je getallen (A). Wijzig B om te zien hoe het resultaat verschilt.',
		scenarioA: 'Scenario A',
		scenarioB: 'Scenario B',
		fieldLabel: (p: { scenario: string; label: string }) => `${p.scenario} — ${p.label}`,
		heading: 'Resultaat: A en B',
		difference: 'B − A',
		relative: 'Relatieve verandering (B − A) / |A|',
		noRelative: 'geen: A is 0',
		waiting: 'Het verschil verschijnt zodra beide scenario’s een resultaat hebben.',
		notOneNumber: 'Dit resultaat bestaat uit meerdere getallen: vergelijk ze in de berekening van elk scenario.',
		warningOf: (p: { scenario: string; warning: string }) => `${p.scenario}: ${p.warning}`,
		mathOf: 'Berekening tonen van'
	},
	scenarios: {
		heading: 'Opgeslagen scenario’s',
		intro: 'Sla deze invoer op onder een naam om er later op terug te komen. Ze blijven in deze browser.',
		nameLabel: 'Naam van het scenario',
		save: 'Scenario opslaan',
		saved: (p: { name: string }) => `‘${p.name}’ opgeslagen.`,
		replaces: (p: { name: string }) =>
			`Er bestaat al een scenario ‘${p.name}’: opslaan vervangt de invoer daarvan.`,
		none: 'Nog geen scenario’s opgeslagen voor deze rekentool.',
		load: (p: { name: string }) => `‘${p.name}’ laden`,
		delete: (p: { name: string }) => `‘${p.name}’ verwijderen`,
		loaded: (p: { name: string }) => `‘${p.name}’ geladen.`,
		deleted: (p: { name: string }) => `‘${p.name}’ verwijderd.`,
		savedOn: (p: { date: string }) => `opgeslagen op ${p.date}`,
		currency: (p: { currency: string }) => `bedragen in ${p.currency}`,
		nameEmpty: 'Geef het scenario een naam.',
		nameTooLong: (p: { max: string }) => `Gebruik voor de naam hoogstens ${p.max} tekens.`,
		saveFailed: (p: { reason: string }) => `Het scenario kon niet worden opgeslagen: ${p.reason}`
	},
	/** The chart of how a result responds to its inputs (issue 15, part 2). */
	response: {
		heading: 'Hoe het resultaat reageert',
		intro: 'Elk punt is het resultaat van deze rekentool met één invoer veranderd en je andere invoer zoals ingevuld. Jouw berekening is het gemarkeerde punt.',
		vary: 'Invoer om te variëren',
		title: (p: { result: string; input: string }) => `${p.result} tegenover ${p.input}`,
		description: (p: { input: string }) => `Het resultaat bij andere waarden van ${p.input}.`,
		compounding: 'Klantverloop dat zich maand na maand opstapelt',
		compoundingDescription:
			'Het deel van de klanten van het begin dat na elke maand verloren is bij dit klantverloop. De blijvers vermenigvuldigen zich, dus het deel groeit trager dan het maandpercentage maal het aantal maanden.',
		months: 'Maanden sinds het begin',
		lostSoFar: 'Klanten verloren sinds het begin',
		yours: 'Jouw berekening',
		waiting: 'De grafiek komt terug zodra het resultaat berekend kan worden.'
	},
	/** "What lifts it most": one input changed at a time. */
	lifts: {
		heading: 'Wat het het meest verhoogt',
		intro: 'Elke regel verandert één invoer en laat de andere zoals ingevuld, berekend met dezelfde formule als het resultaat. De grootste winst staat bovenaan.',
		change: 'Verandering',
		result: 'Nieuw resultaat',
		difference: 'Verschil',
		capped: (p: { by: string; max: string }) => `${p.by}, begrensd op ${p.max}, het hoogst mogelijke`,
		line: (p: { field: string; by: string }) => `${p.field}: ${p.by}`,
		differenceWithShare: (p: { difference: string; relative: string }) => `${p.difference} (${p.relative})`
	},

	crr: {
		title: 'Klantbehoudpercentage (CRR)',
		description: 'Het aandeel van de klanten aan het begin van een periode dat aan het eind nog klant is.',
		fields: {
			s: { label: 'Klanten aan het begin (S)', hint: 'Iedereen die op de eerste dag van de periode klant was.' },
			e: {
				label: 'Klanten aan het eind (E)',
				hint: 'Iedereen die op de laatste dag klant is, nieuwe klanten inbegrepen.'
			},
			n: {
				label: 'Nieuwe klanten in de periode (N)',
				hint: 'Klanten van wie de eerste aankoop in de periode viel.'
			}
		},
		period: 'Lengte van de periode',
		examples: { textbook: 'Voorbeeld uit het lesboek laden', seedVariant: 'Variant met E = 9.800 laden' },
		result: (p: { period: string }) => `Klantbehoudpercentage ${p.period}`,
		retained: 'Behouden klanten van het begin (E − N)',
		lost: 'Verloren klanten (S − (E − N))',
		churn: (p: { period: string }) => `Klantverloop ${p.period} (100% − CRR)`,
		formula: 'CRR = (E − N) / S × 100',
		churnFormula: 'klantverloop = 100% − CRR',
		startNotPositive:
			'S moet groter zijn dan 0: zonder klanten aan het begin valt er niemand te behouden, en de formule zou door nul delen.',
		endBelowAcquired: (p: { e: string; n: string; wouldBe: string }) =>
			`E (${p.e}) is kleiner dan N (${p.n}), waardoor het resultaat ${p.wouldBe} zou zijn, en dat is onmogelijk. E telt alle klanten aan het eind van de periode, inclusief de nieuwe (${p.n}), dus E kan niet kleiner zijn dan N. Controleer of E de nieuwe klanten meetelt.`,
		retainedExceedsStart: (p: { retained: string; s: string }) =>
			`Het resultaat ligt boven 100%: E − N = ${p.retained} behouden klanten, meer dan de ${p.s} waarmee je begon. Consistente tellingen kunnen dat niet opleveren. Misschien mist N een deel van de nieuwe klanten, of telt E klanten mee die al vóór het begin van de periode waren vertrokken en daarna terugkwamen. Het cijfer wordt getoond zodat je de inconsistentie kunt zien; het is geen echt klantbehoudpercentage.`,
		notes: [
			`Het lesboekvoorbeeld (S = 10.000, N = 2.000, E = 10.200 in één kwartaal) uit ${names['001']} noemt een percentage van ‘ongeveer 78%’. De formule geeft (10.200 − 2.000) / 10.000 × 100 = 82%. 78% is wat E = 9.800 zou geven: (9.800 − 2.000) / 10.000 × 100 = 78%. Laad beide voorbeelden om ze te vergelijken.`,
			'N wordt afgetrokken omdat nieuwe klanten wel in E zitten maar niet in S: zonder die correctie zou klanten winnen eruitzien als klanten behouden.',
			'CRR telt klanten, niet wat ze kopen: lees het samen met de aankoopfrequentie en het herhaalaankooppercentage.',
			'Op dezelfde manier geteld tellen CRR en klantverloop over dezelfde periode op tot 100%.'
		]
	},

	churn: {
		title: 'Klantverloop (churn)',
		description:
			'Het aandeel klanten dat in een periode verloren gaat, omgerekend tussen maanden, kwartalen en jaren.',
		fields: {
			s: { label: 'Klanten aan het begin (S)', hint: 'Iedereen die op de eerste dag van de periode klant was.' },
			l: {
				label: 'Verloren klanten in de periode (L)',
				hint: 'Klanten uit S die in de loop van de periode vertrokken.'
			}
		},
		period: 'Periode waarover is geteld',
		examples: { textbook: 'Voorbeeld uit het lesboek laden' },
		result: (p: { period: string }) => `Klantverloop ${p.period}`,
		retention: (p: { period: string }) => `Klantbehoud ${p.period} (100% − klantverloop)`,
		formula: 'klantverloop = L / S × 100',
		startNotPositive:
			'S moet groter zijn dan 0: zonder klanten aan het begin kan er niemand verloren gaan, en de formule zou door nul delen.',
		lostExceedsStart: (p: { l: string; s: string }) =>
			`Meer verloren klanten (${p.l}) dan er aan het begin waren (${p.s}). L telt alleen klanten uit S die vertrokken; klanten die in dezelfde periode zijn gewonnen én verloren, horen bij geen van beide tellingen.`,
		notes: [
			'Klantverloop reken je tussen perioden om met samengestelde kansen, niet door te vermenigvuldigen: bij 5% verloop per maand blijft elke maand 95%, dus blijft er na een jaar 0,95¹² = 54% over en is het jaarverloop 46%, niet 12 × 5% = 60%.',
			'De omrekening gaat uit van hetzelfde verloop in elke maand. In werkelijkheid is het verloop in de eerste maanden van een klant meestal hoger.',
			`Op dezelfde manier geteld geldt klantverloop = 100% − CRR: het lesboekkwartaal uit ${names['001']}, met een CRR van 82%, heeft 18% klantverloop per kwartaal.`,
			'Zonder abonnementen moet je eerst vastleggen wat ‘verloren’ is: meestal een klant zonder aankoop binnen een activiteitsvenster, bijvoorbeeld 12 maanden.'
		]
	},

	churnConvert: {
		title: 'Klantverloop omrekenen',
		description: 'Reken klantverloop om tussen per maand, per kwartaal en per jaar: 1 − (1 − c)^k.',
		fields: {
			c: { label: 'Klantverloop (%)', hint: 'Aandeel klanten dat per periode verloren gaat; 5 betekent 5%.' }
		},
		period: 'Het percentage geldt per',
		examples: { textbook: 'Voorbeeld uit het lesboek laden' },
		equivalent: (p: { period: string }) => `Omgerekend klantverloop ${p.period}`,
		retention: (p: { period: string }) => `Klantbehoud ${p.period}`,
		notes: [
			'Overleven vermenigvuldigt zich: als elke maand 95% blijft, blijft er na een kwartaal 0,95 × 0,95 × 0,95 = 85,7% over, dus is het kwartaalverloop 14,3%, niet 15%.',
			'Andersom gebruik je een gebroken macht: 50% verloop per jaar betekent dat elke maand (1 − 0,5)^(1/12) = 94,4% blijft, een maandverloop van 5,6%.',
			'De omrekening gaat uit van hetzelfde verloop in elke maand van de langere periode.'
		]
	},

	lifetime: {
		title: 'Verwachte klantlevensduur',
		description: 'Een ruwe schatting van hoe lang een klant blijft: t = 1 / klantverloop.',
		fields: {
			c: { label: 'Klantverloop (%)', hint: 'Aandeel klanten dat per periode verloren gaat; 5 betekent 5%.' }
		},
		period: 'Het klantverloop geldt per',
		examples: { textbook: 'Voorbeeld uit het lesboek laden' },
		result: 'Verwachte levensduur (ruwe schatting)',
		inMonths: 'In maanden',
		inYears: 'In jaren',
		formula: 't = 1 / klantverloop',
		lifetimeImplausible: (p: { lifetime: string; churn: string; period: string }) =>
			`Een levensduur van ${p.lifetime} gaat elke echte klant te boven (meer dan 100 jaar): controleer het klantverloop van ${p.churn}. Is het ${p.period}, en in % ingevuld (5 betekent 5%)?`,
		zeroChurn:
			'Bij 0% klantverloop vertrekt er nooit iemand, dus zou de levensduur 1 / 0 zijn: oneindig. Geen echt klantenbestand gedraagt zich zo. Meet het klantverloop over een langere periode, of vul een kleine schatting in, zoals 1%.',
		notes: [
			'Een ruwe schatting: ze gaat ervan uit dat elke klant in elke periode, voor altijd, hetzelfde verloop heeft. In de praktijk daalt het verloop naarmate een klant langer blijft, dus onderschat 1 / klantverloop trouwe klanten en overschat het nieuwe.',
			'De levensduur komt uit in de perioden van het klantverloop: 5% per maand geeft 20 maanden, 5% per jaar geeft 20 jaar.',
			`Ze kan dienen als t in de eenvoudige CLV-formule (CLV = AOV × f × t); ${names['004']} noemt 1 tot 3 jaar gebruikelijk.`
		]
	},

	aov: {
		title: 'Gemiddelde bestelwaarde (AOV)',
		description: 'Omzet per bestelling.',
		fields: {
			r: { label: 'Omzet', hint: 'Omzet uit de getelde bestellingen, in je eigen valuta.' },
			o: { label: 'Aantal bestellingen', hint: 'Bestellingen over dezelfde tijdspanne.' }
		},
		examples: { textbook: 'Voorbeeld uit het lesboek laden' },
		result: 'Gemiddelde bestelwaarde',
		formula: 'AOV = omzet / bestellingen',
		noOrders:
			'Bij 0 bestellingen is er geen gemiddelde bestelwaarde: de formule zou door nul delen. Vul minstens één bestelling in.',
		notes: [
			'Tel omzet en bestellingen over dezelfde tijdspanne, en behandel annuleringen, terugbetalingen, btw en verzendkosten in beide op dezelfde manier.',
			'AOV is de eerste factor van de eenvoudige CLV-formule: CLV = AOV × f × t.'
		]
	},

	frequency: {
		title: 'Aankoopfrequentie',
		description: 'Bestellingen per klant in een periode.',
		fields: {
			o: { label: 'Aantal bestellingen', hint: 'Alle bestellingen die in de periode zijn geplaatst.' },
			c: { label: 'Unieke klanten', hint: 'Verschillende klanten die in de periode hebben besteld.' }
		},
		period: 'Periode waarover is geteld',
		examples: { textbook: 'Voorbeeld uit het lesboek laden' },
		result: (p: { period: string }) => `Aankoopfrequentie ${p.period}`,
		unit: (p: { n: string; period: string }) => `${p.n} keer besteld per klant ${p.period}`,
		formula: 'f = bestellingen / unieke klanten',
		noCustomers: 'Bij 0 klanten is er geen frequentie: de formule zou door nul delen. Vul minstens één klant in.',
		fewerOrdersThanCustomers: (p: { orders: string; customers: string }) =>
			`Er zijn minder bestellingen (${p.orders}) dan klanten (${p.customers}). Elke klant die in de periode bestelde, plaatste minstens één bestelling, dus dit klopt alleen als de klanten ook mensen omvatten die niet bestelden (bijvoorbeeld je hele klantenlijst). De gangbare definitie telt alleen klanten die bestelden.`,
		notes: [
			'Een gemeten frequentie hoort bij haar periode: over een jaar is ze niet twaalf keer de frequentie over een maand, omdat er in een jaar meer verschillende klanten bestellen.',
			'f is de tweede factor van de eenvoudige CLV-formule (CLV = AOV × f × t); gebruik daar f en t over dezelfde periode.'
		]
	},

	repeat: {
		title: 'Herhaalaankooppercentage',
		description: 'Het aandeel klanten dat meer dan eens heeft besteld (wat Metrilo ‘retention rate’ noemt).',
		fields: {
			r: {
				label: 'Klanten met 2 of meer bestellingen',
				hint: 'Klanten die in de tijdspanne minstens twee keer hebben besteld.'
			},
			c: { label: 'Alle klanten', hint: 'Iedere klant die in dezelfde tijdspanne heeft besteld.' }
		},
		examples: { textbook: 'Voorbeeld uit het lesboek laden' },
		result: 'Herhaalaankooppercentage',
		oneTime: 'Eenmalige kopers',
		formula: 'herhaalaankooppercentage = klanten met 2+ bestellingen / klanten × 100',
		noCustomers: 'Bij 0 klanten is er geen percentage: de formule zou door nul delen. Vul minstens één klant in.',
		repeatersExceedCustomers: (p: { repeaters: string; customers: string }) =>
			`Meer terugkerende klanten (${p.repeaters}) dan klanten (${p.customers}): terugkerende klanten zijn een deel van alle klanten. Controleer of beide tellingen over dezelfde klanten en dezelfde tijdspanne gaan.`,
		notes: [
			`Dit is het cijfer dat Metrilo publiceert als ‘retention rate’. Het e-commercegemiddelde van 28% dat ${names['001']} van Metrilo aanhaalt, is een herhaalaankooppercentage, geen CRR: vergelijk gelijksoortige cijfers.`,
			'Het stijgt met de tijdspanne: hoe langer die is, hoe meer klanten de tijd hebben gehad voor een tweede bestelling.'
		]
	},

	clvSimple: {
		title: 'Levenslange klantwaarde (AOV × frequentie × levensduur)',
		description: 'CLV = AOV × aankoopfrequentie × levensduur, optioneel met brutomarge.',
		fields: {
			a: { label: 'Gemiddelde bestelwaarde (AOV)', hint: 'Omzet per bestelling.' },
			f: { label: 'Aankoopfrequentie (f)', hint: 'Bestellingen per klant per periode.' },
			t: {
				label: 'Klantlevensduur (t)',
				hint: `Hoeveel perioden een klant blijft; volgens ${names['004']} meestal 1 tot 3 jaar.`
			},
			g: { label: 'Brutomarge (%)', hint: 'Zet de omzet om in brutowinst.' }
		},
		period: 'f en t gelden per',
		examples: { textbook: 'Voorbeeld uit het lesboek laden' },
		result: 'Levenslange klantwaarde (omzet)',
		customerValue: (p: { period: string }) => `Klantwaarde (CV) ${p.period}`,
		grossProfit: 'Levenslange klantwaarde (brutowinst)',
		formulaCv: 'CV = AOV × f',
		formulaClv: 'CLV = CV × t',
		formulaProfit: 'CLV in brutowinst = CLV × brutomarge',
		lifetimeAboveUsual: (p: { lifetime: string }) =>
			`Een levensduur van ${p.lifetime} is langer dan de 1 tot 3 jaar die ${names['004']} gebruikelijk noemt. Controleer haar, bijvoorbeeld met de rekentool voor de verwachte klantlevensduur (t = 1 / klantverloop).`,
		notes: [
			`De formule uit ${names['004']}: CLV = CV × t met CV = AOV × f. f en t moeten over dezelfde periode gaan: bestellingen per jaar met jaren, bestellingen per maand met maanden.`,
			'Geen disconteren en geen verlooppatroon: een snel omzetcijfer. De rekentool met klantbehoud en marge disconteert toekomstige marge wel.',
			'Met een brutomarge is de CLV uitgedrukt in winst in plaats van omzet: dat is het cijfer om te vergelijken met de kosten om een klant te winnen (LTV:CAC).'
		]
	},

	clvRetention: {
		title: 'Levenslange klantwaarde (klantbehoud en marge)',
		description: 'CLV = m × r / (1 + d − r) uit marge, klantbehoud en een disconteringsvoet, eventueel min CAC.',
		fields: {
			m: {
				label: 'Marge per klant per periode (m)',
				hint: 'Brutowinst die een behouden klant elke periode oplevert.'
			},
			r: {
				label: 'Klantbehoud per periode (r, %)',
				hint: 'Aandeel klanten dat van de ene periode naar de volgende blijft.'
			},
			d: {
				label: 'Disconteringsvoet per jaar (%)',
				hint: 'Je kapitaalkosten, bijv. 10; wordt omgerekend naar de periode.'
			},
			k: {
				label: 'Acquisitiekosten (CAC)',
				hint: 'Eén keer afgetrokken, om te zien wat een nieuwe klant waard is.'
			}
		},
		period: 'm en r gelden per',
		examples: { textbook: 'Voorbeeld uit het lesboek laden' },
		result: 'Levenslange klantwaarde (klantbehoud en marge)',
		afterCac: 'Levenslange klantwaarde na acquisitiekosten (CLV − CAC)',
		multiple: 'Margemultiplicator r / (1 + d − r)',
		discountPerPeriod: (p: { period: string }) => `Disconteringsvoet ${p.period}`,
		discountLead: (p: { period: string }) => `Reken de disconteringsvoet per jaar om naar één ${p.period}:`,
		discountYearly: 'De disconteringsvoet geldt al per jaar:',
		formulaDiscount: (p: { k: string }) => `d = (1 + d per jaar)^(1/${p.k}) − 1`,
		formula: 'CLV = m × r / (1 + d − r)',
		formulaAfterCac: 'CLV − CAC',
		diverges:
			'Bij 100% klantbehoud en een disconteringsvoet van 0% deelt de formule door nul (1 + d − r = 0): een klant die nooit vertrekt en van wie toekomstig geld volledig meetelt, zou onbeperkt veel waard zijn. Vul een klantbehoud onder 100% of een disconteringsvoet boven 0 in.',
		retentionAsFraction: (p: { typed: string; meant: string }) =>
			`Een retentie van ${p.typed} houdt van de ene periode op de volgende bijna geen klant vast: bedoelde u ${p.meant}? Typ het percentage zelf (80 voor 80%), niet de fractie (0,8).`,
		costsMoreThanWorth: (p: { clv: string; cac: string }) =>
			`De acquisitiekosten (${p.cac}) zijn hoger dan de levenslange klantwaarde (${p.clv}): elke klant die tegen deze kosten wordt gewonnen, kost geld.`,
		notes: [
			'De formule (Gupta & Lehmann, 2003) telt de marge van elke toekomstige periode op, gewogen met de kans dat de klant er dan nog is (r, r², r³, …) en gedisconteerd (met 1 + d, (1 + d)², …): CLV = Σ m × rᵗ / (1 + d)ᵗ voor t = 1, 2, … Ze gaat uit van een constante marge en een constant klantbehoud, zonder einddatum.',
			'De marge van de huidige periode telt niet mee (de som begint bij t = 1): tel m erbij op voor een klant die net heeft gekocht.',
			'm, r en d moeten over dezelfde periode gaan. De disconteringsvoet wordt per jaar opgegeven en samengesteld omgerekend: 10% per jaar is (1,1)^(1/12) − 1 = 0,797% per maand, niet 10% / 12.',
			'r / (1 + d − r) is de margemultiplicator: hoeveel perioden marge een klant vandaag waard is.'
		]
	},

	ltvCac: {
		title: 'LTV:CAC-verhouding en terugverdientijd van CAC',
		description:
			'Hoe vaak de waarde van een klant de kosten dekt om hem te winnen, en in hoeveel maanden die kosten zijn terugverdiend.',
		fields: {
			l: {
				label: 'Levenslange klantwaarde (LTV)',
				hint: 'Bij voorkeur in brutowinst, bijv. uit een CLV-rekentool.'
			},
			c: { label: 'Klantacquisitiekosten (CAC)', hint: 'Marketing- en verkoopuitgaven per nieuwe klant.' },
			m: { label: 'Maandomzet per klant', hint: 'Voor de terugverdientijd.' },
			g: { label: 'Brutomarge (%)', hint: 'Voor de terugverdientijd.' }
		},
		examples: { textbook: 'Voorbeeld uit het lesboek laden' },
		result: 'LTV:CAC',
		payback: 'Terugverdientijd van CAC',
		formula: 'LTV:CAC = LTV / CAC',
		formulaPayback: 'terugverdientijd = CAC / (maandomzet × brutomarge)',
		paybackNeedsBoth: 'Vul zowel de maandomzet per klant als de brutomarge in om de terugverdientijd te zien.',
		loss: 'Onder 1 : 1: elke klant kost meer om te winnen dan hij waard is.',
		below: 'Onder de vuistregel van 3 : 1.',
		meets: 'Op of boven de vuistregel van 3 : 1.',
		cacZero:
			'Een CAC van 0 maakt de verhouding oneindig: elke klant zou gratis zijn. Vul in wat je uitgeeft om één klant te winnen (advertenties, kortingen, verkooptijd), hoe weinig ook.',
		noMonthlyMargin:
			'Zonder maandelijkse brutowinst per klant (omzet × marge = 0) worden de acquisitiekosten nooit terugverdiend.',
		notes: [
			'3 : 1 is een vuistregel uit abonnementsbedrijven, geen wet: de juiste verhouding hangt af van je marges, je kaspositie en je groeiplannen, en een heel hoge verhouding kan betekenen dat je te weinig uitgeeft aan het winnen van klanten.',
			'Gebruik LTV in brutowinst, niet in omzet, zodat de verhouding verdiend geld vergelijkt met uitgegeven geld.',
			'De terugverdientijd telt de maanden brutowinst die nodig zijn om de acquisitiekosten terug te verdienen, zonder rekening te houden met klantverloop in de tussentijd.'
		]
	},

	nps: {
		title: 'Net Promoter Score (NPS)',
		description: '% promotors (9–10) − % criticasters (0–6), uit antwoorden op een enquête.',
		fields: {
			pro: { label: 'Promotors (score 9–10)', hint: 'Aantal antwoorden met 9 of 10.' },
			pas: { label: 'Neutralen (score 7–8)', hint: 'Aantal antwoorden met 7 of 8.' },
			det: { label: 'Criticasters (score 0–6)', hint: 'Aantal antwoorden van 0 tot en met 6.' }
		},
		examples: { textbook: 'Voorbeeld uit het lesboek laden' },
		result: 'Net Promoter Score',
		responses: 'Antwoorden',
		promoters: 'Promotors',
		passives: 'Neutralen',
		detractors: 'Criticasters',
		formula: 'NPS = % promotors − % criticasters',
		noResponses: 'Er zijn geen antwoorden: alle drie de aantallen zijn 0. Vul de resultaten van de enquête in.',
		notes: [
			'De standaard-NPS (Reichheld, 2003) vraagt ‘Hoe waarschijnlijk is het dat je ons aanbeveelt bij een vriend of collega?’ op een schaal van 0 tot 10: 9–10 zijn promotors, 7–8 neutralen, 0–6 criticasters. De score loopt van −100 tot +100 en is een score, geen percentage.',
			`De schaal in ${names['002']} loopt van 1 tot 10, en klanten met ‘5 en hoger’ gelden daarin als promotors. Zo is NPS niet gedefinieerd, en zo zouden veel neutralen en criticasters als promotor meetellen; deze rekentool gebruikt de standaarddefinitie.`,
			'Neutralen tellen mee in het totaal maar in geen van beide groepen, dus een neutrale klant omzetten in een promotor verhoogt de score.'
		]
	}
};

export default calculators;
