import type en from '../en/charts';
import type { Catalogue } from '../messages';

/** Visu diagrammu ietvars: tabulas pārslēgs, tukšs stāvoklis, tastatūras norādes, punktu apraksti. */
const charts: Catalogue<typeof en> = {
	showTable: 'Rādīt kā tabulu',
	hideTable: 'Paslēpt tabulu',
	empty: 'Pagaidām nav datu, ko parādīt.',
	noValue: 'nav vērtības',
	legend: 'Leģenda',
	points: (p: { title: string }) => `${p.title}: datu punkti. Pārvietojieties starp tiem ar bulttaustiņiem.`,
	point: (p: { series: string; x: string; value: string }) => `${p.series}, ${p.x}: ${p.value}`,
	cell: (p: { row: string; column: string; value: string }) => `${p.row}, ${p.column}: ${p.value}`,
	highlight: 'Izcelt',
	highlightNone: 'Bez izcelšanas',
	notObserved: 'Vēl nav novērots',
	colourScale: 'Krāsu skala',
	scrollHint: 'Ritiniet uz sāniem, lai redzētu visas kolonnas.'
};

export default charts;
