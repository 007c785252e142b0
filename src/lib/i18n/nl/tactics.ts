import type en from '../en/tactics';
import type { Catalogue } from '../messages';
import { names } from './sources';

/** A source article's readable name (the Sources page's), for citing it in running text. */
function sourceName(id: string): string {
	return Object.hasOwn(names, id) ? names[id as keyof typeof names] : `bron ${id}`;
}

/** De teksten van de catalogus met tactieken voor klantbehoud, per tactiek-id, en de woorden eromheen. */
const tactics: Catalogue<typeof en> = {
	title: 'Tactieken voor klantbehoud',
	items: {
		'measure-retention': {
			name: 'Meet klantbehoud en vergelijk het met je branche',
			description:
				'Bereken hoeveel klanten je behoudt, hoeveel er opnieuw kopen en wat een klant waard is, en zet die getallen naast cijfers voor je eigen branche, niet die van een ander.',
			steps: [
				'Bereken het klantbehoudpercentage over een periode: CRR = (E − N) / S × 100, met S klanten aan het begin, E aan het eind en N nieuwe klanten die in de tussentijd zijn gewonnen.',
				'Volg het klantverloop, het omgekeerde van klantbehoud: het aandeel klanten dat in een periode vertrekt.',
				'Schat de levenslange klantwaarde: CLV = gemiddelde bestelwaarde × aankoopfrequentie × klantlevensduur, waarbij de levensduur meestal één tot drie jaar is.',
				'Vergelijk met de benchmark van je eigen branche: het klantbehoud van een beautymerk zegt niets over dat van een gamewinkel.',
				'Stel doelen voor klantbehoud op basis van je huidige percentage en het branchegemiddelde, en controleer ze elke periode.'
			]
		},
		'churn-reasons': {
			name: 'Zoek uit waarom klanten vertrekken',
			description:
				'Zet de redenen op een rij waarom klanten stoppen met kopen, stel vast welke gelden voor de klanten die je kwijt bent, en werk gericht aan die groep.',
			steps: [
				'Begin bij de gebruikelijke redenen: de klant heeft de markt verlaten, een concurrent heeft hem overgehaald, hij was ontevreden over je service, of hij heeft het gevoel dat je niet om hem geeft.',
				'Stel voor elke groep klanten die gestopt is met kopen vast welke reden geldt.',
				'Werk gericht aan die groep: als de reden bekend is, is de oplossing veel makkelijker te kiezen.'
			]
		},
		'customer-service': {
			name: 'Bied uitstekende klantenservice',
			description:
				'Help klanten vóór, tijdens en na de verkoop, snel en hoffelijk. Slechte service is een van de meest voorkomende redenen waarom klanten niet opnieuw kopen.',
			steps: [
				'Help klanten vóór, tijdens en na de verkoop, en neem contact op voordat ze erom hoeven te vragen.',
				'Wees er wanneer klanten je nodig hebben, zo mogelijk de klok rond. Een livechat (bijvoorbeeld Facebook Messenger) beantwoordt vragen snel en bewaart de vragen die binnenkomen terwijl je offline bent.',
				'Wees hoffelijk en respectvol, en luister naar wat de klant zegt.',
				'Antwoord in realtime en los elke vraag zo vroeg mogelijk op.',
				'Maak service na de verkoop het hart van je inspanningen voor loyaliteit, zoals Amazon doet met de kwaliteit van zijn service.',
				'Maak met snelle, deskundige hulp van een ontevreden, boze klant een tevreden klant.'
			]
		},
		'priority-support': {
			name: 'Voorrang bij de klantenservice voor je beste klanten',
			description:
				'Rangschik klanten naar hun totale besteding en geef de toppers een hoger serviceniveau: snellere antwoorden, snellere levering en een langere retourtermijn.',
			steps: [
				'Rangschik klanten naar hun totale omzet (totale besteding) en bepaal op basis daarvan serviceniveaus.',
				'Zet de verzoeken van de hoogste niveaus vooraan in de wachtrij van je helpdesk- of ticketsysteem.',
				'Bied hun snelle levering, een ruimer retourbeleid en snelle reacties.'
			]
		},
		'easy-returns': {
			name: 'Maak retourneren makkelijk',
			description:
				'Een eenvoudig, ruimhartig retourproces maakt opnieuw kopen veilig; je beste klanten kunnen een nog langere retourtermijn krijgen.',
			steps: [
				'Maak het retourneren van een artikel eenvoudig, zoals Amazon klanten wint met makkelijk retourneren.',
				'Geef je beste klanten een ruimer retourbeleid.'
			]
		},
		'collect-feedback': {
			name: 'Vraag om feedback',
			description:
				'Geef klanten een plek om te zeggen wat ze vinden van het kopen bij jou en van wat ze hebben gekocht, en gebruik dat om drempels weg te nemen.',
			steps: [
				'Mail klanten na een aankoop over hun ervaring: ‘Vond je het afrekenen makkelijk?’ of ‘Wat zou je veranderen om het afrekenen makkelijker te maken?’',
				'Vraag op dezelfde manier naar het product dat ze hebben gekocht.',
				'Bied proactieve livechat om in realtime feedback te verzamelen en drempels vóór de aankoop weg te nemen.',
				'Houd korte enquêtes, bijvoorbeeld een kleine inschuifenquête die verschijnt terwijl een klant op de site rondkijkt.',
				'Controleer regelmatig of klanten tevreden zijn met je producten en service; kant-en-klare enquêtesjablonen helpen daarbij.',
				'Luister naar wat klanten willen voordat je een loyaliteitsprogramma ontwerpt.'
			]
		},
		'reviews-testimonials': {
			name: 'Vraag om reviews en getuigenissen',
			description:
				'Reviews zijn sociaal bewijs: ze vertellen kopers dat je winkel te vertrouwen is, en de kritische laten zien wat je kunt verbeteren.',
			steps: [
				'Vraag klanten om commentaar op je producten en service, goed of slecht: goede reviews wekken vertrouwen, slechte laten zien wat beter kan.',
				'Zet een sterrenbeoordeling op de bedankpagina, zodat klanten de winkel kunnen beoordelen wanneer ze een aankoop afronden, met een optionele opmerking.',
				'Laat productkenners (klanten die een product vaak kopen) optreden in uitlegvideo’s.',
				'Toon reviews en videogetuigenissen op productpagina’s en elders op de website, gebruik ze in promoties en deel ze op sociale media.'
			]
		},
		'customer-accounts': {
			name: 'Bied klantaccounts aan',
			description:
				'Een account maakt de volgende aankoop sneller en brengt klanten terug naar een winkel die ze makkelijk vonden. Maak aanmelden moeiteloos.',
			steps: [
				'Laat klanten een account met hun gegevens aanhouden, zodat opnieuw kopen minder moeite kost.',
				'Aanmelden voelt als een verplichting, dus maak het account automatisch aan voor het e-mailadres dat bij het afrekenen is gebruikt.',
				'Laat klanten op elk moment inloggen op hun account, zonder aparte registratie.'
			]
		},
		'simplify-checkout': {
			name: 'Vereenvoudig het afrekenen',
			description:
				'Klanten kopen sneller opnieuw als betalen snel en makkelijk gaat: bewaar hun gegevens, haal afleidingen weg en bevestig duidelijk.',
			steps: [
				'Vul voor terugkerende klanten de velden die hetzelfde blijven (naam, adres, kaartgegevens) automatisch in.',
				'Werk de pagina dynamisch bij (AJAX) in plaats van haar opnieuw te laden.',
				'Haal afleidingen zoals het hoofdmenu weg; houd alleen de noodzakelijke velden, betaling en bezorging over.',
				'Maakt de klant een fout, wijs die dan aan met een duidelijke melding die zegt wat de volgende stap is.',
				'Vermeld na de bestelling duidelijk de datum en het tijdstip van levering en stuur een orderbevestiging per e-mail of bericht.',
				'Zorg dat afrekenen op elk apparaat soepel werkt; overweeg afrekenen in één stap.',
				'Zoek uit waardoor shoppers afhaken: hoge kosten, slechte betaalmogelijkheden, een trage site, contactgegevens opnieuw moeten intypen.'
			]
		},
		'personalised-email': {
			name: 'Stuur gepersonaliseerde e-mails',
			description:
				'E-mails die zijn afgestemd op de naam, woonplaats, interesses en het gedrag van elke klant vallen op in een volle inbox en brengen klanten vaker terug.',
			steps: [
				'Gebruik de naam van de ontvanger in de onderwerpregel, de aanhef en de tekst.',
				'Stuur inhoud die bij de locatie past, zoals winkels in de buurt en lokale aanbiedingen.',
				'Segmenteer abonnees zo precies mogelijk en schrijf voor elk segment: een dierenwinkel hoort geen hondenproducten naar kattenbezitters te sturen.',
				'Stem de boodschap af op het gedrag: betrokken abonnees krijgen productdemo’s en tips, een klant die een product wilde, krijgt er een kortingsbon voor, een bezoeker die in één categorie rondkijkt, krijgt aanbevelingen daaruit.',
				'Zet kortingscodes en promoties bewust in, en zorg dat elke e-mail opvalt tussen alles wat er verder in de inbox staat.'
			]
		},
		'automated-email-flows': {
			name: 'Automatiseer e-mails die worden getriggerd door wat klanten doen',
			description:
				'E-mails die vanzelf vertrekken wanneer een klant zich inschrijft, voor het eerst koopt, een bestelling bevestigt of om een retour vraagt, bereiken de juiste persoon op het juiste moment.',
			steps: [
				'Koppel je e-mailtool aan je winkel en je CRM, zodat e-mails worden getriggerd door acties: inschrijven, een eerste aankoop, een verlaten winkelwagen, een orderbevestiging, een retourverzoek.',
				'Voeg e-mails toe voor loyaliteitsmomenten, zoals een product dat aan de favorieten is toegevoegd of een tweede bestelling.',
				'Bepaal per e-mail of er een kortingsbon bij zit.',
				'Volg gedrag per segment in plaats van per persoon, en stem het moment van verzenden daarop af.'
			]
		},
		'abandoned-cart-recovery': {
			name: 'Win verlaten winkelwagens terug',
			description:
				'De meeste winkelwagens worden achtergelaten voordat de bestelling is geplaatst. Neem contact op met de shoppers die de hunne lieten staan en haal ze terug, zo nodig met een extraatje.',
			steps: [
				'Volg verlaten winkelwagens met je winkelplatform of je tool voor e-mailautomatisering.',
				'Stuur automatisch een herinnering wanneer een winkelwagen wordt verlaten.',
				'Nodig de shopper uit om terug te komen en de aankoop af te ronden, zo nodig met een korting, kortingsbon of cadeau.',
				'Pak de oorzaken aan die je vindt: hoge kosten, slechte betaalmogelijkheden, een trage site, contactgegevens opnieuw moeten invoeren.'
			]
		},
		'sms-marketing': {
			name: 'Voer een sms-campagne',
			description:
				'Sms’jes aan klanten die daarvoor hebben gekozen, zijn een directe, persoonlijke manier om kortingsbonnen en kortingscodes te bezorgen.',
			steps: [
				'Laat klanten zelf kiezen of ze sms’jes willen ontvangen.',
				'Gebruik sms’jes om kortingsbonnen en kortingscodes te bezorgen.',
				'Ga zorgvuldig met het kanaal om: via sms praten vrienden en familie met elkaar, waardevolle ruimte voor een merk.'
			]
		},
		'loyalty-program': {
			name: 'Start een loyaliteitsprogramma',
			description: 'Beloon klanten voor het terugkomen: hoe meer ze kopen of meedoen, hoe meer ze verdienen.',
			steps: [
				'Beloon terugkerende klanten: hoe meer ze bij het merk kopen of zich ermee bezighouden, hoe groter de beloning.',
				'Kies voordelen die bij je winkel passen: kortingen, inwisselbare punten, merchandise, speciale evenementen.',
				'Geef na de eerste aankoop cashback of punten, in te wisselen bij de volgende.',
				'Laat klanten in de loop van de tijd punten of kortingen sparen.',
				'Werk samen met andere bedrijven voor beloningen op hogere niveaus, bijvoorbeeld spabehandelingen voor klanten die een bepaald niveau bereiken.',
				'Plan het als een blijvend programma: het kost meer tijd en moeite (CRM, content) dan geld, en het moet berusten op wat klanten zeggen te willen.'
			]
		},
		'loyal-customer-discounts': {
			name: 'Regelmatige kortingen voor trouwe klanten',
			description:
				'Stuur trouwe klanten af en toe kortingsbonnen en houd die kortingen exclusief, zodat ze loyaliteit belonen in plaats van alleen verkeer op te leveren.',
			steps: [
				'Stuur trouwe klanten regelmatig kortingsbonnen met de kortingsfunctie van je winkelplatform.',
				'Varieer het aanbod: een percentage van de hele bestelling af (bijvoorbeeld 10%) of gratis verzending.',
				'Maak kortingen exclusief: alleen beschikbaar na een aankoop, na een bepaalde winkelperiode of in een speciaal seizoen.',
				'Houd ze gescheiden van kortingen voor nieuwe klanten, die bezoekers opleveren maar geen loyaliteit opbouwen.'
			]
		},
		'birthday-rewards': {
			name: 'Beloningen voor verjaardagen en jubilea',
			description:
				'Een persoonlijk bericht, cadeau of kortingsbon op de verjaardag of het jubileum van een klant laat zien dat je aan hem denkt.',
			steps: [
				'Stuur klanten persoonlijke berichten of cadeaus op hun verjaardag of jubileum.',
				'Voeg een verjaardagskorting of kortingsbon toe.',
				'Automatiseer het met een loyaliteitstool, zodat niemand wordt vergeten.'
			]
		},
		'vip-early-access': {
			name: 'Besloten verkopen en vip-evenementen',
			description:
				'Beloon trouwe klanten met vroege of besloten toegang tot nieuwe producten en met uitnodigingen voor bedrijfsevenementen.',
			steps: [
				'Geef trouwe klanten vroege of besloten toegang tot de verkoop van nieuwe producten.',
				'Nodig trouwe klanten uit voor bedrijfsevenementen.',
				'Plan het ruim vooruit: het kost meer tijd dan budget.'
			]
		},
		'paid-membership': {
			name: 'Betaald vip-lidmaatschap',
			description:
				'Klanten betalen vooraf voor een jaar vip-voordelen, zoals bij Amazon Prime, waarvan het jaarbedrag (99 dollar toen het Nederlandse artikel over terugkerende verkoop werd geschreven) gratis verzending zonder minimale bestelling oplevert.',
			steps: [
				'Bied een lidmaatschap aan dat vooraf wordt betaald, bijvoorbeeld per jaar.',
				'Geef leden daarvoor vip-voordelen terug, zoals gratis verzending zonder minimaal aankoopbedrag.'
			]
		},
		'shipping-perks': {
			name: 'Betere verzending voor vaste kopers',
			description:
				'Houd je vaakst kopende klanten vast door hun bezorging te upgraden of hun lagere verzendtarieven te geven.',
			steps: [
				'Bepaal vanaf welk aantal bestellingen of welke besteding iemand een vaste koper is, bijvoorbeeld 10 artikelen of 2.000 dollar per maand.',
				'Maak een lijst van de klanten die daarbinnen vallen.',
				'Upgrade hun bezorging, of bied hun lagere verzendtarieven.'
			]
		},
		'referral-program': {
			name: 'Start een doorverwijsprogramma',
			description:
				'Beloon bestaande klanten die nieuwe aanbrengen: klanten die je al aanprijzen, worden ambassadeurs die hun netwerk voor je openen.',
			steps: [
				'Beloon bestaande klanten voor elke nieuwe klant die ze aanbrengen; een goed gekozen beloning maakt hen tot sterke ambassadeurs.',
				'Vind je promotors met een enquête voor de Net Promoter Score. (Het Russische artikel over segmentatie telt scores van 5 en hoger op een schaal van 1–10; de standaard-NPS telt alleen 9 en 10 als promotor.)',
				'Zoek de klanten op die je online en offline aanprijzen, en steun ze.',
				'Beloon doorverwijzingen met cadeaubonnen, kortingsbonnen, kortingen of cadeaus.'
			]
		},
		'social-media': {
			name: 'Blijf in contact via sociale media',
			description:
				'Deel inhoud die je publiek interessant vindt, reageer daar op je publiek en houd je kanalen actueel, zodat bestaande klanten zien dat je er nog steeds voor hen bent.',
			steps: [
				'Plaats inhoud die je volgers echt interessant vinden; die hoeft niet over je merk te gaan of door jou gemaakt te zijn.',
				'Zie sociale netwerken als servicekanaal: wees bereikbaar voor vragen en zorgen, en voor goede en slechte reviews.',
				'Organiseer wedstrijden om activiteit rond je producten te creëren.',
				'Houd je socialemediaplan in de pas met trends en vernieuw je visuele identiteit, zodat bestaande klanten zien dat je nog steeds met hen verbonden bent.'
			]
		},
		'long-term-relationship': {
			name: 'Begin een relatie in plaats van een verkoop te sluiten',
			description:
				'Richt je op de waarde van elke klant op lange termijn in plaats van op de volgende bestelling: een tevreden klant is een trouwe klant.',
			steps: [
				'Beoordeel je inspanningen op hun voordeel op lange termijn, niet op de vraag of één verkoop is gesloten.',
				'Houd in elke fase van de levenscyclus van de klant de juiste houding tegenover klanten aan.',
				'Overtref de verwachtingen van klanten en blijf bereikbaar.'
			]
		},
		'cross-sell': {
			name: 'Cross-sell op basis van de aankoopgeschiedenis',
			description:
				'Beveel producten aan die passen bij wat de klant kocht: scheerschuim voor wie een scheermes kocht, geen kinderspeelgoed.',
			steps: [
				'Beveel producten aan die verband houden met wat de klant koopt of heeft gekocht.',
				'Segmenteer klanten naar productcategorie en aankoopgeschiedenis, cross-sell binnen dezelfde categorie en bouw campagnes rond specifieke producten.',
				'Automatiseer cross-sell-e-mails in je e-mailmarketingplatform.',
				'Voeg rubrieken als ‘anderen kochten ook’ of ‘onze tips voor jou’ toe aan bedankmails.'
			]
		},
		'win-back-email': {
			name: 'Activeer klanten die stil zijn geworden opnieuw',
			description:
				'Schrijf abonnees en klanten aan die niet meer reageren, om te horen hoe ze erover denken en hulp aan te bieden, in plaats van hun nog meer van dezelfde promoties te sturen.',
			steps: [
				'Segmenteer je lijst naar gedrag en zoek de mensen die zich hebben ingeschreven of hebben gekocht maar sindsdien niet meer hebben gereageerd.',
				'Stuur hun e-mails waarvan de tekst en de call-to-action vragen hoe ze erover denken en hen uitnodigen om contact op te nemen met de klantenservice.',
				'Blijf betrokken abonnees productdemo’s en tips sturen, zodat ze tevreden en trouw blijven.'
			]
		},
		'retargeting-ads': {
			name: 'Retargetingadvertenties',
			description:
				'Advertenties die mensen de producten tonen die ze onlangs bekeken, kochten of waarvoor ze interesse toonden, werken beter dan algemene banners, die mensen leren te negeren.',
			steps: [
				'Toon de producten, aanbiedingen of diensten die de persoon onlangs heeft bekeken, gekocht of waarvoor hij interesse toonde.',
				'Creëer urgentie: de angst om iets te missen.',
				'Verwerk overtuigende succesverhalen van klanten in de advertentietekst.',
				'Toon producten die de recente aankoop van de klant aanvullen.',
				'Haal passieve klanten terug door hen aan hun eerdere aankopen te herinneren.'
			]
		}
	},
	facts: {
		'acquisition-cost-5x': {
			claim: (p: { value: string }) =>
				`Een nieuwe klant aantrekken kost ${p.value} keer zoveel als een bestaande klant behouden.`
		},
		'repeat-revenue-40': {
			claim: (p: { value: string }) =>
				`Regelmatige omzet van terugkerende klanten kan de gemiddelde totale omzet van een webwinkel met wel ${p.value} verhogen.`
		},
		'service-premium-24': {
			claim: (p: { value: string }) =>
				`Klanten zijn vaak bereid tot ${p.value} meer te betalen voor een goede klantervaring.`
		},
		'service-loyalty-57': {
			claim: (p: { value: string }) =>
				`${p.value} van de consumenten zegt dat goede klantenservice doorslaggevend is voor hun trouw aan een merk.`
		},
		'cross-sell-profit-30': {
			claim: (p: { value: string }) => `Goed uitgevoerde cross-selling verhoogt de winst met ${p.value}.`
		},
		'cart-abandonment-76': {
			claim: (p: { value: string }) =>
				`Wereldwijd wordt ongeveer ${p.value} van de online winkelwagens verlaten voordat de bestelling is geplaatst.`
		},
		'reviews-trust-84': {
			claim: (p: { value: string }) => `${p.value} van de klanten vertrouwt online reviews.`,
			note: 'Het Russische artikel over segmentatie schrijft ‘Brighton Local’. De jaarlijkse Local Consumer Review Survey van BrightLocal vraagt of mensen online reviews evenveel vertrouwen als persoonlijke aanbevelingen; de antwoorden varieerden van 79% (2013) tot 88% (2014), en welke editie 84% opleverde, is niet bevestigd.'
		},
		'email-overload-gen-z': {
			claim: (p: { value: string }) =>
				`${p.value} van generatie Z vindt dat ze ‘te veel’ e-mails van merken krijgt.`
		},
		'email-overload-millennials': {
			claim: (p: { value: string }) =>
				`${p.value} van de millennials vindt dat ze ‘te veel’ e-mails van merken krijgen.`
		}
	},
	factSource: (p: { source: string; seed: string }) => `${p.source}, aangehaald in ${sourceName(p.seed)}`,
	factNoSource: (p: { seed: string }) => `Uit ${sourceName(p.seed)}, dat er zelf geen bron voor noemt`,
	levers: {
		retention: 'Klantbehoud',
		frequency: 'Aankoopfrequentie',
		orderValue: 'Bestelwaarde',
		winBack: 'Terugwinnen'
	},
	efforts: {
		low: 'Weinig inspanning',
		medium: 'Gemiddelde inspanning',
		high: 'Veel inspanning'
	},
	segments: {
		champions: 'Kampioenen',
		loyal: 'Trouwe klanten',
		'potential-loyalists': 'Potentieel trouwe klanten',
		new: 'Nieuwe klanten',
		'at-risk': 'Risicoklanten',
		'cant-lose': 'Mag je niet kwijtraken',
		hibernating: 'Slapende klanten',
		lost: 'Verloren klanten',
		'high-frequency': 'Frequente kopers',
		'top-1-percent': 'Top 1% naar totale besteding',
		'top-10-percent': 'Top 10% naar totale besteding',
		'one-time': 'Eenmalige kopers',
		lapsed: 'Afgehaakte kopers',
		all: 'Alle klanten'
	},
	leverLabel: 'Hefboom',
	effortLabel: 'Inspanning',
	segmentsLabel: 'Geschikt voor',
	metricLabel: 'Maatstaf om te volgen',
	seedsLabel: 'Genoemd in',
	stepsLabel: 'Zo pak je het aan',
	factsLabel: 'Waarom het ertoe doet',
	seed: (p: { seed: string }) => sourceName(p.seed),
	idLabel: (p: { id: string }) => `Tactiek-id: ${p.id}`
};

export default tactics;
