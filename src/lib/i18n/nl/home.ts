import type en from '../en/home';
import type { Catalogue } from '../messages';

/** De startpagina: de drie manieren om het product te gebruiken en de privacybelofte. */
const home: Catalogue<typeof en> = {
	title: 'Klantbehoud, gemeten en verbeterd',
	intro: 'Retention Lab maakt van de formules en tactieken voor klantbehoud in e-commerce tools die je meteen kunt gebruiken: rekentools voor de kerncijfers, een analyse van je eigen bestellingen, branchebenchmarks en een plan met tactieken.',
	usesHeading: 'Drie manieren om het te gebruiken',
	visitorTitle: 'Berekenen',
	visitorText:
		'Bereken klantbehoudpercentage, klantverloop, levenslange klantwaarde, bestelwaarde, aankoopfrequentie, herhaalaankooppercentage, LTV:CAC en NPS. Bij elk resultaat staat de formule, ingevuld met jouw getallen.',
	visitorCta: 'Open de rekentools',
	merchantTitle: 'Je bestellingen analyseren',
	merchantText:
		'Sleep een bestellingenexport van Shopify, WooCommerce of een willekeurig CSV-bestand hierheen. Je krijgt klantbehoud per periode, cohorten, klantsegmenten en voorspelde levenslange klantwaarde, berekend in je browser.',
	merchantCta: 'Bestellingen importeren',
	educatorTitle: 'De formules uitleggen',
	educatorText:
		'Laat de berekening stap voor stap zien, laad voorbeelden uit het lesboek en deel een link die precies dezelfde berekening weer opent.',
	educatorCta: 'Begin met het CRR-voorbeeld',
	privacyHeading: 'Je gegevens verlaten deze browser nooit',
	privacyPoints: [
		'Bestanden worden op je eigen apparaat gelezen en geanalyseerd, in een achtergrondproces.',
		'Datasets, scenario’s en plannen worden alleen in deze browser opgeslagen (IndexedDB) en kunnen op elk moment worden verwijderd.',
		'De site stuurt geen verzoeken naar andere servers: geen analytics, geen lettertypen of scripts van elders.'
	],
	alsoHeading: 'En daarna',
	alsoText:
		'Vergelijk je cijfers met gepubliceerde branchebenchmarks, elk met bron, jaar en exacte definitie, en zet wat je vindt om in een checklist met tactieken voor klantbehoud.'
};

export default home;
