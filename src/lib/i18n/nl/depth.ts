import type en from '../en/depth';
import type { Catalogue } from '../messages';

/** “1 dag”, “2 dagen”, “1,5 dagen”: na een getal zoals het getoond wordt. */
const dayForm = (n: string) => (n === '1' ? 'dag' : 'dagen');

/** Teksten van de verdiepingspagina's: herhaalaankopen en acties per klant. */
const depth: Catalogue<typeof en> = {
	repurchaseTitle: 'Tijd tot de tweede bestelling',
	repurchaseIntro:
		'Hoe lang klanten erover doen om terug te komen, en wanneer je wie nog niet terugkwam kunt schrijven. Een aankoop is hier een aankoopdag: meerdere bestellingen van één klant op één dag tellen als één aankoop, zoals de voorspellende CLV-modellen ze tellen.',
	linkRepurchase: 'Tijd tot de tweede bestelling en herhaalcurves',
	linkCustomers: 'Acties per klant en doelgroepen',
	dataset: 'Gegevensset',
	computing: 'Bezig met berekenen…',
	wholeDataset: (p: { from: string; to: string }) =>
		`Berekend uit alle bestellingen van de dataset, ${p.from} – ${p.to}: een datumbereik dat op de analysepagina is gekozen, geldt hier niet.`,
	summaryOnly:
		'Deze gegevensset is een samenvatting per klant zonder besteldata: de tijd tussen aankopen is er niet uit te meten.',
	notFound: 'Deze gegevensset is hier niet meer opgeslagen.',
	failed: (p) => `De cijfers konden niet worden berekend: ${p.detail}`,
	noDatasets: 'Er is nog geen gegevensset opgeslagen.',
	importFirst: 'Importeer eerst bestellingen.',
	basis: (p) =>
		`Op basis van ${p.customers} klanten met bestellingen van ${p.from} tot ${p.to}; ${p.repeat} van hen kochten opnieuw op een latere dag. Alle tijden zijn in dagen.`,
	sameDay: (p) =>
		`${p.count} klanten plaatsten twee of meer bestellingen, allemaal op één dag: dat is hier één aankoop, dus zij zijn nog niet teruggekomen (het herhaalaankooppercentage op de pagina Analyse telt hen als terugkerende klanten).`,
	medianHeading: 'Dagen van de eerste tot de tweede aankoop',
	median: (p) =>
		`Mediaan ${p.median} ${dayForm(p.median)}, over de ${p.count} klanten die terugkwamen. Van hen was minstens een kwart binnen ${p.quarter} ${dayForm(p.quarter)} terug, minstens de helft binnen ${p.half} en minstens driekwart binnen ${p.threeQuarters}: voor elk deel de eerste dag waarop het bereikt was.`,
	medianNone: 'Nog geen klant heeft op een tweede dag gekocht: er is geen tijd tot een tweede aankoop om te tonen.',
	medianBias:
		'Alleen klanten die terugkwamen hebben een tijd tot hun tweede aankoop; wie (nog) niet terugkwam telt niet mee, dus dit is de wachttijd van terugkerende klanten, niet van iedereen.',
	uncertain: (p) => `Onzeker: gebaseerd op ${p.count} terugkerende klanten, minder dan ${p.minimum}.`,
	histogramTitle: 'Dagen tot de tweede aankoop',
	histogramDescription: (p) =>
		`Klanten naar het aantal dagen van hun eerste tot hun tweede aankoop, in blokken van 30 dagen (${p.count} terugkerende klanten).`,
	binLabel: (p) => `${p.from}–${p.to} dagen`,
	binOpen: (p) => `${p.from} dagen of meer`,
	binHeader: 'Dagen na de eerste aankoop',
	customersHeader: 'Klanten',
	curveTitle: 'Herhaalcurve: aandeel teruggekomen binnen d dagen',
	curveDescription: (p) =>
		`Elk punt telt alleen de klanten die minstens d dagen na hun eerste aankoop zijn gevolgd: ${p.first} bij het eerste punt, ${p.last} bij het laatste (dag ${p.day}); de curve stopt waar er minder dan ${p.stop} worden gevolgd. Net als in de tabel van 30, 60, 90 en 180 dagen is een aandeel over minder dan ${p.minimum} gevolgde klanten als onzeker gemarkeerd (een open markering); de tabel van de curve geeft de basis van elk punt. Daarom kan de curve dalen: een later punt telt minder klanten, de vroegste, die misschien minder vaak terugkwamen; het is geen aandeel dat daalde.`,
	curveEmpty: (p) =>
		`Geen curve: minder dan ${p.minimum} klanten zijn een week of langer na hun eerste aankoop gevolgd.`,
	curveUncertain: 'onzeker',
	curveSeries: 'Teruggekomen',
	withinHeading: 'Teruggekomen binnen 30, 60, 90 en 180 dagen',
	withinHelp:
		'Elk aandeel telt alleen de klanten die minstens zoveel dagen na hun eerste aankoop zijn gevolgd (hun eerste aankoop ligt minstens zo lang vóór de laatste dag van de gegevens). Klanten die recenter kochten hebben nog geen tijd gehad om terug te komen en tellen niet mee.',
	withinDays: 'Binnen',
	withinDaysValue: (p) => `${p.days} dagen`,
	withinShare: 'Teruggekomen',
	withinBasis: 'Basis',
	withinBasisValue: (p) => `${p.reordered} van ${p.observed} klanten die zo lang zijn gevolgd`,
	withinLeftOut: 'Niet meegeteld (korter gevolgd)',
	withinUncertain: (p) =>
		`onzeker: minder dan ${p.minimum} klanten zo lang gevolgd; 95 %-Wilson-interval ${p.low} – ${p.high}`,
	withinNone: 'Niet meetbaar: geen klant is zo lang gevolgd',
	gapsHeading: 'Tijd tussen de ene aankoop en de volgende',
	gapsHelp: (p) =>
		`Dagen tussen de n-de en de (n+1)-de aankoopdag van elke klant; vanaf de 4e aankoop worden alle latere tussenpozen samengenomen. Elke rij telt alleen de klanten die echt opnieuw kochten: de mediaan van aankoop 2 naar 3 gaat over de klanten die een derde aankoop deden, niet over wie bij twee bleef. Kwartielen worden tussen de geordende waarden geïnterpoleerd. Komen de tussenpozen van een rij van minder dan ${p.minimum} klanten, dan is de mediaan als onzeker gemarkeerd.`,
	gapsFrom: 'Van aankoop',
	gapsTo: 'naar de volgende',
	gapsFourPlus: '4e of later',
	gapsCount: 'Tussenpozen',
	gapsCustomers: 'Klanten',
	gapsMedian: 'Mediaan (dagen)',
	gapsQuartiles: 'Kwartielen (dagen)',
	gapsQuartileRange: (p) => `${p.q1} – ${p.q3}`,
	gapsNone: 'geen',
	gapsUncertain: (p) => `onzeker: van ${p.customers} klanten, minder dan ${p.minimum}`,
	csv: {
		histogram: 'Download de dagen tot de tweede aankoop (CSV)',
		within: 'Download de aandelen terug binnen 30, 60, 90 en 180 dagen (CSV)',
		curve: 'Download de herhaalaankoopcurve (CSV)',
		gaps: 'Download de tijd tussen aankopen (CSV)',
		fromDay: 'Vanaf dag',
		toDay: 'Tot en met dag (leeg: geen einde)',
		customers: 'Klanten',
		shareOfReturning: 'Aandeel van de teruggekomen klanten',
		days: 'Binnen dagen',
		observed: 'Klanten die zo lang zijn gevolgd',
		reordered: 'Daarvan terug binnen zoveel dagen',
		share: 'Aandeel terug',
		low: 'Aandeel terug, ondergrens 95 %-Wilson-interval',
		high: 'Aandeel terug, bovengrens 95 %-Wilson-interval',
		uncertain: (p) => `Onzeker (minder dan ${p.minimum} klanten zo lang gevolgd)`,
		day: 'Dag na de eerste aankoop',
		gap: 'Van aankoop n naar n + 1',
		q1: 'Onderste kwartiel (dagen)',
		q3: 'Bovenste kwartiel (dagen)',
		gapUncertain: (p) => `Mediaan onzeker (tussenpozen van minder dan ${p.minimum} klanten)`,
		yes: 'ja',
		no: 'nee'
	},
	sendHeading: 'Wanneer schrijven',
	postPurchase: (p) => `Herinnering na aankoop: dag ${p.day} na de eerste bestelling.`,
	postPurchaseRule:
		'Regel: de eerste dag waarop minstens de helft van de terugkerende klanten hun tweede bestelling had geplaatst.',
	winBack: (p) => `Win-backbericht: dag ${p.day} na de eerste bestelling.`,
	winBackRule:
		'Regel: de eerste dag waarop minstens driekwart van de terugkerende klanten hun tweede bestelling had geplaatst.',
	afterWinBack: (p) =>
		`Van de ${p.observed} ${p.observed === '1' ? 'klant' : 'klanten'} die minstens ${p.days} dagen gevolgd ${p.observed === '1' ? 'is' : 'zijn'} en op dag ${p.day} nog ${p.observed === '1' ? 'wegbleef' : 'wegbleven'}, ${p.cameBack === '1' ? 'kwam' : 'kwamen'} er ${p.cameBack} (${p.share}) terug binnen ${p.days} dagen na hun eerste aankoop.`,
	afterWinBackNone: (p) =>
		`Nog geen klant die op dag ${p.day} wegbleef, is ${p.days} dagen gevolgd: hoeveel er later terugkomen, is nog niet te meten.`,
	sendShortSpan: (p) =>
		`Onzeker: de bestellingen beslaan maar ${p.span} ${dayForm(p.span)}. Een tweede aankoop later dan dat is niet te zien, dus deze dagen vallen te vroeg uit; ze worden betrouwbaar bij minstens ${p.need} ${dayForm(p.need)} aan bestellingen (twee keer de win-backdag, en niet minder dan 180).`,
	sendNone: 'Er kan geen verzenddag worden voorgesteld zolang geen klant op een tweede dag heeft gekocht.',
	tacticsLead: 'Tactieken die deze dagen gebruiken:',
	oneTimeLink: (p) => `Eenmalige kopers, ${p.day} of meer dagen na hun bestelling, klaar om te exporteren`,

	customersTitle: 'Acties per klant',
	customersIntro:
		'Voor elke klant: de aankopen die het BG/NBD-model over de horizon verwacht, de kans dat de klant nog actief is, wanneer de volgende aankoop waarschijnlijk is, de waarde tot nu toe en de voorspelde CLV; en doelgroepen die klaar zijn om in een e-mailprogramma te importeren.',
	unit: 'Tijdseenheid van het model',
	horizon: 'Horizon (maanden)',
	invalidHorizon: 'Gebruik een heel aantal maanden van 1 tot 120.',
	modelNote: (p) =>
		`BG/NBD en Gamma-Gamma gefit zoals op de pagina Analyse, met ${p.discount} disconteringsvoet per jaar en ${p.margin} marge (CLV als omzet). Dezelfde instellingen daar geven dezelfde waarden.`,
	fitting: 'De modellen worden gefit…',
	refused:
		'De modellen zijn op deze gegevensset niet betrouwbaar, dus er zijn geen voorspellingen; de waarde tot nu toe en de doelgroep eenmalige kopers werken wel. Waarom:',
	clvWithheld:
		'De voorspelde CLV wordt niet getoond: het bestedingsmodel (Gamma-Gamma) is op deze gegevensset niet te vertrouwen, dus er is geen voorspelde besteding per aankoop. Het aankoopmodel (BG/NBD) is geschat en betrouwbaar: P(actief), verwachte aankopen, de voorspelde volgende bestelling en de doelgroepen blijven staan. Waarom het bestedingsmodel faalde:',
	warningsLead: 'Lees de voorspellingen met deze waarschuwingen over de fit:',
	nextDefinition: (p) =>
		`Voorspelde volgende bestelling: de datum waarop de kans op minstens één nieuwe aankoop 50 % bereikt, gerekend vanaf de laatste dag van de gegevens (${p.day}). BG/NBD geeft die kans als P(actief) × (1 − ((α + T) / (α + T + t))^(r + x)); is P(actief) 50 % of minder, dan bereikt ze nooit de helft en wordt geen datum gegeven.`,
	basisCustomers: (p) =>
		`${p.customers} klanten; leeftijden en dagen worden geteld tot de laatste dag van de gegevens, ${p.day}.`,
	rulesHeading: 'Doelgroepen',
	topShare: 'Hoogste waarde: de bovenste … % klanten naar waarde tot nu toe',
	slippingBelow: 'Afhakend: P(actief) onder (%)',
	championAtLeast: 'Actief: P(actief) minstens (%)',
	oneTimeDays: 'Eenmalige kopers, N of meer dagen na hun bestelling: N =',
	oneTimeDefault: (p) =>
		`De standaard-N is de voorgestelde dag voor de herinnering na aankoop uit de tijd tot de tweede bestelling (${p.day}).`,
	oneTimeDefaultUncertain: (p) => `Die dag is onzeker: hij berust op slechts ${p.count} terugkerende klanten.`,
	oneTimeDefaultShortSpan: (p) =>
		`Die dag is onzeker: de bestellingen beslaan maar ${p.span} ${dayForm(p.span)}, te kort om latere tweede aankopen te zien, dus hij valt te vroeg uit.`,
	oneTimeDefaultNone: 'Uit deze gegevensset kon geen verzenddag worden voorgesteld; N begint bij 30.',
	invalidPercent: 'Gebruik een percentage boven 0 en onder 100.',
	invalidDays: 'Gebruik een heel aantal dagen van 1 tot 3650.',
	audiences: {
		slipping: 'Hoge waarde, afhakend',
		oneTime: 'Eenmalige kopers, N of meer dagen na hun bestelling',
		champions: 'Hoge waarde, actief'
	},
	slippingRule: (p) =>
		`Waarde tot nu toe in de bovenste ${p.top} van de klanten (${p.cut} of meer) en P(actief) onder ${p.below}. BG/NBD telt een klant zonder herhaalaankoop als actief, dus alleen klanten die minstens één keer terugkwamen kunnen afhaken.`,
	championsRule: (p) =>
		`Waarde tot nu toe in de bovenste ${p.top} van de klanten (${p.cut} of meer), minstens ${p.purchases} aankoopdagen en P(actief) minstens ${p.atLeast}.`,
	oneTimeRule: (p) =>
		`Eén aankoopdag, minstens ${p.days} ${dayForm(p.days)} vóór de laatste dag van de gegevens: zij wachten al zo lang zonder terug te komen.`,
	audienceSize: (p) => `${p.count} klanten`,
	needsModel: 'Vraagt de P(actief) van het model, die voor deze gegevensset niet beschikbaar is.',
	exportKlaviyo: 'CSV voor Klaviyo',
	exportMailchimp: 'CSV voor Mailchimp',
	exportIds: 'CSV met klant-id’s',
	exportFor: (p) => `${p.tool}: ${p.audience}`,
	exportNote:
		'Het bestand wordt in deze browser gemaakt en op dit apparaat opgeslagen; er wordt niets geüpload. Klaviyo leest de e-mailkolom met kop “Email”, Mailchimp die met kop “Email Address”.',
	namesNone:
		'Het geïmporteerde bestand had geen naamkolom (zoals “Billing Name”, of kolommen voor voor- en achternaam), dus de exports bevatten geen namen.',
	namesParts: (p) =>
		`Namen uit de voor- en achternaamkolommen van het bestand staan onder “First Name” en “Last Name”, de koppen die Klaviyo en Mailchimp aan hun naamvelden koppelen. ${p.known} van de ${p.customers} klanten hebben een naam.`,
	namesFull: (p) =>
		`Het bestand had één kolom met de volledige naam: namen staan in hun geheel onder “Name” en worden niet gesplitst in voor- en achternaam, omdat Klaviyo noch Mailchimp beschrijft hoe dat moet en geen regel bij elke naam past. Klaviyo bewaart de kolom als eigen eigenschap “Name”; koppel hem in Mailchimp bij het importeren aan een tekstveld. ${p.known} van de ${p.customers} klanten hebben een naam.`,
	namesPrivate:
		'Namen zijn persoonsgegevens: ze blijven met de gegevensset in deze browser, komen alleen in deze bestanden en maken nooit deel uit van een cijfer.',
	emailsPartial: (p) =>
		`${p.emails} van de ${p.customers} klant-id’s zijn e-mailadressen; de andere blijven buiten de e-mailbestanden.`,
	noEmails:
		'Deze gegevensset heeft geen e-mailkolom: de klant-id’s zijn geen e-mailadressen. De export bevat in plaats daarvan de klant-id’s (kolom “Customer ID”), om te koppelen aan de eigen lijst van je e-mailprogramma.',
	exported: (p) => `${p.count} klanten opgeslagen; ${p.leftOut} weggelaten omdat hun id geen e-mailadres is.`,
	consentNone:
		'Het geïmporteerde bestand zegt niet wie heeft ingestemd met marketingmails (er is geen kolom zoals Shopify’s “Accepts Email Marketing”), dus niemand wordt om die reden weggelaten. Importeer in je e-mailtool alleen contacten die met marketingmails instemden, of importeer ze als niet-geabonneerd (Klaviyo: never subscribed; Mailchimp: non-subscribed) en stuur ze alleen transactionele berichten.',
	consentRead: (p) =>
		`Toestemming voor marketing komt uit de kolom “${p.columns}” van het bestand: de laatste bestelling van elke klant die ja of nee zegt, geannuleerde en terugbetaalde bestellingen meegerekend (een afmelding blijft staan, wat er ook van de bestelling werd). Klanten van wie het laatste antwoord nee is, staan in geen enkele export.`,
	consentFileColumn:
		'De bestanden hebben een kolom “Email Marketing Consent”: “Subscribed” voor klanten die instemden, leeg waar het bestand het niet zegt. De lijstimport van Klaviyo leest deze kolom (een lege cel telt als never subscribed). Mailchimp geeft een hele import één status: importeer alleen de rijen met “Subscribed” als geabonneerd, de rest als non-subscribed.',
	audienceConsent: (p) =>
		`Toestemming (laatste bestelling): ${p.yes} stemden in met marketingmails, ${p.unknown} niet vermeld in het bestand, ${p.no} weigerden en staan niet in de exports.`,
	audienceConsentUnknown: 'Toestemming: het bestand zegt het voor geen van hen.',
	exportedDeclined: (p) =>
		`${p.count} klanten opgeslagen; ${p.declined} weggelaten omdat ze marketingmails weigerden.`,
	declinedLeftOut: (p) => `Nog ${p.declined} weggelaten omdat ze marketingmails weigerden.`,
	unsubscribeNote:
		'De bestanden hieronder laten de klanten weg die in hun laatste bestelling marketingmail weigerden, maar een lijst die hen al heeft, houdt hen ingeschreven tot dat anders wordt gemeld. Dit bestand bevat hun adressen, en die van mensen zonder behouden bestelling die weigerden: importeer het in Mailchimp met de status “Unsubscribed”, of upload het in Klaviyo als onderdrukte profielen (suppressed profiles).',
	unsubscribeKlaviyo: 'Uitschrijfbestand voor Klaviyo',
	unsubscribeMailchimp: 'Uitschrijfbestand voor Mailchimp',
	unsubscribeSaved: (p) =>
		`De adressen van ${p.count} ${p.count === '1' ? 'klant' : 'klanten'} die marketingmail weigerden, zijn opgeslagen.`,
	unsubscribeLeftOut: (p) =>
		`Nog ${p.count} weigerden onder een id dat geen e-mailadres is, en ${p.count === '1' ? 'staat' : 'staan'} niet in het bestand.`,
	unsubscribeOthers: (p) =>
		`Ook in het bestand: ${p.count} ${p.count === '1' ? 'adres' : 'adressen'} van ${p.count === '1' ? 'iemand' : 'mensen'} zonder behouden bestelling (elk geannuleerd, onbetaald, volledig terugbetaald of in een weggelaten valuta) die marketingmail weigerden.`,
	unsubscribeOthersOnly: (p) =>
		`${p.count} ${p.count === '1' ? 'adres' : 'adressen'} van ${p.count === '1' ? 'iemand' : 'mensen'} zonder behouden bestelling (elk geannuleerd, onbetaald, volledig terugbetaald of in een weggelaten valuta) die marketingmail weigerden, ${p.count === '1' ? 'is' : 'zijn'} opgeslagen; geen klant weigerde.`,
	unsubscribeNone: 'Geen klant weigerde marketingmail in zijn laatste bestelling: er is geen bestand gemaakt.',
	exportSettingsInvalid: 'een instelling hierboven is geen geldig getal',
	exportMaking: 'Het bestand wordt gemaakt…',
	exportFailed: (p) =>
		`Het bestand kon niet worden gemaakt${p.detail ? ` (${p.detail})` : ''}. Er is niets opgeslagen: probeer het opnieuw of laad de pagina opnieuw.`,
	tableHeading: 'Klanten',
	show: 'Tonen',
	all: 'Alle klanten',
	sortBy: 'Sorteren op',
	sorts: {
		clv: 'Voorspelde CLV',
		value: 'Waarde tot nu toe',
		probabilityAlive: 'P(actief)',
		nextDay: 'Voorspelde volgende bestelling',
		lastPurchase: 'Laatste aankoop'
	},
	descending: 'Hoogste eerst',
	columns: {
		customer: 'Klant',
		purchases: 'Aankoopdagen',
		value: 'Waarde tot nu toe',
		lastPurchase: 'Laatste aankoop',
		probabilityAlive: 'P(actief)',
		expectedPurchases: (p) => `Verwachte aankopen, komende ${p.months} maanden`,
		purchaseWithinHorizon: (p) => `P(minstens één aankoop), komende ${p.months} maanden`,
		nextDay: 'Voorspelde volgende bestelling',
		clv: (p) => `Voorspelde CLV, ${p.months} maanden`
	},
	noDate: 'niet verwacht (P(actief) ≤ 50 %)',
	afterHorizon: (p) => `na de horizon van ${p.months} maanden: een extrapolatie, ver van de gegevens`,
	noModel: '—',
	rowsShown: (p) => `Klanten ${p.from}–${p.to} van ${p.total}`,
	previous: 'Vorige pagina',
	next: 'Volgende pagina',
	empty: 'Geen klant hoort bij deze doelgroep.'
};

export default depth;
