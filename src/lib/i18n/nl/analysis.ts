import type en from '../en/analysis';
import type { Catalogue } from '../messages';
import { dayCount } from './plural';
import { names } from './sources';

/** Teksten van het onderdeel Analyse. */

const analysis: Catalogue<typeof en> = {
	title: 'Analyse',
	intro: 'Klantbehoud, cohorten en segmenten van één dataset, berekend in deze browser.',
	dataset: 'Dataset',
	noDatasets: 'Er is nog geen dataset.',
	importFirst: 'Importeer eerst bestellingen',
	pick: 'Kies een dataset',
	computing: 'Analyseren…',
	notFound: 'Deze dataset bestaat niet meer (misschien is hij in een ander tabblad verwijderd).',
	summaryOnly:
		'Deze dataset is een samenvatting per klant: er zitten geen afzonderlijke bestellingen in, dus er zijn geen perioden, cohorten of segmenten. Voorspelde levenslange klantwaarde kan er wel mee worden berekend.',
	failed: (p) => `De analyse is mislukt: ${p.detail}`,
	range: (p) => `Bestellingen: ${p.orders} · klanten: ${p.customers} · ${p.from} – ${p.to}.`,
	zeroValueOrders: (p) =>
		`Geteld als bestellingen: ${p.count} ${p.count === '1' ? 'bestelling' : 'bestellingen'} van de dataset met een totaal van 0 (gratis monsters, vervangingen, bestellingen met volledige korting; zie het importrapport). Ze tellen als bestellingen mee in elk cijfer (bestellingen, gemiddelde orderwaarde, frequentie, herhaalaankooppercentage, retentie, cohorten en het CLV-model), en een klant wiens enige bestelling 0 is, is een klant.`,
	unknownStatuses: (p: { count: string; statuses: string }) =>
		`Als aankopen geteld: ${p.count} ${p.count === '1' ? 'bestelling' : 'bestellingen'} met een status die deze app niet kent (${p.statuses}). Betekent een status dat de bestelling niet betaald, geannuleerd of terugbetaald is, dan tellen bestellingen, omzet en herhaalaankopen bestellingen mee die geen verkoop waren (zie het importrapport van de dataset).`,
	currencyNotCode: (p: { code: string }) =>
		`De valuta van deze dataset is opgeslagen als “${p.code}”, en dat is geen valutacode: de bedragen worden getoond als gewone getallen met “${p.code}” erachter. Importeer het bestand opnieuw om de valuta opnieuw te laten lezen.`,
	currencyAssumed: (p: { currency: string }) =>
		`Het bestand noemt geen valuta (dat staat ook in het importrapport): de bedragen staan in ${p.currency}, je instelling. Is dat niet hun valuta, wijzig die dan in Instellingen (opnieuw importeren is niet nodig).`,
	currencyAssumedBrowser: (p: { currency: string }) =>
		`Het bestand noemt geen valuta (dat staat ook in het importrapport): de bedragen staan in ${p.currency}, de valuta van de regio van je browser (in Instellingen is er geen gekozen). Is dat niet hun valuta, kies die dan in Instellingen.`,
	sharedCurrencyMarkBrowser: (p: { mark: string; currency: string; currencies: string }) =>
		`De bedragen in het bestand staan met “${p.mark}”, dat meerdere valuta gebruiken (${p.currencies}), en het bestand noemt geen valuta: ze worden getoond in ${p.currency}, de valuta van de regio van je browser (in Instellingen is er geen gekozen). Is dat niet hun valuta, kies die dan in Instellingen.`,
	sharedCurrencyMark: (p: { mark: string; currency: string; currencies: string }) =>
		`De bedragen in het bestand staan met “${p.mark}”, dat meerdere valuta gebruiken (${p.currencies}), en het bestand noemt geen valuta: ze worden getoond in ${p.currency}, je instelling. Is dat niet hun valuta, wijzig die dan in Instellingen.`,
	mixedCurrencies: 'gemengde valuta',
	severalCurrencies: (p: { counts: string }) =>
		`Bestellingen staan in verschillende valuta (${p.counts}). Bedragen zijn zonder omrekening opgeteld, dus omzet, bestelwaarden en CLV mengen valuta.`,
	severalCurrenciesOf: (p: { name: string; counts: string }) =>
		`${p.name}: bestellingen staan in verschillende valuta (${p.counts}). De bedragen zijn zonder omrekening opgeteld, dus in geen enkele valuta, en worden niet vergeleken met die van de andere dataset.`,
	settings: 'Instellingen',
	periodLabel: 'Periode',
	windowLabel: 'Activiteitsvenster (maanden)',
	windowShortHint: (p: { period: string; months: string }) =>
		`Korter dan de periode (${p.period}): daarmee is geen CRR te meten; gebruik minstens ${p.months} maanden.`,
	windowHelp: 'Een klant hoort bij het klantenbestand zolang zijn laatste aankoop hoogstens zo lang geleden is.',
	windowInvalid: 'Gebruik een geheel aantal maanden van 1 tot en met 36.',
	dateRange: {
		heading: 'Datumbereik',
		from: 'Van',
		to: 'Tot en met',
		presets: 'Snelle keuzes',
		preset: {
			last90: 'Laatste 90 dagen',
			last12Months: 'Laatste 12 maanden',
			thisQuarter: 'Dit kwartaal',
			lastQuarter: 'Vorig kwartaal',
			thisYear: 'Dit jaar',
			all: 'Alle bestellingen'
		},
		presetsHelp: (p: { last: string }) =>
			`Snelle keuzes tellen terug vanaf de laatste besteldag in de gegevens, ${p.last}, niet vanaf vandaag.`,
		missingFrom: 'Vul ook een begindatum in, of maak beide datums leeg om alle bestellingen te gebruiken.',
		missingTo: 'Vul ook een einddatum in, of maak beide datums leeg om alle bestellingen te gebruiken.',
		formatFrom: 'De begindatum is geen geldige datum.',
		formatTo: 'De einddatum is geen geldige datum.',
		order: 'De begindatum ligt na de einddatum.',
		stale: (p: { from: string; to: string }) =>
			`De cijfers hieronder gelden nog voor ${p.from} – ${p.to}, de laatste geldige datums: verbeter de datums om ze bij te werken.`,
		outside: (p: { from: string; to: string }) =>
			`Het datumbereik valt buiten de gegevens: de bestellingen lopen van ${p.from} tot en met ${p.to}. Kies datums daarbinnen.`,
		rule: 'Binnen een datumbereik tellen de kerncijfers, segmenten en cohorten alleen de bestellingen van dat bereik. ‘Nieuw’ betekent nieuw voor de winkel: een klant van wie de allereerste bestelling in het bereik valt. Een klant die vóór het bereik kocht, is een terugkerende klant, geen nieuwe. Periodieke retentie neemt het klantenbestand uit de hele geschiedenis en toont de perioden binnen het gekozen bereik; een periode die door het bereik wordt afgesneden, wordt niet gemeten. De voorspelde CLV verderop gebruikt alle bestellingen.',
		summary: (p: {
			orders: string;
			customers: string;
			from: string;
			to: string;
			newCustomers: string;
			returning: string;
		}) =>
			`${p.orders} ${p.orders === '1' ? 'bestelling' : 'bestellingen'} van ${p.customers} ${p.customers === '1' ? 'klant' : 'klanten'} van ${p.from} tot en met ${p.to}: ${p.newCustomers} nieuw voor de winkel, ${p.returning} terugkerend (kochten vóór het bereik).`,
		newMayBeEarlier: (p: { count: string; total: string; from: string; window: string; until: string }) =>
			`Nieuwe klanten die voor het eerst gezien zijn vóór ${p.until}, minder dan één activiteitsvenster van ${p.window} ${p.window === '1' ? 'maand' : 'maanden'} na het begin van de gegevens op ${p.from}: ${p.count} van de ${p.total} (kan eerdere kopers bevatten). Een klant die kocht vóór het begin van de gegevens heeft hier geen eerdere bestelling en telt dus als nieuw.`,
		notPublished:
			'De cijfers van een datumbereik blijven op deze pagina: Benchmarks, Planner en Wat-als gebruiken de cijfers van alle bestellingen.'
	},
	periodCompare: {
		heading: 'Vergeleken met eerdere perioden',
		chooseRange:
			'Kies een datumbereik om de kerncijfers te vergelijken met de periode er vlak voor en met dezelfde datums een jaar eerder.',
		previous: 'Vorige periode',
		yearAgo: 'Een jaar eerder',
		previousToDate: {
			month: 'Dezelfde dagen van de maand ervoor',
			quarter: 'Dezelfde dagen van het kwartaal ervoor',
			year: 'Dezelfde datums van het jaar ervoor'
		},
		previousMonthsToDate: {
			quarter: 'Dezelfde maanden van het kwartaal ervoor',
			year: 'Dezelfde maanden van het jaar ervoor'
		},
		rangeOf: (p: { label: string; from: string; to: string }) => `${p.label}: ${p.from} – ${p.to}`,
		notComparable: 'niet vergelijkbaar',
		notComparableWhy: (p: { label: string; dataFrom: string }) =>
			`${p.label}: niet vergelijkbaar, want de gegevens beginnen op ${p.dataFrom} en dekken die periode niet helemaal.`,
		figure: (p: { before: string; change: string }) => `${p.before} (${p.change})`,
		points: (p: { value: string }) => `${p.value} procentpunt`,
		noChange: 'geen verandering te berekenen',
		flaggedHelp:
			'Een cijfer dat in een van beide bereiken geen kaal feit is (een jaarcijfer geëxtrapoleerd uit een korte periode, een CRR boven 100 % of nog niet meetbaar) is gemarkeerd als “niet vergelijkbaar”: de verandering zou geen feit zijn.',
		changeHelp:
			'Veranderingen van percentages staan in procentpunten, veranderingen van bedragen en aantallen in procenten. Vanaf een eerder cijfer van 0 of minder wordt geen procentuele verandering gegeven.'
	},
	kpi: {
		heading: 'Kerncijfers',
		showFormula: 'Hoe wordt dit berekend?',
		customers: 'Klanten',
		orders: 'Bestellingen',
		revenue: 'Omzet (bestellingstotalen)',
		revenuePerCustomer: 'Omzet per klant tot nu toe',
		aov: 'Gemiddelde bestelwaarde',
		frequency: 'Aankoopfrequentie',
		frequencyUnit: 'bestellingen per klant per jaar',
		repeat: 'Herhaalaankooppercentage',
		crr: (p) => `Klantbehoudpercentage (${p.period})`,
		churn: (p) => `Klantverloop (${p.period})`,
		clv: 'Eenvoudige CLV (AOV × frequentie × levensduur)',
		notAvailable: 'niet beschikbaar',
		notMeasurable: 'nog niet meetbaar',
		flagged: 'Met voorzichtigheid lezen',
		customersFormula: (p) => `Klanten met minstens één behouden bestelling: ${p.customers}.`,
		ordersFormula: (p) => `Bestellingen behouden na de controles van de import: ${p.orders}.`,
		revenueNetSales: 'Nettoverkoop',
		revenueLineItems: 'Verkoop (aantal × prijs)',
		revenueNetSalesFormula: (p: { revenue: string }) =>
			`Som van de nettoverkoop van de behouden bestellingen: na kortingen, min het verkoopdeel van terugbetalingen en min retouren en creditnota’s; btw en verzending zijn geen verkoop en zitten er niet in: ${p.revenue}.`,
		revenueLineItemsFormula: (p: { revenue: string }) =>
			`Som van aantal × stukprijs over de regels van de behouden bestellingen, min retouren en creditnota’s, tegen de prijzen in het bestand (het bestand heeft geen kolommen voor btw of verzending): ${p.revenue}.`,
		revenueLessShipping: 'Omzet (ordertotalen min verzending)',
		revenueLessShippingFormula: (p: { revenue: string }) =>
			`Som van de totalen van de behouden bestellingen min verzending, min het verkoopdeel van terugbetalingen en min retouren; het bestand heeft geen btw-kolom, dus het bedrag kan btw bevatten: ${p.revenue}.`,
		revenueLineAmounts: 'Omzet (artikelbedragen)',
		revenueLineAmountsFormula: (p: { revenue: string }) =>
			`Som van de bedragen op de regels van de behouden bestellingen (één regel per artikel), min terugbetalingen en retouren; het bestand splitst ze niet in btw en verzending, dus ze kunnen die bevatten: ${p.revenue}.`,
		revenueLineTyped: 'Netto-omzet (artikelregels)',
		revenueLineTypedFormula: (p: { revenue: string }) =>
			`Som van de artikel- en kortingsregels van de behouden bestellingen (één regel per artikel), min terugbetalingen en retouren; regels die het bestand als verzending, toeslag of btw markeert, zijn geen omzet en tellen niet mee: ${p.revenue}.`,
		revenueParts: 'Omzet per onderdeel',
		revenuePartsAllOrders: (p: { from: string; to: string }) =>
			`Omzet per onderdeel: alle bestellingen (${p.from} – ${p.to}), niet het datumbereik`,
		revenuePartsRangeNote: (p: { from: string; to: string; revenue: string; name: string }) =>
			`De import legt de omzet per onderdeel vast voor de gegevensset als geheel, niet per bestelling, dus dit overzicht omvat alle bestellingen (${p.from} – ${p.to}), niet het datumbereik. Voor het bereik is alleen ‘${p.name}’ bekend: ${p.revenue} (de kaart hierboven).`,
		revenuePartsMissing:
			'Deze dataset is geïmporteerd voordat de omzet per onderdeel werd bewaard: importeer het bestand opnieuw om brutoverkoop, kortingen, terugbetalingen, retouren, btw en verzending apart te zien.',
		revenueFormula: (p) =>
			`Som van de totalen van de behouden bestellingen, min de terugbetalingen die de import aftrok: ${p.revenue}. Als de bestellingstotalen in het bestand btw en verzending bevatten, dan bevat deze som die ook.`,
		revenuePerCustomerFormula: (p: { revenue: string; customers: string; value: string; days: string }) =>
			`Omzet ÷ klanten = ${p.revenue} ÷ ${p.customers} = ${p.value}: wat een klant tot nu toe heeft besteed, over ${dayCount(p.days)} aan gegevens. Geen voorspelling; Windsor Circle noemt dit “CLV”.`,
		revenuePerCustomerInRange: 'Omzet per klant in deze datums',
		revenuePerCustomerRangeFormula: (p) =>
			`Omzet ÷ klanten = ${p.revenue} ÷ ${p.customers} = ${p.value}: wat een klant binnen deze datums heeft besteed (${dayCount(p.days)}), niet alles wat hij heeft besteed: ${p.returning} van de ${p.customers} klanten kochten al eerder. Geen voorspelling.`,
		revenuePerCustomerNoOrders: (p) =>
			`Geen bestellingen in deze datums (${dayCount(p.days)}): geen klant kocht erin, dus er is geen omzet per klant.`,
		aovNoOrders: (p) =>
			`Geen bestellingen in deze datums (${dayCount(p.days)}): er is geen bestelwaarde om te middelen, dus er is geen AOV.`,
		repeatNoOrders: (p) =>
			`Geen bestellingen in deze datums (${dayCount(p.days)}): geen klant kocht erin, dus er is geen herhaalaankoopratio.`,
		noOrders: 'Geen bestellingen in deze datums: er is niets te tellen per klant of per jaar.',
		aovFormula: (p) => `AOV = omzet ÷ bestellingen = ${p.revenue} ÷ ${p.orders} = ${p.aov}`,
		frequencyFormula: (p) =>
			`f = bestellingen ÷ klanten ÷ jaren aan gegevens = ${p.orders} ÷ ${p.customers} ÷ ${p.years} = ${p.f} (bestellingen per klant over de hele looptijd van ${dayCount(p.days)}: ${p.perCustomer})`,
		frequencyYearFormula: (p) =>
			`f = bestellingen ÷ klanten die kochten = ${p.orders} ÷ ${p.customers} = ${p.f}, over de laatste 12 volle maanden, ${p.year}: hetzelfde jaar als waarover het klantverloop per jaar is gemeten, en de f van de Wat-als-pagina. (Over alle gegevens, ${dayCount(p.days)}, ${p.perCustomer} bestellingen per klant: daar tellen de klanten die vertrokken en die later kwamen voor elk jaar mee.)`,
		repeatFormula: (p) =>
			`Herhaalaankooppercentage = klanten met 2+ bestellingen ÷ klanten = ${p.repeat} ÷ ${p.customers} = ${p.rate}. Dit is wat Metrilo ‘retention rate’ noemt; het is niet de CRR hieronder.`,
		crrFormula: (p) =>
			`CRR = (E − N) ÷ S × 100 = (${p.e} − ${p.n}) ÷ ${p.s} × 100 = ${p.crr}, voor ${p.period} (S = klanten in het bestand aan het begin, E = aan het eind, N = nieuwe klanten in de periode).`,
		churnFormula: (p) => `Klantverloop = 1 − CRR = ${p.churn}, voor ${p.period}. ${p.yearly}`,
		yearlyChurnOtherYear: (p) =>
			`Het klantverloop per jaar dat de eenvoudige CLV gebruikt, is dat van de laatste 12 volle maanden, ${p.year}, niet van ${p.period}: met een venster van ${p.window} ${p.window === '1' ? 'maand' : 'maanden'}, CRR = (${p.e} − ${p.n}) ÷ ${p.s} = ${p.crr}, dus klantverloop per jaar = ${p.churn}.`,
		yearlyChurn: (p) =>
			`Per jaar is het gemeten, niet uit deze CRR samengesteld (met een activiteitsvenster is de CRR van een periode geen constant percentage): over de laatste 12 volle maanden, ${p.year}, met een venster van ${p.window} ${p.window === '1' ? 'maand' : 'maanden'}, CRR = (${p.e} − ${p.n}) ÷ ${p.s} = ${p.crr}, dus klantverloop per jaar = ${p.churn}.`,
		yearlyChurnNone: (p) =>
			`Geen klantverloop per jaar: dat wordt gemeten over de laatste 12 volle maanden van de data (of van het datumbereik) met een activiteitsvenster van 12 maanden, dus er zijn 24 volle maanden nodig, en nooit samengesteld uit de CRR van een kortere periode. ${p.reason}`,
		clvFormula: (p) =>
			`CLV = AOV × f × t = ${p.aov} × ${p.f} × ${p.t} = ${p.clv}, met t = ${p.tSource}. Formule uit ${names['004']}; t is meestal 1–3 jaar.`,
		tFromChurn: (p) =>
			`1 ÷ klantverloop per jaar = 1 ÷ ${p.yearly} = ${p.t} jaar (klantverloop per jaar gemeten over ${p.year}; een ruwe schatting: gaat uit van constant klantverloop)`,
		tChosen: (p) => `${p.t} jaar, zoals je zelf hebt gekozen`,
		noPeriod: 'Nog geen periode in de gegevens.',
		noClv: 'Vereist een frequentie per jaar en een klantverloop per jaar boven 0 (gemeten over de laatste 12 volle maanden), of een levensduur die je hieronder kiest.',
		repeatByDays: (p: { orders: string; days: string }) =>
			`Geteld per bestelling ${p.orders === '1' ? 'kocht 1 klant' : `kochten ${p.orders} klanten`} meer dan eens; geteld per aankoopdag, zoals de modellen voor voorspelde CLV tellen, ${p.days === '1' ? 'kocht 1 klant' : `kochten ${p.days} klanten`} op twee of meer verschillende dagen (meerdere bestellingen op één dag zijn daar één aankoop).`,
		frequencyRefused: (p: { days: string; min: string; perCustomer: string }) =>
			`Niet per jaar vermeld: een jaarcijfer vraagt minstens ${p.min} dagen aan gegevens, en deze gegevens beslaan ${dayCount(p.days)}. Bestellingen per klant over die periode: ${p.perCustomer}.`,
		frequencyExtrapolated: (p: { days: string; full: string }) =>
			`Geëxtrapoleerd van ${dayCount(p.days)} naar een jaar (een jaar gerekend als ${p.full} dagen): seizoenen en onderbrekingen zijn nog niet te zien, dus andere pagina’s gebruiken het niet.`,
		churnAboveHundred: (p: { churn: string }) =>
			`Klantverloop = 1 − CRR = ${p.churn}: onder nul, omdat de CRR boven 100 % ligt.`,
		clvExtrapolated: (p: { days: string }) =>
			`De frequentie ervan is geëxtrapoleerd uit ${dayCount(p.days)} aan gegevens.`,
		lifetimeLabel: 'Levensduur t voor de CLV (jaren; leeg = uit klantverloop)',
		lifetimeInvalid: 'Gebruik een aantal jaren tussen 0,1 en 50.'
	},
	retention: {
		heading: 'Klantbehoud en klantverloop per periode',
		chartTitle: (p) => `CRR en klantverloop per ${p.period}`,
		chartDescription: (p) =>
			`Klantbehoudpercentage (E − N) ÷ S en klantverloop (1 − CRR) per ${p.period}, met een activiteitsvenster van ${p.window} mnd.`,
		crr: 'CRR',
		churn: 'Klantverloop',
		period: 'Periode',
		start: 'S (bestand aan het begin)',
		end: 'E (bestand aan het eind)',
		acquired: 'N (nieuw)',
		partial: (p: { covered: string; days: string }) => `(gedeeltelijk: ${p.covered} van ${p.days} dagen)`,
		cutByRange: (p: { covered: string; days: string }) =>
			`(afgesneden door het datumbereik: ${p.covered} van ${p.days} dagen erin)`,
		cutNote:
			'Een periode die het datumbereik afsnijdt, toont geen S, E, N of CRR: die zouden de hele periode tellen, niet alleen de dagen binnen het bereik.',
		aboveHundredFlag: (p: { n: string }) => `(boven 100 %: ${p.n} teruggekeerd)`,
		notMeasurable: 'nog niet meetbaar',
		partialNote: (p: { period: string; covered: string; days: string }) =>
			`${p.period} is gedeeltelijk: de gegevens beslaan ${p.covered} van de ${p.days} dagen. De cijfers zijn niet vergelijkbaar met volledige periodes, en een laag cijfer is daar geen daling; er is geen CRR voor.`,
		measurableNote: (p: { window: string }) =>
			`Een CRR is meetbaar voor een volledige periode (die de gegevens van de eerste tot de laatste dag beslaan) met minstens ${p.window} ${p.window === '1' ? 'maand' : 'maanden'} aan gegevens ervoor (één activiteitsvenster, zodat S volledig is) en klanten aan het begin. Andere periodes tonen “nog niet meetbaar”, hier, in de grafiek en bij de kerncijfers.`,
		warmingUp: '(bestand nog in opbouw)',
		noOrdersFlag: '(geen bestellingen)',
		noOrdersNote: (p) =>
			`Geen enkele bestelling in ${p.periods}${p.more === '0' ? '' : ` en nog ${p.more}`}. Als de winkel toen verkocht, mist de export die dagen (een maandbestand vergeten?), en S, E, N en de CRR van de perioden eromheen zijn zonder die bestellingen geteld.`,
		warmingUpNote:
			'Perioden gemarkeerd als ‘bestand nog in opbouw’ beginnen minder dan één activiteitsvenster na de eerste bestelling in de gegevens: klanten die kochten vóór het begin van de gegevens ontbreken in S, dus hun CRR is niet betrouwbaar, en zo’n klant die opnieuw bestelt, telt als nieuw in N.',
		windowShort: 'niet meetbaar: venster korter dan de periode',
		noBase: 'geen klanten aan het begin',
		noChart: 'Nog geen periode heeft een meetbare CRR: de tabel hieronder zegt per periode wat ontbreekt.'
	},
	cohorts: {
		heading: 'Cohorten',
		help: 'Klanten worden gegroepeerd naar de maand van hun eerste aankoop (een cohort). Elke cel toont het aandeel van het cohort dat zoveel maanden later opnieuw kocht.',
		heatmapTitle: 'Aandeel van elk cohort dat koopt, per maand sinds de eerste aankoop',
		heatmapDescription:
			'Rijen zijn maanden van eerste aankoop, kolommen maanden sindsdien; de eerste kolom is altijd 100%.',
		curvesTitle: 'Cumulatieve omzet per klant, per cohort',
		curvesDescription:
			'Netto-omzet per klant van elk cohort, maand voor maand opgeteld sinds de eerste aankoop (een klantwaardecurve per cohort).',
		cohort: 'Cohort',
		size: 'Klanten',
		monthsSince: 'Maanden sinds eerste aankoop',
		month: (p) => `Maand ${p.n}`,
		tableSummary: 'Cohorttabel met aantallen',
		exportShares: 'Aandelen exporteren (CSV)',
		exportRevenue: 'Omzet per klant exporteren (CSV)',
		earlierBuyersFlag: '(kan eerdere kopers bevatten)',
		smallCohortsNote: (p) =>
			`${p.count} van de ${p.total} cohorten hebben minder dan ${p.min} klanten (de kolom grootte): één klant meer of minder verschuift hun aandelen met ${p.points} procentpunt of meer, dus lees ze als ruwe schatting, zoals de uitsplitsingen naar eerste bestelling zulke groepen als onzeker markeren.`,
		earlierBuyersNote: (p: { from: string; window: string; until: string }) =>
			`De gegevens beginnen op ${p.from}. Cohorten tot en met ${p.until} (gemarkeerd ‘kan eerdere kopers bevatten’) beginnen minder dan één activiteitsvenster van ${p.window} ${p.window === '1' ? 'maand' : 'maanden'} daarna, net als de perioden gemarkeerd ‘bestand nog in opbouw’ in de retentietabel: een klant die kocht vóór het begin van de gegevens heeft hier geen eerdere bestelling en telt dus als nieuw. Hun grootte en aandelen kunnen oude klanten bevatten.`,
		partialFirstNote: (p: { month: string; covered: string; days: string; first: string }) =>
			`De gegevens beginnen op ${p.first}, dus ${p.month} is maar voor ${p.covered} van de ${p.days} dagen gedekt: het cohort bevat alleen de klanten van die dagen.`,
		partialMonth: (p: { month: string }) => `${p.month} (gedeeltelijk)`,
		partialNote: (p: { month: string; covered: string; days: string; last: string }) =>
			`De gegevens eindigen op ${p.last}, dus ${p.month} is maar voor ${p.covered} van de ${p.days} dagen gedekt. De laatste cel van elk cohort (gemarkeerd met *) telt alleen die dagen: een laag aandeel daar is geen daling.`
	},
	trust: {
		partialByRange: (p: { period: string; covered: string; days: string }) =>
			`${p.period} is de laatste periode en het datumbereik beslaat maar ${p.covered} van de ${p.days} dagen; nog geen volledige periode in het bereik.`,
		partial: (p: { period: string; covered: string; days: string }) =>
			`${p.period} is de laatste periode en de gegevens beslaan maar ${p.covered} van de ${p.days} dagen; nog geen volledige periode.`,
		baseBuilding: (p: {
			period: string;
			window: string;
			historyFrom: string;
			dataFrom: string;
			measurableFrom: string;
		}) =>
			`Het klantenbestand aan het begin van ${p.period} vraagt bestellingen vanaf ${p.historyFrom} (één activiteitsvenster van ${p.window} ${p.window === '1' ? 'maand' : 'maanden'}), maar de gegevens beginnen op ${p.dataFrom}: S mist klanten die eerder kochten, dus de CRR zou te hoog zijn. Periodes die op of na ${p.measurableFrom} beginnen, zijn meetbaar; een korter activiteitsvenster meet eerder.`,
		windowShort: (p: { period: string; window: string; periodName: string; months: string }) =>
			`Het activiteitsvenster (${p.window} ${p.window === '1' ? 'maand' : 'maanden'}) is korter dan de periode (een ${p.periodName}, ${p.months} maanden), dus de CRR van ${p.period} is niet meetbaar: een klant die er voor het eerst kocht en vóór het einde alweer uit het klantenbestand viel, zit in N maar niet in E, en (E − N) ÷ S telt te weinig behouden klanten (soms zelfs onder 0). Kies een activiteitsvenster van minstens ${p.months} maanden, of een kortere periode.`,
		noBase: (p: { period: string }) => `Aan het begin van ${p.period} zit niemand in het klantenbestand (S = 0).`,
		aboveHundred: (p: { period: string; crr: string; returning: string; window: string }) =>
			`CRR ${p.crr} voor ${p.period} ligt boven 100 %: ${p.returning} ${p.returning === '1' ? 'klant kwam' : 'klanten kwamen'} terug na meer dan ${p.window} ${p.window === '1' ? 'maand' : 'maanden'} zonder aankoop. Ze zitten in E maar niet in S of N, dus de CRR is geen aandeel behouden klanten. Een langer activiteitsvenster telt ze als behouden.`,
		severalCurrenciesWithheld: (p: { counts: string }) =>
			`Bestellingen staan in verschillende valuta (${p.counts}), zonder omrekening opgeteld: een bedrag in geen enkele valuta is niet te vergelijken met een cijfer in één valuta. Percentages (CRR, klantverloop, herhaalaankopen) worden wel vergeleken.`,
		shortSpanRefused: (p: { days: string; min: string }) =>
			`Een jaarcijfer vraagt minstens ${p.min} dagen aan gegevens; deze gegevens beslaan ${dayCount(p.days)}.`,
		shortSpanExtrapolated: (p: { days: string; full: string }) =>
			`Naar een jaar geëxtrapoleerd uit ${dayCount(p.days)} aan gegevens (minder dan een volledig jaar van ${p.full} dagen).`
	},
	segments: {
		rangeNote: (p: { from: string; to: string }) =>
			`Er is een datumbereik ingesteld: de segmenten tellen alleen de bestellingen van ${p.from} tot en met ${p.to}, dus “één bestelling”, “eerste en enige aankoop” en “totale besteding” gelden binnen die data (een klant met veel bestellingen ervoor kan “eenmalig” zijn).`,
		heading: 'Segmenten',
		rfmHeading: 'RFM-segmenten',
		rfmHelp:
			'Elke klant krijgt op basis van kwintielen scores van 1 tot 5 voor R (recency, hoe recent), F (frequency, hoe vaak) en M (monetary, hoeveel), en een segment op basis van R en het gemiddelde van F en M. F = 1 betekent precies één bestelling; met twee of meer bestellingen is F minstens 2.',
		seedHeading: 'Segmenten naar frequentie, besteding en recentheid',
		seedHelp: `De groepen die ${names['002']} voorstelt, met drempels die je kunt aanpassen. Een klant kan in meerdere groepen zitten.`,
		segment: 'Segment',
		customers: 'Klanten',
		customerShare: 'Aandeel klanten',
		revenueShare: 'Aandeel omzet',
		meanOrders: 'Bestellingen per klant',
		meanRecency: 'Dagen sinds laatste bestelling',
		tactics: 'Tactieken',
		tacticsCount: (p) => `Tactieken (${p.count})`,
		tacticsFor: (p) => `Tactieken voor ${p.segment}`,
		export: 'Klanten exporteren',
		exportFor: (p) => `De klanten van ${p.segment} exporteren als CSV`,
		definitions: {
			champions: 'Kochten recent, vaak en voor veel geld (R 4–5, FM 4–5).',
			loyal: 'Twee of meer bestellingen, kopen regelmatig en niet lang geleden (R 3 met FM 3–5, R 4–5 met FM 3).',
			'potential-loyalists':
				'Recente klanten met een tweede aankoop of hogere besteding (R 3–5 met FM 2, of één bestelling met FM 3 bij R 3).',
			new: 'Precies één bestelling, recent (R 4–5).',
			'at-risk': 'Kochten vroeger vaak of veel, maar niet recent (R 1–2, FM 3–4).',
			'cant-lose':
				'Horen qua frequentie en besteding bij je beste klanten, maar zijn stil geworden (R 1–2, FM 5).',
			hibernating: 'Kochten weinig, een tijd geleden (R 3 met FM 1, R 2 met FM 1–2).',
			lost: 'Kochten weinig, lang geleden (R 1, FM 1–2).',
			'high-frequency': (p) =>
				`Gemiddeld per maand over de laatste ${p.months} mnd.: minstens ${p.orders} bestellingen of een besteding van minstens ${p.spend}.`,
			'top-1-percent': (p) => `De bovenste ${p.percent}% van de klanten naar totale besteding.`,
			'top-10-percent': (p) => `De volgende klanten, tot de bovenste ${p.percent}% naar totale besteding.`,
			'one-time': 'Precies één bestelling.',
			lapsed: (p) => `Geen bestelling in de laatste periode van de gegevens (aantal dagen: ${p.days}).`
		},
		windowPart: (p) =>
			`De gegevens beslaan maar ${p.days} dagen van het venster van ${p.window} maanden: de gemiddelden gaan over die dagen, en over een hele maand als het er minder zijn (een kortere periode wordt niet opgeschaald tot een maand).`,
		lapsedUnmeasurable: (p) =>
			`Hier niet meetbaar: de gegevens beslaan ${p.span} dagen, minder dan ${p.days}, dus niemand kan erin afgehaakt zijn (0 is geen telling).`,
		thresholds: 'Drempels',
		ordersPerMonth: 'Hoge frequentie: bestellingen per maand',
		spendPerMonth: 'Hoge frequentie: besteding per maand',
		topPercent: 'Toplaag: bovenste % van de klanten',
		highPercent: 'Hoge laag: bovenste % van de klanten',
		lapsedDays: 'Afgehaakt na (dagen zonder bestelling)',
		thresholdInvalid: 'Vul een positief getal in.'
	}
};

export default analysis;
