import type en from '../en/home';
import type { Catalogue } from '../messages';

/** Sākumlapa: trīs veidi, kā izmantot rīku, un privātuma solījums. */
const home: Catalogue<typeof en> = {
	title: 'Klientu noturēšana — izmērīta un uzlabota',
	intro: 'Retention Lab pārvērš e-komercijas klientu noturēšanas formulas un taktikas lietojamos rīkos: kalkulatoros galvenajiem rādītājiem, jūsu pašu pasūtījumu analīzē, nozaru etalonos un taktiku plānā.',
	usesHeading: 'Trīs veidi, kā to izmantot',
	visitorTitle: 'Aprēķināt',
	visitorText:
		'Aprēķiniet klientu noturēšanas rādītāju, klientu aizplūšanu, klienta mūža vērtību, pasūtījuma vērtību, pirkumu biežumu, atkārtoto pircēju īpatsvaru, LTV:CAC un NPS. Katrs rezultāts parāda formulu ar jūsu skaitļiem.',
	visitorCta: 'Atvērt kalkulatorus',
	merchantTitle: 'Analizēt savus pasūtījumus',
	merchantText:
		'Ievelciet šeit pasūtījumu eksportu no Shopify, WooCommerce vai jebkuru CSV failu. Jūs iegūsiet noturēšanu pa periodiem, kohortas, klientu segmentus un prognozēto mūža vērtību — viss tiek aprēķināts jūsu pārlūkā.',
	merchantCta: 'Importēt pasūtījumus',
	educatorTitle: 'Mācīt formulas',
	educatorText:
		'Parādiet aprēķinu soli pa solim, ielādējiet mācību piemērus un kopīgojiet saiti, kas atver tieši tādu pašu aprēķinu.',
	educatorCta: 'Sākt ar CRR piemēru',
	privacyHeading: 'Jūsu dati nekad nepamet šo pārlūku',
	privacyPoints: [
		'Faili tiek nolasīti un analizēti jūsu ierīcē, fona procesā (worker).',
		'Datu kopas, scenāriji un plāni tiek glabāti tikai šajā pārlūkā (IndexedDB), un tos var jebkurā brīdī izdzēst.',
		'Vietne nesūta pieprasījumus nevienam citam serverim: nekādas analītikas, nekādu fontu vai skriptu no citurienes.'
	],
	alsoHeading: 'Un tad',
	alsoText:
		'Salīdziniet savus rādītājus ar publicētiem nozaru etaloniem — katram norādīts avots, gads un precīza definīcija — un pārvērtiet secinājumus klientu noturēšanas taktiku kontrolsarakstā.'
};

export default home;
