import type en from '../en/common';
import type { Catalogue } from '../messages';

/** Teksts, kas kopīgs visām lapām: ietvars, navigācija, vispārīgas pogas un stāvokļi. */
const common: Catalogue<typeof en> = {
	appName: 'Retention Lab',
	tagline: 'Izprotiet un uzlabojiet klientu noturēšanu — privāti, savā pārlūkā.',
	skipToContent: 'Pāriet uz saturu',
	navLabel: 'Galvenā navigācija',
	nav: {
		home: 'Sākums',
		calculators: 'Kalkulatori',
		data: 'Dati',
		analysis: 'Analīze',
		benchmarks: 'Etaloni',
		planner: 'Plānotājs'
	},
	menu: 'Izvēlne',
	settings: 'Iestatījumi',
	currency: 'Valūta',
	language: 'Valoda',
	theme: 'Krāsu tēma',
	themes: { system: 'Kā sistēmā', light: 'Gaišā', dark: 'Tumšā' },
	privacyFooter:
		'Viss, ko ievadāt vai importējat, paliek šajā pārlūkā. Nekas netiek augšupielādēts, nav ne konta, ne izsekošanas.',
	loading: 'Ielādē…',
	save: 'Saglabāt',
	load: 'Ielādēt',
	delete: 'Dzēst',
	cancel: 'Atcelt',
	close: 'Aizvērt',
	rename: 'Pārdēvēt',
	export: 'Eksportēt',
	confirm: 'Apstiprināt',
	yes: 'Jā',
	no: 'Nē',
	notFoundTitle: 'Lapa nav atrasta',
	notFoundText: 'Šajā adresē nav nevienas lapas.',
	errorTitle: 'Kaut kas nogāja greizi',
	backHome: 'Atpakaļ uz sākumlapu',
	storageUnavailable:
		'Šis pārlūks neļauj vietnei glabāt datus (privātais režīms vai krātuve ir atspējota), tāpēc neko nevar saglabāt.',
	period: {
		month: 'mēnesis',
		quarter: 'ceturksnis',
		year: 'gads'
	},
	periodLabel: 'Periods',
	listSeparator: ', ',
	sameName: (p) => `${p.name} (${p.n})`,
	quoted: (p: { text: string }) => `“${p.text}”`,
	labelled: (p: { label: string; value: string }) => `${p.label}: ${p.value}`,
	/** Īsā forma kā mēnešiem (“2024. g. marts”): 2024. g. 1. cet. */
	quarter: (p: { quarter: string; year: string }) => `${p.year}. g. ${p.quarter}. cet.`,
	monthSpan: (p: { from: string; to: string }) => `${p.from} – ${p.to}`,
	pointsSuffix: ' p. p.',
	periodAdjective: {
		month: 'pa mēnešiem',
		quarter: 'pa ceturkšņiem',
		year: 'pa gadiem'
	},
	noSuchDataset: (p: { id: string }) => `Šajā pārlūkā nav datu kopas “${p.id}”. Izvēlieties kādu no šīm:`,
	update: {
		ready: 'Ir gatava jauna Retention Lab versija.',
		reload: 'Pārlādēt',
		workerGone: 'Retention Lab tika atjaunināts — pārlādējiet lapu.'
	},
	storage: {
		upgraded:
			'Retention Lab tika atjaunināts citā cilnē. Pārlādējiet šo lapu, lai turpinātu; līdz tam šeit nekas netiek saglabāts.',
		deleted:
			'Šīs vietnes dati tika izdzēsti citā cilnē. Pārlādējiet šo lapu; līdz tam šeit nekas netiek saglabāts.',
		blocked:
			'Retention Lab tiek atjaunināts, bet cita cilne ar to vēl ir atvērta. Aizveriet pārējās cilnes, lai pabeigtu atjaunināšanu.',
		newer: (p: { stored: string; known: string }) =>
			`Dati šajā pārlūkā saglabāti ar jaunāku Retention Lab versiju (datubāzes versija ${p.stored}; šī versija pazīst līdz ${p.known}). Lai tos pasargātu, šeit nekas netiek saglabāts. Pārlādējiet, lai saņemtu jaunāko versiju, vai lejupielādējiet datu rezerves kopiju.`,
		backup: 'Lejupielādēt rezerves kopiju'
	}
};

export default common;
