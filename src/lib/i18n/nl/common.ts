import type en from '../en/common';
import type { Catalogue } from '../messages';

/** Tekst die elke pagina deelt: het kader, de navigatie, algemene knoppen en toestanden. */
const common: Catalogue<typeof en> = {
	appName: 'Retention Lab',
	tagline: 'Klantbehoud begrijpen en verbeteren: privé, in je browser.',
	skipToContent: 'Naar de inhoud',
	navLabel: 'Hoofdmenu',
	nav: {
		home: 'Home',
		calculators: 'Rekentools',
		data: 'Gegevens',
		analysis: 'Analyse',
		benchmarks: 'Benchmarks',
		planner: 'Planner'
	},
	menu: 'Menu',
	settings: 'Instellingen',
	currency: 'Valuta',
	language: 'Taal',
	privacyFooter:
		'Alles wat je invoert of importeert, blijft in deze browser. Er wordt niets geüpload, er is geen account en er wordt niets gevolgd.',
	loading: 'Laden…',
	save: 'Opslaan',
	load: 'Laden',
	delete: 'Verwijderen',
	cancel: 'Annuleren',
	close: 'Sluiten',
	rename: 'Naam wijzigen',
	export: 'Exporteren',
	confirm: 'Bevestigen',
	yes: 'Ja',
	no: 'Nee',
	notFoundTitle: 'Pagina niet gevonden',
	notFoundText: 'Op dit adres staat geen pagina.',
	errorTitle: 'Er is iets misgegaan',
	backHome: 'Terug naar de startpagina',
	storageUnavailable:
		'Deze browser staat niet toe dat de site gegevens opslaat (privémodus of opslag uitgeschakeld), dus er kan niets worden bewaard.',
	period: {
		month: 'maand',
		quarter: 'kwartaal',
		year: 'jaar'
	},
	periodLabel: 'Periode',
	listSeparator: ', ',
	quoted: (p: { text: string }) => `‘${p.text}’`,
	labelled: (p: { label: string; value: string }) => `${p.label}: ${p.value}`,
	quarter: (p: { quarter: string; year: string }) => `K${p.quarter} ${p.year}`,
	pointsSuffix: ' procentpunt',
	periodAdjective: {
		month: 'per maand',
		quarter: 'per kwartaal',
		year: 'per jaar'
	}
};

export default common;
