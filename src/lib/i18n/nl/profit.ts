import type en from '../en/profit';
import type { Catalogue } from '../messages';

/** Teksten van de winstpagina: brutomarge-LTV, LTV:CAC en terugverdientijd van de CAC per cohort. */
const profit: Catalogue<typeof en> = {
	title: 'Winst: brutomarge-LTV, LTV:CAC en terugverdientijd',
	link: 'Winst: brutomarge-LTV, LTV:CAC en terugverdientijd van de CAC',
	intro: 'Wat een klant na je kosten waard is, maand na maand sinds de eerste bestelling, en hoe lang het duurt voordat je terugverdient wat je betaalde om hem te winnen.',
	summaryOnly:
		'Deze dataset is een samenvatting per klant zonder bestellingen: de marge per maand sinds de eerste bestelling kan er niet uit worden berekend.',

	costsHeading: 'Je kosten',
	costsHelp:
		'Vul elke kostenpost in (0 als je die niet hebt). Ze worden in deze browser bij deze dataset bewaard en nergens heen gestuurd.',
	cogs: 'Kostprijs van de goederen (% van de netto-omzet)',
	shipping: (p) =>
		`Je verzendkosten per bestelling (${p.currency}): wat jij betaalt, min wat de klant jou voor verzending betaalde (de netto-omzet laat dat weg)`,
	shippingInTotals: (p) =>
		`Je verzendkosten per bestelling (${p.currency}): wat jij betaalt (de orderbedragen van deze dataset kunnen bevatten wat de klant voor verzending betaalde)`,
	shippingBasisUnknown: (p) =>
		`Je verzendkosten per bestelling (${p.currency}): wat jij betaalt, min wat de klant voor verzending betaalde waar de omzet van deze dataset dat weglaat (zie het importrapport)`,
	feeShare: 'Betaalkosten (% van de orderwaarde)',
	feeFixed: (p) => `Betaalkosten per bestelling (${p.currency}, vast)`,
	cac: (p) => `Klantwervingskosten, CAC (${p.currency} per nieuwe klant)`,
	cacHelp: 'Laat leeg om alleen de marge te zien.',
	invalidPercent: 'Vul een percentage van 0 tot 100 in.',
	invalidMoney: 'Vul een bedrag van 0 of meer in.',
	invalidCac: 'Vul een bedrag boven 0 in, of laat het leeg.',
	typeCosts: 'Vul hierboven alle vier de kostenposten in (0 als je die niet hebt) om de marge te zien.',
	costsAboveSales: 'Kostprijs en betaalkosten samen zijn meer dan 100 % van de netto-omzet: elke verkoop kost geld.',
	channelMissing:
		'Eén CAC geldt voor alle klanten. Een CAC per verkoopkanaal vraagt het kanaal van elke eerste bestelling (een kolom zoals Source in Shopify), en bij deze dataset is dat niet opgeslagen; een latere wijziging van de import slaat het op.',
	channelStored:
		'Eén CAC geldt voor alle klanten, tenzij je hieronder een CAC per kanaal opgeeft: deze dataset bewaart het verkoopkanaal van elke bestelling.',
	channelHeading: 'CAC per kanaal van de eerste bestelling (optioneel)',
	channelHelp:
		'Een kanaal dat leeg blijft, neemt de CAC hierboven. De CAC per klant van een cohort is het gewogen gemiddelde: Σ (klanten gewonnen via een kanaal × zijn CAC) ÷ de klanten van het cohort.',
	channelLabel: (p) => `${p.channel} (${p.customers} ${p.customers === '1' ? 'klant' : 'klanten'})`,
	channelNone: 'geen kanaal',
	channelMore: (p) => `${p.count} kleinere kanalen nemen de CAC hierboven.`,
	cacHeader: 'CAC per klant',
	cacBlended: 'de CAC per klant van elk cohort, gemengd over zijn kanalen zoals hieronder',

	basisNetSales:
		'Omzet is hier de netto-omzet: na kortingen, terugbetalingen en retouren, zonder btw en verzending, zoals de import die uit het bestand berekende.',
	basisLineItems:
		'Omzet is hier de omzet van de orderregels (aantal × stukprijs) zoals het bestand de prijzen geeft. Als die prijzen btw bevatten, is de marge met de btw overschat.',
	basisLessShipping:
		'Omzet is hier het ordertotaal uit het bestand min verzending, dat btw kan bevatten (het bestand heeft geen btw-kolom): de btw is niet van jou, dus de marge is ermee overschat.',
	basisLineAmounts:
		'Omzet is hier de som van de artikelbedragen in het bestand (één regel per artikel), die btw en de door de klant betaalde verzending kunnen bevatten: de btw is niet van jou, dus de marge is ermee overschat.',
	basisOrderTotals:
		'Omzet is hier het ordertotaal uit het bestand, dat btw en de door de klant betaalde verzending kan bevatten: de btw is niet van jou, dus de marge is ermee overschat (min de kostprijs- en betaalkostendelen die erover zijn genomen).',
	basisMixed:
		'De bestanden van deze dataset zijn verschillend gewaardeerd: sommige bedragen kunnen ordertotalen met btw en verzending zijn, wat de marge overschat.',
	feeBasis:
		'Betaalkosten worden over de netto-omzet genomen; betaalproviders rekenen ook over de btw en verzending die de klant betaalt, dus de betaalkosten zijn iets onderschat en de marge iets overschat.',
	formulaMargin:
		'Brutomarge van een bestelling = netto-omzet × (1 − kostprijs % − betaalkosten %) − je verzendkosten − vaste betaalkosten. Elke bewaarde bestelling telt mee, ook een van 0.',
	cogsFromFile: (p) =>
		`Het bestand geeft een kostprijs voor elk van de ${p.orders} bestellingen: de marge gebruikt die kosten, en het percentage hierboven is niet nodig.`,
	cogsFromFilePartly: (p) =>
		`Het bestand geeft een kostprijs voor ${p.withCost} bestellingen: de marge gebruikt die kosten. ${p.without} bestellingen hebben er in het bestand geen; voor hen geldt het percentage hierboven.`,
	cogsBasisPercent: (p) =>
		`Kostprijs: ${p.percent} van de netto-omzet, zoals ingevuld (het bestand heeft geen kostprijskolom).`,
	cogsBasisStored: (p) =>
		`Kostprijs: de eigen kostprijs per bestelling uit het bestand (regelkostprijs × aantal, opgeteld), voor alle ${p.orders} bestellingen; er wordt geen percentage gebruikt.`,
	cogsBasisMixed: (p) =>
		`Kostprijs: uit het bestand voor ${p.withCost} bestellingen; ${p.without} bestellingen hebben in het bestand geen kostprijs en krijgen in plaats daarvan ${p.percent} van hun netto-omzet, zoals ingevuld. Voor hen is de marge zo precies als dat percentage.`,
	cogsPartial: (p) =>
		`Van de bestellingen met een kostprijs uit het bestand missen er ${p.count} de kostprijs van een deel van hun regels (${p.lines} ${p.lines === '1' ? 'regel' : 'regels'} zonder, zie het importrapport): zij krijgen alleen de kostprijs van hun andere regels, dus hun marge is te hoog.`,
	formulaMarginStored:
		'Brutomarge van een bestelling = netto-omzet × (1 − betaalkosten %) − haar kostprijs − je verzendkosten − vaste betaalkosten; de kostprijs komt uit het bestand, of is voor een bestelling zonder kostprijs het ingevulde percentage van de netto-omzet. De kostprijs van een deels terugbetaalde bestelling daalt in dezelfde verhouding als haar netto-omzet.',
	formulaLtv:
		'Brutomarge-LTV van een cohort na m maanden = zijn brutomarge van maand 0 tot en met maand m ÷ zijn klanten. Maand 0 is de kalendermaand van de eerste bestelling van een klant in deze gegevens; maanden zijn kalendermaanden, zoals in de cohorten van de analysepagina.',
	basisCustomers: (p) => `Gebaseerd op ${p.customers} klanten met bestellingen van ${p.from} tot ${p.to}.`,
	partial: (p) =>
		`De gegevens eindigen midden in ${p.month} (${p.covered} van de ${p.days} dagen): die maand is in elk cohort onvolledig. Ze wordt getoond, gemarkeerd als “onvolledig”, maar niet gebruikt voor LTV:CAC of de lijn van alle klanten.`,

	chartTitle: 'Cumulatieve brutomarge per klant',
	chartDescription:
		'Brutomarge-LTV-curven: een lijn per maand van de eerste bestelling en een voor alle klanten, per maand sinds de eerste bestelling.',
	monthsSince: 'Maanden sinds de eerste bestelling',
	monthLong: (p) => `maand ${p.month}`,
	allCustomers: 'Alle klanten',
	allHelp:
		'Alle klanten: in elke maand sinds de eerste bestelling de brutomarge van elk cohort dat die hele maand is waargenomen ÷ hun klanten. Minder cohorten halen de latere maanden, dus het aantal getelde klanten daalt (zie de tabel) en de lijn kan ook dalen. LTV:CAC en terugverdientijd van alle klanten tellen alleen de niet-gemarkeerde cohorten die zo lang zijn waargenomen, met hun eigen gemengde CAC; elke cel zegt over hoeveel klanten en tot en met welke maand.',
	earlierMark: 'kan klanten bevatten die al vóór het begin van de gegevens kochten',
	fewMark: (p) => `minder dan ${p.min} klanten: ruw`,
	fewNote: (p) =>
		`${p.count} van de ${p.total} cohorten hebben minder dan ${p.min} klanten (gemarkeerd): hun marge per klant, LTV:CAC en terugverdientijd zijn gemiddelden van enkele klanten, die één grote of verloren klant sterk kan verschuiven. Lees ze als ruw, zoals de uitsplitsingen naar eerste bestelling en de cohorttabel zulke groepen markeren.`,
	earlierNote: (p) =>
		`De gegevens beginnen op ${p.from}. De cohorten van ${p.first} tot ${p.last} (${p.customers} klanten) beginnen minder dan één activiteitsvenster (${p.window} ${p.window === '1' ? 'maand' : 'maanden'}, zoals op de pagina Analyse) na die dag: hun klanten kunnen al vóór het begin van de gegevens hebben gekocht en zijn dan niet nieuw; voor hen is geen CAC betaald. Die cohorten zijn gemarkeerd en tellen niet mee in LTV:CAC en terugverdientijd van alle klanten.`,
	allSoFar: (p) => `alle ${p.customers} klanten, elk van de eerste bestelling tot ${p.day}`,
	allBasis: (p) => `${p.customers} van ${p.total} klanten, waargenomen tot en met maand ${p.month}; hun CAC ${p.cac}`,
	allOnlyEarlier: 'geen: alleen cohorten die eerdere kopers kunnen bevatten zijn zo lang waargenomen',
	allNoneUnmarked: 'geen: elk cohort kan klanten bevatten die al vóór het begin van de gegevens kochten',
	allPaybackNotYet: (p) =>
		`nog niet: geen groep klanten heeft zijn CAC terugverdiend binnen de waargenomen maanden (tot en met maand ${p.month})`,
	channelQuoted: (p) => `‘${p.channel}’`,
	noCacFor: (p) =>
		p.count === '1'
			? `geen CAC voor kanaal ${p.channels}: vul er hierboven een in, of een algemene CAC`
			: `geen CAC voor kanalen ${p.channels}: vul ze hierboven in, of een algemene CAC`,
	noCacForSmall: (p) =>
		`geen CAC voor ${p.count === '1' ? 'kanaal' : 'kanalen'} ${p.channels}: vul hierboven een algemene CAC in (kleinere kanalen hebben geen eigen veld)`,
	noCacShort: (p) => `geen CAC voor ${p.count === '1' ? 'kanaal' : 'kanalen'} ${p.channels}`,
	allPaybackSkipped: (p) =>
		`de groepen die tot en met maand ${p.month} of korter zijn waargenomen, tellen niet mee: ze bevatten klanten die via ${p.count === '1' ? 'kanaal' : 'kanalen'} ${p.channels} zijn gewonnen, waarvoor geen CAC is ingevuld`,
	countedHeading: 'Klanten geteld in de lijn van alle klanten',

	summaryHeading: 'LTV:CAC en terugverdientijd van de CAC per cohort',
	cohortHeader: 'Maand van de eerste bestelling',
	customersHeader: 'Klanten',
	salesHeader: 'Netto-omzet',
	marginHeader: 'Brutomarge',
	perCustomerHeader: 'Brutomarge per klant tot nu toe',
	ltvCacHeader: (p) => `LTV:CAC na maand 0–${p.months}`,
	paybackHeader: 'Terugverdientijd CAC',
	formulaLtvCac: (p) =>
		`LTV:CAC na maand 0–m = cumulatieve brutomarge per klant van maand 0 (de maand van de eerste bestelling, meestal onvolledig) tot en met maand m ÷ CAC (${p.cac}), alleen voor cohorten die de hele maand m zijn waargenomen; nooit geëxtrapoleerd. 3:1 is een vuistregel, geen wet.`,
	formulaPayback:
		'Terugverdientijd CAC = de eerste maand sinds de eerste bestelling waarin de cumulatieve brutomarge per klant de CAC bereikt.',
	noCac: 'Vul een CAC in om LTV:CAC en de terugverdienmaand te zien.',
	notObserved: 'nog niet waargenomen',
	paybackMonth: (p) => `maand ${p.month}`,
	paybackNotYet: (p) => `nog niet (${p.months} ${p.months === '1' ? 'maand' : 'maanden'} waargenomen)`,
	partialMark: 'onvolledig',
	exportCsv: 'De tabel downloaden (CSV)',
	exportNote: 'Het bestand wordt in deze browser gemaakt en op dit apparaat opgeslagen; er wordt niets geüpload.',
	csvMonth: (p) => `Marge per klant, maand ${p.month}`
};

export default profit;
