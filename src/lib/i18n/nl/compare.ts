import type en from '../en/compare';
import type { Catalogue } from '../messages';
import { dayCount } from './plural';

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
	revenueTwo: (p: { a: string; b: string }) => `A: ${p.a}; B: ${p.b} (verschillend gemeten, niet vergelijkbaar)`,
	assumedOne: (p: { name: string; currency: string }) =>
		`Het bestand van ${p.name} noemt geen valuta: de bedragen staan in ${p.currency}, je instelling, zoals op de analysepagina. Is dat niet hun valuta, wijzig het dan in de instellingen.`,
	assumedBoth: (p: { nameA: string; nameB: string; currency: string }) =>
		`De bestanden van ${p.nameA} en ${p.nameB} noemen geen van beide een valuta: beide staan in ${p.currency}, je instelling, zoals op de analysepagina, en worden dus als één valuta vergeleken. Is dat niet hun valuta, wijzig het dan in de instellingen.`,
	outsideOne: (p: { name: string; from: string; to: string }) =>
		`Het bereik valt buiten de gegevens van ${p.name}: de bestellingen lopen van ${p.from} tot ${p.to}, en het bereik moet binnen de dagen liggen die beide gegevenssets dekken. Kies datums daarbinnen.`,
	outsideBoth: (p: { nameFrom: string; nameTo: string; from: string; to: string }) =>
		`Het bereik valt buiten de dagen die beide gegevenssets dekken: van ${p.from} (de eerste bestelling van ${p.nameFrom}) tot ${p.to} (de laatste bestelling van ${p.nameTo}). Kies datums daarbinnen.`,
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
	exportPeriods: 'Perioden downloaden (CSV)',
	csv: {
		allOrders: 'alle bestellingen',
		yes: 'ja',
		revenueDiffers: (p) => `omzet verschillend gemeten: A als ${p.a}, B als ${p.b}; niet vergelijkbaar`,
		currencyAssumed: (p) =>
			`${p.side}: het bestand noemt geen valuta; ${p.currency} is de instelling van de gebruiker`,
		noData: 'geen gegevens',
		cutByRange: (p) => `afgesneden door het datumbereik: ${p.covered} van ${dayCount(p.days)} erin`,
		partial: (p) => `gedeeltelijk: de gegevens beslaan ${p.covered} van ${dayCount(p.days)}`,
		windowShort: 'niet meetbaar: het activiteitsvenster is korter dan de periode',
		baseBuilding: (p) => `basis nog in opbouw: meetbaar vanaf ${p.from}`,
		noBase: 'geen klanten aan het begin'
	}
};

export default compare;
