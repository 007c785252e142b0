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
	theme: 'Thema',
	themes: { system: 'Systeem', light: 'Licht', dark: 'Donker' },
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
	sameName: (p) => `${p.name} (${p.n})`,
	quoted: (p: { text: string }) => `‘${p.text}’`,
	labelled: (p: { label: string; value: string }) => `${p.label}: ${p.value}`,
	quarter: (p: { quarter: string; year: string }) => `K${p.quarter} ${p.year}`,
	monthSpan: (p: { from: string; to: string }) => `${p.from} – ${p.to}`,
	pointsSuffix: ' procentpunt',
	periodAdjective: {
		month: 'per maand',
		quarter: 'per kwartaal',
		year: 'per jaar'
	},
	noSuchDataset: (p: { id: string }) => `Er is geen dataset “${p.id}” in deze browser. Kies een van deze:`,
	update: {
		ready: 'Er is een nieuwe versie van Retention Lab klaar.',
		reload: 'Herladen',
		workerGone: 'Retention Lab is bijgewerkt — herlaad de pagina.'
	},
	storage: {
		upgraded:
			'Retention Lab is in een ander tabblad bijgewerkt. Herlaad deze pagina om verder te gaan; tot dan wordt hier niets opgeslagen.',
		deleted:
			'De gegevens van deze site zijn in een ander tabblad verwijderd. Herlaad deze pagina; tot dan wordt hier niets opgeslagen.',
		blocked:
			'Retention Lab wordt bijgewerkt, maar een ander tabblad ermee is nog open. Sluit de andere tabbladen om de update af te ronden.',
		newer: (p: { stored: string; known: string }) =>
			`De gegevens in deze browser zijn opgeslagen door een nieuwere versie van Retention Lab (databaseversie ${p.stored}; deze versie kent tot ${p.known}). Om ze te beschermen wordt hier niets opgeslagen. Herlaad om de nieuwere versie te krijgen, of download een back-up van de gegevens.`,
		backup: 'Back-up downloaden'
	}
};

export default common;
