import type en from '../en/charts';
import type { Catalogue } from '../messages';

/** Het kader van elke grafiek: tabelknop, lege toestand, toetsenbordhints, beschrijvingen van punten. */
const charts: Catalogue<typeof en> = {
	showTable: 'Als tabel tonen',
	hideTable: 'Tabel verbergen',
	empty: 'Nog geen gegevens om te tonen.',
	noValue: 'geen waarde',
	legend: 'Legenda',
	points: (p: { title: string }) => `${p.title}: gegevenspunten. Gebruik de pijltjestoetsen om ertussen te bewegen.`,
	point: (p: { series: string; x: string; value: string }) => `${p.series}, ${p.x}: ${p.value}`,
	cell: (p: { row: string; column: string; value: string }) => `${p.row}, ${p.column}: ${p.value}`,
	highlight: 'Markeren',
	highlightNone: 'Geen',
	notObserved: 'Nog niet waargenomen',
	colourScale: 'Kleurenschaal',
	scrollHint: 'Scroll opzij om alle kolommen te zien.'
};

export default charts;
