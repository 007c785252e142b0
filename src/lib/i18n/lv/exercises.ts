import type en from '../en/exercises';
import type { Catalogue } from '../messages';

/** Vingrinājumu lapu teksti: ģenerēti vingrinājumi katram kalkulatoram. */
const exercises: Catalogue<typeof en> = {
	title: (p) => `Vingrinājumi: ${p.calculator}`,
	linkFromCalculator: 'Vingrināties ar uzdevumiem',
	backToCalculator: (p) => `Atpakaļ uz: ${p.calculator}`,
	intro: 'Aprēķiniet katru rezultātu paši un tad pārbaudiet atbildi. Atbilde ir paslēpta, līdz to pārbaudāt.',
	tolerance:
		'Atbilde ir pareiza, ja tā atšķiras no precīzās vērtības ne vairāk kā par 0,5 % vai sakrīt ar rezultātu, kā to noapaļo kalkulators. Ierakstiet tikai skaitli: % zīmi vai valūtas simbolu var nerakstīt.',
	setSummary: (p) => `Uzdevumu skaits: ${p.count}; komplekta numurs ${p.seed}.`,
	exercise: (p) => `${p.n}. uzdevums`,
	given: 'Dots:',
	find: (p) => `Atrast: ${p.result}.`,
	percentHint: 'Procentos, piemēram, 45,5',
	unitHint: (p) => `Rezultāta vienībās (${p.unit})`,
	yourAnswer: 'Jūsu atbilde',
	check: 'Pārbaudīt atbildi',
	right: 'Pareizi.',
	notQuite: 'Ne gluži.',
	unreadable: 'To nevar nolasīt kā skaitli. Ierakstiet ciparus, piemēram, 45,5.',
	empty: 'Vispirms ierakstiet atbildi.',
	yours: (p) => `Jūsu atbilde: ${p.value}.`,
	decimalAnswer: (p) =>
		`“${p.text}” tika nolasīts kā ${p.value}: šajā valodā “${p.decimal}” ir decimālzīme; ja domāts ${p.grouped}, rakstiet bez tās.`,
	groupedAnswer: (p) =>
		`“${p.text}” tika nolasīts kā ${p.value}: šajā valodā “${p.group}” atdala tūkstošus; decimāldaļu raksta ar “${p.decimal}”.`,
	solution: 'Risinājums',
	answer: (p) => `${p.label}: ${p.value}`,
	newSet: 'Jauns komplekts',
	copyLink: 'Kopēt saiti uz šo komplektu',
	linkCopied: 'Saite nokopēta. Atverot to, tiek parādīti tie paši uzdevumi.',
	copyFailed: 'Pārlūks neatļāva kopēt. Atlasiet zemāk esošo saiti un nokopējiet to:',
	linkLabel: 'Saite uz šo uzdevumu komplektu',
	loading: 'Sagatavo uzdevumus…'
};

export default exercises;
