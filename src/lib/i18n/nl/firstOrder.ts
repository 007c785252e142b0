import type en from '../en/firstOrder';
import type { Catalogue } from '../messages';

/** Uitsplitsingen naar kenmerk van de eerste bestelling. */
const firstOrder: Catalogue<typeof en> = {
	title: 'Uitsplitsingen naar kenmerk van de eerste bestelling',
	link: 'Uitsplitsingen naar wat de eerste bestelling had: product, kanaal, land, kortingscode',
	intro: 'Welke eerste aankopen brengen klanten die terugkomen? Klanten zijn gegroepeerd naar wat hun eerste bestelling had, en elke groep toont hoeveel er terugkwamen, hoe snel, wat ze sindsdien uitgaven en wat het model voorspelt.',
	summaryOnly:
		'Deze dataset is een samenvatting per klant zonder bestellingen: er zijn geen eerste bestellingen om klanten naar te groeperen.',
	computing: 'Klanten groeperen en het CLV-model schatten…',

	by: 'Groepeer klanten naar het veld van hun eerste bestelling',
	sortBy: 'Rangschik groepen op',
	sorts: {
		customers: 'Klanten',
		repeatRate: 'Aandeel dat terugkwam',
		within: 'Aandeel terug binnen 90 dagen',
		clv: 'Voorspelde CLV'
	},
	dimensions: {
		product: 'Product (elk product van de eerste bestelling)',
		sku: 'SKU (elke SKU van de eerste bestelling)',
		category: 'Categorie',
		channel: 'Verkoopkanaal / bron',
		country: 'Land',
		discount: 'Kortingscode (coupon)'
	},
	noSku: 'Geen indeling naar SKU: deze dataset bewaart geen SKU-kolom (artikelcode). Het bestand had er geen, of het is geïmporteerd voordat SKU’s werden bewaard; importeer het bestand opnieuw om naar SKU te groeperen (Shopify: Lineitem sku; WooCommerce: SKU; UCI: StockCode).',
	noProductNames:
		'Geen indeling naar product: deze dataset heeft geen productnamen, alleen de SKU (artikelcode) van elke orderregel, want het bestand had een SKU-kolom en geen kolom met de productnaam (of de naamcellen waren leeg). Groepeer naar SKU om klanten te zien naar wat hun eerste bestelling bevatte; de groepen zijn SKU-codes, geen namen.',
	skuNotPerItem:
		'Geen indeling naar SKU: deze dataset is geïmporteerd voordat SKU’s per orderregel werden bewaard, dus kent hij alleen de SKU van de eerste orderregel van elke bestelling. Importeer het bestand opnieuw om klanten te groeperen naar elke SKU van hun eerste bestelling.',
	overlapProduct:
		'Een eerste bestelling met meerdere producten telt de klant mee in de groep van elk product, dus groepen overlappen en hun klanten tellen op tot meer dan alle klanten; de rij Alle klanten telt elke klant één keer.',
	overlapSku:
		'Een eerste bestelling met meerdere SKU’s telt de klant mee in de groep van elke SKU (één product in twee maten is twee SKU’s), dus groepen overlappen en hun klanten tellen op tot meer dan alle klanten; de rij Alle klanten telt elke klant één keer.',
	overlapDiscount:
		'Een eerste bestelling met meerdere kortingscodes telt de klant mee in de groep van elke code, dus groepen overlappen en hun klanten tellen op tot meer dan alle klanten; de rij Alle klanten telt elke klant één keer.',
	returned: (p) =>
		`Een product waarvan creditnota’s (UCI-bestanden) de hele hoeveelheid in een bestelling teruggaven, telt niet als gekocht: het zet geen klant in zijn groep (zijn SKU ook niet); een deels teruggegeven product telt wel. Hier gaven creditnota’s de hele hoeveelheid van ${p.lines} ${p.lines === '1' ? 'orderregel' : 'orderregels'} in ${p.orders} ${p.orders === '1' ? 'bestelling' : 'bestellingen'} terug; ${p.emptied} van die bestellingen ${p.emptied === '1' ? 'heeft' : 'hebben'} geen product meer: een klant wiens eerste bestelling er een van is, staat in “(geen)” en nog steeds in Alle klanten.`,
	noDimensions:
		'Deze dataset bewaart niets over de bestellingen om klanten naar te groeperen: het bestand had geen kolom voor product, verkoopkanaal, land of kortingscode.',
	whichColumns:
		'Kolommen die ze geven: in een Shopify-bestellingenexport Lineitem name (product), Source (kanaal), Discount Code en Billing Country; in een WooCommerce-export de bestelde artikelen, de coupon en het factuurland; in de UCI Online Retail-indeling Description of StockCode (product) en Country. Importeer een bestand met zulke kolommen om de uitsplitsing te zien.',

	basis: (p) =>
		`${p.customers} ${p.customers === '1' ? 'klant' : 'klanten'} met bestellingen van ${p.from} tot ${p.to}, gegroepeerd naar het veld ‘${p.dimension}’ van hun eerste bestelling (hun vroegste dag; bij gelijke dag de vroegste op tijd waar het bestand een tijd geeft (in de datums of een tijdkolom), bij precies dezelfde tijd het laagste bestelnummer, anders de eerste in het bestand). De eerste bestelling is de eerste behouden: een geannuleerde, onbetaalde of volledig terugbetaalde bestelling was geen aankoop, dus een klant wiens eerste bestelling zo een was, is gegroepeerd naar de bestelling erna. ${p.values === '1' ? 'Eén waarde' : `${p.values} verschillende waarden`} op eerste bestellingen.`,
	cameBackHelp:
		'Kwam terug: kocht opnieuw op een latere dag (meerdere bestellingen op de eerste dag zijn één aankoop). Het 95 %-interval is een Wilson-scoreinterval. Klanten met een recente eerste bestelling hebben minder tijd gehad om terug te komen, dus kijk ook naar het aandeel binnen 90 dagen. Dit is niet het herhaalaankooppercentage van de Analyse-pagina, dat klanten met 2 of meer bestellingen telt.',
	medianHelp: (p) =>
		`Mediaan aantal dagen tot de tweede aankoop: alleen over de klanten die terugkwamen. Zijn dat er minder dan ${p.minimum}, dan is de mediaan als onzeker gemarkeerd.`,
	withinHelp: (p) =>
		`Terug binnen ${p.days} dagen: onder de klanten die minstens ${p.days} dagen na hun eerste bestelling zijn gevolgd (de anderen hebben nog geen ${p.days} dagen gehad en tellen niet mee).`,
	clvHelp: (p) =>
		`Voorspelde CLV: het gemiddelde over de groep van de CLV van elke klant uit één BG/NBD + Gamma-Gamma-schatting van de hele dataset, altijd met de standaardinstellingen: tijdseenheid ${p.unit}, de komende ${p.horizon} maanden, een disconteringsvoet van ${p.discount} per jaar, omzet (geen marge). De pagina met acties per klant schat met de tijdseenheid en horizon die daar gekozen zijn; haar waarden komen alleen bij dezelfde instellingen met deze overeen.`,
	clvRefused: 'Voorspelde CLV wordt niet getoond: de modellen zijn voor deze dataset geweigerd.',
	clvWarningsLead:
		'Voorspelde CLV wordt getoond, maar de modelschatting heeft waarschuwingen: lees hem samen daarmee.',
	clvWarned: 'schatting met waarschuwingen (zie boven)',
	csvClvWarned: 'Voorspelde CLV per klant (schatting met waarschuwingen)',
	clvWithheldLead:
		'De voorspelde CLV wordt niet getoond: het bestedingsmodel (Gamma-Gamma) is op deze gegevensset niet te vertrouwen, dus er is geen voorspelde besteding per aankoop, net als op de pagina met acties per klant. Waarom het bestedingsmodel faalde:',
	clvWithheldMark: 'niet getoond (zie boven)',
	clvWithheldValue: 'niet getoond',
	csvClvWithheld: 'Voorspelde CLV per klant (niet getoond: het bestedingsmodel is niet te vertrouwen)',
	uncertainHelp: (p) =>
		`Groepen met minder dan ${p.minimum} klanten zijn als onzeker gemarkeerd: lees hun interval, niet alleen het aandeel.`,
	otherHelp: (p) => `Waarden buiten de ${p.top} met de meeste klanten zijn samengevoegd in ‘Overig’.`,

	rankRule: (p) =>
		`Gerangschikt naar een aandeel of naar voorspelde CLV komen groepen die als onzeker zijn gemarkeerd (minder dan ${p.minimum} klanten; voor het aandeel binnen ${p.days} dagen minder dan ${p.minimum} klanten zo lang gevolgd; voor voorspelde CLV minder dan ${p.minimum} klanten met een voorspelde CLV, of één klant die de helft of meer ervan heeft) na de andere, elk deel in de volgorde van het cijfer; ‘Overig’ staat altijd onderaan. Het aandeel dat terugkwam hangt ook af van wanneer de klanten van een groep kwamen: een groep met recente eerste bestellingen staat alleen laag omdat haar klanten weinig tijd hadden om terug te komen; rangschik daarom naar het aandeel binnen ${p.days} dagen om groepen over dezelfde tijd te vergelijken.`,
	tableHeading: 'Groepen, gerangschikt',
	rank: 'Rang',
	group: 'Waarde van de eerste bestelling',
	customers: 'Klanten',
	cameBack: 'Kwam terug',
	interval: '95 %-interval',
	median: 'Mediaan dagen tot 2e aankoop',
	within: (p) => `Terug binnen ${p.days} dagen`,
	clv: 'Voorspelde CLV per klant',
	all: 'Alle klanten',
	none: '(geen)',
	other: (p) => `Overig (${p.count} ${p.count === '1' ? 'waarde' : 'waarden'})`,
	uncertain: 'onzeker: weinig klanten',
	cameBackValue: (p) => `${p.share} (${p.count})`,
	intervalValue: (p) => `${p.low} – ${p.high}`,
	medianValue: (p) => `${p.days} ${p.days === '1' ? 'dag' : 'dagen'} (van ${p.count})`,
	medianUncertain: 'onzeker: weinig klanten kwamen terug',
	withinValue: (p) => `${p.share} (${p.reordered} van ${p.observed})`,
	withinUncertain: (p) => `onzeker: weinig klanten zo lang gevolgd; 95 %-interval ${p.low} – ${p.high}`,
	clvValue: (p) => `${p.value} (${p.count} ${p.count === '1' ? 'klant' : 'klanten'})`,
	nobodyBack: 'niemand kwam terug',
	notObserved: 'niemand zo lang gevolgd',
	noModel: 'niet voorspeld',
	download: 'Tabel downloaden (CSV)',
	csvShare: 'Aandeel dat terugkwam',
	csvLow: 'Aandeel dat terugkwam, ondergrens 95 %-interval',
	csvHigh: 'Aandeel dat terugkwam, bovengrens 95 %-interval',
	csvUncertain: 'Onzeker (weinig klanten)',
	csvMedianUncertain: (p) => `Mediaan onzeker (minder dan ${p.minimum} klanten kwamen terug)`,
	csvObserved: (p) => `Klanten ${p.days} dagen gevolgd`,
	csvReordered: (p) => `Klanten terug binnen ${p.days} dagen`,
	csvWithinShare: (p) => `Aandeel terug binnen ${p.days} dagen`,
	csvWithinLow: (p) => `Aandeel terug binnen ${p.days} dagen, ondergrens 95 %-interval`,
	csvWithinHigh: (p) => `Aandeel terug binnen ${p.days} dagen, bovengrens 95 %-interval`,
	csvWithinUncertain: (p) =>
		`Aandeel terug binnen ${p.days} dagen onzeker (minder dan ${p.minimum} klanten zo lang gevolgd)`,
	csvClvCustomers: 'Klanten met een voorspelde CLV',
	csvClvLow: 'Voorspelde CLV per klant, 95 %-interval onder',
	csvClvHigh: 'Voorspelde CLV per klant, 95 %-interval boven',
	csvClvUncertain: (p) => `Voorspelde CLV onzeker (minder dan ${p.minimum} klanten met een voorspelde CLV)`,
	clvIntervalHelp: (p) =>
		`Het 95 %-interval van de voorspelde CLV geeft de spreiding tussen de klanten van de groep weer: hoe nauwkeurig hun voorspelde CLV’s het gemiddelde van de groep vastleggen (een percentiel-bootstrap over de klanten van de groep, ${p.resamples} hersteekproeven; voor groepen van meer dan ${p.max} klanten een t-interval). Het omvat niet de onzekerheid van de parameters van het geschatte model, die het breder zou maken. Een groep van één klant heeft geen interval: één waarde toont geen spreiding. Bij minder dan ${p.minimum} klanten met een voorspelde CLV is de CLV als onzeker gemarkeerd.`,
	clvInterval: '95 %-interval van de voorspelde CLV',
	clvOneCustomer: 'geen: één klant toont geen spreiding om het uit te schatten',
	clvUncertain: 'onzeker: weinig klanten met een voorspelde CLV',
	clvConcentrated: (p) => `één klant heeft er ${p.share} van`,
	clvConcentratedHelp: (p) =>
		`Een gemiddelde voorspelde CLV waarvan één klant ${p.share} of meer heeft, is meer van die klant dan van de groep: hij wordt gemarkeerd en na de andere gerangschikt.`,
	csvClvTopShare: 'Voorspelde CLV: aandeel van de grootste klant',
	csvMonth: (p) => `${p.revenue} per klant tot en met maand ${p.month}`,
	csvMonthBasis: (p) => `Klanten gevolgd tot en met maand ${p.month}`,
	csvMonthUncertain: (p) => `Maand ${p.month} op minder dan ${p.minimum} klanten (onzeker)`,
	yes: 'ja',
	no: 'nee',

	ltvTitle: (p) => `${p.revenue} per klant, cumulatief, per maand sinds de eerste bestelling`,
	ltvDescription: (p) =>
		`Alle klanten en de ${p.groups} grootste groepen. Maand 0 is de kalendermaand van de eerste bestelling. Elk punt telt bij het vorige het bedrag per klant van die maand op (‘${p.revenue}’, zoals de kerncijfers het noemen), berekend over de klanten die de hele maand zijn gevolgd (maanden tot ${p.day}, het einde van de laatste volledige maand in de data), dus een curve daalt alleen in een maand waarin de retouren de verkopen overtreffen. Latere maanden rusten op minder klanten, de vroegste; een maand die op minder dan ${p.minimum} klanten rust, is als onzeker gemarkeerd (een open markering; de tabel geeft het aantal klanten per maand). Er wordt niets geëxtrapoleerd.`,
	ltvBasis: (p) => `${p.group}: aantal klanten in maand 0: ${p.first}; in maand ${p.month}: ${p.last}.`,
	ltvBasisFirstMonth: (p) => `${p.group}: aantal klanten in maand 0: ${p.first}; nog geen latere maand gevolgd.`,
	ltvUncertain: (p) => `Vanaf maand ${p.month} rust elke maand op minder dan ${p.minimum} klanten: onzeker.`,
	ltvPoint: (p) => `${p.customers} ${p.customers === '1' ? 'klant' : 'klanten'}`,
	ltvNone: 'Nog geen enkele kalendermaand valt volledig binnen de data: er is geen omzetcurve te tekenen.',
	monthsSince: 'Maanden sinds de eerste bestelling',
	monthLong: (p) => `maand ${p.month}`
};

export default firstOrder;
