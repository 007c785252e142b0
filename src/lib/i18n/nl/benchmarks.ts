import type en from '../en/benchmarks';
import type { Catalogue } from '../messages';
import { names } from './sources';

/** Teksten van het onderdeel Benchmarks: namen van maatstaven, wat elk gepubliceerd cijfer telt, en kanttekeningen. */
const benchmarks: Catalogue<typeof en> = {
	title: 'Benchmarks',
	metrics: {
		crr: 'Klantbehoudpercentage (CRR)',
		churn: 'Klantverloop (churn)',
		repeatPurchaseRate: 'Herhaalaankooppercentage',
		secondPurchaseWithinYear: 'Tweede aankoop in hetzelfde jaar',
		purchaseFrequency: 'Aankoopfrequentie',
		aov: 'Gemiddelde bestelwaarde (AOV)',
		clv: 'Omzet per klant tot nu toe (“CLV” zoals Windsor Circle het telt)',
		nps: 'Net Promoter Score (NPS)',
		cartAbandonmentRate: 'Percentage verlaten winkelwagens'
	},
	sectors: {
		all: 'Alle webwinkels',
		apparel: 'Kleding en schoenen',
		beauty: 'Beauty',
		'food-drink': 'Eten en drinken',
		health: 'Gezondheid en supplementen',
		pet: 'Dierenproducten',
		sports: 'Sport en outdoor',
		'jewelry-luxury': 'Sieraden en luxe',
		subscription: 'Abonnementen'
	},
	industries: {
		'all-ecommerce': 'Alle webwinkels (gemiddelde)',
		tea: 'Thee',
		'own-food-products': 'Eigen voedingsproducten',
		beauty: 'Beauty',
		apparel: 'Kleding',
		'meal-delivery': 'Maaltijdbezorging',
		supplements: 'Supplementen',
		coffee: 'Koffie',
		'pet-products': 'Dierenproducten',
		'performance-sportswear': 'Hoogwaardige sportkleding',
		cbd: 'CBD',
		'jewelry-luxury': 'Sieraden en luxe',
		'health-beauty': 'Gezondheid en beauty',
		'sporting-goods-outdoor': 'Sportartikelen en outdoor',
		'apparel-footwear': 'Kleding en schoenen',
		'subscription-all': 'Abonnementsbedrijven, alle branches',
		'subscription-b2c': 'Abonnementsbedrijven die aan consumenten verkopen (B2C)'
	},
	definitions: {
		'metrilo-repeat-buyers':
			'Terugkerende kopers gedeeld door alle kopers: het aandeel van de klanten van een winkel dat meer dan eens heeft besteld. Metrilo noemt dit de ‘retention rate’ (ook reorder rate of repeat purchase rate); het is niet de CRR van de formule (E − N) / S. De tijdspanne wordt niet vermeld.',
		'bluecore-second-purchase':
			'Van de shoppers die in 2023 hun eerste aankoop bij een retailer deden, het aandeel dat in hetzelfde jaar een tweede aankoop deed.',
		'windsor-retention':
			'Van de klanten die een jaar eerder actief waren (een aankoop in de 12 maanden vóór die datum), het aandeel dat binnen de 12 maanden daarna opnieuw kocht.',
		'windsor-clv':
			'Mediane klantwaarde in Amerikaanse dollars: wat een klant tot nu toe bij de winkel heeft uitgegeven (omzet, geen winst; geen voorspelling).',
		'recurly-monthly-churn':
			'Mediaan, over de abonnementsbedrijven in de steekproef, van het klantverloop per maand: het aandeel abonnees dat in een maand opzegt of van wie het abonnement verloopt.',
		'recurly-b2c-monthly-churn':
			'Het klantverloop per maand van de abonnementsbedrijven in de steekproef die aan consumenten verkopen (B2C): het aandeel abonnees dat in een maand opzegt of van wie het abonnement verloopt.'
	},
	notes: {
		metrilo:
			'Een onderzoek onder de klantwinkels van Metrilo, vooral kleine direct-to-consumer-merken; de steekproefgrootte en de tijdspanne zijn niet gepubliceerd. Vergelijk met een herhaalaankooppercentage over een vergelijkbare periode aan gegevens: een jonge winkel scoort lager alleen al omdat zijn klanten minder tijd hebben gehad om terug te komen.',
		bluecore:
			'Meer dan 100 Amerikaanse retailers, gegevens over 2023. Alleen eerste aankopen in 2023 tellen mee, en alleen een tweede aankoop in hetzelfde kalenderjaar, dus wie in december voor het eerst kocht, had maar een paar weken om terug te komen. Vergelijk met dezelfde berekening op je eigen gegevens, niet met een herhaalaankooppercentage over de hele klantrelatie.',
		'windsor-retention':
			'Ongeveer 100 kleding- en schoenenmerken die Windsor Circle gebruiken, gegevens van rond 2015: van de klanten die een jaar eerder actief waren, het deel dat binnen het jaar opnieuw kocht. De CRR per jaar van de app, (E − N) ÷ S, houdt ook klanten die na meer dan een jaar weg terugkomen, dus de CRR van een gegevensset wordt ernaast gezet, op dezelfde manier geteld: (E − N − die klanten) ÷ S, met een activiteitsvenster van 12 maanden. Een ingetypte CRR (E − N) ÷ S houdt die klanten ook, dus die valt hoger uit dan Windsor hem zou tellen.',
		'windsor-clv':
			'Amerikaanse dollars tegen prijzen van 2015–2016, zonder omrekening: alleen een CLV gemeten in Amerikaanse dollars, als omzet per klant tot nu toe, wordt ernaast gezet.',
		'recurly-subscription':
			'Abonnementsbedrijven, waar klantverloop betekent dat terugkerende abonnementen zijn opgezegd of verlopen. Een winkel waarvan de klanten gewoon stoppen met bestellen, meet iets anders; vergelijk alleen met een maandelijks klantverloop van abonnementen.',
		'recurly-b2c-2017':
			'Abonnementsbedrijven die aan consumenten verkopen. De bron zegt niet of dit een mediaan of een gemiddelde is, dus het is niet direct vergelijkbaar met de mediaan over alle branches uit hetzelfde onderzoek.'
	},
	verificationNotes: {
		metrilo: `Waarden en definitie (‘repeat buyers number / total number of buyers’, ‘average retention rate by niche as per our recent survey’) komen overeen met de woordenlijstpagina. De pagina heeft geen datum en noemt noch de datum van de enquête noch de steekproef; ${names['001']} citeert het gemiddelde van 28 %.`,
		bluecore:
			'Waarden, branches en definitie (‘only 9.9% of those who made a first purchase in 2023 made a second purchase that year’; gegevens over 2023 van meer dan 100 retailers) uit het verslag van Retail Brew over het onderzoek (22 april 2024); de titel komt van de landingspagina van het rapport. De pdf zelf is niet gelezen, dus het is niet bekend of het percentage over alle klanten samen is berekend of gemiddeld over de retailers.',
		'windsor-retention':
			'‘An average retention rate of 24%’ voor 100 kleding- en schoenenmerken staat in de samenvatting van het rapport op de blog van Windsor Circle (21 april 2016). Het rapport zelf is niet gelezen; de definitie (klanten die een jaar eerder actief waren en binnen het jaar opnieuw kochten) is die van WhatCounts, dat Windsor Circle overnam, en er wordt aangenomen dat die is gebruikt. De samenvatting zegt ook ‘16% lower than all eCommerce brands’, wat procentpunten of procenten kan betekenen; daarom wordt er geen cijfer voor alle webwinkels uit afgeleid.',
		'windsor-clv':
			'‘A median CLV of $163.09’ staat in de blogsamenvatting. Dat deze CLV de omzet per klant tot nu toe is (‘actual CLV’), komt van de productpagina van Windsor Circle, niet uit het rapport.',
		'windsor-clv-all':
			'De samenvatting zegt dat de mediane CLV in kleding en schoenen ‘equal to the median CLV for all eCommerce brands’ is; de waarde voor alle merken komt uit die zin. Voor de definitie van CLV geldt hetzelfde voorbehoud als bij het kledingcijfer.',
		'recurly-2017-all':
			'De CEO van Recurly in Digital Commerce 360 (6 oktober 2017): een steekproef van meer dan 1.200 abonnementsbedrijven, ‘our 12-month study found the median monthly churn rate across all data points was 6.73%’.',
		'recurly-2017-b2c':
			'B2C 8,11 % staat op een versie van de benchmarkpagina van Recurly die ‘a sample of over 1,200 sites over 12 months’ beschrijft, wat past bij het onderzoek van 2017; de pagina heeft geen datum en zegt niet of het een mediaan of een gemiddelde is.',
		'recurly-2019-all':
			'‘All Industries 5.48% MEDIAN’, bijna 2.000 abonnementssites, januari–december 2019, op de rapportpagina. Het jaar van publicatie staat niet op de pagina.',
		'recurly-2019-b2c':
			'‘B2C Industries 6.81% MEDIAN’ op de rapportpagina (dezelfde steekproef als het cijfer voor alle branches).'
	},
	statistics: {
		mean: 'Gemiddelde over bedrijven',
		median: 'Mediaan over bedrijven',
		unstated: 'Niet vermeld hoe de bedrijven zijn samengenomen'
	},
	verification: {
		verified: 'Gecontroleerd bij de uitgever of aan de hand van een verslag van de publicatie',
		'partly-verified': 'Waarde gecontroleerd; een deel van de definitie of de datum kon niet worden bevestigd',
		unverified: 'Niet gecontroleerd aan de hand van de bron'
	},
	directions: {
		better: 'beter dan de benchmark',
		worse: 'achter op de benchmark',
		level: 'gelijk aan de benchmark',
		unclear: 'ongeveer gelijk aan de benchmark'
	},
	notComparable: {
		'invalid-value': 'Je waarde is geen geldig getal voor deze maatstaf.',
		'different-metric': 'Dit cijfer meet iets anders.',
		'orders-not-subscription':
			'Jouw waarde is gemeten uit een orderexport: klanten die stopten met bestellen (geen bestelling binnen het activiteitsvenster). Dit cijfer telt opgezegde abonnementen, die een orderexport niet bevat, dus de twee worden niet vergeleken, welk soort bedrijf je ook kiest.',
		'business-model': 'Dit cijfer geldt voor een ander soort bedrijf (webwinkel of abonnement).',
		'period-missing':
			'Geef aan over welke periode je waarde gaat (maand, kwartaal of jaar) om haar te vergelijken.',
		currency: 'Dit cijfer is in een andere valuta; er wordt geen wisselkoers toegepast.',
		'period-differs':
			'Jouw waarde is uit bestellingen gemeten met een activiteitsvenster over een andere periode. Zo’n percentage is niet elke periode gelijk, dus het wordt niet door samenstellen omgerekend; het wordt alleen vergeleken met cijfers van dezelfde periode (de CRR per jaar wordt over de laatste 12 volle maanden gemeten).',
		'window-differs':
			'Dit cijfer telt klanten die actief waren in de 12 maanden vóór een datum en binnen de 12 maanden daarna opnieuw kochten; het jouwe is gemeten met een ander activiteitsvenster en telt dus andere klanten als behouden. De CRR per jaar van de laatste 12 volle maanden, met een venster van 12 maanden, wordt ermee vergeleken.',
		'returning-unknown':
			'Dit cijfer laat klanten weg die na meer dan een jaar weg terugkomen; de opgeslagen cijfers van deze gegevensset zeggen niet hoeveel dat er zijn. Open de gegevensset één keer op de pagina Analyse om ze vast te leggen.',
		'small-sample': 'Minder dan 30 klanten achter jouw waarde: te weinig voor een oordeel.'
	},
	recounted: (p) =>
		`Geteld zoals dit cijfer telt: van de ${p.start} klanten die een jaar eerder actief waren (S) kochten er ${p.retained} binnen het jaar opnieuw, ${p.value}. Klanten die na meer dan een jaar weg terugkwamen, die jouw CRR in E − N houdt, tellen niet mee.`,
	converted:
		'Je waarde is omgerekend naar de periode van het cijfer, uitgaande van hetzelfde percentage in elke periode.',
	intro: 'Gepubliceerde cijfers voor webwinkels en abonnementsbedrijven, elk met precies wat het telt, wie het publiceerde en wanneer. Je eigen getal wordt naast de cijfers gezet die hetzelfde meten, en alleen naast die.',
	choice: {
		heading: 'Je branche',
		sector: 'Sector',
		industry: 'Branche',
		allInSector: 'Alle branches in deze sector',
		hint: 'Gemiddelden over alle webwinkels (of alle abonnementsbedrijven) worden ook getoond, om op terug te vallen.'
	},
	baseline: {
		heading: 'Jouw getallen',
		intro: 'Kies wat je wilt vergelijken: een opgeslagen scenario uit een rekentool, de cijfers van een geanalyseerde dataset, of een waarde die je intypt.',
		source: 'Vergelijken',
		sources: {
			none: 'Nog niets',
			scenario: 'Een opgeslagen scenario uit een rekentool',
			dataset: 'Een geanalyseerde dataset',
			typed: 'Een waarde die ik intyp'
		},
		scenario: 'Scenario',
		noScenarios:
			'Nog geen enkel opgeslagen scenario bevat een getal dat kan worden vergeleken. Sla er een op in een rekentool: CRR, klantverloop, herhaalaankooppercentage, bestelwaarde of frequentie.',
		scenarioOption: (p: { name: string; calculator: string }) => `${p.name} (${p.calculator})`,
		dataset: 'Dataset',
		noDatasets:
			'Nog geen geanalyseerde dataset. Importeer bestellingen op de pagina Gegevens en open daarna de Analyse.',
		datasetOption: (p: { name: string; date: string }) => `${p.name}, geanalyseerd op ${p.date}`,
		datasetBasis: (p: { period: string; window: string }) =>
			`De cijfers die de pagina Analyse voor deze dataset toont, met periodes ${p.period} en een activiteitsvenster van ${p.window} ${p.window === '1' ? 'maand' : 'maanden'} (de laatste instellingen daar). Verander ze daar en deze volgen; een datumbereik dat je daar kiest, geldt hier niet. De CRR en het klantverloop per jaar zijn gemeten over de laatste 12 volle maanden van de data met een venster van 12 maanden, nooit samengesteld uit een maand of kwartaal.`,
		datasetSpan: (p: { customers: string; days: string; from: string; orders: string; to: string }) =>
			`Basis: alle bestellingen, van ${p.from} tot ${p.to} (dagen: ${p.days}; klanten: ${p.customers}; bestellingen: ${p.orders}).`,
		withheldHeading: 'Op de pagina Analyse gemarkeerd, dus niet vergeleken',
		choose: 'Kies…',
		metric: 'Maatstaf',
		value: 'Jouw waarde',
		valueHint: {
			ratio: 'Een percentage van 0 tot 100, bijv. 28.',
			currency: 'Een bedrag, in de valuta van je instellingen.',
			perPeriod: 'Bestellingen per klant over de periode.'
		},
		typedAsFraction: (p: { typed: string; meant: string; fraction: string; percent: string }) =>
			`${p.typed} is minder dan 1%: bedoelde u ${p.meant}? Typ het percentage zelf (${p.percent} voor ${p.meant}), niet de fractie (${p.fraction}).`,
		period: 'Periode waarover het gaat',
		businessModel: 'Soort bedrijf',
		businessModels: {
			ecommerce: 'Webwinkel (klanten stoppen gewoon met bestellen)',
			subscription: 'Abonnement (klanten zeggen een abonnement op)'
		},
		moneyNote: (p: { currency: string }) =>
			`Bedragen uit scenario’s en ingetypte waarden worden gelezen als ${p.currency} (je valuta-instelling). Er wordt geen wisselkoers toegepast, dus ze worden alleen naast cijfers in ${p.currency} gezet.`,
		nothing: 'Kies een vergelijkingsbasis om je getallen naast de cijfers te zien.',
		nothingMeasured: 'Deze vergelijkingsbasis bevat geen getal dat een benchmark kan meten.'
	},
	figures: {
		heading: 'Gepubliceerde cijfers',
		count: (p: { n: string }) => `Cijfers voor deze keuze: ${p.n}.`,
		definition: 'Wat het telt',
		value: 'Waarde',
		period: 'Periode',
		source: 'Bron',
		published: 'Gepubliceerd',
		title: 'Titel',
		statistic: 'Samenvatting',
		dataPeriod: 'Gegevens uit',
		verification: 'Controle',
		comparability: 'Wanneer vergelijken',
		link: 'Pagina van de uitgever',
		valuePer: (p: { value: string; period: string }) => `${p.value} ${p.period}`,
		perPeriod: {
			month: 'per maand',
			quarter: 'per kwartaal',
			year: 'per jaar'
		},
		noPeriod: 'Geen: niet per maand, kwartaal of jaar opgegeven',
		undated: 'Zonder datum',
		checkedAgainst: 'Gecontroleerd aan de hand van'
	},
	dataPeriods: {
		notStated: 'Niet vermeld',
		year2023: '2023',
		years2015to2016Approx: '2015–2016 (niet precies vermeld)',
		twelveMonthsTo2017: '12 maanden tot en met 2017',
		year2019: 'Januari–december 2019'
	},
	comparison: {
		heading: 'Jouw getallen naast de cijfers',
		figureWithValue: (p: { figure: string; value: string }) => `${p.figure}, ${p.value}`,
		you: 'Jij',
		youWith: (p: { basis: string }) => `Jij (${p.basis})`,
		measuredBasis: (p: { acquired: string; end: string; period: string; start: string; window: string }) =>
			`Gemeten over ${p.period} met een activiteitsvenster van ${p.window} ${p.window === '1' ? 'maand' : 'maanden'}: S = ${p.start}, E = ${p.end}, N = ${p.acquired}.`,
		sampleBasis: (p: { n: string }) => `Aantal klanten erachter: ${p.n}.`,
		smallSample: (p: { n: string; low: string; high: string }) =>
			`Te weinig klanten voor een oordeel (${p.n}; er zijn er minstens 30 nodig). Het 95%-bereik van het werkelijke percentage: ${p.low} tot ${p.high}.`,
		yours: (p: { metric: string; value: string }) => `${p.metric} (jouw waarde): ${p.value}`,
		chartTitle: (p: { metric: string }) => `${p.metric}: jouw waarde naast vergelijkbare cijfers`,
		chartDescription: (p: { metric: string; n: string }) =>
			`Horizontale balken: jouw waarde (gemarkeerd, gestreept) en gepubliceerde cijfers voor dezelfde maatstaf, ‘${p.metric}’ (aantal: ${p.n}); de stippellijn markeert jouw waarde.`,
		figureLabel: (p: { publisher: string; year: string; industry: string }) =>
			`${p.industry} (${p.publisher}, ${p.year})`,
		undated: 'zonder datum',
		above: (p: { user: string; benchmark: string; by: string; relative: string }) =>
			`Jouw waarde (${p.user}) ligt ${p.by} boven ${p.benchmark} (${p.relative} hoger).`,
		below: (p: { user: string; benchmark: string; by: string; relative: string }) =>
			`Jouw waarde (${p.user}) ligt ${p.by} onder ${p.benchmark} (${p.relative} lager).`,
		unclear: (p: { user: string; benchmark: string; low: string; high: string }) =>
			`Jouw waarde (${p.user}) en ${p.benchmark} zijn ongeveer gelijk: uit het aantal klanten achter jouw waarde is het 95%-bereik ${p.low} tot ${p.high}, en het cijfer ligt daarbinnen, dus het verschil kan toeval zijn.`,
		level: (p: { user: string; benchmark: string }) => `Jouw waarde (${p.user}) is gelijk aan ${p.benchmark}.`,
		points: (p: { n: string }) => `${p.n} procentpunt`,
		gapsLabel: 'Verschillen',
		noneComparable: (p: { metric: string }) =>
			`Geen van de cijfers hier meet ‘${p.metric}’ op dezelfde manier, dus jouw waarde wordt niet vergeleken. Probeer een andere sector of branche.`,
		notComparedHeading: (p: { n: string }) => `Cijfers die er niet mee zijn vergeleken (${p.n}), en waarom`,
		differentMetric: (p: { figure: string; yours: string }) =>
			`Het meet een andere maatstaf: ‘${p.figure}’, terwijl de jouwe ‘${p.yours}’ is.`
	},
	units: {
		perPeriod: (p: { n: string; period: string }) => `${p.n} keer besteld per klant ${p.period}`,
		score: (p: { n: string }) => p.n
	},
	chart: {
		table: 'Toon de grafiek als tabel',
		label: 'Balk',
		value: 'Waarde'
	},
	links: {
		whatIf: 'Wat-als: probeer een verandering in klantbehoud of bestelwaarde',
		planner: 'Planner: de tactieken gerangschikt naar jouw achterstanden'
	}
};

export default benchmarks;
