import type en from '../en/exercises';
import type { Catalogue } from '../messages';

/** Teksten van de oefenpagina's: gegenereerde oefeningen bij elke calculator. */
const exercises: Catalogue<typeof en> = {
	title: (p) => `Oefeningen: ${p.calculator}`,
	linkFromCalculator: 'Oefenen met opgaven',
	backToCalculator: (p) => `Terug naar ${p.calculator}`,
	intro: 'Reken elke uitkomst zelf uit en controleer dan je antwoord. Het antwoord blijft verborgen tot je controleert.',
	tolerance:
		'Een antwoord is goed als het minder dan 0,5 % van de exacte waarde afwijkt, of gelijk is aan de uitkomst zoals de calculator die afrondt. Typ alleen het getal: een %-teken of valutasymbool mag je weglaten.',
	setSummary: (p) => `${p.count} opgaven, setnummer ${p.seed}.`,
	exercise: (p) => `Opgave ${p.n}`,
	given: 'Gegeven:',
	find: (p) => `Gevraagd: ${p.result}.`,
	percentHint: 'In procenten, bijvoorbeeld 45,5',
	unitHint: (p) => `In de eenheid van het resultaat (${p.unit})`,
	yourAnswer: 'Jouw antwoord',
	check: 'Controleer mijn antwoord',
	right: 'Goed.',
	notQuite: 'Niet helemaal.',
	unreadable: 'Dit is niet als getal te lezen. Typ cijfers, bijvoorbeeld 45,5.',
	empty: 'Typ eerst je antwoord.',
	yours: (p) => `Jouw antwoord: ${p.value}.`,
	decimalAnswer: (p) =>
		`“${p.text}” is gelezen als ${p.value}: in deze taal is “${p.decimal}” het decimaalteken; bedoel je ${p.grouped}, laat het dan weg.`,
	groupedAnswer: (p) =>
		`“${p.text}” is gelezen als ${p.value}: in deze taal scheidt “${p.group}” de duizendtallen; een decimaal schrijf je met “${p.decimal}”.`,
	solution: 'Uitgewerkte oplossing',
	answer: (p) => `${p.label}: ${p.value}`,
	newSet: 'Nieuwe set',
	copyLink: 'Kopieer de link naar deze set',
	linkCopied: 'Link gekopieerd. Wie hem opent, ziet dezelfde opgaven.',
	copyFailed: 'De browser stond kopiëren niet toe. Selecteer de link hieronder en kopieer hem:',
	linkLabel: 'Link naar deze set opgaven',
	loading: 'De opgaven worden klaargezet…'
};

export default exercises;
