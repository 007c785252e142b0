import type en from '../en/compare';
import type { Catalogue } from '../messages';

/** Teksten van de pagina die twee gegevenssets naast elkaar zet. */
const compare: Catalogue<typeof en> = {
	title: 'Twee gegevenssets vergelijken',
	link: 'Twee gegevenssets naast elkaar vergelijken (twee winkels, of twee exports)',
	intro: 'Twee winkels, of twee exports van één winkel, naast elkaar: dezelfde instellingen en periode voor beide, berekend in deze browser.',
	datasetA: 'Gegevensset A',
	datasetB: 'Gegevensset B',
	needTwo:
		'Voor een vergelijking zijn twee gegevenssets met afzonderlijke bestellingen nodig. Importeer eerst nog een.',
	importMore: 'Bestellingen importeren',
	sameTwice: 'Kies twee verschillende gegevenssets.',
	computing: 'Beide gegevenssets worden geanalyseerd…',
	failed: (p: { detail: string }) => `De vergelijking is mislukt: ${p.detail}`,
	unknownCurrency: 'een onbekende valuta',
	currencyNote: (p: { nameA: string; a: string; nameB: string; b: string }) =>
		`${p.nameA} is in ${p.a} en ${p.nameB} in ${p.b}. Bedragen staan elk in hun eigen valuta en worden niet met elkaar vergeleken of opgeteld.`,
	spanNote: (p: { nameA: string; fromA: string; toA: string; nameB: string; fromB: string; toB: string }) =>
		`De gegevenssets beslaan verschillende dagen: ${p.nameA} van ${p.fromA} tot en met ${p.toA}, ${p.nameB} van ${p.fromB} tot en met ${p.toB}. Kies een periode binnen de dagen die beide beslaan om gelijke dingen te vergelijken.`,
	sharedSpan: (p: { from: string; to: string }) => `Beide beslaan ${p.from} tot en met ${p.to}.`,
	noSharedSpan: 'Ze hebben geen enkele dag gemeen, dus geen periode geldt voor beide.',
	revenueNote: (p: { nameA: string; a: string; nameB: string; b: string }) =>
		`De omzet is verschillend gemeten: ${p.nameA} als ‘${p.a}’, ${p.nameB} als ‘${p.b}’.`,
	rangeApplied: (p: { from: string; to: string }) =>
		`Beide zijn beperkt tot ${p.from} – ${p.to}; een klant die daarvóór kocht, is een terugkerende klant, geen nieuwe.`,
	allOrders: 'Alle bestellingen van elke gegevensset.',
	kpiHeading: 'Kerncijfers',
	kpiCaption: 'Kerncijfers van de twee gegevenssets',
	figure: 'Cijfer',
	revenue: 'Omzet',
	exportKpis: 'Kerncijfers downloaden (CSV)',
	basis: {
		extrapolated: 'geëxtrapoleerd uit minder dan een jaar aan gegevens',
		tooShort: 'niet per jaar gegeven: minder dan 90 dagen aan gegevens',
		notMeasurable: 'nog niet meetbaar',
		windowShort: 'niet meetbaar: het activiteitsvenster is korter dan de periode',
		aboveHundred: 'boven 100 %: klanten kwamen terug na een onderbreking'
	},
	periodCell: (p: { period: string; s: string; e: string; n: string }) => `${p.period}: S ${p.s}, E ${p.e}, N ${p.n}`,
	periodsDiffer: (p: { a: string; b: string }) =>
		`Niet dezelfde periode: de laatste meetbare periode van A is ${p.a}, die van B ${p.b}. Kies een datumbereik dat voor beide in dezelfde periode eindigt om gelijk met gelijk te vergelijken.`,
	retentionHeading: 'Retentie per periode',
	chartTitle: (p: { period: string }) => `Klantretentie per ${p.period}, beide gegevenssets`,
	chartDescription:
		'De CRR van elke gegevensset per periode, waar die meetbaar is. Een periode die een gegevensset niet beslaat of niet kan meten, heeft geen punt.',
	noPeriod: 'geen gegevens',
	exportPeriods: 'Perioden downloaden (CSV)'
};

export default compare;
