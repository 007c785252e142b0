import type en from '../en/data';
import type { Catalogue } from '../messages';
import { withStop } from '../sentence';
import { formForText, ORDER_FORMS } from './plural';

/** Sadaļas “Dati” teksti: pasūtījumu imports, pārbaudes atskaite, datu kopu pārvaldība. */

/** “Fails orders.csv” vai vienkārši “Fails”, ja nosaukums nav zināms. */
const theFile = (name: string) => (name ? `Fails ${name}` : 'Fails');
/** “faila orders.csv” vai vienkārši “faila”. */
const ofFile = (name: string) => (name ? `faila ${name}` : 'faila');
/** “failā orders.csv” vai vienkārši “failā”; ar lielo burtu teikuma sākumam. */
const inFile = (name: string) => (name ? `failā ${name}` : 'failā');
const InFile = (name: string) => (name ? `Failā ${name}` : 'Failā');

const data: Catalogue<typeof en> = {
	title: 'Jūsu dati',
	intro: 'Importējiet sava veikala pasūtījumu eksportu. Fails tiek nolasīts un analizēts šajā pārlūkā un glabāts tikai šeit (IndexedDB): nekas netiek augšupielādēts.',
	import: {
		heading: 'Importēt pasūtījumus',
		dropHere: 'Ievelciet CSV failus šeit',
		or: 'vai',
		choose: 'Izvēlēties failus…',
		formats:
			'Shopify un WooCommerce pasūtījumu eksporti, UCI Online Retail, CDNOW tipa faili, kopsavilkumi pa klientiem (biežums, nesenums, T, naudas vērtība) un jebkurš CSV fails ar klientu, datumu un summu. Vairāki faili (piemēram, mēneša eksporti) veido vienu datu kopu.',
		inspecting: 'Nolasa faila sākumu…',
		reviewHeading: 'Pārbaudiet, kā fails tiks nolasīts',
		reviewHelp:
			'Viss zemāk redzamais ir atpazīts automātiski. Izlabojiet to, kas atpazīts nepareizi, un importējiet.',
		chosenTwice: (p) =>
			`${p.file} ir tas pats fails, kas ${p.of} (${p.by === 'rows' ? 'tās pašas rindas' : 'tas pats nosaukums, izmērs un datums'}): izvēlēts divreiz, tā pasūtījumi tiek nolasīti vienreiz, un atskaitē redzams, kā otrā kopija tika izlaista. Nekas netiek skaitīts divreiz.`,
		mixedKinds: (p) =>
			`Šie faili ir dažādu veidu eksporti (${p.kinds}). Importēti kopā, tie kļūst par vienu datu kopu un tiek nolasīti kā viena veikala pasūtījumi vienā valūtā. Ja tie ir no dažādiem veikaliem vai dažādās valūtās, importējiet katru atsevišķi.`,
		kindFiles: (p) => `${p.kind}: ${p.files}`,
		kindsSeparator: '; ',
		noOrderIdFiles: (p) =>
			`Nav pasūtījuma ID kolonnas: ${p.files}. Dublikātus starp failiem var atpazīt tikai pēc satura. Divreiz izvēlēts fails tiek nolasīts vienreiz, un vēlāka faila rindas, kas katrā nolasītajā kolonnā ir tādas pašas kā agrāka faila rindas, tiek izlaistas kā tie paši pasūtījumi; atskaitē norādīts, cik.`,
		sameRows: (p) => `Failā ${p.file} ir tās pašas rindas, kas datu kopā ${p.dataset}, importēta ${p.date}.`,
		sameRowsOf: (p) =>
			`Failā ${p.file} ir tās pašas rindas, kas ${p.stored}, vienā no datu kopas ${p.dataset} failiem, importēta ${p.date}.`,
		sameFile: (p) =>
			`Failam ${p.file} ir tāds pats nosaukums, izmērs un izmaiņu datums kā ${p.stored}, kas ${p.date} importēts datu kopā ${p.dataset}.`,
		storedCopyChoice:
			'Ja tomēr importēsiet, blakus saglabātajai tiks pievienota vēl viena datu kopa (nekas netiek aizstāts vai papildināts): izvēlnēs vienāda nosaukuma datu kopas tiks numurētas, un abu rādītāji skaitīs tos pašus pasūtījumus.',
		openStored: (p) => `Atvērt ${p.name}`,
		importAnyway: 'Tomēr importēt',
		name: 'Datu kopas nosaukums',
		start: 'Importēt',
		defaultName: 'Pasūtījumi',
		startOver: 'Izvēlēties citus failus',
		startBlocked: (p) =>
			`Importēšana nav pieejama, kamēr nav izvēlētas visas obligātās kolonnas: failā “${p.file}” izvēlieties kolonnu laukam ${p.roles} (sadaļā Kolonnas augstāk).`,
		startBlockedDates: (p) =>
			`Importēšana nav pieejama: neviens datums kolonnā “${p.column}” failā “${p.file}” nav nolasāms (piemēram, “${p.value}”). Izvēlieties kolonnu, kurā ir pasūtījumu datumi (sadaļā Kolonnas augstāk).`,
		leftOutIntro: 'Šos failus nevar importēt, tāpēc tie netiek iekļauti:',
		readyFiles: (p) =>
			`Gatavi importēšanai: ${p.files}. Importējot tiks nolasīti tikai tie, bez iepriekš minētajiem failiem; vai arī izvēlieties citus failus.`,
		importing: 'Importē…',
		storing: 'Saglabā datu kopu…',
		progressLabel: 'Importēšanas gaita',
		progress: (p) => `Nolasītas rindas: ${p.rows} · ${p.percent} · ${p.rate} rindu/s`,
		saving: (p) => `Saglabāti pasūtījumi: ${p.stored} no ${p.total} · ${p.percent}`,
		cancel: 'Atcelt importēšanu',
		cancelled: 'Importēšana atcelta. Nekas netika saglabāts, un pārējās datu kopas nav mainītas.',
		doneHeading: (p) => `Datu kopa “${p.name}” importēta`,
		doneTime: (p) => `Nolasīts un saglabāts ${p.seconds} s laikā.`,
		analyse: 'Analizēt šo datu kopu',
		another: 'Importēt citu failu',
		errorHeading: 'Šo failu nevar importēt',
		untouched: 'Nekas netika saglabāts; esošās datu kopas nav mainītas.',
		fileLabel: (p) => `Fails ${p.index}: ${p.name}`,
		persistDenied:
			'Pārlūks var dzēst saglabātos datus, ja pietrūks vietas (pastāvīgā krātuve netika piešķirta). Ja šie dati ir svarīgi, izveidojiet rezerves kopiju.',
		deletedSince: (p) =>
			`“${p.name}” tika saglabāta, pēc tam citā cilnē dzēsta kopā ar visiem šīs lietotnes datiem. Pārlādējiet lapu, lai importētu vēlreiz.`
	},
	review: {
		format: 'Atpazītais formāts:',
		encoding: 'Teksta kodējums',
		delimiter: 'Atdalītājs',
		decimal: 'Decimāldaļas atdalītājs',
		dateOrder: 'Datumi',
		currencyChoice: 'Importējamie pasūtījumi',
		currencyAll: 'Visi, visās valūtās (saskaitīti bez konvertēšanas)',
		currencyOnly: (p) => `Tikai pasūtījumi valūtā ${p.currency}`,
		currenciesSampled: (p) =>
			`Paraugā ņemtajās rindās ir pasūtījumi vairākās valūtās (${p.counts} rindas). Summas nekad netiek konvertētas, tāpēc visu saskaitītie rādītāji nav nevienā valūtā: importējiet vienas valūtas pasūtījumus, lai rādītāji būtu tajā, un importējiet failu vēlreiz citai valūtai (abas datu kopas var salīdzināt).`,
		dateDecided: (p) => `noteikts pēc datiem: “${p.value}” (${p.row}. rinda) var nolasīt tikai šādi`,
		dateDecidedNoRow: (p) => `noteikts pēc datiem: “${p.value}” var nolasīt tikai šādi`,
		dateAmbiguous: 'Neviens datums paraugā neļauj atšķirt dienu no mēneša: lūdzu, pārbaudiet.',
		dateByLayout: (p) =>
			`noteikts pēc formāta: ${p.layout} datumus vienmēr raksta ar mēnesi pirmajā vietā (MM/DD/YY)`,
		datesUnreadable: (p) =>
			`Neviens datums kolonnas “${p.column}” paraugā nav nolasāms: “${p.value}” (${p.row}. rinda), tāpat kā visas pārējās vērtības tajā, nav datums, tāpēc visas rindas tiktu izlaistas. Izvēlieties kolonnu, kurā ir pasūtījumu datumi (sadaļā Kolonnas zemāk).`,
		paymentLedger:
			'PayPal darījumu izraksts: katrs saņemtais maksājums ir pasūtījums, tā maksātājs — klients. Atmaksa, maksājuma atcelšana vai apstrīdēšana (chargeback) tiek atskaitīta no maksājuma, uz kuru tā atsaucas (atcelta apstrīdēšana summu atdod). Pārējās rindas netiek ņemtas vērā un ir saskaitītas atskaitē: pārskaitījumi, valūtas maiņa, izmaksas, rezervēšana, komisijas, jūsu nosūtītie maksājumi un nepabeigti maksājumi.',
		numericDates: (p) =>
			`Datumi ir rakstīti kā skaitļi un nolasīti kā ${p.kind}: “${p.value}” (${p.row}. rinda) ir ${withStop(p.day)} Ja tas nav pasūtījuma datums, izvēlieties citu datuma kolonnu.`,
		dateConflicting: (p) =>
			`Datumi ir pretrunīgi: “${p.value}” (${p.row}. rinda) var būt tikai ${p.order}, bet “${p.otherValue}” (${p.otherRow}. rinda) — tikai ${p.otherOrder}. Tie tiek nolasīti kā ${p.order}; datumi, kas der tikai otrai secībai, tiks izlaisti. Izvēlieties secību, ko izmanto lielākā daļa faila.`,
		headerRow: 'Virsraksta rinda',
		headerRowOption: (p) => `${p.row}. rinda: ${p.text}`,
		headerRowFound: (p) =>
			`Rindas virs ${p.row}. rindas izskatās pēc virsraksta, nevis tabulas daļas: ${p.row}. rinda tiek nolasīta kā galvene. Ja tas ir nepareizi, izvēlieties citu rindu.`,
		notUtf8: (p) =>
			`Šis fails nav derīgs UTF-8 (pirmoreiz ${p.row}. rindā: “${p.value}”), tāpēc tas nolasīts kā ${p.encoding}. Ja teksts priekšskatījumā izskatās nepareizs, izvēlieties citu kodējumu.`,
		notUtf8NoRow: (p) =>
			`Šis fails nav derīgs UTF-8, tāpēc tas nolasīts kā ${p.encoding}. Ja teksts priekšskatījumā izskatās nepareizs, izvēlieties citu kodējumu.`,
		duplicateColumn: (p) => `${p.name} (${p.column}. kolonna)`,
		duplicateColumns: (p) => `Vairākām kolonnām (${p.count}) ir nosaukums “${p.name}” (kolonnas ${p.columns}).`,
		duplicateUsed: (p) =>
			`${p.column}. kolonna tiek izmantota kā ${p.role}; ja tā ir nepareizā, izvēlieties citu kolonnu sarakstā.`,
		duplicateUnused: 'Neviena no tām netiek izmantota.',
		mixedDecimals: (p) =>
			`Summas ir rakstītas ar abiem decimālatdalītājiem: ar punktu (${p.point}) un ar komatu (${p.comma}).`,
		mixedDecimalsEither:
			'Katru summu nolasa pēc tās pašas atdalītājiem: 1.234,56 un 1,234.56 abas ir 1234,56. Summu, ko var nolasīt divējādi, piemēram, 1,234 (1234 vai 1,234), neieskaita un uzskaita sadaļā “Izlaistās rindas”.',
		mixedDecimalsOne:
			'Ja izvēlēts viens decimālatdalītājs, summas, kas rakstītas otrādi, tiek izlaistas kā neskaitļi: izvēlieties augstāk “Abi”, lai katru nolasītu tā, kā tā rakstīta.',
		customersByName: (p) =>
			`Klienta kolonnā “${p.column}” ir personu vārdi: klienti tiek atšķirti tikai pēc vārda, tāpēc divi cilvēki ar vienādu vārdu tiek skaitīti kā viens klients. Arī vārdi, kas atšķiras tikai ar lielajiem burtiem vai atstarpēm, ir viens klients. Ja failā ir e-pasta, klienta ID vai tālruņa kolonna, izvēlieties par klientu to.`,
		dateNotNeeded: 'Gads ir pirmais: neskaidrību nav.',
		amountMode: 'Pasūtījuma summa',
		amountTotal: 'Viena kopsumma katram pasūtījumam',
		amountLines: 'Daudzums × vienības cena, summēts pa pasūtījumiem',
		amountRowSums: 'Katras rindas summa, summēta pa pasūtījumiem',
		itemAmountRole: 'Preces summa',
		itemAmountRows: (p) =>
			`Rindas ${p.first} un ${p.second} pieder vienam pasūtījumam, bet to summas atšķiras (${p.firstValue} un ${p.secondValue}): katra rinda tiek lasīta kā viena prece, un tās summa tiek pieskaitīta pasūtījumam. Ja katrā rindā atkārtota pasūtījuma kopsumma, izvēlieties “Viena kopsumma katram pasūtījumam”.`,
		summaryUnit: 'Nesenuma un T laika vienība',
		mapping: 'Kolonnas',
		notMapped: '— šajā failā nav —',
		required: '(obligāti)',
		missing: (p) => `Izvēlieties kolonnu: ${p.roles}.`,
		preview: 'Pirmās rindas',
		previewCaption: (p) => `Pirmās rindas (${p.rows}) no ${ofFile(p.name)}; piesaistītās kolonnas ir atzīmētas.`,
		previewMarkup:
			'Summas, kas failā rakstītas kā tīmekļa lapas iezīmes (HTML, kā dažos WooCommerce eksportos), parādītas tā, kā tās tiek nolasītas: to teksts bez pārsvītrotās (atmaksātās) cenas un nodokļa piezīmes.',
		header: 'Pirmā rinda ir galvene'
	},
	paymentLedgerFormat: 'PayPal darbību lejupielāde (konta virsgrāmata)',
	layouts: {
		shopify: 'Shopify pasūtījumu eksports',
		woocommerce: 'WooCommerce pasūtījumu eksports',
		uci: 'UCI Online Retail (pasūtījumu pozīcijas)',
		cdnow: 'CDNOW tipa darījumi',
		summary: 'Kopsavilkums pa klientiem',
		mollie: 'Mollie maksājumu eksports',
		paddle: 'Paddle darījumu atskaite',
		magento: 'Magento pasūtījumu eksports',
		stripe: 'Stripe maksājumu eksports',
		etsy: 'Etsy pasūtījumu lejupielāde',
		generic: 'Vispārīgs CSV'
	},
	encodings: {
		'utf-8': 'UTF-8',
		'utf-16le': 'UTF-16 (little-endian)',
		'utf-16be': 'UTF-16 (big-endian)',
		'windows-1251': 'Windows-1251 (kirilica)',
		'koi8-r': 'KOI8-R (kirilica)',
		'windows-1257': 'Windows-1257 (Baltijas)',
		'windows-1252': 'Windows-1252 (Rietumeiropas)',
		'windows-1250': 'Windows-1250 (Centrāleiropas)',
		gb18030: 'GB18030 / GBK (ķīniešu)',
		big5: 'Big5 (tradicionālā ķīniešu)'
	},
	delimiters: {
		comma: 'Komats (,)',
		semicolon: 'Semikols (;)',
		tab: 'Tabulācija',
		pipe: 'Vertikāla svītra (|)',
		whitespace: 'Atstarpes (izlīdzinātas kolonnas)'
	},
	decimals: { point: 'Punkts: 1,234.56', comma: 'Komats: 1.234,56', either: 'Abi: katra summa, kā rakstīta' },
	dateOrders: { ymd: 'Gads-mēnesis-diena', dmy: 'Diena/mēnesis/gads', mdy: 'Mēnesis/diena/gads' },
	numericDateKinds: {
		excelSerial: 'Excel dienu numuri',
		unixSeconds: 'Unix laiks sekundēs (UTC)',
		unixMillis: 'Unix laiks milisekundēs (UTC)'
	},
	units: { days: 'dienas', weeks: 'nedēļas', months: 'mēneši' },
	roles: {
		customer: 'Klients (ID vai e-pasts)',
		customerEmail: 'Klienta e-pasts (kur ID ir tukšs vai viesa)',
		customerPhone: 'Klienta tālrunis (ja nav ID un e-pasta)',
		date: 'Pasūtījuma datums',
		time: 'Diennakts laiks (ja tas nav datumā)',
		timeZone: 'Šī laika josla',
		amount: 'Pasūtījuma kopsumma',
		quantity: 'Daudzums',
		unitPrice: 'Vienības cena',
		orderId: 'Pasūtījuma ID',
		status: 'Statuss',
		paymentStatus: 'Apmaksas statuss',
		cancelledAt: 'Atcelšanas datums',
		refundedAmount: 'Atmaksātā summa',
		refundedInFull: 'Pilnībā atmaksāts (jā/nē)',
		adjustedTotal: 'Pasūtījuma summa pēc atmaksām',
		subtotal: 'Starpsumma (bez nodokļiem un piegādes)',
		tax: 'Nodoklis',
		shipping: 'Piegāde',
		shippingDiscount: 'Piegādes atlaide',
		discount: 'Atlaide',
		currency: 'Valūta',
		product: 'Produkts',
		sku: 'SKU (pozīcijas preces kods)',
		lineType: 'Rindas veids (prece, atlaide, piegāde vai maksa)',
		category: 'Kategorija',
		channel: 'Kanāls / avots',
		country: 'Valsts',
		discountCode: 'Atlaides (kupona) kods',
		fullName: 'Klienta vārds un uzvārds',
		firstName: 'Klienta vārds',
		lastName: 'Klienta uzvārds',
		unitCost: 'Preču pašizmaksa par vienību',
		lineCost: 'Preču pašizmaksa rindā (rindas kopsumma)',
		orderCost: 'Preču pašizmaksa pasūtījumam',
		marketingConsent: 'Piekrita mārketinga e-pastiem (jā/nē)',
		frequency: 'Biežums (atkārtoti pirkumi)',
		recency: 'Nesenums (no pirmā līdz pēdējam pirkumam)',
		age: 'T (no pirmā pirkuma līdz datu beigām)',
		monetary: 'Naudas vērtība (atkārtoto pirkumu vidējā summa)'
	},
	errors: {
		emptyFile: (p) => `${theFile(p.name)} ir tukšs: tajā nav nevienas rindas.`,
		binaryFile: (p) =>
			({
				xlsx: `Fails ${p.name} ir Excel darbgrāmata (.xlsx), nevis CSV teksta fails. Programmā Excel izvēlieties “Fails › Saglabāt kā › CSV (UTF-8)” un importējiet iegūto failu.`,
				xls: `Fails ${p.name} ir vecā formāta Excel darbgrāmata (.xls), nevis CSV teksta fails. Saglabājiet to kā CSV (UTF-8) un importējiet iegūto failu.`,
				pdf: `Fails ${p.name} ir PDF dokuments, nevis CSV fails. Eksportējiet pasūtījumus no veikala CSV formātā.`,
				image: `Fails ${p.name} ir attēls, nevis CSV fails.`,
				gzip: `Fails ${p.name} ir saspiests (gzip). Vispirms atarhivējiet to, tad importējiet tajā esošo CSV failu.`,
				zip: `Fails ${p.name} ir ZIP arhīvs. Vispirms atarhivējiet to, tad importējiet tajā esošo CSV failu.`,
				ods: `Fails ${p.name} ir OpenDocument izklājlapa (.ods), nevis CSV teksta fails. Programmā LibreOffice izvēlieties “Datne › Saglabāt kā › Teksts CSV (UTF-8)” un importējiet iegūto failu.`,
				sqlite: `Fails ${p.name} ir datubāzes fails, nevis CSV eksports.`,
				rtf: `Fails ${p.name} ir teksta redaktora dokuments (RTF), nevis CSV fails.`
			})[p.kind] ??
			`Fails ${p.name} nav teksta fails (tajā ir bināri dati). Eksportējiet pasūtījumus CSV formātā un mēģiniet vēlreiz.`,
		notCsv: (p) =>
			({
				html: `Fails ${p.name} ir tīmekļa lapa (HTML), nevis CSV eksports. Iespējams, lejupielādējot tika saglabāta pieteikšanās vai kļūdas lapa: lejupielādējiet eksportu vēlreiz.`,
				htmlTable: `Fails ${p.name} ir tīmekļa lapas tabula (HTML), ko dažas veikalu sistēmas saglabā kā “Excel” failu. Atveriet to programmā Excel, LibreOffice vai Google Sheets, saglabājiet kā CSV un pievienojiet šo failu.`,
				spreadsheetXml: `Fails ${p.name} ir Excel izklājlapa, kas saglabāta XML formātā (Excel 2003 XML), nevis CSV. Atveriet to programmā Excel vai LibreOffice, saglabājiet kā CSV un pievienojiet šo failu.`,
				sql: `Fails ${p.name} ir datubāzes izgāztuve (SQL komandas), nevis CSV eksports. Eksportējiet pasūtījumus CSV formātā no veikala administrācijas vai no datubāzes (phpMyAdmin: pasūtījumu tabula → Export → CSV).`,
				json: `Fails ${p.name} ir JSON, nevis CSV formātā. Eksportējiet pasūtījumus CSV formātā.`,
				xml: `Fails ${p.name} ir XML, nevis CSV formātā. Eksportējiet pasūtījumus CSV formātā.`
			})[p.kind] ?? `Fails ${p.name} nav CSV fails.`,
		otherExport: (p) =>
			({
				customers: `${p.name} ir klientu saraksts (pa rindai katram klientam, ar iztērēto summu un pasūtījumu skaitu), nevis pasūtījumu eksports. Tajā nav pasūtījumu datumu, bet noturēšana, kohortas un CLV tiek skaitītas no tiem. Eksportējiet pasūtījumus: Shopify — Orders → Export → All orders; WooCommerce — Analytics → Orders → Download.`,
				payouts: `${p.name} ir maksājumu darījumu vai izmaksu saraksts (Shopify Payments, Stripe), nevis pasūtījumu eksports. Tajā nav klientu, bet noturēšana, kohortas un CLV tiek skaitītas pa klientiem. Eksportējiet pasūtījumus: Shopify — Orders → Export → All orders; Stripe — Payments → Export ar klienta e-pastu.`,
				products: `${p.name} ir produktu saraksts, nevis pasūtījumu eksports. Eksportējiet pasūtījumus: Shopify — Orders → Export → All orders; WooCommerce — Analytics → Orders → Download.`
			})[p.kind] ?? `${p.name} nav pasūtījumu eksports.`,
		headerOnly: (p) => `${theFile(p.name)} satur galvenes rindu, taču tajā nav nevienas datu rindas.`,
		singleColumn: (p) =>
			`Failā ${p.name} atrasta tikai viena kolonna: rindas nav sadalītas ar komatu, semikolu, tabulāciju vai vertikālu svītru. Pirmā rinda: “${p.firstLine}”. Ja failā izmantots cits atdalītājs, eksportējiet to vēlreiz kā standarta CSV.`,
		tooManyColumns: (p) =>
			`${InFile(p.name)} ${p.row}. rindā kolonnu skaits ir ${p.columns}, bet pasūtījumu eksportā to ir ne vairāk kā daži simti (ierobežojums — ${p.max}). Visticamāk, tā nav pasūtījumu tabula vai failā ir zuduši rindu pārnesumi.`,
		lineTooLong: (p) =>
			`${InFile(p.name)} ${p.row}. rinda ir garāka par ${p.limitText}: rindas pārnesums netika atrasts. Tā nav pasūtījumu tabula, vai failā ir zuduši rindu pārnesumi.`,
		mostlyQuotes: (p) =>
			`${theFile(p.name)} nav CSV tabula: ${p.quotes} no tā ${p.chars} ${formForText(p.chars, { zero: 'rakstzīmēm', one: 'rakstzīmes', other: 'rakstzīmēm' })} ir pēdiņas ("), tāpēc no tā nevar nolasīt ne rindas, ne kolonnas. Ja kāda vērtība pēdiņās netika aizvērta, izlabojiet šo rindu; citādi eksportējiet pasūtījumus vēlreiz kā CSV.`,
		unclosedQuote: (p) =>
			`Pēdiņās ietverts lauks, kas sākas ${inFile(p.name)} ${p.row}. rindā, netiek aizvērts, tāpēc viss atlikušais fails tiktu nolasīts kā viena vērtība. Pārbaudiet, vai šajā rindā nav lieku pēdiņu (").`,
		unclosedQuoteCutOff: (p) =>
			`${theFile(p.name)} beidzas pēdiņās ietverta lauka vidū: pēdiņa ("), kas atvērta ${p.row}. rindā (teksta redaktorā — ${p.line}. rindiņā), netiek aizvērta. Šķiet, ka fails ir nepilnīgs, piemēram, nepabeigtas lejupielādes vai kopēšanas dēļ: eksportējiet to vēlreiz un izvēlieties jauno failu. Ja fails ir pilnīgs, pārbaudiet, vai ${p.line}. rindiņā nav liekas pēdiņas.`,
		missingColumns: (p) =>
			`Neizdevās atrast kolonnu: ${p.roles}. Izvēlieties tās kolonnu sarakstā vai pārbaudiet, vai tas ir pasūtījumu eksports.`,
		noDates: (p) =>
			`Nevienā no rindām (${p.rows}) nav nolasāma datuma (piemēram, “${p.value}” ${p.row}. rindā). Pārbaudiet, vai par pasūtījuma datumu izvēlēta pareizā kolonna.`,
		noOrders: (p) => `No nolasītajām rindām (${p.rows}) neizdevās paturēt nevienu pasūtījumu. ${p.detail}`,
		undecodable: (p) =>
			`Failu ${p.name} neizdevās nolasīt kā tekstu kodējumā ${p.encoding}. Izvēlieties kodējumu manuāli vai saglabājiet failu vēlreiz UTF-8 kodējumā.`,
		readFailed: (p) =>
			`${theFile(p.name)} nav nolasāms. Iespējams, nolasīšanas laikā tas tika pārvietots, izdzēsts vai mainīts.`,
		quotaExceeded:
			'Pārlūkam vairs nav vietas šīs vietnes datiem. Izdzēsiet vairs nevajadzīgās datu kopas (vai atbrīvojiet vietu diskā) un importējiet vēlreiz.',
		/** A worker file of this version is gone: a new version was deployed. */
		appUpdated: () => 'Retention Lab tika atjaunināts — pārlādējiet lapu.',
		storageFailed: (p) => `Datu kopu neizdevās saglabāt šajā pārlūkā${p.detail ? ` (${p.detail})` : ''}.`,
		databaseClosed:
			'Šīs lietotnes saglabātie dati tika izdzēsti vai mainīti ar jaunāku versiju citā cilnē, kamēr šis imports tika saglabāts, tāpēc no tā nekas netika saglabāts. Pārlādējiet lapu un importējiet vēlreiz.',
		tooManyFiles: 'Vienlaikus izvēlieties ne vairāk kā 50 failus.',
		layoutMismatch:
			'Pasūtījumus un kopsavilkumu pa klientiem nevar apvienot vienā datu kopā: importējiet tos atsevišķi.',
		noOrdersCancelled: (p) => `Visi pasūtījumi (${p.count}) ir atcelti, atmaksāti vai neapmaksāti.`,
		noOrdersShippingKept: (p) =>
			`No tiem failā kā daļēji atmaksāti norādīti: ${p.count}; visas to preces atmaksātas kopā ar nodokli un paturēta tikai piegāde, tāpēc tie skaitīti kā pilnībā atmaksāti.`,
		noOrdersOtherCurrencies: (p) =>
			`Pasūtījumi citās valūtās, nevis ${p.currency}, izlaisti, kā izvēlēts pārskatā: ${p.count}. Izvēlieties visas valūtas vai citu valūtu un importējiet vēlreiz.`,
		noOrdersTest: (p) =>
			`Shopify testa pasūtījumi (veikti ar tā testa maksājumu vārteju “Bogus Gateway” vai ar birku “test”): ${p.count}; tie nav pārdošana.`,
		noOrdersApartOnly: (p) =>
			`Rēķinos vai pasūtījumos (${p.count}) ir tikai pasta izdevumi, piegāde, komisijas vai nodoklis, bez neviena produkta: tie nav pirkumi.`,
		noOrdersCreditNotes: (p) => `Nolasīti kredītrēķini (atgriešanas): ${p.count}, taču kredītrēķins nav pirkums.`,
		noOrdersReasons: (p) => `Rindas tika izlaistas šādu iemeslu dēļ: ${p.reasons}.`,
		reasonCount: (p) => `${p.reason} (${p.count})`
	},
	skip: {
		tooFewFields: 'rindā ir par maz lauku',
		textLine: 'teksta rinda, nevis pasūtījums (aizpildīta tikai viena šūna)',
		totalsRow: 'kopsummas rinda, nevis pasūtījums',
		missingCustomer: 'nav klienta',
		unusablePhone:
			'tālruņa numurs nenosaka klientu: aizstājējs (piemēram, +7 900 000-00-00), privātuma dēļ slēpti cipari vai par maz ciparu',
		guestCustomer:
			'pirkums bez reģistrācijas (viesis): tā klienta ID (piemēram, “0”) ir kopīgs visiem viesiem, un neviena e-pasta vai tālruņa kolonna viesus neatšķir',
		notPayment:
			'nav saņemts maksājums vai atmaksa (pārskaitījums, valūtas maiņa, izmaksa, rezervēšana, komisija, nosūtīts vai nepabeigts maksājums)',
		chargebackReversed: 'maksājuma apstrīdēšana (chargeback) un tās atcelšana (nauda atgriezās: pārdošana paliek)',
		chargebackNotFound:
			'apstrīdēšanas atcelšana, kuras apstrīdēšana nav failos (tā ir agrākā lejupielādē): nekas netika atskaitīts, tāpēc nekas netiek atdots',
		missingDate: 'nav datuma',
		repeatedHeader: 'atkal virsrakstu rinda (faili savienoti viens aiz otra)',
		invalidDate: 'datumu nevar nolasīt',
		dateOutOfRange: 'datums ir ārpus pieļaujamā diapazona (no 1990. gada 1. janvāra līdz rītdienai)',
		otherDateOrder: 'dienu un mēnesi var nolasīt tikai pretējā secībā, nekā tiek lasīts šis fails',
		missingAmount: 'nav summas',
		invalidAmount: 'summa nav skaitlis',
		ambiguousAmount:
			'summu var nolasīt divējādi (kolonnā ir abi decimālatdalītāji, tāpēc 1,234 var būt 1234 vai 1.234)',
		amountOutOfRange: 'summa pārsniedz 1 000 000 000',
		nonPositiveQuantity: 'daudzums ir nulle vai negatīvs',
		negativePrice: 'vienības cena ir negatīva',
		refundWithoutOrder: 'atgriešana bez šī klienta agrāka pasūtījuma',
		refundOfPaymentLeftOut:
			'atmaksa par maksājumu, kas jau ir izlaists (pēc statusa atmaksāts, neapmaksāts vai atcelts): vairs nav ko atskaitīt',
		invalidSummaryValue: 'biežums, nesenums vai T nav derīgs skaitlis',
		recencyAfterAge: 'nesenums ir lielāks par T'
	},
	report: {
		heading: 'Importēšanas atskaite',
		leftOut: (p) => `Fails “${p.name}” nav iekļauts šajā datu kopā, jo to nevarēja importēt. ${p.reason}`,
		rowsRead: 'Nolasītās rindas',
		ordersKept: 'Paturētie pasūtījumi',
		customers: 'Klienti',
		dateRange: 'Datumu diapazons',
		currency: 'Valūta',
		currencyUnknown: 'failā nav norādīta (tiek izmantots jūsu iestatījums)',
		currencyFromMarks: (p) => `${p.code} (nolasīta no valūtas zīmēm summās)`,
		amountMixed: (p) => `${p.amount} (sajauktas valūtas)`,
		currencyMixed: (p) => `${p.codes} (sajauktas, nav konvertētas)`,
		lineItems: 'Pasūtījumu papildu pozīcijas',
		blankRows: 'Ignorētās tukšās rindas',
		skippedHeading: 'Izlaistās rindas',
		noneSkipped: 'Neviena rinda netika izlaista.',
		customerlessSales: (p) =>
			`Rindās bez klienta (${p.columns ? `${p.unusable ? 'tukšs vai neizmantojams' : 'tukšs'}: ${p.columns}` : 'klienta kolonna ir tukša'}; anonīms pirkums vai viesis) ir pārdošana par ${p.amount}. Rādītāji tās neietver: tie ir par klientiem, un pirkumu, kas nenosauc nevienu, nevar atšķirt no cita klienta pirkuma.`,
		guestSales: (p) =>
			`No tām ${p.amount} ir viesu pirkumi (rindas, kuru klienta ID ir visiem viesiem kopīgais, piemēram, “0”): katrs viesis ir izlaists, nevis visi viesi skaitīti kā viens klients ar visu viesu pasūtījumiem.`,
		reason: 'Iemesls',
		count: 'Rindas',
		examples: 'Pirmās rindas',
		treatmentHeading: 'Atcelšanas, atmaksas un dublikāti',
		cancelled: 'Atceltie, anulētie vai neizdevušies pasūtījumi (netiek uzskatīti par pirkumiem)',
		otherCurrencies: (p) =>
			`Pasūtījumi citās valūtās, nevis ${p.currency}: izlaisti pilnībā, kā izvēlēts pārskatā (summas netiek konvertētas; lai tos redzētu, importējiet failu vēlreiz)`,
		testOrders: (p) =>
			`Testa pasūtījumi (veikti ar Shopify testa maksājumu vārteju “Bogus Gateway” vai ar birku “test”): nav pārdošana, netiek skaitīti (neietverta pārdošana par ${p.amount})`,
		linesNoSale: 'Preces, kas atceltas vai atgrieztas spēkā esošā pasūtījumā (tajā netiek skaitītas)',
		creditNotesNetted:
			'Kredītrēķini (rēķini, kas sākas ar C), ieskaitīti klienta pēdējā agrākajā rēķinā, kurā vēl bija tik daudz to preču un pietiekama atlikusī vērtība (citādi pēdējā ar to precēm un pietiekamu atlikušo vērtību; citādi pēdējā ar pietiekamu atlikušo vērtību; citādi pēdējā agrākajā pasūtījumā ar kādu atlikušu vērtību)',
		creditNotesWithoutOrder:
			'Kredītrēķini bez šī klienta agrāka pasūtījuma ar atlikušu vērtību (uzskaitīti atsevišķi, nav atskaitīti)',
		unpaid: 'Neapmaksātie pasūtījumi: gaida maksājumu vai maksājums nav iekasēts (netiek uzskatīti par pirkumiem)',
		awaitingPayment: (p) =>
			`Pasūtījumi, kuru maksājums nebija pabeigts (gaida, autorizēts, daļēji apmaksāts vai aizturēts), pārdošana par ${p.amount}: skaitīti kā pārdošana, kā tos skaita Shopify un WooCommerce pārskati, jo klients pasūtījumu veica un veikals naudu iekasē, to izpildot. Lai tos neietvertu, izfiltrējiet tos no faila un importējiet to vēlreiz.`,
		fullyRefunded: 'Pilnībā atmaksātie pasūtījumi (netiek uzskatīti par pirkumiem)',
		fullyRefundedShippingKept: (p) =>
			`Pilnībā atmaksātie pasūtījumi (netiek uzskatīti par pirkumiem). Starp tiem ir ${p.count} ${formForText(p.count, ORDER_FORMS)}, kam failā norādīta tikai daļēja atmaksa (${p.examples}): pasūtījums, kura visas preces atmaksātas kopā ar nodokli un paturēta tikai piegāde, tiek skaitīts kā pilnībā atmaksāts.`,
		partlyRefunded: 'Daļēji atmaksātie pasūtījumi (ieskaitīti to neto vērtībā)',
		refundedAmount: (p: { column: string }) =>
			`Kopā atmaksāts (ieskaitot pilnībā atmaksātos pasūtījumus${p.column ? `; daļējās atmaksas no faila kolonnas “${p.column}”` : ''})`,
		creditNotesNettedAmount: 'Ieskaitīto kredītrēķinu summa',
		creditNotesWithoutOrderAmount: 'Kredītrēķinu bez agrāka pasūtījuma summa',
		returnsNetted: 'Atgriešanas, kas reģistrētas kā negatīvas rindas un ieskaitītas klienta iepriekšējā pasūtījumā',
		duplicates: 'Pasūtījumu dublikāti (jau redzēts pasūtījuma ID), izlaisti',
		duplicatesNoOrderId:
			'Pasūtījumu dublikāti: nav pārbaudīti pēc pasūtījuma ID, jo failā nav pasūtījuma ID kolonnas',
		notChecked: 'nav pārbaudīts',
		contentDuplicates:
			'Rindas, kas katrā nolasītajā kolonnā ir tādas pašas kā kāda agrāka faila rinda, failos bez pasūtījuma ID kolonnas: tie paši pasūtījumi, eksportēti divreiz, izlaisti (bez pasūtījuma ID dublikātus var atpazīt tikai pēc satura)',
		fileSameAs: (p) => `nav nolasīts: tās pašas rindas kā ${p.name}`,
		zeroValue: 'Pasūtījumi ar kopsummu 0 (paturēti)',
		apartOnly: (p) =>
			`Rēķini vai pasūtījumi tikai par pasta izdevumiem, piegādi, komisijām vai nodokli, bez neviena produkta (rindu StockCode ir POST, DOT, C2, BANK CHARGES, AMAZONFEE vai CRUK, vai rindas tipa kolonna saka piegāde, komisija vai nodoklis): netiek skaitīti kā pasūtījumi (to ${p.amount} pasta izdevumu, komisiju un nodokļa netiek skaitīti kā pārdošana, ne arī ieņēmumu sadalījumā)`,
		apartOnlyCreditNotes: 'Kredītrēķini, kas atmaksā tikai to pasta izdevumus vai komisijas, izlaisti kopā ar tiem',
		filesHeading: 'Faili',
		fileRow: (p) => `${p.name}: ${p.layout}, ${p.encoding}, ${p.delimiter}, rindas: ${p.rows}`,
		datesRead: (p) => `datumu secība: ${p.order}`,
		numericDatesRead: (p) => `datumi nolasīti kā ${p.kind}`,
		rowRef: (p) => (p.file ? `${p.file}, ${p.row}. rinda` : `${p.row}. rinda`),
		rowRefWithValue: (p) => `${p.ref} (${p.value})`,
		warningsHeading: 'Lūdzu, ņemiet vērā',
		breakdown: {
			heading: 'Ieņēmumi pa daļām',
			part: 'Daļa',
			amount: 'Summa',
			grossSales: 'Bruto pārdošana (pirms atlaidēm, atmaksām un atgriešanām)',
			grossSalesNoDiscounts:
				'Pārdošana pirms atmaksām un atgriešanām (atlaides failā nav atsevišķi: pēc jebkādām atlaidēm)',
			discounts: 'Atlaides',
			refunds: 'Atmaksas (to pārdošanas daļa)',
			refundShare:
				'Daļēja atmaksa tiek ieskaitīta tās pārdošanas daļā: atmaksa × pasūtījuma pārdošana ÷ tā kopsumma. Shopify un WooCommerce eksportos, kur atmaksa vispirms sedz preces un to nodokli un tikai tad piegādi, dala ar kopsummu bez piegādes; atmaksa, kas ir tieši piegādes summa vai lielāka par precēm un to nodokli, vispirms sedz piegādi.',
			returns: 'Atgriešanas un kredītrēķini',
			total: (p: { name: string }) => `${p.name} — to izmanto analīze`,
			totalAllOrders: (p: { name: string }) => `${p.name}, visi pasūtījumi (nevis intervāls)`,
			tax: 'Nodokļi (nav pārdošana)',
			shipping: 'Piegāde (nav pārdošana)',
			fees: 'Maksājumu un citas maksas (nav pārdošana)',
			totalCharged: 'Iekasētās pasūtījumu kopsummas (pirms atmaksām)',
			returnsWithoutOrder: 'Atgriešanas bez agrāka pasūtījuma (nav atskaitītas)',
			source: (p) => `faila kolonna “${p.name}”`,
			sources: (p) => `failu kolonnas ${p.names}`,
			quoted: (p) => `“${p.name}”`,
			shippingLessDiscount: (p) =>
				`${p.column}, atskaitot “${p.discount}” (kopā ${p.amount}), ko pasūtījumu summas jau bija atskaitījušas`,
			discountsImplied: (p) => `par cik “${p.subtotal}” pārsniedz kopsummu bez piegādes un nodokļiem`,
			discountsNoColumn: (p) => `nav atlaižu kolonnas: ${p.rest}`,
			discountsBeside: (p) => `${p.column} un ${p.implied}: ${p.rest}`,
			basis: {
				netSales:
					'Katrs pasūtījums tiek ieskaitīts tā neto pārdošanas vērtībā: starpsumma (vai kopsumma bez nodokļiem un piegādes) pēc atlaidēm, atskaitot atmaksas pārdošanas daļu un atgriešanas. Nodokļi un piegāde nav pārdošana.',
				netSalesColumn:
					'Katrs pasūtījums tiek ieskaitīts faila paša neto pārdošanas vērtībā, atskaitot atgriešanas.',
				totalLessShipping:
					'Katrs pasūtījums tiek skaitīts pēc faila pasūtījuma kopsummas bez piegādes, atskaitot atmaksas pārdošanas daļu un atgriešanas. Failā nav nodokļa kolonnas, tāpēc šīs summas var ietvert nodokli.',
				orderTotal:
					'Katrs pasūtījums tiek ieskaitīts faila pasūtījuma kopsummā, atskaitot atmaksas un atgriešanas. Failā nav nodokļu vai piegādes kolonnu, tāpēc šīs kopsummas var tos ietvert.',
				lineItems:
					'Katrs pasūtījums tiek ieskaitīts kā tā pozīciju daudzums × vienības cena, atskaitot atgriešanas (kredītrēķinus), pēc failā norādītajām cenām. Failā nav nodokļu vai piegādes kolonnu.',
				lineTyped:
					'Katrs pasūtījums tiek ieskaitīts kā tā preču un atlaižu rindu summa (viena rinda katrai precei), atskaitot atmaksas un atgriešanas. Rindas, ko rindas veida kolonna atzīmē kā piegādi, maksas vai nodokli, nav pārdošana: tās parādītas atsevišķi.',
				lineAmounts:
					'Katrs pasūtījums tiek ieskaitīts kā tā rindu summu kopsumma (viena rinda katrai precei), atskaitot atmaksas un atgriešanas. Failā šīs summas nav sadalītas nodoklī un piegādē, tāpēc tās var tos ietvert.',
				mixed: 'Faili nolasīti dažādos veidos: daži dod neto pārdošanu, citi pasūtījumu kopsummas, kas var ietvert nodokļus un piegādi.'
			}
		},
		warnings: {
			mixedDecimals: (p) =>
				`Summas ir rakstītas ar abiem decimālatdalītājiem: ar punktu (${p.point}) un ar komatu (${p.comma}); katra nolasīta pēc saviem atdalītājiem.`,
			mixedDecimalsAmbiguous: (p) =>
				`Summas ir rakstītas ar abiem decimālatdalītājiem: ar punktu (${p.point}) un ar komatu (${p.comma}); katra nolasīta pēc saviem atdalītājiem, bet ${p.count} no tām var nolasīt divējādi (tūkstoši vai decimāldaļa, piemēram, 1,234), un tās tika izlaistas (skatiet “Izlaistās rindas”).`,
			mixedDecimalsOne: (p) =>
				`Summas ir rakstītas ar abiem decimālatdalītājiem: ar punktu (${p.point}) un ar komatu (${p.comma}). Failam tika izvēlēts viens atdalītājs, tāpēc otrādi rakstītās summas tika izlaistas kā neskaitļi (skatiet “Izlaistās rindas”).`,
			mixedDateStyles: (p) => `Datumi ir rakstīti vairākos veidos (${p.examples}); nolasīti visi.`,
			mixedDateStylesUnread: (p) =>
				`Datumi ir rakstīti vairākos veidos (${p.examples}); ${p.count} no tiem nevarēja nolasīt, un tie tika izlaisti (skatiet “Izlaistās rindas”).`,
			dateOrderConflicts: (p) =>
				`Datumi, kurus var nolasīt tikai pretējā secībā (piemēram, ${p.examples}): ${p.count}. Tie tika izlaisti (skatiet “Izlaistās rindas”).`,
			orderIdReused: (p) =>
				`Pasūtījumi, kuriem ir tāds pats pasūtījuma ID kā cita klienta pasūtījumam vai pasūtījumam, kas ir vairāk nekā dienu attālumā: ${p.count} (kopā ${p.ids} ID; piemēram, ${p.examples}). Šādas rindas nav viens pasūtījums: katra nolasīta kā atsevišķs pasūtījums pēc pasūtījuma ID un klienta (un dienas).`,
			customerFromEmail: (p) =>
				`${p.count} ${formForText(p.count, { zero: 'pasūtījumiem', one: 'pasūtījumam', other: 'pasūtījumiem' })} nav klienta ID vai ir viesa pasūtījuma kopīgais ID, piemēram, “0” (${p.examples}): klients noteikts pēc e-pasta kolonnā “${p.column}”, lai visi viesi netiktu uzskaitīti kā viens klients.`,
			customerFromPhone: (p) =>
				`${p.count} ${formForText(p.count, { zero: 'pasūtījumiem', one: 'pasūtījumam', other: 'pasūtījumiem' })} nav ne klienta ID, ne e-pasta (${p.examples}): klients noteikts pēc tālruņa numura kolonnā “${p.column}”, lai šie pasūtījumi netiktu izlaisti.`,
			phonesGivenCountry: (p) =>
				`Tālruņa numuri bez valsts koda: ${p.count}. Tie nolasīti kā +${p.code} numuri, jo šāds valsts kods ir ${p.international} no ${p.of} faila numuriem, kuriem kods ir norādīts. Tāpēc klients, kura numurs ierakstīts abos veidos, ir viens klients. Ja veikals pārdod arī uz ārzemēm, lūdzu, pārbaudiet to.`,
			phonesKeptApart: (p) =>
				`Tālruņa numuri bez valsts koda: ${p.count}. Fails nenorāda, no kuras valsts tie ir (nav valsts kolonnas, un nav valsts koda, kāds būtu lielākajai daļai pārējo numuru), vai arī tie neatbilst šīs valsts numuriem. Katrs no tiem ir atsevišķs klients, pat ja fails to pašu numuru citur raksta ar valsts kodu, tāpēc daži klienti var būt saskaitīti divreiz.`,
			costPartial: (p) =>
				`Pasūtījumos (${p.count}) ir rindas bez preču pašizmaksas failā (${p.lines} ${formForText(p.lines, { zero: 'rindu', one: 'rinda', other: 'rindas' })}; piem., ${p.examples}) un rindas ar to: to pašizmaksa ietver tikai rindas ar pašizmaksu, tāpēc tā ir par zemu un to bruto peļņa par augstu. Preču pašizmaksa zināma visām rindām ${p.complete} no ${p.orders} ${formForText(p.orders, { zero: 'pasūtījumiem', one: 'pasūtījuma', other: 'pasūtījumiem' })}.`,
			guestsJoined: (p) =>
				`Viesu pircēji, kuriem kolonnā “${p.column}” ir tas pats e-pasts, kas reģistrēta klienta pasūtījumos: ${p.count} (${p.orders} ${formForText(p.orders, ORDER_FORMS)}). Katrs no tiem uzskaitīts kā šis klients: cilvēks, kurš vienreiz pasūtīja kā viesis un citreiz pieteicās kontā, ir viens klients, nevis divi.`,
			decimalCommaMended: (p) =>
				`${p.count} ${p.count === '1' ? 'rindā' : 'rindās'} summa ar decimālkomatu nebija pēdiņās, tāpēc faila komati to sadalīja divās daļās (veselās vienības un divi centu cipari): daļas tika apvienotas un nolasītas kā viena summa (${p.examples}), un nākamās kolonnas atgriezās savās vietās. Lūdzu, pārbaudiet šīs rindas.`,
			refundAmountUnknown: (p) =>
				`Pasūtījumu (${p.count}) statuss saka, ka tie daļēji atmaksāti (${p.examples}), bet failā nav atmaksātās summas: tie ieskaitīti pilnā apmērā, tāpēc ieņēmumi un uz tiem balstītie CLV un peļņas rādītāji var būt par šīm atmaksām par lielu. Eksports ar atmaksātās summas kolonnu (Shopify “Refunded Amount”) tās sniedz.`,
			thousandsMended: (p) =>
				`${p.count} ${formForText(p.count, { zero: 'rindās', one: 'rindā', other: 'rindās' })} summa ar tūkstošu atdalītājiem nebija pēdiņās, tāpēc komati to sadalīja vairākās kolonnās: tās daļas savienotas atpakaļ (${p.examples}). Lūdzu, pārbaudiet šīs rindas.`,
			widerRows: (p) =>
				`Rindas, kurās ir vairāk kolonnu nekā galvenē: ${p.count} (${p.examples}); visticamāk, atdalītājs ir vērtībā, kas nav pēdiņās, tāpēc vērtības var būt nepareizās kolonnās. Lūdzu, pārbaudiet šīs rindas vai eksportējiet failu vēlreiz ar vērtībām pēdiņās.`,
			controlCharacters: (p) =>
				`Vadības rakstzīmes (piemēram, NUL) izņemtas no ID un teksta ${p.count} ${formForText(p.count, { zero: 'rindās', one: 'rindā', other: 'rindās' })} (piemēram, ${p.examples}), lai viens klients netiktu uzskaitīts kā divi.`,
			unpairedSkus: (p) =>
				`Rindas, kurās uzskaitītas vairākas preces un cits skaits SKU: ${p.count} (piem., ${p.examples}). Nevar noteikt, kurš SKU pieder kurai precei, tāpēc šīs preces tiek skaitītas pēc nosaukuma, bet bez SKU (sadalījumā pēc SKU šāds pirmais pasūtījums ir grupā “(nav)”).`,
			scientificIds: (p) =>
				`${p.count} ${formForText(p.count, { zero: 'rindās', one: 'rindā', other: 'rindās' })} klienta vai pasūtījuma numurs ir skaitlis eksponenciālā pierakstā, kā Excel rāda un saglabā garus skaitļus: ${p.examples}. Pēdējie cipari ir zuduši, tāpēc klienti vai pasūtījumi, kas atšķīrās tikai ar tiem, tiek skaitīti kā viens. Eksportējiet failu no veikala sistēmas vēlreiz un pievienojiet to, neatverot un nesaglabājot programmā Excel (vai importējiet numuru kolonnu kā tekstu).`,
			notUtf8: (p) => `Fails nav derīgs UTF-8 (pirmoreiz: ${p.examples}); tas nolasīts kā ${p.encoding}.`,
			notUtf8NoRow: (p) => `Fails nav derīgs UTF-8; tas nolasīts kā ${p.encoding}.`,
			headerRow: (p) =>
				`Rindas virs ${p.row}. rindas izlaistas kā virsraksts; ${p.row}. rinda nolasīta kā galvene.`,
			duplicateColumns: (p) =>
				`Vairākām kolonnām (${p.count}) ir nosaukums “${p.name}” (kolonnas ${p.columns}); ${p.column}. kolonna izmantota kā ${p.role}.`,
			duplicateColumnsUnused: (p) =>
				`Vairākām kolonnām (${p.count}) ir nosaukums “${p.name}” (kolonnas ${p.columns}); neviena no tām netika izmantota.`,
			dateOrderSwitched: (p) =>
				`Sākumā datumi tika nolasīti secībā “${p.from}”, bet “${p.value}” (${p.row}. rinda) var nolasīt tikai secībā “${p.to}”, tāpēc fails tika nolasīts vēlreiz.`,
			unknownStatuses: (p) =>
				`Pasūtījumi ar statusu, ko lietotne nepazīst: ${p.count} (${p.statuses}); tie ieskaitīti kā pirkumi. Ja statuss nozīmē, ka pasūtījums nav apmaksāts, ir atcelts vai pilnībā atmaksāts, izņemiet šos pasūtījumus no faila un importējiet to vēlreiz.`,
			unknownStatusesMore: (p) => `vēl ${p.count}`,
			duplicateOutcomes: (p) =>
				`Pasūtījumi, kas ir divos failos — vienā kā pirkums, otrā atcelti, neapmaksāti vai atmaksāti: ${p.count} (${p.examples}). Katrs ieskaitīts pēc tā, kas ar to notika vēlāk, lai kurā failā tas rakstīts: atmaksāts vai atcelts pirms apmaksāta, apmaksāts pirms neapmaksāta.`,
			fileNamesNoCurrency: (p) =>
				`Failā “${p.file}” nav norādīta valūta (tajā nav valūtas kolonnas, un summām nav valūtas zīmes vai koda), bet pārējie faili ir ${p.currency}: tā pasūtījumi (${p.orders}) ir uzskaitīti kā ${p.currency}, nekonvertējot. Ja tie ir citā valūtā, importējiet “${p.file}” kā atsevišķu datu kopu.`,
			sameFile: (p) =>
				`Failā “${p.file}” ir tās pašas rindas kā failā “${p.sameAs}” (pēc galvenes, baits baitā), tāpēc tas netika nolasīts: divreiz izvēlēts tas pats eksports katru pasūtījumu ieskaitītu divreiz. Šajos failos nav pasūtījuma ID kolonnas, pēc kuras pasūtījumus atšķirt.`,
			contentDuplicates: (p) =>
				`Vēlāka faila rindas, kas katrā nolasītajā kolonnā (klients, datums, summa un citas) ir tādas pašas kā agrāka faila rindas: ${p.count} (${p.examples}). Tās izlaistas kā tie paši pasūtījumi, eksportēti divreiz (eksporti pārklājas). Failos nav pasūtījuma ID kolonnas, tāpēc dublikātus var atpazīt tikai pēc satura: rinda, kas agrākā failā ir vienreiz, tiek izlaista vienreiz.`,
			differingTotals: (p) =>
				`Pasūtījumi, kuru nākamajās rindās ir cita summa nekā pirmajā rindā: ${p.count} (${p.examples}); ieskaitīta tikai pirmās rindas summa. Ja katrā rindā ir vienas preces summa (kā pārskatā ar vienu rindu katrai precei), šie pasūtījumi ir vērtīgāki, nekā ieskaitīts. Tādā gadījumā laukā “Pasūtījuma summa” izvēlieties “Katras rindas summa, summēta pa pasūtījumiem” un importējiet failu vēlreiz.`,
			sharedCurrencyMark: (p) =>
				`Summas, kas rakstītas ar “${p.mark}”: ${p.count}. Šo zīmi lieto vairākas valūtas (${p.currencies}), un failā nav valūtas kolonnas: skaitļi tiek rādīti jūsu iestatījumu valūtā. Ja šīs summas nav tajā valūtā, nomainiet to iestatījumos (atkārtots imports nav vajadzīgs).`,
			sharedCurrencyValue: (p) =>
				`Pasūtījumi, kuru valūtas kolonnā ir “${p.mark}”: ${p.count}. Šo zīmi lieto vairākas valūtas (${p.currencies}), tāpēc tā nepasaka, kura no tām: summas tiek rādītas jūsu iestatījumu valūtā (vai faila otrā valūtā, ja tāda ir norādīta). Ja tā nav šo summu valūta, nomainiet to iestatījumos (atkārtots imports nav vajadzīgs).`,
			unreadCurrency: (p) =>
				`Pasūtījumi, kuru valūtas kolonnā ir vērtība, kas nav šai lietotnei zināma valūta (${p.examples}): ${p.count}. Tie ir paturēti un ieskaitīti datu kopas valūtā. Ja tā nav to valūta, izlabojiet failu un importējiet to vēlreiz.`,
			severalCurrencies: (p) =>
				`Pasūtījumi ir vairākās valūtās (${p.counts}); summas saskaitītas bez konvertēšanas.`,
			fileCutOff: (p) =>
				`“${p.name}” beidzas ${p.row}. rindas vidū (teksta redaktorā — ${p.line}. rindiņā), un tajā ir mazāk kolonnu nekā galvenē. Šķiet, ka fails ir nepilnīgs, piemēram, nepabeigtas lejupielādes vai kopēšanas dēļ: rindas pirms tās ir nolasītas. Lai nolasītu visu, eksportējiet to vēlreiz un pievienojiet jauno failu.`,
			fileCutOffCharacter: (p) =>
				`“${p.name}” beidzas rakstzīmes vidū ${p.row}. rindā (teksta redaktorā — ${p.line}. rindiņā). Šķiet, ka fails ir nepilnīgs, piemēram, nepabeigtas lejupielādes vai kopēšanas dēļ: rindas pirms tās ir nolasītas. Lai nolasītu visu, eksportējiet to vēlreiz un pievienojiet jauno failu.`,
			malformedQuotes: (p) =>
				`Rindas ar liekām pēdiņām: ${p.count} (pirmās: ${p.examples}); tās nolasītas, kā ir.`,
			negativeNetCustomers: (p) => `Klienti, kuru atmaksas pārsniedz pirkumus (negatīvi neto tēriņi): ${p.count}.`
		},
		rules: 'Kā tiek skaitīti pasūtījumi: viens pasūtījums katram pasūtījuma ID un klientam (pozīcijas tiek saskaitītas; tā paša ID rindas ar citu klientu vai datumu divu vai vairāk dienu attālumā ir cits pasūtījums); katrs pasūtījums tiek ieskaitīts tā neto pārdošanas vērtībā, ja failā ir nodokļi vai starpsumma, un kopsummā bez piegādes (kurā var būt nodoklis), ja failā ir tikai piegāde; atceltie, anulētie, neizdevušies un neapmaksātie pasūtījumi, kā arī pilnībā atmaksātie pasūtījumi netiek uzskatīti par pirkumiem, tāpat kā pasūtījums tikai par pasta izdevumiem, piegādi, komisijām vai nodokli bez neviena produkta; daļēji atmaksātie pasūtījumi tiek ieskaitīti to neto vērtībā; pasūtījuma negatīvās rindas ar vēlāku datumu ir tā atmaksas, un pārdošana, ko tās samazina līdz nullei, ir pilnībā atmaksāta; viesa pasūtījums ar reģistrēta klienta pasūtījumu e-pastu ir šī klienta pasūtījums; kredītrēķini un atgriešanas, kas reģistrētas kā negatīvas rindas, tiek ieskaitītas šī klienta pēdējā agrākajā pasūtījumā, bet tās, kurām agrāka pasūtījuma nav, tiek uzskaitītas atsevišķi; pasūtījuma ID, kas atkārtojas vēlākā failā, ir dublikāts; pasūtījuma diena ir datums tādā veidā, kā tas rakstīts failā (laika josla to nekad nepārceļ uz citu dienu).'
	},
	datasets: {
		heading: 'Saglabātās datu kopas',
		none: 'Datu kopu vēl nav. Importējiet failu augstāk.',
		name: 'Nosaukums',
		orders: 'Pasūtījumi',
		customers: 'Klienti',
		range: 'Datumu diapazons',
		size: 'Lielums',
		created: 'Importēšanas datums',
		actions: 'Darbības',
		summaryKind: '(kopsavilkums)',
		rename: 'Pārdēvēt',
		renameLabel: (p) => `Jauns nosaukums datu kopai “${p.name}”`,
		delete: 'Dzēst',
		confirmDelete: (p) => `Vai dzēst “${p.name}” un visus tās pasūtījumus no šī pārlūka? Šo darbību nevar atsaukt.`,
		exportCsv: 'Eksportēt CSV',
		analyse: 'Analizēt',
		deleted: (p) => `Datu kopa “${p.name}” dzēsta.`,
		nameEmpty: 'Ievadiet nosaukumu.',
		nameTooLong: 'Ne vairāk kā 80 rakstzīmes.',
		storageUse: (p) => `Šīs vietnes aizņemtā vieta: ${p.used} no pieejamajiem ${p.quota}.`
	},
	wipe: {
		heading: 'Dzēst visu',
		help: 'Noņemt no šī pārlūka visas datu kopas, scenārijus, plānus, iestatījumus un vietnes bezsaistes kopiju.',
		button: 'Dzēst visu',
		confirm:
			'Vai dzēst no šī pārlūka visas datu kopas, scenārijus, plānus un iestatījumus? Šo darbību nevar atsaukt. Ja tie var noderēt, vispirms lejupielādējiet rezerves kopiju.'
	},
	backup: {
		heading: 'Rezerves kopija un atjaunošana',
		help: 'Saglabājiet visu, ko šī vietne glabā šajā pārlūkā (datu kopas, scenārijus, plānus), vienā failā vai atjaunojiet datus no šāda faila, piemēram, citā datorā.',
		download: 'Lejupielādēt rezerves kopiju',
		restore: 'Atjaunot no rezerves kopijas…',
		confirmRestore: (p) =>
			`Vai atjaunot rezerves kopiju (izveidota: ${p.date}; datu kopas: ${p.datasets}, scenāriji: ${p.scenarios})? Tā aizstās visu, kas pašlaik saglabāts.`,
		restored: (p) => `Atjaunošana pabeigta — datu kopas: ${p.datasets}, scenāriji: ${p.scenarios}.`,
		figuresRecomputed: (p) =>
			`Datu kopas “${p.name}” saglabātie rādītāji neatbilda tās pasūtījumiem (fails ir labots vai to izveidojusi vecāka Retention Lab versija): tie aprēķināti no jauna pēc pasūtījumiem.`,
		makeFailed: (p: { detail: string }) =>
			`Rezerves kopiju neizdevās izveidot (${p.detail}). Nekas saglabātais netika mainīts; mēģiniet vēlreiz vai atbrīvojiet vietu ierīcē, ja tā ir pilna.`,
		making: 'Notiek rezerves kopijas izveide…',
		checking: 'Notiek rezerves kopijas pārbaude…',
		restoring: 'Notiek atjaunošana…',
		errors: {
			notBackup: 'Šis fails nav Retention Lab rezerves kopija.',
			newer: (p) =>
				`Šo rezerves kopiju izveidoja jaunāka Retention Lab versija (rezerves kopijas formāts ${p.version}): atjauniniet lietotni un tad atjaunojiet kopiju.`,
			newerDatabase: (p) =>
				`Šo rezerves kopiju izveidoja jaunāka Retention Lab versija (datubāzes versija ${p.version}): atjauniniet lietotni un tad atjaunojiet kopiju.`,
			corrupt: 'Rezerves kopijas fails ir bojāts (tā saturs neatbilst tā rādītājam). Nekas netika mainīts.',
			failed: 'Rezerves kopiju neizdevās atjaunot. Nekas netika mainīts.',
			storageFull:
				'Pārlūkam vairs nav vietas šīs vietnes datiem, tāpēc rezerves kopiju neizdevās atjaunot. Nekas netika mainīts: viss iepriekš saglabātais ir vietā. Izdzēsiet vairs nevajadzīgās datu kopas (vai atbrīvojiet vietu diskā) un atjaunojiet vēlreiz.'
		}
	},
	memory: {
		heading: 'Šis fails šai ierīcei var būt par lielu',
		tooLargeTold: (p) =>
			`Faila lielums ir ${p.size}. Tā importam un analīzei var būt vajadzīgi līdz ${p.needed} atmiņas — vairāk, nekā šī ierīce (${p.device} atmiņas, kā ziņo pārlūks) visticamāk var atvēlēt vienai cilnei: pārlūks var cilni aizvērt pusceļā, un imports tiktu zaudēts.`,
		tooLargeUntold: (p) =>
			`Faila lielums ir ${p.size}. Tā importam un analīzei var būt vajadzīgi līdz ${p.needed} atmiņas — vairāk, nekā lielākā daļa datoru var atvēlēt vienai pārlūka cilnei: pārlūks var cilni aizvērt pusceļā, un imports tiktu zaudēts.`,
		summaryHint:
			'Tā vietā apkopojiet pasūtījumus pa klientiem tur, kur tie glabājas (datubāzē vai datu noliktavā), un importējiet šo kopsavilkumu: viena rinda katram klientam ar kolonnām customer_id, frequency, recency, T un monetary_value. CLV modeļi to izmanto tieši; kohortām un periodu noturēšanai vajadzīgi paši pasūtījumi.',
		goOn: 'Tomēr importēt',
		another: 'Izvēlēties citu failu',
		megabytes: (p) => `${p.n} MB`,
		gigabytes: (p) => `${p.n} GB`
	}
};

export default data;
