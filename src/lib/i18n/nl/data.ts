import type en from '../en/data';
import type { Catalogue } from '../messages';

/** Teksten van het onderdeel Gegevens: bestellingen importeren, het controlerapport, datasets beheren. */

const data: Catalogue<typeof en> = {
	title: 'Je gegevens',
	intro: 'Importeer een bestellingenexport van je webwinkel. Het bestand wordt in deze browser gelezen en geanalyseerd en alleen hier opgeslagen (IndexedDB): er wordt niets geüpload.',
	import: {
		heading: 'Bestellingen importeren',
		dropHere: 'Sleep CSV-bestanden hierheen',
		or: 'of',
		choose: 'Bestanden kiezen…',
		formats:
			'Bestellingenexports van Shopify en WooCommerce, UCI Online Retail, bestanden in CDNOW-stijl, samenvattingen per klant (frequentie, recency, T, geldwaarde) en elk CSV-bestand met een klant, een datum en een bedrag. Meerdere bestanden (bijv. maandexports) vormen samen één dataset.',
		inspecting: 'Begin van het bestand lezen…',
		reviewHeading: 'Controleer hoe het bestand wordt gelezen',
		reviewHelp: 'Alles hieronder is automatisch herkend. Pas aan wat niet klopt en importeer dan.',
		chosenTwice: (p) =>
			`${p.file} is opnieuw ${p.of} (${p.by === 'rows' ? 'dezelfde rijen' : 'dezelfde naam, grootte en datum'}): twee keer gekozen worden de bestellingen ervan één keer gelezen, en het rapport zegt hoe de tweede kopie is overgeslagen. Niets wordt twee keer geteld.`,
		mixedKinds: (p) =>
			`Deze bestanden zijn verschillende soorten export (${p.kinds}). Samen geïmporteerd worden ze één dataset, gelezen als de bestellingen van één winkel in één valuta. Komen ze van verschillende winkels of in verschillende valuta, importeer ze dan elk afzonderlijk.`,
		kindFiles: (p) => `${p.kind}: ${p.files}`,
		kindsSeparator: '; ',
		noOrderIdFiles: (p) =>
			`Geen kolom met een bestel-id in ${p.files}: dubbele bestellingen tussen de bestanden zijn alleen aan hun inhoud te herkennen. Een bestand dat twee keer is gekozen, wordt één keer gelezen, en rijen van een later bestand die in elke gelezen kolom gelijk zijn aan die van een eerder bestand, worden als dezelfde bestellingen overgeslagen; het rapport zegt hoeveel.`,
		sameRows: (p) => `${p.file} heeft dezelfde rijen als de dataset ${p.dataset}, geïmporteerd op ${p.date}.`,
		sameRowsOf: (p) =>
			`${p.file} heeft dezelfde rijen als ${p.stored}, een bestand van de dataset ${p.dataset}, geïmporteerd op ${p.date}.`,
		sameFile: (p) =>
			`${p.file} heeft dezelfde naam, grootte en wijzigingsdatum als ${p.stored}, op ${p.date} geïmporteerd in de dataset ${p.dataset}.`,
		storedCopyChoice:
			'Toch importeren voegt naast de opgeslagen dataset nog een dataset toe (er wordt niets vervangen of aangevuld): de keuzelijsten nummeren datasets met dezelfde naam, en de cijfers van beide tellen dezelfde bestellingen.',
		openStored: (p) => `${p.name} openen`,
		importAnyway: 'Toch importeren',
		name: 'Naam van de dataset',
		start: 'Importeren',
		defaultName: 'Bestellingen',
		startOver: 'Andere bestanden kiezen',
		startBlocked: (p) =>
			`Importeren kan pas als elke verplichte kolom gekozen is: kies in “${p.file}” een kolom voor ${p.roles} (onder Kolommen hierboven).`,
		startBlockedDates: (p) =>
			`Importeren staat uit: geen enkele datum in kolom “${p.column}” van “${p.file}” is leesbaar (bijvoorbeeld “${p.value}”). Kies de kolom met de besteldatums (onder Kolommen hierboven).`,
		leftOutIntro: 'Deze bestanden kunnen niet worden geïmporteerd en worden weggelaten:',
		readyFiles: (p) =>
			`Klaar om te importeren: ${p.files}. Importeren leest alleen deze, zonder de bestanden hierboven; of kies andere bestanden.`,
		importing: 'Importeren…',
		storing: 'Dataset opslaan…',
		progressLabel: 'Voortgang van de import',
		progress: (p) => `Gelezen rijen: ${p.rows} · ${p.percent} · ${p.rate} rijen/s`,
		saving: (p) => `Opgeslagen bestellingen: ${p.stored} van ${p.total} · ${p.percent}`,
		cancel: 'Import annuleren',
		cancelled: 'Import geannuleerd. Er is niets opgeslagen en je andere datasets zijn ongewijzigd.',
		doneHeading: (p) => `“${p.name}” geïmporteerd`,
		doneTime: (p) => `Gelezen en opgeslagen in ${p.seconds} s.`,
		analyse: 'Deze dataset analyseren',
		another: 'Nog een bestand importeren',
		errorHeading: 'Dit bestand kan niet worden geïmporteerd',
		untouched: 'Er is niets opgeslagen; je bestaande datasets zijn ongewijzigd.',
		fileLabel: (p) => `Bestand ${p.index}: ${p.name}`,
		persistDenied:
			'De browser kan opgeslagen gegevens wissen als de ruimte opraakt (hij heeft geen blijvende opslag toegestaan). Maak een back-up als deze gegevens belangrijk zijn.',
		deletedSince: (p) =>
			`“${p.name}” is opgeslagen en daarna in een ander tabblad verwijderd, met alle gegevens van deze app. Laad de pagina opnieuw om opnieuw te importeren.`
	},
	review: {
		format: 'Herkende indeling:',
		encoding: 'Tekencodering',
		delimiter: 'Scheidingsteken',
		decimal: 'Decimaalteken',
		dateOrder: 'Datums',
		currencyChoice: 'Te importeren bestellingen',
		currencyAll: 'Alle, in elke valuta (opgeteld zonder omrekening)',
		currencyOnly: (p) => `Alleen die in ${p.currency}`,
		currenciesSampled: (p) =>
			`De bekeken rijen bevatten bestellingen in meerdere valuta’s (${p.counts} rijen). Bedragen worden nooit omgerekend, dus cijfers van alle samen staan in geen enkele valuta: importeer de bestellingen van één valuta om cijfers in die valuta te krijgen, en importeer het bestand opnieuw voor een andere (de twee datasets zijn te vergelijken).`,
		dateDecided: (p) => `bepaald uit de gegevens: “${p.value}” (rij ${p.row}) kan alleen zo worden gelezen`,
		dateDecidedNoRow: (p) => `bepaald uit de gegevens: “${p.value}” kan alleen zo worden gelezen`,
		dateAmbiguous: 'Geen enkele datum in het voorbeeld onderscheidt dag en maand: controleer dit.',
		dateByLayout: (p) =>
			`bepaald door het formaat: ${p.layout} schrijft datums altijd met de maand eerst (MM/DD/YY)`,
		datesUnreadable: (p) =>
			`Geen enkele datum in het voorbeeld van kolom “${p.column}” is leesbaar: “${p.value}” (rij ${p.row}) is, net als elke andere waarde daar, geen datum, dus elke rij zou worden overgeslagen. Kies de kolom met de besteldatums onder Kolommen hieronder.`,
		paymentLedger:
			'Een PayPal-activiteitenoverzicht: elke ontvangen betaling is een bestelling, de betaler de klant. Een terugbetaling, terugdraaiing of terugboeking (chargeback) gaat af van de betaling waarnaar ze verwijst (een ingetrokken terugboeking geeft het bedrag terug). Andere rijen tellen niet mee en staan in het rapport: overboekingen, valutaomrekeningen, opnames, blokkeringen, kosten, betalingen die je deed en betalingen die niet voltooid zijn.',
		numericDates: (p) =>
			`De datums staan als getallen in het bestand en worden gelezen als ${p.kind}: “${p.value}” (rij ${p.row}) is ${p.day}. Is dat niet de datum van de bestelling, kies dan een andere datumkolom.`,
		dateConflicting: (p) =>
			`De datums spreken elkaar tegen: “${p.value}” (rij ${p.row}) kan alleen ${p.order} zijn, maar “${p.otherValue}” (rij ${p.otherRow}) alleen ${p.otherOrder}. Ze worden gelezen als ${p.order}; datums die alleen in de andere volgorde passen, worden overgeslagen. Kies de volgorde die het grootste deel van het bestand gebruikt.`,
		headerRow: 'Kopregel',
		headerRowOption: (p) => `Rij ${p.row}: ${p.text}`,
		headerRowFound: (p) =>
			`De rijen boven rij ${p.row} lijken een titel, geen deel van de tabel: rij ${p.row} wordt als kopregel gelezen. Kies een andere rij als dat niet klopt.`,
		notUtf8: (p) =>
			`Dit bestand is geen geldige UTF-8 (eerst in rij ${p.row}: “${p.value}”), dus het is gelezen als ${p.encoding}. Als de tekst in het voorbeeld er verkeerd uitziet, kies dan een andere codering.`,
		notUtf8NoRow: (p) =>
			`Dit bestand is geen geldige UTF-8, dus het is gelezen als ${p.encoding}. Als de tekst in het voorbeeld er verkeerd uitziet, kies dan een andere codering.`,
		duplicateColumn: (p) => `${p.name} (kolom ${p.column})`,
		duplicateColumns: (p) => `${p.count} kolommen heten “${p.name}” (kolommen ${p.columns}).`,
		duplicateUsed: (p) =>
			`Kolom ${p.column} wordt gebruikt als ${p.role}; is dat de verkeerde, kies dan een andere in de kolomlijst.`,
		duplicateUnused: 'Geen ervan wordt gebruikt.',
		mixedDecimals: (p) =>
			`De bedragen staan er met beide decimaaltekens in: met een punt (${p.point}) en met een komma (${p.comma}).`,
		mixedDecimalsEither:
			'Elk bedrag wordt gelezen volgens zijn eigen scheidingstekens: 1.234,56 en 1,234.56 zijn allebei 1234,56. Een bedrag dat op twee manieren te lezen is, zoals 1,234 (1234 of 1,234), wordt weggelaten en geteld onder Overgeslagen rijen.',
		mixedDecimalsOne:
			'Met één gekozen decimaalteken worden de bedragen die anders geschreven zijn weggelaten als geen getal: kies hierboven “Beide” om elk bedrag te lezen zoals het er staat.',
		customersByName: (p) =>
			`De klantkolom “${p.column}” bevat namen van personen: klanten worden alleen op naam onderscheiden, dus twee mensen met dezelfde naam tellen als één klant. Namen die alleen in hoofdletters of spaties verschillen, zijn ook één klant. Heeft het bestand een kolom met e-mailadres, klant-id of telefoonnummer, kies die dan als klant.`,
		dateNotNeeded: 'Jaar eerst: geen dubbelzinnigheid.',
		amountMode: 'Bestelbedrag',
		amountTotal: 'Eén totaal per bestelling',
		amountLines: 'Aantal × stukprijs, opgeteld per bestelling',
		amountRowSums: 'Bedrag van elke regel, opgeteld per bestelling',
		itemAmountRole: 'Artikelbedrag',
		itemAmountRows: (p) =>
			`Regels ${p.first} en ${p.second} horen bij één bestelling en hebben verschillende bedragen (${p.firstValue} en ${p.secondValue}): elke regel wordt gelezen als één artikel en zijn bedrag opgeteld bij dat van de bestelling. Herhaalt elke regel het totaal van de bestelling, kies dan “Eén totaal per bestelling”.`,
		summaryUnit: 'Tijdseenheid van recency en T',
		mapping: 'Kolommen',
		notMapped: '— niet in dit bestand —',
		required: '(verplicht)',
		missing: (p) => `Kies een kolom voor: ${p.roles}.`,
		preview: 'Eerste rijen',
		previewCaption: (p) => `Eerste rijen van ${p.name} (${p.rows} getoond); gekoppelde kolommen zijn gemarkeerd.`,
		previewMarkup:
			'Bedragen die als webpaginaopmaak zijn geschreven (HTML, zoals in sommige WooCommerce-exports) staan er zoals ze worden gelezen: hun tekst, zonder doorgestreepte (terugbetaalde) prijs of btw-opmerking.',
		header: 'Eerste rij is een kopregel'
	},
	paymentLedgerFormat: 'PayPal-activiteitendownload (het grootboek van de rekening)',
	layouts: {
		shopify: 'Shopify-bestellingenexport',
		woocommerce: 'WooCommerce-bestellingenexport',
		uci: 'UCI Online Retail (orderregels)',
		cdnow: 'Transacties in CDNOW-stijl',
		summary: 'Samenvatting per klant',
		mollie: 'Mollie-betalingenexport',
		paddle: 'Paddle-transactierapport',
		magento: 'Magento-bestellingenexport',
		stripe: 'Stripe-betalingenexport',
		etsy: 'Etsy-bestellingendownload',
		generic: 'Algemeen CSV-bestand'
	},
	encodings: {
		'utf-8': 'UTF-8',
		'utf-16le': 'UTF-16 (little-endian)',
		'utf-16be': 'UTF-16 (big-endian)',
		'windows-1251': 'Windows-1251 (Cyrillisch)',
		'koi8-r': 'KOI8-R (Cyrillisch)',
		'windows-1257': 'Windows-1257 (Baltisch)',
		'windows-1252': 'Windows-1252 (West-Europees)',
		'windows-1250': 'Windows-1250 (Centraal-Europees)',
		gb18030: 'GB18030 / GBK (Chinees)',
		big5: 'Big5 (traditioneel Chinees)'
	},
	delimiters: {
		comma: 'Komma (,)',
		semicolon: 'Puntkomma (;)',
		tab: 'Tab',
		pipe: 'Verticale streep (|)',
		whitespace: 'Spaties (uitgelijnde kolommen)'
	},
	decimals: { point: 'Punt: 1,234.56', comma: 'Komma: 1.234,56', either: 'Beide: elk bedrag zoals geschreven' },
	dateOrders: { ymd: 'Jaar-maand-dag', dmy: 'Dag/maand/jaar', mdy: 'Maand/dag/jaar' },
	numericDateKinds: {
		excelSerial: 'Excel-dagnummers',
		unixSeconds: 'Unix-tijden in seconden (UTC)',
		unixMillis: 'Unix-tijden in milliseconden (UTC)'
	},
	units: { days: 'dagen', weeks: 'weken', months: 'maanden' },
	roles: {
		customer: 'Klant (id of e-mailadres)',
		customerEmail: 'E-mail van de klant (waar de id leeg is of die van een gast)',
		customerPhone: 'Telefoon van de klant (zonder id of e-mail)',
		date: 'Besteldatum',
		time: 'Tijdstip (waar het niet in de datum staat)',
		timeZone: 'Tijdzone van dat tijdstip',
		amount: 'Totaalbedrag bestelling',
		quantity: 'Aantal',
		unitPrice: 'Stukprijs',
		orderId: 'Bestel-id',
		status: 'Status',
		paymentStatus: 'Betaalstatus',
		cancelledAt: 'Geannuleerd op',
		refundedAmount: 'Terugbetaald bedrag',
		refundedInFull: 'Volledig terugbetaald (ja/nee)',
		adjustedTotal: 'Besteltotaal na terugbetalingen',
		subtotal: 'Subtotaal (zonder btw en verzending)',
		tax: 'Btw / belasting',
		shipping: 'Verzending',
		shippingDiscount: 'Korting op verzending',
		discount: 'Korting',
		currency: 'Valuta',
		product: 'Product',
		sku: 'SKU (artikelcode van de orderregel)',
		lineType: 'Regeltype (artikel, korting, verzending of toeslag)',
		category: 'Categorie',
		channel: 'Kanaal / bron',
		country: 'Land',
		discountCode: 'Kortingscode (coupon)',
		fullName: 'Volledige naam van de klant',
		firstName: 'Voornaam van de klant',
		lastName: 'Achternaam van de klant',
		unitCost: 'Kostprijs per stuk',
		lineCost: 'Kostprijs per regel (regeltotaal)',
		orderCost: 'Kostprijs per bestelling',
		marketingConsent: 'Akkoord met marketingmails (ja/nee)',
		frequency: 'Frequentie (herhaalaankopen)',
		recency: 'Recency (eerste tot laatste aankoop)',
		age: 'T (eerste aankoop tot einde)',
		monetary: 'Geldwaarde (gemiddelde besteding bij herhaalaankopen)'
	},
	errors: {
		emptyFile: (p) => `${p.name || 'Het bestand'} is leeg: het bevat helemaal geen rijen.`,
		binaryFile: (p) =>
			({
				xlsx: `${p.name} is een Excel-werkmap (.xlsx), geen CSV-tekstbestand. Kies in Excel Bestand › Opslaan als › CSV (UTF-8) en importeer dat bestand.`,
				xls: `${p.name} is een oude Excel-werkmap (.xls), geen CSV-tekstbestand. Sla het op als CSV (UTF-8) en importeer dat bestand.`,
				pdf: `${p.name} is een pdf-document, geen CSV-bestand. Exporteer je bestellingen in plaats daarvan als CSV uit de webwinkel.`,
				image: `${p.name} is een afbeelding, geen CSV-bestand.`,
				gzip: `${p.name} is gecomprimeerd (gzip). Pak het eerst uit en importeer dan het CSV-bestand dat erin zit.`,
				zip: `${p.name} is een ZIP-archief. Pak het eerst uit en importeer dan het CSV-bestand dat erin zit.`,
				ods: `${p.name} is een OpenDocument-spreadsheet (.ods), geen CSV-tekstbestand. Kies in LibreOffice Bestand › Opslaan als › Tekst CSV (UTF-8) en importeer dat bestand.`,
				sqlite: `${p.name} is een databasebestand, geen CSV-export.`,
				rtf: `${p.name} is een tekstverwerkingsdocument (RTF), geen CSV-bestand.`
			})[p.kind] ??
			`${p.name} is geen tekstbestand (het bevat binaire gegevens). Exporteer je bestellingen als CSV en probeer het opnieuw.`,
		notCsv: (p) =>
			({
				html: `${p.name} is een webpagina (HTML), geen CSV-export. Misschien is bij het downloaden een inlog- of foutpagina opgeslagen: download de export opnieuw.`,
				htmlTable: `${p.name} is een tabel van een webpagina (HTML), die sommige winkelsystemen als “Excel”-bestand opslaan. Open het in Excel, LibreOffice of Google Spreadsheets, sla het op als CSV en voeg dat bestand toe.`,
				spreadsheetXml: `${p.name} is een Excel-werkblad opgeslagen als XML (Excel 2003 XML), geen CSV. Open het in Excel of LibreOffice, sla het op als CSV en voeg dat bestand toe.`,
				sql: `${p.name} is een databasedump (SQL-opdrachten), geen CSV-export. Exporteer de bestellingen als CSV vanuit de beheeromgeving van de winkel, of uit de database (phpMyAdmin: de tabel met bestellingen → Exporteren → CSV).`,
				json: `${p.name} is JSON, geen CSV. Exporteer je bestellingen als CSV.`,
				xml: `${p.name} is XML, geen CSV. Exporteer je bestellingen als CSV.`
			})[p.kind] ?? `${p.name} is geen CSV-bestand.`,
		otherExport: (p) =>
			({
				customers: `${p.name} is een klantenlijst (een rij per klant, met het bestede bedrag en het aantal bestellingen), geen export van bestellingen. Er staan geen besteldatums in, en retentie, cohorten en CLV worden daaruit berekend. Exporteer in plaats daarvan de bestellingen: in Shopify via Bestellingen → Exporteren → Alle bestellingen, in WooCommerce via Analytics → Bestellingen → Downloaden.`,
				payouts: `${p.name} is een lijst van betalingstransacties of uitbetalingen (Shopify Payments, Stripe), geen export van bestellingen. Er staat geen klant in, en retentie, cohorten en CLV worden per klant berekend. Exporteer in plaats daarvan de bestellingen: in Shopify via Bestellingen → Exporteren → Alle bestellingen, in Stripe via Betalingen → Exporteren, met het e-mailadres van de klant.`,
				products: `${p.name} is een productlijst, geen export van bestellingen. Exporteer in plaats daarvan de bestellingen: in Shopify via Bestellingen → Exporteren → Alle bestellingen, in WooCommerce via Analytics → Bestellingen → Downloaden.`
			})[p.kind] ?? `${p.name} is geen export van bestellingen.`,
		headerOnly: (p) => `${p.name || 'Het bestand'} heeft een kopregel maar geen gegevensrijen.`,
		singleColumn: (p) =>
			`In ${p.name} is maar één kolom gevonden: de regels worden niet gescheiden door een komma, puntkomma, tab of verticale streep. Eerste regel: “${p.firstLine}”. Gebruikt het bestand een ander scheidingsteken, exporteer het dan opnieuw als standaard-CSV.`,
		tooManyColumns: (p) =>
			`Rij ${p.row} van ${p.name || 'het bestand'} heeft ${p.columns} kolommen; een bestellingenexport heeft er hoogstens een paar honderd (grens: ${p.max}). Het bestand is waarschijnlijk geen bestellingentabel, of de regeleinden zijn verloren gegaan.`,
		lineTooLong: (p) =>
			`Rij ${p.row} van ${p.name || 'het bestand'} is langer dan ${p.limitText}: er is geen regeleinde gevonden. Dit is geen tabel met bestellingen, of de regeleinden zijn verloren gegaan.`,
		mostlyQuotes: (p) =>
			`${p.name || 'Het bestand'} is geen CSV-tabel: ${p.quotes} van de ${p.chars} tekens zijn aanhalingstekens ("), dus er zijn geen rijen of kolommen uit te lezen. Is een waarde tussen aanhalingstekens nooit gesloten, herstel dan die rij; exporteer de bestellingen anders opnieuw als CSV.`,
		unclosedQuote: (p) =>
			`Een veld dat in rij ${p.row} van ${p.name || 'het bestand'} met een aanhalingsteken opent, wordt nooit gesloten, zodat de rest van het bestand als één waarde zou worden gelezen. Controleer die rij op een losstaand aanhalingsteken (").`,
		unclosedQuoteCutOff: (p) =>
			`${p.name || 'Het bestand'} eindigt midden in een veld tussen aanhalingstekens: het aanhalingsteken (") dat in rij ${p.row} opent (regel ${p.line} in een teksteditor), wordt nooit gesloten. Het bestand lijkt afgebroken, zoals door een onvolledige download of kopie: exporteer het opnieuw en kies het nieuwe bestand. Is het bestand volledig, zoek dan op regel ${p.line} naar een losstaand aanhalingsteken.`,
		missingColumns: (p) =>
			`Er is geen kolom gevonden voor: ${p.roles}. Kies ze in de kolomlijst, of controleer of dit een bestellingenexport is.`,
		noDates: (p) =>
			`Geen van de rijen (${p.rows}) heeft een leesbare datum (bijvoorbeeld “${p.value}” in rij ${p.row}). Controleer of de juiste kolom als besteldatum is gekozen.`,
		noOrders: (p) => `Uit de gelezen rijen (${p.rows}) kon geen enkele bestelling worden behouden. ${p.detail}`,
		undecodable: (p) =>
			`${p.name} kon niet worden gelezen als ${p.encoding}-tekst. Kies de codering zelf, of sla het bestand opnieuw op als UTF-8.`,
		readFailed: (p) =>
			`${p.name || 'Het bestand'} kon niet worden gelezen. Misschien is het tijdens het lezen verplaatst, verwijderd of gewijzigd.`,
		quotaExceeded:
			'De browser heeft geen opslagruimte meer voor deze site. Verwijder datasets die je niet meer nodig hebt (of maak schijfruimte vrij) en importeer opnieuw.',
		/** A worker file of this version is gone: a new version was deployed. */
		appUpdated: () => 'Retention Lab is bijgewerkt — herlaad de pagina.',
		storageFailed: (p) =>
			`De dataset kon niet in deze browser worden opgeslagen${p.detail ? ` (${p.detail})` : ''}.`,
		databaseClosed:
			'De gegevens van deze app zijn in een ander tabblad verwijderd of door een nieuwere versie gewijzigd terwijl deze import werd opgeslagen, dus er is niets van bewaard. Laad de pagina opnieuw en importeer daarna opnieuw.',
		tooManyFiles: 'Kies hoogstens 50 bestanden tegelijk.',
		layoutMismatch:
			'Bestellingen en een samenvatting per klant kunnen niet in één dataset worden gecombineerd: importeer ze apart.',
		noOrdersCancelled: (p) => `Alle bestellingen (${p.count}) zijn geannuleerd, terugbetaald of onbetaald.`,
		noOrdersShippingKept: (p) =>
			p.count === '1'
				? 'Daarvan is 1 bestelling volgens het bestand maar gedeeltelijk terugbetaald: alle producten zijn met de btw terugbetaald en alleen de verzendkosten zijn behouden, dus telt ze als volledig terugbetaald.'
				: `Daarvan zijn ${p.count} bestellingen volgens het bestand maar gedeeltelijk terugbetaald: alle producten zijn met de btw terugbetaald en alleen de verzendkosten zijn behouden, dus tellen ze als volledig terugbetaald.`,
		noOrdersOtherCurrencies: (p) =>
			`Bestellingen in andere valuta’s dan ${p.currency}, weggelaten zoals gekozen bij het controleren: ${p.count}. Kies alle valuta’s of een andere en importeer opnieuw.`,
		noOrdersTest: (p) =>
			`${p.count} ${p.count === '1' ? 'is een testbestelling' : 'zijn testbestellingen'} van Shopify (geplaatst via de testbetaalgateway “Bogus Gateway” of met de tag “test”): ${p.count === '1' ? 'dat is geen verkoop' : 'dat zijn geen verkopen'}.`,
		noOrdersApartOnly: (p) =>
			`${p.count} ${p.count === '1' ? 'factuur of bestelling bevat' : 'facturen of bestellingen bevatten'} alleen porto, verzending, kosten of btw, zonder product: ${p.count === '1' ? 'dat is geen aankoop' : 'dat zijn geen aankopen'}.`,
		noOrdersCreditNotes: (p) =>
			`Er ${p.count === '1' ? 'is 1 creditnota (retour)' : `zijn ${p.count} creditnota’s (retouren)`} gelezen, maar een creditnota is geen aankoop.`,
		noOrdersReasons: (p) => `Rijen zijn overgeslagen omdat: ${p.reasons}.`,
		reasonCount: (p) => `${p.reason} (${p.count})`
	},
	skip: {
		tooFewFields: 'de rij heeft te weinig velden',
		textLine: 'een regel tekst, geen bestelling (maar één cel is ingevuld)',
		totalsRow: 'een totaalregel, geen bestelling',
		missingCustomer: 'geen klant',
		unusablePhone:
			'het telefoonnummer wijst geen klant aan: een plaatshouder (zoals +7 900 000-00-00), cijfers die om privacyredenen zijn verborgen, of te weinig cijfers',
		guestCustomer:
			'een gastbestelling: het klant-id (zoals “0”) is dat van alle gasten samen, en geen e-mail- of telefoonkolom onderscheidt de gasten',
		notPayment:
			'geen ontvangen betaling of terugbetaling (een overboeking, valutaomrekening, opname, blokkering, kosten, verzonden of niet voltooide betaling)',
		chargebackReversed:
			'een terugboeking (chargeback) en de intrekking ervan (het geld kwam terug: de verkoop blijft staan)',
		chargebackNotFound:
			'de intrekking van een terugboeking die niet in de bestanden staat (die van een eerdere download): er is niets afgetrokken, dus niets terug te geven',
		missingDate: 'geen datum',
		repeatedHeader: 'opnieuw de kopregel (bestanden achter elkaar samengevoegd)',
		invalidDate: 'de datum is onleesbaar',
		dateOutOfRange: 'de datum valt buiten het toegestane bereik (1 januari 1990 tot en met morgen)',
		otherDateOrder: 'dag en maand passen alleen in de omgekeerde volgorde van hoe dit bestand wordt gelezen',
		missingAmount: 'geen bedrag',
		invalidAmount: 'het bedrag is geen getal',
		ambiguousAmount:
			'het bedrag is op twee manieren te lezen (de kolom gebruikt beide decimaaltekens, dus 1,234 kan 1234 of 1.234 zijn)',
		amountOutOfRange: 'het bedrag is hoger dan 1.000.000.000',
		nonPositiveQuantity: 'het aantal is nul of negatief',
		negativePrice: 'de stukprijs is negatief',
		refundWithoutOrder: 'een retour zonder eerdere bestelling van die klant',
		refundOfPaymentLeftOut:
			'een terugbetaling van een betaling die al is weggelaten (volgens de status terugbetaald, onbetaald of geannuleerd): er valt niets meer af te trekken',
		invalidSummaryValue: 'frequency, recency of T is geen geldig getal',
		recencyAfterAge: 'recency is groter dan T'
	},
	report: {
		heading: 'Importrapport',
		leftOut: (p) => `“${p.name}” is weggelaten uit deze dataset: het kon niet worden geïmporteerd. ${p.reason}`,
		rowsRead: 'Gelezen rijen',
		ordersKept: 'Behouden bestellingen',
		customers: 'Klanten',
		dateRange: 'Periode',
		currency: 'Valuta',
		currencyUnknown: 'niet in het bestand (je instelling wordt gebruikt)',
		currencyFromMarks: (p) => `${p.code} (afgeleid uit de valutatekens in de bedragen)`,
		amountMixed: (p) => `${p.amount} (gemengde valuta)`,
		currencyMixed: (p) => `${p.codes} (gemengd, niet omgerekend)`,
		lineItems: 'Verdere orderregels van bestellingen',
		blankRows: 'Genegeerde lege rijen',
		skippedHeading: 'Overgeslagen rijen',
		noneSkipped: 'Er zijn geen rijen overgeslagen.',
		customerlessSales: (p) =>
			`De rijen zonder klant (${p.columns ? `${p.unusable ? 'leeg of onbruikbaar' : 'leeg'}: ${p.columns}` : 'de klantkolom is leeg'}; een anonieme verkoop of een gast) bevatten ${p.amount} aan verkopen. De cijfers laten ze weg: ze gaan over klanten, en een verkoop die niemand noemt, is niet te onderscheiden van die van een andere klant.`,
		guestSales: (p) =>
			`Daarvan is ${p.amount} van gastbestellingen (rijen met het klant-id dat alle gasten delen, zoals “0”): elke gast is weggelaten, niet alle gasten als één klant met al hun bestellingen geteld.`,
		reason: 'Reden',
		count: 'Rijen',
		examples: 'Eerste rijen',
		treatmentHeading: 'Annuleringen, terugbetalingen en dubbele bestellingen',
		cancelled: 'Geannuleerde, ongeldig gemaakte of mislukte bestellingen (geen aankopen)',
		otherCurrencies: (p) =>
			`Bestellingen in andere valuta’s dan ${p.currency}: helemaal weggelaten, zoals gekozen bij het controleren (bedragen worden nooit omgerekend; importeer het bestand opnieuw om ze te zien)`,
		testOrders: (p) =>
			`Testbestellingen (geplaatst via de testbetaalgateway van Shopify, “Bogus Gateway”, of met de tag “test”): geen verkopen, niet meegeteld (${p.amount} aan verkopen weggelaten)`,
		linesNoSale: 'Artikelen geannuleerd of geretourneerd binnen een bestelling die blijft staan (niet meegeteld)',
		creditNotesNetted:
			'Creditnota’s (facturen die met C beginnen), verrekend met de laatste eerdere factuur van de klant waarop nog zoveel van hun producten en zoveel waarde over was (anders met de laatste met hun producten en nog zoveel waarde over; anders met de laatste met nog zoveel waarde over; anders met de laatste eerdere bestelling waarvan nog iets over is)',
		creditNotesWithoutOrder:
			'Creditnota’s zonder eerdere bestelling van die klant waarvan nog iets over is (apart geteld, niet afgetrokken)',
		unpaid: 'Onbetaalde bestellingen: in afwachting van betaling, of een betaling die niet is geïnd (geen aankopen)',
		awaitingPayment: (p) =>
			`Bestellingen waarvan de betaling nog niet rond was (in afwachting, geautoriseerd, gedeeltelijk betaald of in de wacht), ${p.amount} aan verkopen: geteld als verkopen, zoals de eigen rapporten van Shopify en WooCommerce ze tellen, want de klant plaatste de bestelling en de winkel int het geld bij het afhandelen ervan. Wil je ze weglaten, filter ze dan uit het bestand en importeer het opnieuw.`,
		fullyRefunded: 'Volledig terugbetaalde bestellingen (geen aankopen)',
		fullyRefundedShippingKept: (p) =>
			`Volledig terugbetaalde bestellingen (geen aankopen). Hiervan ${p.count === '1' ? 'is' : 'zijn'} ${p.count} ${p.count === '1' ? 'bestelling' : 'bestellingen'} volgens het bestand maar gedeeltelijk terugbetaald (${p.examples}): een bestelling waarvan alle producten met de btw zijn terugbetaald en alleen de verzendkosten zijn behouden, telt als volledig terugbetaald.`,
		partlyRefunded: 'Gedeeltelijk terugbetaalde bestellingen (behouden tegen hun nettowaarde)',
		refundedAmount: (p: { column: string }) =>
			`Totaal terugbetaald (volledig terugbetaalde bestellingen inbegrepen${p.column ? `; gedeeltelijke terugbetalingen uit de kolom “${p.column}” van het bestand` : ''})`,
		creditNotesNettedAmount: 'Bedrag van de verrekende creditnota’s',
		creditNotesWithoutOrderAmount: 'Bedrag van de creditnota’s zonder eerdere bestelling',
		returnsNetted: 'Retouren geboekt als negatieve rijen, verrekend met de eerdere bestelling van de klant',
		duplicates: 'Dubbele bestellingen (een bestel-id dat al eerder voorkwam), overgeslagen',
		duplicatesNoOrderId:
			'Dubbele bestellingen: niet gecontroleerd op bestel-id, want het bestand heeft geen kolom met een bestel-id',
		notChecked: 'niet gecontroleerd',
		contentDuplicates:
			'Rijen die in elke gelezen kolom gelijk zijn aan een rij van een eerder bestand, in bestanden zonder kolom met een bestel-id: dezelfde bestellingen twee keer geëxporteerd, overgeslagen (zonder bestel-id zijn dubbele bestellingen alleen aan hun inhoud te herkennen)',
		fileSameAs: (p) => `niet gelezen: dezelfde rijen als ${p.name}`,
		zeroValue: 'Bestellingen met een totaal van 0 (behouden)',
		apartOnly: (p) =>
			`Facturen of bestellingen van alleen porto, verzending, kosten of btw, zonder product (de StockCode van hun regels is POST, DOT, C2, BANK CHARGES, AMAZONFEE of CRUK, of de regeltypekolom zegt verzending, kosten of btw): niet als bestellingen geteld (hun ${p.amount} aan porto, kosten en btw telt niet als omzet, en niet in de opbouw van de omzet)`,
		apartOnlyCreditNotes: 'Creditnota’s die alleen hun porto of kosten teruggeven, met hen weggelaten',
		filesHeading: 'Bestanden',
		fileRow: (p) => `${p.name}: ${p.layout}, ${p.encoding}, ${p.delimiter}, rijen: ${p.rows}`,
		datesRead: (p) => `datums gelezen als ${p.order}`,
		numericDatesRead: (p) => `datums gelezen als ${p.kind}`,
		rowRef: (p) => (p.file ? `${p.file} rij ${p.row}` : `rij ${p.row}`),
		rowRefWithValue: (p) => `${p.ref} (${p.value})`,
		warningsHeading: 'Let op',
		breakdown: {
			heading: 'Omzet, deel voor deel',
			part: 'Deel',
			amount: 'Bedrag',
			grossSales: 'Bruto-omzet (vóór kortingen, terugbetalingen en retouren)',
			grossSalesNoDiscounts:
				'Omzet vóór terugbetalingen en retouren (het bestand geeft geen kortingen apart: na eventuele kortingen)',
			discounts: 'Kortingen',
			refunds: 'Terugbetalingen (hun omzetdeel)',
			refundShare:
				'Een gedeeltelijke terugbetaling telt mee met haar omzetdeel: de terugbetaling × de omzet van de bestelling ÷ het totaal ervan. In exports van Shopify en WooCommerce, waar een terugbetaling eerst de artikelen en hun btw dekt en pas daarna de verzending, is het ÷ het totaal min verzending; een terugbetaling van precies de verzending, of een boven de artikelen en hun btw, dekt eerst de verzending.',
			returns: 'Retouren en creditnota’s',
			total: (p: { name: string }) => `${p.name} — wat de analyse gebruikt`,
			totalAllOrders: (p: { name: string }) => `${p.name}, alle bestellingen (niet de periode)`,
			tax: 'Btw / belasting (geen omzet)',
			shipping: 'Verzending (geen omzet)',
			fees: 'Betaal- en andere toeslagen (geen omzet)',
			totalCharged: 'In rekening gebrachte ordertotalen (vóór terugbetalingen)',
			returnsWithoutOrder: 'Retouren zonder eerdere bestelling (niet afgetrokken)',
			source: (p) => `bestandskolom “${p.name}”`,
			sources: (p) => `bestandskolommen ${p.names}`,
			quoted: (p) => `“${p.name}”`,
			shippingLessDiscount: (p) =>
				`${p.column} min “${p.discount}” (${p.amount} in totaal), die de besteltotalen al hadden afgetrokken`,
			discountsImplied: (p) => `wat “${p.subtotal}” boven het totaal min verzending en belasting ligt`,
			discountsNoColumn: (p) => `geen kortingskolom: ${p.rest}`,
			discountsBeside: (p) => `${p.column}, en ${p.implied}: ${p.rest}`,
			basis: {
				netSales:
					'Elke bestelling telt mee met haar netto-omzet: het subtotaal (of het totaal min btw en verzending), na kortingen, min het omzetdeel van een terugbetaling en min retouren. Btw en verzending zijn geen omzet.',
				netSalesColumn:
					'Elke bestelling telt mee met het eigen netto-omzetcijfer uit het bestand, min retouren.',
				totalLessShipping:
					'Elke bestelling telt tegen het ordertotaal uit het bestand min verzending, min het verkoopdeel van een terugbetaling en min retouren. Het bestand heeft geen btw-kolom, dus deze bedragen kunnen btw bevatten.',
				orderTotal:
					'Elke bestelling telt mee met het ordertotaal uit het bestand, min terugbetalingen en retouren. Het bestand heeft geen kolommen voor btw of verzending, dus deze totalen kunnen ze bevatten.',
				lineItems:
					'Elke bestelling telt mee als aantal × stukprijs van haar regels, min retouren (creditnota’s), tegen de prijzen uit het bestand. Het bestand heeft geen kolommen voor btw of verzending.',
				lineTyped:
					'Elke bestelling telt mee als de som van haar artikel- en kortingsregels (één regel per artikel), min terugbetalingen en retouren. Regels die de regeltypekolom van het bestand als verzending, toeslag of btw markeert, zijn geen omzet: ze staan apart.',
				lineAmounts:
					'Elke bestelling telt mee als de som van de bedragen van haar regels (één regel per artikel), min terugbetalingen en retouren. Het bestand splitst die bedragen niet in btw en verzending, dus ze kunnen die bevatten.',
				mixed: 'De bestanden zijn verschillend gelezen: sommige geven netto-omzet, andere ordertotalen die btw en verzending kunnen bevatten.'
			}
		},
		warnings: {
			mixedDecimals: (p) =>
				`De bedragen staan er met beide decimaaltekens in: met een punt (${p.point}) en met een komma (${p.comma}); elk is gelezen volgens zijn eigen scheidingstekens.`,
			mixedDecimalsAmbiguous: (p) =>
				`De bedragen staan er met beide decimaaltekens in: met een punt (${p.point}) en met een komma (${p.comma}); elk is gelezen volgens zijn eigen scheidingstekens, maar ${p.count} ervan zijn op twee manieren te lezen (duizendtallen of decimalen, zoals 1,234) en zijn weggelaten (zie Overgeslagen rijen).`,
			mixedDecimalsOne: (p) =>
				`De bedragen staan er met beide decimaaltekens in: met een punt (${p.point}) en met een komma (${p.comma}). Voor het bestand is één decimaalteken gekozen, dus de bedragen die anders geschreven zijn, zijn overgeslagen als geen getal (zie Overgeslagen rijen).`,
			mixedDateStyles: (p) => `Datums staan in verschillende notaties (${p.examples}); ze zijn allemaal gelezen.`,
			mixedDateStylesUnread: (p) =>
				`Datums staan in verschillende notaties (${p.examples}); ${p.count} ervan konden niet worden gelezen en zijn overgeslagen (zie Overgeslagen rijen).`,
			dateOrderConflicts: (p) =>
				`${p.count} ${p.count === '1' ? 'datum kan' : 'datums kunnen'} alleen in de omgekeerde volgorde worden gelezen (bijv. ${p.examples}); ${p.count === '1' ? 'die is' : 'ze zijn'} overgeslagen (zie Overgeslagen rijen).`,
			orderIdReused: (p) =>
				`${p.count} ${p.count === '1' ? 'bestelling deelt' : 'bestellingen delen'} een bestelnummer (${p.ids} ${p.ids === '1' ? 'nummer' : 'nummers'} in totaal) met de bestelling van een andere klant, of met een die meer dan een dag verschilt (bijv. ${p.examples}). Zulke rijen zijn niet één bestelling: elk is gelezen als een eigen bestelling, op bestelnummer en klant (en dag).`,
			customerFromEmail: (p) =>
				`${p.count} ${p.count === '1' ? 'bestelling heeft' : 'bestellingen hebben'} geen klant-id, of de gedeelde id van een gastbestelling zoals “0” (${p.examples}): de klant is bepaald door het e-mailadres in “${p.column}”, zodat gasten niet samen als één klant worden geteld.`,
			customerFromPhone: (p) =>
				`${p.count} ${p.count === '1' ? 'bestelling heeft' : 'bestellingen hebben'} geen klant-id en geen e-mailadres (${p.examples}): de klant is bepaald door het telefoonnummer in “${p.column}”, in plaats van dat de bestellingen worden overgeslagen.`,
			phonesGivenCountry: (p) =>
				`${p.count} ${p.count === '1' ? 'telefoonnummer is' : 'telefoonnummers zijn'} zonder landcode geschreven en gelezen als +${p.code}-${p.count === '1' ? 'nummer' : 'nummers'}: ${p.international} van de ${p.of} nummers in het bestand met een landcode hebben deze. Zo is een klant van wie het nummer op beide manieren staat één klant. Verkoopt de winkel ook naar het buitenland, controleer dit dan.`,
			phonesKeptApart: (p) =>
				`${p.count} ${p.count === '1' ? 'telefoonnummer heeft' : 'telefoonnummers hebben'} geen landcode, en het bestand zegt niet uit welk land ${p.count === '1' ? 'het komt' : 'ze komen'} (geen landkolom, en geen landcode die de meeste andere nummers hebben), of ${p.count === '1' ? 'het past' : 'ze passen'} bij geen nummer van dat land: elk is een eigen klant gebleven, ook als het bestand hetzelfde nummer elders met landcode schrijft. Sommige klanten kunnen dus dubbel geteld zijn.`,
			costPartial: (p) =>
				`${p.count} ${p.count === '1' ? 'bestelling heeft' : 'bestellingen hebben'} regels zonder kostprijs in het bestand (${p.lines} ${p.lines === '1' ? 'regel' : 'regels'}; bv. ${p.examples}) en regels met een kostprijs: de kostprijs van ${p.count === '1' ? 'die bestelling' : 'die bestellingen'} telt alleen de regels met een kostprijs, dus is te laag en de brutomarge te hoog. De kostprijs is bekend voor elke regel van ${p.complete} van de ${p.orders} bestellingen.`,
			guestsJoined: (p) =>
				`${p.count} ${p.count === '1' ? 'gastklant' : 'gastklanten'} (${p.orders} ${p.orders === '1' ? 'bestelling' : 'bestellingen'}) ${p.count === '1' ? 'had' : 'hadden'} in “${p.column}” het e-mailadres van de bestellingen van een geregistreerde klant, en ${p.count === '1' ? 'is' : 'zijn'} als die klant geteld: wie eens als gast bestelde en eens ingelogd, is één klant, niet twee.`,
			decimalCommaMended: (p) =>
				`In ${p.count} ${p.count === '1' ? 'rij' : 'rijen'} stond een bedrag met een decimale komma niet tussen aanhalingstekens, zodat de komma’s van het bestand het in tweeën knipten (hele eenheden, dan twee cijfers centen): de delen zijn weer samengevoegd en als één bedrag gelezen (${p.examples}), waardoor de kolommen erna weer op hun plaats staan. Controleer deze rijen.`,
			refundAmountUnknown: (p) =>
				`Volgens de status ${p.count === '1' ? 'is 1 bestelling' : `zijn ${p.count} bestellingen`} gedeeltelijk terugbetaald (${p.examples}), maar het bestand geeft geen terugbetaald bedrag: ze tellen volledig mee, dus de omzet, en de CLV- en margecijfers die erop rusten, kunnen met die terugbetalingen te hoog zijn. Een export met een kolom voor het terugbetaalde bedrag (Shopify’s “Refunded Amount”) geeft ze.`,
			thousandsMended: (p) =>
				`In ${p.count} ${p.count === '1' ? 'rij' : 'rijen'} stond een bedrag met scheidingstekens voor duizendtallen niet tussen aanhalingstekens, zodat de komma’s het over meerdere kolommen verdeelden: de delen zijn weer samengevoegd (${p.examples}). Controleer deze rijen.`,
			widerRows: (p) =>
				`${p.count} ${p.count === '1' ? 'rij heeft' : 'rijen hebben'} meer kolommen dan de kopregel (${p.examples}), waarschijnlijk door een scheidingsteken in een waarde zonder aanhalingstekens: hun waarden kunnen in de verkeerde kolommen staan. Controleer deze rijen, of exporteer het bestand opnieuw met waarden tussen aanhalingstekens.`,
			controlCharacters: (p) =>
				`Stuurtekens (zoals NUL) zijn verwijderd uit id’s en tekst in ${p.count} ${p.count === '1' ? 'rij' : 'rijen'} (bijv. ${p.examples}), zodat één klant niet als twee wordt geteld.`,
			unpairedSkus: (p) =>
				`Rijen met meerdere artikelen en een ander aantal SKU’s: ${p.count} (bijv. ${p.examples}). Welke SKU bij welk artikel hoort, is niet te zeggen, dus die artikelen tellen mee op productnaam maar zonder SKU (in de indeling naar SKU valt zo’n eerste bestelling onder “(geen)”).`,
			scientificIds: (p) =>
				`In ${p.count} ${p.count === '1' ? 'rij' : 'rijen'} is het klant- of bestelnummer een getal in wetenschappelijke notatie, zoals Excel lange getallen toont en opslaat: ${p.examples}. De laatste cijfers zijn weg, dus klanten of bestellingen die alleen daarin verschilden, tellen als één. Exporteer het bestand opnieuw uit het winkelsysteem en voeg het toe zonder het in Excel te openen en op te slaan (of importeer de nummerkolom als tekst).`,
			notUtf8: (p) =>
				`Het bestand is geen geldige UTF-8 (eerst in ${p.examples}); het is gelezen als ${p.encoding}.`,
			notUtf8NoRow: (p) => `Het bestand is geen geldige UTF-8; het is gelezen als ${p.encoding}.`,
			headerRow: (p) =>
				`De rijen boven rij ${p.row} zijn als titel overgeslagen; rij ${p.row} is als kopregel gelezen.`,
			duplicateColumns: (p) =>
				`${p.count} kolommen heten “${p.name}” (kolommen ${p.columns}); kolom ${p.column} is gebruikt als ${p.role}.`,
			duplicateColumnsUnused: (p) =>
				`${p.count} kolommen heten “${p.name}” (kolommen ${p.columns}); geen ervan is gebruikt.`,
			dateOrderSwitched: (p) =>
				`Datums werden eerst gelezen als ${p.from}, maar “${p.value}” (rij ${p.row}) kan alleen ${p.to} zijn, dus is het bestand opnieuw op die manier gelezen.`,
			unknownStatuses: (p) =>
				`${p.count} ${p.count === '1' ? 'bestelling heeft' : 'bestellingen hebben'} een status die deze app niet kent (${p.statuses}); ${p.count === '1' ? 'die is als aankoop' : 'die zijn als aankopen'} geteld. Betekent een status dat de bestelling niet betaald, geannuleerd of volledig terugbetaald is, verwijder die bestellingen dan uit het bestand en importeer het opnieuw.`,
			unknownStatusesMore: (p) => `nog ${p.count}`,
			duplicateOutcomes: (p) =>
				`${p.count} ${p.count === '1' ? 'bestelling staat' : 'bestellingen staan'} in twee bestanden, in het ene als aankoop en in het andere geannuleerd, onbetaald of terugbetaald (${p.examples}). Elke bestelling is geteld naar wat er later mee gebeurde, in welk bestand dat ook staat: terugbetaald of geannuleerd gaat voor betaald, betaald voor onbetaald.`,
			fileNamesNoCurrency: (p) =>
				`“${p.file}” noemt geen valuta (het heeft geen valutakolom, en de bedragen hebben geen valutateken of -code), terwijl de andere bestanden in ${p.currency} zijn: de ${p.orders} bestellingen ervan zijn als ${p.currency} geteld, zonder omrekening. Staan ze in een andere valuta, importeer “${p.file}” dan als een eigen gegevensset.`,
			sameFile: (p) =>
				`“${p.file}” heeft dezelfde rijen als “${p.sameAs}” (na de kopregel, byte voor byte) en is niet gelezen: dezelfde export twee keer gekozen zou elke bestelling dubbel tellen. Deze bestanden hebben geen kolom met een bestel-id om hun bestellingen aan te herkennen.`,
			contentDuplicates: (p) =>
				`${p.count} ${p.count === '1' ? 'rij' : 'rijen'} van een later bestand ${p.count === '1' ? 'is' : 'zijn'} in elke gelezen kolom (klant, datum, bedrag en de andere) gelijk aan ${p.count === '1' ? 'een rij' : 'rijen'} van een eerder bestand (${p.examples}) en ${p.count === '1' ? 'is' : 'zijn'} overgeslagen als dezelfde ${p.count === '1' ? 'bestelling' : 'bestellingen'}, twee keer geëxporteerd (exports die overlappen). De bestanden hebben geen kolom met een bestel-id, dus dubbele bestellingen zijn alleen aan hun inhoud te herkennen: een rij die een eerder bestand één keer heeft, wordt één keer overgeslagen.`,
			differingTotals: (p) =>
				`${p.count} ${p.count === '1' ? 'bestelling heeft' : 'bestellingen hebben'} verdere regels met een ander totaal dan de eerste regel van de bestelling (${p.examples}); alleen het totaal van de eerste regel is geteld. Staat op elke regel het totaal van één artikel (zoals in een rapport met één regel per artikel), dan zijn deze bestellingen meer waard dan geteld. Kies in dat geval “Bedrag van elke regel, opgeteld per bestelling” bij “Bestelbedrag” en importeer het bestand opnieuw.`,
			sharedCurrencyMark: (p) =>
				`${p.count} ${p.count === '1' ? 'bedrag staat' : 'bedragen staan'} met “${p.mark}”, dat meerdere valuta gebruiken (${p.currencies}), en het bestand heeft geen valutakolom: de cijfers worden getoond in de valuta van je instellingen. Is dat niet de valuta van deze bedragen, wijzig die dan in Instellingen (opnieuw importeren is niet nodig).`,
			sharedCurrencyValue: (p) =>
				`${p.count} ${p.count === '1' ? 'bestelling heeft' : 'bestellingen hebben'} “${p.mark}” in de valutakolom, een teken dat meerdere valuta gebruiken (${p.currencies}), dus het zegt niet welke: de bedragen worden getoond in de valuta van je instellingen (of in de andere valuta van het bestand, als het die noemt). Is dat niet hun valuta, wijzig die dan in Instellingen (opnieuw importeren is niet nodig).`,
			unreadCurrency: (p) =>
				`${p.count} ${p.count === '1' ? 'bestelling heeft' : 'bestellingen hebben'} in de valutakolom een waarde die geen valuta is die deze app kent (${p.examples}): ${p.count === '1' ? 'die is' : 'ze zijn'} bewaard en meegeteld in de valuta van de dataset. Is dat niet hun valuta, verbeter dan het bestand en importeer het opnieuw.`,
			severalCurrencies: (p) =>
				`Bestellingen staan in verschillende valuta (${p.counts}); bedragen zijn zonder omrekening opgeteld.`,
			fileCutOff: (p) =>
				`“${p.name}” eindigt midden in rij ${p.row} (regel ${p.line} in een teksteditor), die minder kolommen heeft dan de kopregel. Het bestand lijkt afgebroken, zoals door een onvolledige download of kopie: de rijen ervoor zijn gelezen. Exporteer het opnieuw en voeg het nieuwe bestand toe om alles te lezen.`,
			fileCutOffCharacter: (p) =>
				`“${p.name}” eindigt midden in een teken, in rij ${p.row} (regel ${p.line} in een teksteditor). Het bestand lijkt afgebroken, zoals door een onvolledige download of kopie: de rijen ervoor zijn gelezen. Exporteer het opnieuw en voeg het nieuwe bestand toe om alles te lezen.`,
			malformedQuotes: (p) =>
				`Rijen met een losstaand aanhalingsteken: ${p.count} (eerste: ${p.examples}); ze zijn gelezen zoals ze zijn.`,
			negativeNetCustomers: (p) =>
				`Klanten met terugbetalingen die groter zijn dan hun aankopen (negatieve nettobesteding): ${p.count}.`
		},
		rules: 'Hoe bestellingen worden geteld: één bestelling per bestelnummer en klant (regels worden opgeteld; rijen met hetzelfde nummer maar een andere klant, of een datum twee of meer dagen verderop, zijn een andere bestelling); elke bestelling telt mee met haar netto-omzet als het bestand btw of een subtotaal toont, en met haar totaal min verzending (dat btw kan bevatten) als het alleen verzending toont; geannuleerde, ongeldige, mislukte en onbetaalde bestellingen en volledig terugbetaalde bestellingen zijn geen aankopen, net als een bestelling van alleen porto, verzending, kosten of btw, zonder product; gedeeltelijk terugbetaalde bestellingen tellen mee met hun nettowaarde; negatieve regels van een bestelling met een latere datum zijn haar terugbetalingen, en een verkoop die ze tot niets terugbrengen is volledig terugbetaald; een gastbestelling met het e-mailadres van de bestellingen van een geregistreerde klant is van die klant; creditnota’s en retouren die als negatieve rij zijn geboekt, worden verrekend met de laatste eerdere bestelling van die klant, en die zonder eerdere bestelling worden apart geteld; een bestelnummer dat in een later bestand opnieuw voorkomt, is een dubbele bestelling; de dag van een bestelling is de datum zoals die in het bestand staat (een tijdzone verschuift hem nooit naar een andere dag).'
	},
	datasets: {
		heading: 'Opgeslagen datasets',
		none: 'Nog geen datasets. Importeer hierboven een bestand.',
		name: 'Naam',
		orders: 'Bestellingen',
		customers: 'Klanten',
		range: 'Periode',
		size: 'Grootte',
		created: 'Geïmporteerd',
		actions: 'Acties',
		summaryKind: '(samenvatting)',
		rename: 'Naam wijzigen',
		renameLabel: (p) => `Nieuwe naam voor ${p.name}`,
		delete: 'Verwijderen',
		confirmDelete: (p) =>
			`“${p.name}” en alle bestellingen daarin uit deze browser verwijderen? Dit kan niet ongedaan worden gemaakt.`,
		exportCsv: 'CSV exporteren',
		analyse: 'Analyseren',
		deleted: (p) => `“${p.name}” verwijderd.`,
		nameEmpty: 'Vul een naam in.',
		nameTooLong: 'Gebruik hoogstens 80 tekens.',
		storageUse: (p) => `Opslag gebruikt door deze site: ${p.used} van ${p.quota} beschikbaar.`
	},
	wipe: {
		heading: 'Alles verwijderen',
		help: 'Verwijder alle datasets, scenario’s, plannen, instellingen en de offlinekopie van de site uit deze browser.',
		button: 'Alles verwijderen',
		confirm:
			'Alle datasets, scenario’s, plannen en instellingen uit deze browser verwijderen? Dit kan niet ongedaan worden gemaakt. Download eerst een back-up als je ze misschien nog nodig hebt.'
	},
	backup: {
		heading: 'Back-up en herstel',
		help: 'Sla alles wat deze site in deze browser bewaart (datasets, scenario’s, plannen) op in één bestand, of herstel zo’n bestand, bijv. op een andere computer.',
		download: 'Back-up downloaden',
		restore: 'Herstellen uit back-up…',
		confirmRestore: (p) =>
			`De back-up van ${p.date} herstellen (datasets: ${p.datasets}; scenario’s: ${p.scenarios})? Die vervangt alles wat nu is opgeslagen.`,
		restored: (p) => `Back-up hersteld (datasets: ${p.datasets}; scenario’s: ${p.scenarios}).`,
		figuresRecomputed: (p) =>
			`De opgeslagen cijfers van “${p.name}” klopten niet met de bestellingen (het bestand is bewerkt of gemaakt door een oudere versie van Retention Lab): ze zijn opnieuw berekend uit de bestellingen.`,
		makeFailed: (p: { detail: string }) =>
			`De back-up kon niet worden gemaakt (${p.detail}). Er is niets aan de opgeslagen gegevens veranderd; probeer het opnieuw, of maak ruimte vrij op je apparaat als het vol is.`,
		making: 'Back-up wordt gemaakt…',
		checking: 'Back-up wordt gecontroleerd…',
		restoring: 'Bezig met herstellen…',
		errors: {
			notBackup: 'Dit bestand is geen back-up van Retention Lab.',
			newer: (p) =>
				`Deze back-up is gemaakt met een nieuwere versie van Retention Lab (back-upindeling ${p.version}); werk de app bij en herstel hem dan.`,
			newerDatabase: (p) =>
				`Deze back-up is gemaakt met een nieuwere versie van Retention Lab (databaseversie ${p.version}); werk de app bij en herstel hem dan.`,
			corrupt: 'Het back-upbestand is beschadigd (de inhoud klopt niet met de index). Er is niets gewijzigd.',
			failed: 'De back-up kon niet worden hersteld. Er is niets gewijzigd.',
			storageFull:
				'De browser heeft geen opslagruimte meer voor deze site, dus de back-up kon niet worden hersteld. Er is niets gewijzigd: alles wat eerder was opgeslagen, is er nog. Verwijder datasets die je niet meer nodig hebt (of maak schijfruimte vrij) en herstel opnieuw.'
		}
	},
	memory: {
		heading: 'Dit bestand is mogelijk te groot voor dit apparaat',
		tooLargeTold: (p) =>
			`Het bestand is ${p.size}. Importeren en analyseren kan tot ${p.needed} geheugen vragen, meer dan dit apparaat (${p.device} geheugen, volgens de browser) waarschijnlijk aan één tabblad kan geven: de browser kan het tabblad halverwege sluiten, en de import gaat dan verloren.`,
		tooLargeUntold: (p) =>
			`Het bestand is ${p.size}. Importeren en analyseren kan tot ${p.needed} geheugen vragen, meer dan de meeste computers aan één browsertabblad kunnen geven: de browser kan het tabblad halverwege sluiten, en de import gaat dan verloren.`,
		summaryHint:
			'Tel de bestellingen in plaats daarvan per klant op waar ze bewaard worden (een database of datawarehouse) en importeer die samenvatting: één rij per klant met de kolommen customer_id, frequency, recency, T en monetary_value. De CLV-modellen gebruiken die rechtstreeks; cohorten en retentie per periode hebben de bestellingen zelf nodig.',
		goOn: 'Toch importeren',
		another: 'Ander bestand kiezen',
		megabytes: (p) => `${p.n} MB`,
		gigabytes: (p) => `${p.n} GB`
	}
};

export default data;
