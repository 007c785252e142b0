import type en from '../en/planner';
import type { Catalogue } from '../messages';

/** Teksten van de planner: statussen, voortgang, suggesties en de export van het plan. */
const planner: Catalogue<typeof en> = {
	title: 'Planner',
	statuses: {
		'not-started': 'Niet begonnen',
		planned: 'Gepland',
		'in-progress': 'Bezig',
		done: 'Afgerond',
		'not-relevant': 'Niet relevant'
	},
	fields: {
		status: 'Status',
		notes: 'Notities',
		owner: 'Eigenaar',
		targetDate: 'Streefdatum'
	},
	problems: {
		'unknown-tactic': 'Deze tactiek staat niet meer in de catalogus.',
		'invalid-status': 'Kies een van de statussen.',
		'invalid-date': 'Vul een bestaande datum in, of laat het veld leeg.',
		'notes-too-long': 'De notities zijn te lang (hoogstens 5.000 tekens).',
		'owner-too-long': 'De naam van de eigenaar is te lang (hoogstens 120 tekens).',
		'invalid-timestamp': 'Het opgeslagen tijdstip van de wijziging is ongeldig.'
	},
	progress: (p: { done: string; relevant: string; share: string }) =>
		`Relevante tactieken afgerond: ${p.done} van ${p.relevant} (${p.share})`,
	noneRelevant: 'Elke tactiek is gemarkeerd als niet relevant.',
	suggestions: {
		title: 'Voorgestelde volgorde',
		noMeasurements:
			'Meet klantverloop, klantbehoud, herhaalaankooppercentage of bestelwaarde en kies je branche, dan worden de tactieken gerangschikt naar jouw achterstanden.',
		watchesMetric: (p: { metric: string; user: string; benchmark: string; source: string }) =>
			`${p.metric}: jouw waarde (${p.user}) blijft achter bij ${p.benchmark} voor ${p.source}; deze tactiek werkt er rechtstreeks op.`,
		movesLever: (p: { metric: string; user: string; benchmark: string; source: string; lever: string }) =>
			`${p.metric}: jouw waarde (${p.user}) blijft achter bij ${p.benchmark} voor ${p.source}; de hefboom van deze tactiek (${p.lever}) helpt de achterstand te verkleinen.`,
		noGap: 'Geen van je gemeten achterstanden hangt af van deze tactiek; ze staat in de volgorde van de checklist.',
		unmatched: (p: { metric: string }) =>
			`Er is geen gepubliceerde benchmark waarmee ‘${p.metric}’ kan worden vergeleken.`,
		unmatchedSmall: (p: { metric: string; n: string }) =>
			`Jouw ${p.metric} rust op te weinig klanten (${p.n}; er zijn er minstens 30 nodig) voor een oordeel.`,
		unmatchedCounted: (p) => `Je ${p.metric} wordt niet naast ${p.source} gezet. ${p.reason}`,
		unmatchedPeriod: (p: { metric: string; period: string }) =>
			`Jouw ${p.metric} ${p.period} is gemeten met een activiteitsvenster, dus wordt niet samengesteld tot een andere periode, en geen gepubliceerd cijfer is van die periode.`,
		aboutSame: (p: { metric: string; source: string }) =>
			`${p.metric}: jouw waarde is ongeveer gelijk aan ${p.source}; het cijfer ligt binnen het 95%-bereik van jouw waarde, dus er wordt geen achterstand geteld.`,
		ahead: (p: { metric: string; source: string }) =>
			`${p.metric}: jouw waarde is gelijk aan of beter dan ${p.source}.`
	},
	export: {
		title: 'Plan voor klantbehoud',
		markdown: 'Exporteren als Markdown',
		csv: 'Exporteren als CSV',
		print: 'Afdrukken',
		columns: {
			id: 'Tactiek-id',
			tactic: 'Tactiek',
			lever: 'Hefboom',
			status: 'Status',
			owner: 'Eigenaar',
			targetDate: 'Streefdatum',
			notes: 'Notities',
			updatedAt: 'Laatst gewijzigd (UTC)'
		},
		heading: 'Exporteren en afdrukken',
		intro: 'Download het hele plan (elke tactiek, ongeacht de filters) of druk het af als één overzichtelijk document.',
		fileMarkdown: 'plan-klantbehoud.md',
		fileCsv: 'plan-klantbehoud.csv',
		failed: 'Het plan kon niet worden gelezen uit de opslag van deze browser.'
	},
	intro: 'Elke tactiek voor klantbehoud uit de vijf artikelen onder Bronnen, samengevoegd waar twee hetzelfde zeggen. Houd per tactiek een status, een eigenaar, een streefdatum en notities bij: die blijven in deze browser.',
	links: {
		benchmarks: 'Benchmarks: vergelijk je getallen',
		whatIf: 'Wat-als: het effect van een verandering op CLV en omzet'
	},
	progressHeading: 'Voortgang',
	progressBar: 'Aandeel afgeronde relevante tactieken',
	statusCounts: 'Tactieken per status',
	setup: {
		heading: 'Jouw achterstanden',
		intro: 'De suggesties hieronder gebruiken dezelfde vergelijkingsbasis en branche als de pagina Benchmarks; je kunt ze hier of daar wijzigen.'
	},
	suggestionsMore: {
		intro: 'Tactieken voor een getal van jou dat achterblijft bij de benchmark, de grootste achterstand eerst. Afgeronde en als niet relevant gemarkeerde tactieken zijn weggelaten.',
		recounted: (p) =>
			`${p.value} (geteld zoals het cijfer telt: ${p.retained} van de ${p.start} klanten die een jaar eerder actief waren kochten opnieuw)`,
		none: 'Geen van je gemeten waarden blijft achter bij de benchmark: geen enkele tactiek wordt naar voren gehaald. De checklist houdt haar volgorde.',
		rule: 'Elke waarde van je wordt beoordeeld tegen één cijfer, dat naast het oordeel staat: een cijfer voor de branche die je koos (bij alle branches van een sector eerst een cijfer over de hele sector, dan een voor een deel ervan; een gemiddelde over alle bedrijven alleen als geen van beide er is), en daarvan een waarvan de mediaan of het gemiddelde vermeld is, met de recentste gegevens. De pagina Benchmarks zet je waarden naast elk cijfer.'
	},
	filters: {
		heading: 'Checklist filteren',
		lever: 'Hefboom',
		segment: 'Klantsegment',
		status: 'Status',
		any: 'Alle',
		clear: 'Alle tactieken tonen',
		showing: (p: { shown: string; total: string }) => `Getoonde tactieken: ${p.shown} van ${p.total}.`,
		segmentOrder: (p: { segment: string }) =>
			`Tactieken die voor ‘${p.segment}’ zijn geschreven, komen eerst, daarna die voor alle klanten geschikt zijn.`,
		none: 'Geen tactiek voldoet aan deze filters.'
	},
	checklistHeading: 'Checklist met tactieken',
	form: {
		legend: 'Jouw plan',
		dateHint: 'Schrijf de datum als JJJJ-MM-DD, bijv. 2025-09-30. Laat leeg voor geen datum.',
		datePlaceholder: 'JJJJ-MM-DD',
		notesCount: (p: { length: string; max: string }) => `${p.length} van ${p.max} tekens`,
		notSaved: 'Niet opgeslagen tot het is verbeterd; wat je hebt getypt, blijft hier staan.',
		saved: 'Opgeslagen.',
		saveFailed: 'Deze wijziging kon niet in deze browser worden opgeslagen.'
	},
	print: {
		printed: (p: { date: string }) => `Afgedrukt op ${p.date}`,
		none: '—'
	},
	whatIf: {
		title: 'Wat-als',
		intro: 'Begin bij je eigen getallen en verschuif dan de schuifregelaars om te zien wat een verandering in klantbehoud, bestelwaarde, aankoopfrequentie of marge doet met de levenslange klantwaarde en de omzet.',
		back: 'Terug naar de planner',
		baselineHeading: 'Uitgangssituatie',
		source: 'Uitgaan van',
		sources: {
			typed: 'Waarden die ik intyp',
			scenario: 'Een opgeslagen scenario uit een rekentool',
			dataset: 'Een geanalyseerde dataset'
		},
		scenario: 'Scenario',
		noScenarios:
			'Nog geen opgeslagen scenario uit de rekentools voor CRR, klantverloop, levensduur, AOV, frequentie of CLV.',
		dataset: 'Dataset',
		noDatasets: 'Nog geen geanalyseerde dataset.',
		choose: 'Kies…',
		filled: (p: { source: string }) =>
			`Waarden uit ‘${p.source}’ zijn hieronder ingevuld; de overige kun je zelf invullen.`,
		nothingFilled: (p: { source: string }) => `‘${p.source}’ bevat geen van deze waarden.`,
		datasetGone:
			'De dataset waaruit deze waarden zijn ingevuld, staat niet meer in deze browser: ze staan er zoals ze zijn ingevuld, zonder de toelichting waar elke waarde vandaan komt.',
		scenarioGone:
			'Het opgeslagen scenario waaruit deze waarden zijn ingevuld, staat niet meer in deze browser: ze staan er zoals ze zijn ingevuld, zonder de toelichting waar elke waarde vandaan komt.',
		withheldHeading: 'Op de pagina Analyse gemarkeerd, dus niet ingevuld',
		converted: (p: { original: string; period: string }) =>
			`Omgerekend van ${p.original} ${p.period}, uitgaande van hetzelfde klantbehoud in elke periode.`,
		notYearly: (p: { period: string }) =>
			`De frequentie daar geldt ${p.period}; die van een jaar is niet zomaar een veelvoud daarvan, dus vul hier een frequentie per jaar in.`,
		yearCustomers: (p: { customers: string; year: string }) =>
			`${p.customers === '1' ? 'De 1 klant die bestelde' : `De ${p.customers} klanten die bestelden`} in ${p.year}, de laatste 12 volle maanden van de data.`,
		yearFrequency: (p: { customers: string; orders: string; year: string }) =>
			`Hun bestellingen in ${p.year} ÷ klanten = ${p.orders} ÷ ${p.customers}.`,
		measuredYear: (p: { counts: string; window: string; year: string }) =>
			`De CRR gemeten over ${p.year} met een activiteitsvenster van ${p.window} ${p.window === '1' ? 'maand' : 'maanden'}${p.counts}, geen samengestelde CRR van een maand.`,
		measuredCountsRetained: (p) =>
			`, geteld als het aandeel dat opnieuw kocht: (E − N − R) ÷ S = (${p.end} − ${p.acquired} − ${p.returning}) ÷ ${p.start}, zonder R, de klanten die na meer dan een jaar terugkwamen`,
		measuredCounts: (p: { acquired: string; end: string; start: string }) =>
			`: (E − N) ÷ S = (${p.end} − ${p.acquired}) ÷ ${p.start}`,
		revenueUnnamed: 'Omzet',
		yearAov: (p: { orders: string; revenue: string; revenueName: string; year: string }) =>
			`${p.revenueName} ÷ bestellingen in ${p.year}, dezelfde 12 maanden als C en f: ${p.revenue} ÷ ${p.orders}.`,
		noYearRevenue:
			'Niet ingevuld: deze dataset is geanalyseerd voordat de omzet van het jaar werd bewaard. Open hem één keer op de pagina Analyse, of typ een gemiddelde bestelwaarde van dezelfde 12 maanden.',
		notInDataset: 'Staat niet in een orderexport: typ je eigen waarde; tot dan wordt met dit veld niets berekend.',
		noYearlyCrr:
			'Niet ingevuld: in de laatste 12 volle maanden van de dataset is de CRR niet meetbaar (zie de gemarkeerde cijfers hierboven), en de CRR van een maand of kwartaal samengesteld tot een jaar zou niets betekenen.',
		noCompleteYear:
			'Niet ingevuld: de data beslaat geen 12 volle maanden, en klanten of bestellingen geteld over een kortere of langere periode zijn niet die van een jaar.',
		fields: {
			customers: {
				label: 'Klanten dit jaar (C)',
				hint: 'Klanten die in een jaar bij je kopen.'
			},
			averageOrderValue: {
				label: 'Gemiddelde bestelwaarde (AOV)',
				hint: 'Omzet per bestelling.'
			},
			purchasesPerYear: {
				label: 'Aankopen per klant per jaar (f)',
				hint: 'Bestellingen per klant in een jaar.'
			},
			retention: {
				label: 'Klantbehoud per jaar (r)',
				hint: 'Aandeel van de klanten van dit jaar dat volgend jaar opnieuw koopt.'
			},
			grossMargin: {
				label: 'Brutomarge (g)',
				hint: 'Aandeel van de omzet dat overblijft na de kostprijs van de verkochte goederen.'
			},
			discountRate: {
				label: 'Disconteringsvoet per jaar (d)',
				hint: 'Hoeveel minder geld over een jaar waard is dan vandaag, bijv. 10.'
			}
		},
		changesHeading: 'Veranderingen om te proberen',
		changesIntro: 'Gebruik een schuifregelaar, de pijltjestoetsen ervan, of typ het getal ernaast.',
		changes: {
			retentionPoints: 'Klantbehoud',
			orderValuePercent: 'Bestelwaarde',
			frequencyPercent: 'Aankoopfrequentie',
			marginPoints: 'Brutomarge'
		},
		changeUnits: {
			retentionPoints: 'procentpunt',
			orderValuePercent: '%',
			frequencyPercent: '%',
			marginPoints: 'procentpunt'
		},
		numberLabel: (p: { change: string }) => `${p.change}, exacte verandering`,
		sliderLabel: (p: { change: string }) => `${p.change}: verandering`,
		outOfRange: (p: { min: string; max: string }) =>
			`Vul een getal van ${p.min} tot en met ${p.max} in. De laatste geldige verandering wordt gebruikt.`,
		reset: 'Veranderingen terugzetten',
		resultsHeading: 'Effect',
		missingFields: {
			dataset: (p: { fields: string }) =>
				`De dataset geeft niet elke waarde: typ ${p.fields} om het effect te zien. Met een leeg veld wordt niets berekend.`,
			scenario: (p: { fields: string }) =>
				`Het opgeslagen scenario geeft niet elke waarde: typ ${p.fields} om het effect te zien. Met een leeg veld wordt niets berekend.`,
			typed: (p: { fields: string }) =>
				`Typ ${p.fields} om het effect te zien. Met een leeg veld wordt niets berekend.`
		},
		incomplete: 'Vul elke waarde van de uitgangssituatie correct in om het effect te zien.',
		columns: {
			quantity: 'Grootheid',
			baseline: 'Uitgangssituatie',
			scenario: 'Met de veranderingen',
			difference: 'Verschil'
		},
		rows: {
			clv: 'CLV per klant (brutomarge, gedisconteerd)',
			revenueThisYear: 'Omzet dit jaar',
			revenueNextYear: 'Omzet volgend jaar van de behouden klanten'
		},
		relative: (p: { value: string }) => `(${p.value})`,
		problems: {
			notFinite: 'Met deze waarden kan niet worden gerekend: controleer de uitgangssituatie.',
			negative: 'Deze waarden kunnen niet negatief zijn: controleer de uitgangssituatie.',
			rateAboveOne: 'Een percentage boven 100% kan niet worden gebruikt: controleer de uitgangssituatie.',
			changeOutOfRange: (p: { change: string }) =>
				`De verandering van ‘${p.change}’ brengt de waarde onder nul of boven 100%: kies een kleinere verandering.`,
			diverges:
				'Bij 100% klantbehoud en zonder disconteren vertrekt een klant nooit en is hij onbeperkt veel waard: verlaag het klantbehoud of voeg een disconteringsvoet toe.'
		},
		chartTitle: (p: { quantity: string }) => `${p.quantity}: uitgangssituatie en met de veranderingen`,
		chartDescription: (p: { quantity: string }) =>
			`Twee horizontale balken voor ‘${p.quantity}’: de uitgangssituatie en met de veranderingen (gemarkeerd, gestreept).`,
		definitionsHeading: 'Wat er wordt berekend',
		definitions: [
			'CLV gebruikt de formule met klantbehoud en marge, per jaar: CLV = m × r / (1 + d − r), met m = AOV × f × g de brutomarge die een klant in een jaar oplevert. De marge telt aan het eind van elk jaar dat de klant er nog is en wordt gedisconteerd met d per jaar (Gupta en Lehmann). Het is niet de eenvoudige formule AOV × f × t, die omzet telt en niet disconteert.',
			'Omzet dit jaar = C × f × AOV: de klanten van dit jaar, hun aankopen en de bestelwaarde.',
			'Omzet volgend jaar van de behouden klanten = (C × r) × f × AOV: alleen de klanten van dit jaar die blijven. Nieuwe klanten die volgend jaar worden gewonnen, blijven buiten beschouwing, zodat een verandering in klantbehoud hier zichtbaar wordt, een jaar later.'
		],
		math: {
			baseline: 'Uitgangssituatie:',
			scenario: 'Met de veranderingen:',
			changedRetention: 'r′ = r + verandering',
			changedOrderValue: 'AOV′ = AOV × (1 + verandering)',
			changedFrequency: 'f′ = f × (1 + verandering)',
			changedMargin: 'g′ = g + verandering',
			margin: 'm = AOV × f × g',
			clv: 'CLV = m × r / (1 + d − r)',
			revenueThisYear: 'omzet dit jaar = C × f × AOV',
			retained: 'behouden klanten = C × r',
			revenueNextYear: 'omzet volgend jaar = behouden klanten × f × AOV',
			points: (p: { n: string }) => `${p.n} procentpunt`
		}
	}
};

export default planner;
