import type en from '../en/affinity';
import type { Catalogue } from '../messages';

/** Teksten van de pagina productaffiniteit: samen gekocht en daarna gekocht (cross-sell). */
const affinity: Catalogue<typeof en> = {
	title: 'Productaffiniteit: samen gekocht en daarna gekocht',
	link: 'Productaffiniteit: samen gekocht en daarna gekocht (cross-sell)',
	intro: 'Welke producten klanten in dezelfde bestelling kopen, en wat ze bij hun volgende aankoop na de eerste kopen: de combinaties voor cross-sell-e-mails en blokken “anderen kochten ook”.',
	summaryOnly:
		'Deze dataset is een samenvatting per klant zonder bestellingen of producten: de productaffiniteit kan er niet uit worden berekend.',
	noItems:
		'In deze dataset zijn geen producten opgeslagen, dus de productaffiniteit kan niet worden berekend. Daarvoor is het product van elke orderregel nodig: de kolom “Lineitem name” van Shopify, de artikelnaam of de kolom “Product(s)” van WooCommerce, “Description” of “StockCode” in de UCI-indeling, of een productkolom in elk bestand met één rij per orderregel. Importeer zo’n bestand om hier de combinaties te zien.',

	by: 'Paren tellen van',
	bys: {
		product: 'Productnamen',
		sku: 'SKU’s (artikelcodes)'
	},
	noSkuColumn:
		'Paren zijn van productnamen: deze dataset heeft geen SKU-kolom (Shopify: Lineitem sku; WooCommerce: SKU; UCI: StockCode).',
	skuNotPerItem:
		'Geen paren van SKU’s: deze dataset is geïmporteerd voordat SKU’s per orderregel werden bewaard. Importeer het bestand opnieuw om paren van SKU’s te tellen; kies “Productnamen” voor de paren van productnamen.',
	noProductNames:
		'Paren van SKU’s: deze dataset heeft geen productnamen, alleen de SKU (artikelcode) van elke orderregel, want het bestand had een SKU-kolom en geen kolom met de productnaam (of de naamcellen waren leeg). Elk item is een SKU, dus twee maten van één product zijn twee items; support, betrouwbaarheid en lift zijn die van SKU’s, en “product” in de tabellen is een SKU-code, geen naam.',
	bySkuNote:
		'Geteld per SKU: elk item is een SKU (artikelcode), dus twee maten van één product zijn twee items, en orderregels zonder SKU tellen niet mee. Support, betrouwbaarheid en lift zijn die van SKU’s; “product” in de tabellen is een SKU.',

	minCount: 'Minimum aantal bestellingen (klanten) met beide producten',
	minCountInvalid: 'Voer een geheel getal van 2 tot 1.000.000 in (een combinatie in één bestelling is geen regel).',
	sort: 'Rangschikken op',
	sorts: {
		lift: 'Lift (het verst boven toeval eerst)',
		count: 'Aantal (het vaakst eerst)'
	},

	together: {
		heading: 'Samen gekocht in één bestelling',
		basis: (p) =>
			`Basis: ${p.orders} bestellingen met producten (waarvan ${p.multi} met twee of meer), ${p.products} verschillende producten.`,
		help: 'Betrouwbaarheid A → B: van de bestellingen met A het deel dat ook B bevat. Support: het deel van al die bestellingen dat beide bevat. Lift: hoeveel keer vaker de twee in één bestelling zitten dan als ze niets met elkaar te maken hadden (1 = toeval). Een product waarvan creditnota’s (UCI-bestanden) de hele hoeveelheid in een bestelling teruggaven, telt niet als gekocht in die bestelling; een deels teruggegeven product wel.',
		from: 'Product',
		to: 'Ook in de bestelling',
		count: 'Bestellingen met beide',
		fromCount: 'Bestellingen met het product',
		toCount: 'Bestellingen met het andere product',
		none: (p) =>
			`Geen twee producten zitten samen in ${p.minimum} bestellingen. Verlaag het minimum om zeldzamere combinaties te zien.`
	},
	withoutItems: (p) => `${p.count} bestellingen noemen geen product en tellen niet mee.`,
	returned: (p) =>
		`Creditnota’s gaven de hele hoeveelheid van ${p.lines} orderregels terug (in ${p.orders} bestellingen): die producten tellen niet als gekocht, hier en in de uitsplitsingen naar eerste bestelling. ${p.emptied} van die bestellingen hebben geen product meer en horen bij de bestellingen die geen product noemen.`,
	customerless: (p) =>
		`Bestellingen zonder klant (zonder klant-ID, e-mail of telefoon: gasten, anonieme verkopen) staan niet in deze tabellen: de import sloeg hun ${p.rows} rijen over (${p.sales} aan verkopen, zoals het importrapport zegt), dus de dataset bevat ze niet. De basis hierboven telt alleen de bestellingen van klanten.`,
	skippedOrders: (p) =>
		`${p.count} bestellingen met meer dan ${p.max} verschillende producten tellen niet mee: een groothandels- of testbestelling zou duizenden combinaties toevoegen die weinig zeggen over wat bij elkaar hoort.`,

	next: {
		heading: 'Daarna gekocht, na de eerste aankoop',
		basis: (p) =>
			`Basis: de ${p.customers} klanten die terugkwamen met producten in beide aankopen, van de ${p.returning} met een tweede aankoopdag. Klanten die maar één keer kochten, tellen niet mee.`,
		help: 'Eerste aankoop: alle bestellingen van een klant op diens eerste dag; volgende aankoop: alle bestellingen op de volgende dag waarop de klant kocht. Betrouwbaarheid A → B: van de terugkerende klanten met A in de eerste aankoop het deel met B in de volgende aankoop. Een product gevolgd door zichzelf is opnieuw gekocht. Een product waarvan creditnota’s de hele hoeveelheid in een bestelling teruggaven, telt niet als gekocht; een deels teruggegeven product wel.',
		from: 'Eerste aankoop bevatte',
		to: 'Volgende aankoop bevatte',
		count: 'Klanten met beide',
		fromCount: 'Klanten met het product in de eerste aankoop',
		toCount: 'Klanten met het andere product in de volgende aankoop',
		none: (p) =>
			`Geen combinatie van eerste en volgende aankoop komt bij ${p.minimum} klanten voor. Verlaag het minimum om zeldzamere combinaties te zien.`
	},
	skippedCustomers: (p) =>
		`${p.count} terugkerende klanten met meer dan ${p.max} verschillende producten op hun eerste of volgende aankoopdag tellen niet mee.`,

	support: 'Support',
	confidence: 'Betrouwbaarheid (95 %-Wilson-interval)',
	confidenceValue: (p) => `${p.value} (${p.low}–${p.high})`,
	lift: 'Lift',
	uncertain: 'onzeker',
	uncertainNote: (p) =>
		`Regels gemarkeerd als “onzeker” berusten op minder dan ${p.minimum} bestellingen (klanten) met beide producten: zie ze als aanwijzingen, niet als feiten. Ze staan na de andere, in de tabellen en de grafieken.`,
	shown: (p) => `De tabel toont de eerste ${p.shown} van ${p.total} regels; de CSV bevat de eerste ${p.limit}.`,
	download: 'CSV downloaden',
	chartTitle: (p) => `Lift van de eerste ${p.count} regels`,
	chartDescription:
		'Hoeveel keer vaker dan toeval elke combinatie samen voorkomt; de lijn markeert toeval (lift 1). De tabel hieronder bevat de aantallen achter elke balk.',
	chance: 'Toeval (lift 1)',
	rule: 'Regel',
	ruleLabel: (p) => `${p.from} → ${p.to}`,

	csvConfidenceLow: 'Betrouwbaarheid, ondergrens 95 %-Wilson-interval',
	csvConfidenceHigh: 'Betrouwbaarheid, bovengrens 95 %-Wilson-interval',
	csvConfidence: 'Betrouwbaarheid',
	csvUncertain: 'Onzeker',
	csvYes: 'ja',
	csvNo: 'nee',

	tacticLead: 'Gebruik deze combinaties met de cross-sell-tactiek in de planner:',
	tacticHint:
		'Bied een combinatie met een hoge lift aan in de orderbevestiging en de e-mail na aankoop; bied wat klanten daarna kopen aan in de e-mail vóór hun gebruikelijke tweede bestelling.'
};

export default affinity;
