import type en from '../en/affinity';
import type { Catalogue } from '../messages';

/** Produktu saderības lapas teksti: pirkti kopā un pirkti nākamie (savstarpējā pārdošana). */
const affinity: Catalogue<typeof en> = {
	title: 'Produktu saderība: pirkti kopā un pirkti nākamie',
	link: 'Produktu saderība: pirkti kopā un pirkti nākamie (savstarpējā pārdošana)',
	intro: 'Kurus produktus klienti pērk vienā pasūtījumā un ko viņi pērk nākamajā pirkumā pēc pirmā: pāri, ko piedāvāt savstarpējās pārdošanas e-pastos un sadaļās “citi pirka arī”.',
	summaryOnly:
		'Šī datu kopa ir kopsavilkums par klientiem bez pasūtījumiem un produktiem: produktu saderību no tās nevar aprēķināt.',
	noItems:
		'Šajā datu kopā nav saglabāti produkti, tāpēc produktu saderību nevar aprēķināt. Vajadzīgs katras pasūtījuma rindas produkts: Shopify kolonna “Lineitem name”, WooCommerce preces nosaukums vai kolonna “Product(s)”, UCI formāta “Description” vai “StockCode”, vai produkta kolonna jebkurā failā ar vienu rindu katrai pasūtījuma pozīcijai. Importējiet šādu failu, lai šeit redzētu tā pārus.',

	by: 'Skaitīt pārus pēc',
	bys: {
		product: 'Preču nosaukumiem',
		sku: 'SKU (preču kodiem)'
	},
	noSkuColumn:
		'Pāri ir preču nosaukumu pāri: šai datu kopai nav SKU kolonnas (Shopify: Lineitem sku; WooCommerce: SKU; UCI: StockCode).',
	skuNotPerItem:
		'Nav SKU pāru: šī datu kopa importēta, pirms SKU tika glabāti katrai pozīcijai. Importējiet failu vēlreiz, lai skaitītu SKU pārus; preču nosaukumu pāriem izvēlieties “Preču nosaukumiem”.',
	noProductNames:
		'Pāri ir no SKU: šajā datu kopā nav preču nosaukumu, tikai katras pozīcijas SKU (preces kods), jo tās failā bija SKU kolonna, bet nebija preces nosaukuma kolonnas (vai tās šūnas bija tukšas). Katra pozīcija ir SKU, tāpēc vienas preces divi izmēri ir divas pozīcijas; atbalsts, ticamība un pacēlums ir SKU rādītāji, un tabulās “produkts” ir SKU kods, nevis nosaukums.',
	bySkuNote:
		'Skaitīts pēc SKU: katra pozīcija ir SKU (preces kods), tāpēc vienas preces divi izmēri ir divas pozīcijas, un pozīcijas bez SKU netiek skaitītas. Atbalsts, ticamība un pacēlums ir SKU rādītāji; tabulās “produkts” ir SKU.',

	minCount: 'Mazākais pasūtījumu (klientu) skaits ar abiem produktiem',
	minCountInvalid: 'Ievadiet veselu skaitli no 2 līdz 1 000 000 (pāris vienā pasūtījumā nav kārtula).',
	sort: 'Kārtot pēc',
	sorts: {
		lift: 'Pacēluma (vispirms tie, kas visvairāk pārsniedz nejaušību)',
		count: 'Skaita (vispirms biežākie)'
	},

	together: {
		heading: 'Pirkti kopā vienā pasūtījumā',
		basis: (p) =>
			`Bāze: ${p.orders} pasūtījumi ar produktiem (no tiem ${p.multi} ar diviem vai vairāk), ${p.products} dažādi produkti.`,
		help: 'Ticamība A → B: no pasūtījumiem ar A to daļa, kuros ir arī B. Atbalsts: to visu pasūtījumu daļa, kuros ir abi. Pacēlums: cik reižu biežāk abi ir vienā pasūtījumā nekā tad, ja tie nebūtu saistīti (1 = nejaušība). Produkts, kura visu daudzumu pasūtījumā atdeva kredītrēķini (UCI faili), netiek skaitīts kā tajā nopirkts; daļēji atdots produkts tiek skaitīts.',
		from: 'Produkts',
		to: 'Arī pasūtījumā',
		count: 'Pasūtījumi ar abiem',
		fromCount: 'Pasūtījumi ar produktu',
		toCount: 'Pasūtījumi ar otru produktu',
		none: (p) =>
			`Neviens produktu pāris nav kopā ${p.minimum} pasūtījumos. Samaziniet minimumu, lai redzētu retākus pārus.`
	},
	withoutItems: (p) => `${p.count} pasūtījumos nav norādīts produkts; tie nav iekļauti.`,
	returned: (p) =>
		`Kredītrēķini atdeva visu daudzumu ${p.lines} pasūtījuma rindām (${p.orders} pasūtījumos): šie produkti netiek skaitīti kā nopirkti ne šeit, ne pirmā pasūtījuma sadalījumos. ${p.emptied} no šiem pasūtījumiem nav palicis neviena produkta, un tie ir starp pasūtījumiem bez norādīta produkta.`,
	customerless: (p) =>
		`Pasūtījumi bez klienta (bez klienta ID, e-pasta vai tālruņa: viesi, anonīmi pirkumi) šajās tabulās nav: imports izlaida to ${p.rows} rindas (${p.sales} pārdošanas, kā teikts importa pārskatā), tāpēc datu kopā to nav. Augstāk minētā bāze skaita tikai klientu pasūtījumus.`,
	skippedOrders: (p) =>
		`${p.count} pasūtījumi ar vairāk nekā ${p.max} dažādiem produktiem nav iekļauti: vairumtirdzniecības vai testa pasūtījums pievienotu tūkstošiem pāru, kas maz pasaka par to, kas iet kopā.`,

	next: {
		heading: 'Pirkti nākamie pēc pirmā pirkuma',
		basis: (p) =>
			`Bāze: ${p.customers} klienti, kas atgriezās un kuru abos pirkumos ir produkti, no ${p.returning} klientiem ar otru pirkuma dienu. Klienti, kas pirka tikai vienreiz, nav iekļauti.`,
		help: 'Pirmais pirkums: visi klienta pasūtījumi viņa pirmajā dienā; nākamais pirkums: visi viņa pasūtījumi nākamajā dienā, kad viņš pirka. Ticamība A → B: no atgriezušajiem klientiem, kuru pirmajā pirkumā bija A, to daļa, kuru nākamajā pirkumā bija B. Produkts, kam seko tas pats produkts, ir nopirkts atkārtoti. Produkts, kura visu daudzumu pasūtījumā atdeva kredītrēķini, netiek skaitīts kā nopirkts; daļēji atdots produkts tiek skaitīts.',
		from: 'Pirmajā pirkumā bija',
		to: 'Nākamajā pirkumā bija',
		count: 'Klienti ar abiem',
		fromCount: 'Klienti, kuru pirmajā pirkumā bija produkts',
		toCount: 'Klienti, kuru nākamajā pirkumā bija otrs produkts',
		none: (p) =>
			`Nevienam pirmā un nākamā pirkuma pārim nav ${p.minimum} klientu. Samaziniet minimumu, lai redzētu retākus pārus.`
	},
	skippedCustomers: (p) =>
		`${p.count} atgriezušies klienti ar vairāk nekā ${p.max} dažādiem produktiem pirmajā vai nākamajā pirkuma dienā nav iekļauti.`,

	support: 'Atbalsts',
	confidence: 'Ticamība (95 % Vilsona intervāls)',
	confidenceValue: (p) => `${p.value} (${p.low}–${p.high})`,
	lift: 'Pacēlums',
	uncertain: 'nedrošs',
	uncertainNote: (p) =>
		`Kārtulas, kas atzīmētas kā “nedrošs”, balstās uz mazāk nekā ${p.minimum} pasūtījumiem (klientiem) ar abiem produktiem: uztveriet tās kā norādes, nevis faktus. Tabulās un diagrammās tās sarindotas aiz pārējām.`,
	shown: (p) => `Tabulā redzamas pirmās ${p.shown} no ${p.total} kārtulām; CSV failā ir pirmās ${p.limit}.`,
	download: 'Lejupielādēt CSV',
	chartTitle: (p) => `Pirmo ${p.count} kārtulu pacēlums`,
	chartDescription:
		'Cik reižu biežāk nekā nejauši katrs pāris iet kopā; līnija apzīmē nejaušību (pacēlums 1). Zemāk esošajā tabulā ir skaiti, uz kuriem balstās katrs stabiņš.',
	chance: 'Nejaušība (pacēlums 1)',
	rule: 'Kārtula',
	ruleLabel: (p) => `${p.from} → ${p.to}`,

	csvConfidenceLow: 'Ticamība, 95 % Vilsona intervāla apakšējā robeža',
	csvConfidenceHigh: 'Ticamība, 95 % Vilsona intervāla augšējā robeža',
	csvConfidence: 'Ticamība',
	csvUncertain: 'Nedrošs',
	csvYes: 'jā',
	csvNo: 'nē',

	tacticLead: 'Izmantojiet šos pārus ar savstarpējās pārdošanas taktiku plānotājā:',
	tacticHint:
		'Piedāvājiet pāri ar augstu pacēlumu pasūtījuma apstiprinājumā un pēcpirkuma e-pastā; piedāvājiet to, ko klienti pērk nākamo, e-pastā pirms viņu ierastā otrā pasūtījuma.'
};

export default affinity;
