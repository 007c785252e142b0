import type en from '../en/tactics';
import type { Catalogue } from '../messages';
import { names } from './sources';

/** A source article's readable name (the Sources page's), for citing it in running text. */
function sourceName(id: string): string {
	return Object.hasOwn(names, id) ? names[id as keyof typeof names] : `avots ${id}`;
}

/** Klientu noturēšanas taktiku katalogs: teksti pēc taktikas ID un uzraksti ap tiem. */
const tactics: Catalogue<typeof en> = {
	title: 'Klientu noturēšanas taktikas',
	items: {
		'measure-retention': {
			name: 'Mēriet noturēšanu un salīdziniet to ar savu nozari',
			description:
				'Aprēķiniet, cik klientu noturat, cik no viņiem pērk atkārtoti un cik vērts ir klients, un salīdziniet šos skaitļus ar savas, nevis kādas citas nozares rādītājiem.',
			steps: [
				'Aprēķiniet klientu noturēšanas rādītāju periodam: CRR = (E − N) / S × 100, kur S ir klienti perioda sākumā, E — beigās, N — šajā laikā piesaistītie jaunie klienti.',
				'Sekojiet klientu aizplūšanai — noturēšanas pretstatam: to klientu daļai, kas periodā aiziet.',
				'Novērtējiet klienta mūža vērtību: CLV = vidējā pasūtījuma vērtība × pirkumu biežums × klienta mūža ilgums, kur mūža ilgums parasti ir no viena līdz trim gadiem.',
				'Salīdziniet ar savas nozares etalonu: skaistumkopšanas zīmola noturēšana neko neizsaka par spēļu veikala noturēšanu.',
				'Nosakiet noturēšanas mērķus, balstoties uz pašreizējo rādītāju un nozares vidējo, un pārbaudiet tos katrā periodā.'
			]
		},
		'churn-reasons': {
			name: 'Noskaidrojiet, kāpēc klienti aiziet',
			description:
				'Uzskaitiet iemeslus, kāpēc klienti pārstāj pirkt, nosakiet, kuri no tiem attiecas uz zaudētajiem klientiem, un strādājiet tieši ar šo grupu.',
			steps: [
				'Sāciet ar biežākajiem iemesliem: klients ir aizgājis no tirgus, viņu pārvilinājis konkurents, viņš ir neapmierināts ar jūsu apkalpošanu vai jūt, ka jums par viņu nerūp.',
				'Nosakiet, kurš iemesls attiecas uz katru klientu grupu, kas pārstājusi pirkt.',
				'Strādājiet tieši ar šo grupu: kad iemesls ir zināms, risinājumu izvēlēties ir daudz vieglāk.'
			]
		},
		'customer-service': {
			name: 'Nodrošiniet izcilu klientu apkalpošanu',
			description:
				'Palīdziet klientiem pirms pārdošanas, tās laikā un pēc tās — ātri un pieklājīgi. Slikta apkalpošana ir viens no biežākajiem iemesliem, kāpēc klienti vairs nepērk.',
			steps: [
				'Apkalpojiet klientus pirms pārdošanas, tās laikā un pēc tās un sazinieties ar viņiem, pirms viņiem pašiem jāprasa.',
				'Esiet pieejami, kad klientiem jūs vajag, — ja iespējams, visu diennakti. Tiešsaistes tērzēšana (piemēram, Facebook Messenger) ļauj ātri atbildēt uz jautājumiem un saglabā tos, kas atsūtīti, kamēr esat bezsaistē.',
				'Esiet pieklājīgi un cieņpilni un uzklausiet, ko klients saka.',
				'Atbildiet reāllaikā un atrisiniet katru jautājumu pēc iespējas agrāk.',
				'Padariet pēcpārdošanas apkalpošanu par lojalitātes darba centru, kā to dara Amazon ar savas apkalpošanas kvalitāti.',
				'Izmantojiet ātru, kompetentu palīdzību, lai neapmierinātu, dusmīgu klientu pārvērstu apmierinātā.'
			]
		},
		'priority-support': {
			name: 'Prioritārs atbalsts labākajiem klientiem',
			description:
				'Sakārtojiet klientus pēc kopējiem tēriņiem un labākajiem nodrošiniet augstāka līmeņa atbalstu: ātrākas atbildes, ātrāku piegādi un garāku preču atgriešanas termiņu.',
			steps: [
				'Sakārtojiet klientus pēc ieņēmumiem visā sadarbības laikā (kopējiem tēriņiem) un pēc tiem nosakiet atbalsta līmeņus.',
				'Virziet augstāko līmeņu klientu pieprasījumus augstāk rindā savā klientu atbalsta pieteikumu sistēmā.',
				'Piedāvājiet viņiem ātru piegādi, pagarinātu atgriešanas termiņu un ātras atbildes.'
			]
		},
		'easy-returns': {
			name: 'Padariet preču atgriešanu vienkāršu',
			description:
				'Vienkāršs un izdevīgs atgriešanas process padara atkārtotu pirkumu drošu; labākajiem klientiem var piedāvāt vēl garāku atgriešanas termiņu.',
			steps: [
				'Padariet preces atgriešanu vienkāršu — tā, kā Amazon piesaista klientus ar vieglu atgriešanu.',
				'Piedāvājiet labākajiem klientiem pagarinātu atgriešanas termiņu.'
			]
		},
		'collect-feedback': {
			name: 'Lūdziet atsauksmes',
			description:
				'Dodiet klientiem iespēju pastāstīt, ko viņi domā par iepirkšanos pie jums un par nopirkto, un izmantojiet to, lai novērstu šķēršļus.',
			steps: [
				'Pēc pirkuma rakstiet klientiem par viņu pieredzi: “Vai pasūtījuma noformēšana bija ērta?” vai “Ko jūs mainītu, lai pasūtījuma noformēšana būtu vieglāka?”',
				'Tādā pašā veidā jautājiet par nopirkto produktu.',
				'Piedāvājiet proaktīvu tiešsaistes tērzēšanu, lai reāllaikā vāktu atsauksmes un novērstu šķēršļus vēl pirms pirkuma.',
				'Veiciet īsas aptaujas, piemēram, nelielu uznirstošu aptauju, kas parādās, kamēr klients pārlūko vietni.',
				'Regulāri pārbaudiet, vai klienti ir apmierināti ar jūsu produktiem un apkalpošanu; palīdzēs gatavas aptauju veidnes.',
				'Pirms veidojat lojalitātes programmu, uzklausiet, ko klienti vēlas.'
			]
		},
		'reviews-testimonials': {
			name: 'Lūdziet atsauksmes un ieteikumus',
			description:
				'Atsauksmes ir sociālais pierādījums: tās pircējiem parāda, ka jūsu veikalam var uzticēties, bet kritiskās atsauksmes parāda, ko uzlabot.',
			steps: [
				'Lūdziet klientus komentēt jūsu produktus un apkalpošanu — gan labi, gan slikti: labas atsauksmes vairo uzticību, sliktas parāda, ko uzlabot.',
				'Pievienojiet pateicības lapai zvaigžņu vērtējuma logrīku, lai klienti, pabeidzot pirkumu, varētu novērtēt veikalu un pēc izvēles pievienot komentāru.',
				'Iesaistiet produktu ekspertus (klientus, kas bieži pērk kādu produktu) skaidrojošos video.',
				'Izvietojiet atsauksmes un video atsauksmes produktu lapās un visā vietnē, izmantojiet tās akcijās un dalieties ar tām sociālajos tīklos.'
			]
		},
		'customer-accounts': {
			name: 'Piedāvājiet klientu kontus',
			description:
				'Konts paātrina nākamo pirkumu un atved klientus atpakaļ uz veikalu, kurā iepirkties bija ērti. Atvieglojiet reģistrēšanos.',
			steps: [
				'Ļaujiet klientiem glabāt savus datus kontā, lai atkārtots pirkums prasītu mazāk pūļu.',
				'Tā kā reģistrēšanās šķiet kā saistības, izveidojiet kontu automātiski pasūtījumā norādītajai e-pasta adresei.',
				'Ļaujiet klientiem jebkurā laikā pieteikties savā kontā bez atsevišķas reģistrācijas.'
			]
		},
		'simplify-checkout': {
			name: 'Vienkāršojiet pasūtījuma noformēšanu',
			description:
				'Klienti labprātāk pērk atkārtoti, ja samaksāt ir ātri un vienkārši: saglabājiet viņu datus, novērsiet traucēkļus un skaidri apstipriniet pasūtījumu.',
			steps: [
				'Atkārtotiem klientiem automātiski aizpildiet laukus, kas nemainās (vārds, adrese, kartes dati).',
				'Atjauniniet lapu dinamiski (AJAX), nevis pārlādējiet to.',
				'Noņemiet traucēkļus, piemēram, galveno izvēlni; atstājiet tikai būtiskos laukus, maksājumu un piegādi.',
				'Ja klients kļūdās, norādiet uz kļūdu skaidrā ziņojumā, kas pasaka, ko darīt tālāk.',
				'Pēc pasūtījuma skaidri norādiet piegādes datumu un laiku un nosūtiet pasūtījuma apstiprinājumu pa e-pastu vai ziņojumā.',
				'Pārliecinieties, ka pasūtījuma noformēšana nevainojami darbojas visās ierīcēs; apsveriet noformēšanu vienā solī.',
				'Meklējiet, kas liek pircējiem atteikties no pirkuma: augstas maksas, neērti maksājumu veidi, lēna vietne, nepieciešamība atkārtoti ievadīt kontaktinformāciju.'
			]
		},
		'personalised-email': {
			name: 'Sūtiet personalizētus e-pastus',
			description:
				'E-pasta vēstules, kas pielāgotas katra klienta vārdam, atrašanās vietai, interesēm un uzvedībai, izceļas pārpildītā iesūtnē un biežāk atved klientus atpakaļ.',
			steps: [
				'Izmantojiet adresāta vārdu tēmas rindiņā, sveicienā un pamattekstā.',
				'Sūtiet atrašanās vietai atbilstošu saturu, piemēram, tuvākos veikalus un vietējos piedāvājumus.',
				'Segmentējiet abonentus pēc iespējas precīzāk un rakstiet katram segmentam: mājdzīvnieku veikalam nevajadzētu sūtīt suņu preces kaķu saimniekiem.',
				'Pielāgojiet ziņojumu uzvedībai: iesaistītie abonenti saņem produktu demonstrācijas un padomus, klients, kurš vēlējās kādu produktu, — kuponu tam, apmeklētājs, kurš pārlūko vienu kategoriju, — ieteikumus no tās.',
				'Izmantojiet atlaižu kodus un akcijas pārdomāti un panāciet, lai katra vēstule izceltos starp visu pārējo iesūtnē.'
			]
		},
		'automated-email-flows': {
			name: 'Automatizējiet e-pastus, ko izraisa klientu darbības',
			description:
				'E-pasta vēstules, kas tiek nosūtītas automātiski, kad klients abonē, pirmo reizi pērk, apstiprina pasūtījumu vai pieprasa atgriešanu, sasniedz īsto cilvēku īstajā brīdī.',
			steps: [
				'Savienojiet savu e-pasta rīku ar veikalu un CRM, lai vēstules izraisītu darbības: abonēšana, pirmais pirkums, pamests grozs, pasūtījuma apstiprinājums, atgriešanas pieprasījums.',
				'Pievienojiet vēstules lojalitātes brīžiem, piemēram, kad produkts pievienots izlasei vai veikts otrais pasūtījums.',
				'Katrai vēstulei izlemiet, vai tai pievienot atlaides kuponu.',
				'Sekojiet uzvedībai pa segmentiem, nevis katram cilvēkam atsevišķi, un pieskaņojiet tai vēstuļu laiku.'
			]
		},
		'abandoned-cart-recovery': {
			name: 'Atgūstiet pamestos grozus',
			description:
				'Lielākā daļa grozu tiek pamesti pirms pasūtījuma noformēšanas. Sazinieties ar pircējiem, kas savus grozus pameta, un atvediet viņus atpakaļ, ja vajag — ar stimulu.',
			steps: [
				'Sekojiet pamestajiem groziem ar savas veikala platformas vai e-pasta automatizācijas rīka palīdzību.',
				'Automātiski nosūtiet atgādinājumu, kad grozs ir pamests.',
				'Aiciniet pircēju atgriezties un pabeigt pirkumu, ja vajag, piedāvājot atlaidi, kuponu vai dāvanu.',
				'Novērsiet atrastos cēloņus: augstas maksas, neērtus maksājumu veidus, lēnu vietni, atkārtotu kontaktinformācijas ievadīšanu.'
			]
		},
		'sms-marketing': {
			name: 'Sāciet SMS kampaņu',
			description:
				'Īsziņas klientiem, kas tām piekrituši, ir tiešs un personisks veids, kā nogādāt kuponus un atlaižu kodus.',
			steps: [
				'Ļaujiet klientiem pieteikties īsziņām.',
				'Izmantojiet īsziņas kuponu un atlaižu kodu nosūtīšanai.',
				'Izturieties pret šo kanālu saudzīgi: ar īsziņām sazinās draugi un ģimene, un zīmolam tā ir vērtīga telpa.'
			]
		},
		'loyalty-program': {
			name: 'Sāciet lojalitātes programmu',
			description:
				'Atalgojiet klientus par atgriešanos: jo vairāk viņi pērk vai iesaistās, jo vairāk viņi iegūst.',
			steps: [
				'Atalgojiet atkārtotos klientus: jo vairāk viņi pērk no zīmola vai iesaistās tā darbībās, jo lielāka atlīdzība.',
				'Izvēlieties jūsu veikalam piemērotas priekšrocības: atlaides, apmaināmus punktus, zīmola preces, īpašus pasākumus.',
				'Pēc pirmā pirkuma piešķiriet naudas atmaksu vai punktus, ko izmantot nākamajā pirkumā.',
				'Ļaujiet klientiem laika gaitā uzkrāt punktus vai atlaides.',
				'Sadarbojieties ar citiem uzņēmumiem, lai piedāvātu atlīdzības augstākos līmeņos, piemēram, SPA procedūras klientiem, kas sasnieguši noteiktu līmeni.',
				'Plānojiet to kā pastāvīgu programmu: tā prasa vairāk laika un pūļu (CRM, saturs) nekā naudas, un tai jābalstās uz to, ko klienti saka, ka vēlas.'
			]
		},
		'loyal-customer-discounts': {
			name: 'Regulāras atlaides lojālajiem klientiem',
			description:
				'Laiku pa laikam sūtiet lojālajiem klientiem atlaižu kuponus un saglabājiet šo atlaižu ekskluzivitāti, lai tās atalgotu lojalitāti, nevis tikai piesaistītu apmeklētājus.',
			steps: [
				'Regulāri sūtiet lojālajiem klientiem atlaižu kuponus, izmantojot savas veikala platformas kuponu funkciju.',
				'Mainiet piedāvājumu: procentuāla atlaide visam pasūtījumam (piemēram, 10%) vai bezmaksas piegāde.',
				'Padariet atlaides ekskluzīvas: pieejamas tikai pēc pirkuma, pēc noteikta iepirkšanās perioda vai īpašā sezonā.',
				'Nošķiriet tās no klientu piesaistes atlaidēm, kas atved apmeklētājus, bet neveido lojalitāti.'
			]
		},
		'birthday-rewards': {
			name: 'Dāvanas dzimšanas dienā un jubilejās',
			description:
				'Personisks ziņojums, dāvana vai kupons klienta dzimšanas dienā vai jubilejā parāda, ka jūs viņu atceraties.',
			steps: [
				'Sūtiet klientiem personiskus ziņojumus vai dāvanas dzimšanas dienā vai jubilejā.',
				'Pievienojiet dzimšanas dienas atlaidi vai kuponu.',
				'Automatizējiet to ar lojalitātes rīku, lai neviens netiktu aizmirsts.'
			]
		},
		'vip-early-access': {
			name: 'Slēgti izpārdošanas pasākumi un VIP pasākumi',
			description:
				'Atalgojiet lojālos klientus ar agrāku vai slēgtu piekļuvi jauniem produktiem un ar ielūgumiem uz uzņēmuma pasākumiem.',
			steps: [
				'Dodiet lojālajiem klientiem agrāku vai slēgtu piekļuvi jaunu produktu pārdošanai.',
				'Aiciniet lojālos klientus uz uzņēmuma pasākumiem.',
				'Plānojiet to laikus: tas prasa vairāk laika nekā budžeta.'
			]
		},
		'paid-membership': {
			name: 'Maksas VIP dalība',
			description:
				'Klienti iepriekš maksā par gadu ar VIP priekšrocībām, kā Amazon Prime, kura gada maksa (99 dolāri laikā, kad tika rakstīts nīderlandiešu raksts par atkārtotu pārdošanu) dod bezmaksas piegādi bez minimālās pasūtījuma summas.',
			steps: [
				'Piedāvājiet iepriekš apmaksātu dalību, piemēram, uz gadu.',
				'Pretī dodiet dalībniekiem VIP priekšrocības, piemēram, bezmaksas piegādi bez minimālās pirkuma summas.'
			]
		},
		'shipping-perks': {
			name: 'Labāka piegāde biežajiem pircējiem',
			description:
				'Noturiet savus biežākos pircējus, uzlabojot viņu piegādi vai piedāvājot zemākus piegādes tarifus.',
			steps: [
				'Nosakiet, kāds pasūtījumu skaits vai tēriņu apjoms padara klientu par biežu pircēju, piemēram, 10 preces vai 2000 dolāru mēnesī.',
				'Sastādiet sarakstu ar klientiem, kas ietilpst šajā diapazonā.',
				'Uzlabojiet viņu piegādi vai piedāvājiet zemākus piegādes tarifus.'
			]
		},
		'referral-program': {
			name: 'Sāciet ieteikumu programmu',
			description:
				'Atalgojiet esošos klientus, kas atved jaunus: klienti, kas jūs jau slavē, kļūst par vēstnešiem, kuri jums atver savas kopienas.',
			steps: [
				'Atalgojiet esošos klientus par katru jaunu klientu, ko viņi atved; labi izvēlēts stimuls padara viņus par spēcīgiem vēstnešiem.',
				'Atrodiet savus atbalstītājus ar klientu lojalitātes indeksa (NPS) aptauju. (Krievu raksts par segmentāciju par atbalstītājiem uzskata vērtējumus no 5 un augstāk skalā 1–10; standarta NPS par atbalstītājiem uzskata tikai 9 un 10.)',
				'Sazinieties ar klientiem, kas jūs slavē tiešsaistē un ārpus tās, un atbalstiet viņus.',
				'Atalgojiet ieteikumus ar dāvanu kartēm, kuponiem, atlaidēm vai dāvanām.'
			]
		},
		'social-media': {
			name: 'Uzturiet saikni sociālajos tīklos',
			description:
				'Dalieties ar saturu, kas jūsu auditorijai šķiet interesants, atbildiet tai tur un uzturiet savus kanālus aktuālus, lai esošie klienti redzētu, ka joprojām esat viņiem pieejami.',
			steps: [
				'Publicējiet saturu, kas sekotājiem patiešām šķiet interesants; tam nav jābūt par jūsu zīmolu vai jūsu radītam.',
				'Izturieties pret sociālajiem tīkliem kā pret apkalpošanas kanālu: esiet pieejami jautājumiem un bažām, labām un sliktām atsauksmēm.',
				'Rīkojiet konkursus, lai radītu aktivitāti ap saviem produktiem.',
				'Saskaņojiet savu sociālo tīklu plānu ar tendencēm un atsvaidziniet vizuālo identitāti, lai esošie klienti redzētu, ka joprojām esat ar viņiem saistīti.'
			]
		},
		'long-term-relationship': {
			name: 'Veidojiet attiecības, nevis tikai noslēdziet darījumus',
			description:
				'Tiecieties pēc katra klienta ilgtermiņa vērtības, nevis nākamā pasūtījuma: apmierināts klients ir lojāls klients.',
			steps: [
				'Vērtējiet savus centienus pēc ilgtermiņa ieguvuma, nevis pēc tā, vai atsevišķs darījums ir noslēgts.',
				'Saglabājiet pareizo attieksmi pret klientiem katrā viņu dzīves cikla posmā.',
				'Pārspējiet klientu gaidas un palieciet pieejami.'
			]
		},
		'cross-sell': {
			name: 'Savstarpējā pārdošana pēc pirkumu vēstures',
			description:
				'Iesakiet produktus, kas der kopā ar nopirkto: skūšanās krēmu tam, kurš nopircis skuvekli, nevis bērnu rotaļlietu.',
			steps: [
				'Iesakiet produktus, kas saistīti ar to, ko klients pērk vai ir nopircis.',
				'Segmentējiet klientus pēc produktu kategorijas un pirkumu vēstures, piedāvājiet savstarpējo pārdošanu tās pašas kategorijas ietvaros un veidojiet kampaņas ap konkrētiem produktiem.',
				'Automatizējiet savstarpējās pārdošanas e-pastus savā e-pasta mārketinga platformā.',
				'Pievienojiet pateicības e-pastiem sadaļas “Citi pircēji nopirka arī” vai “Labākā izvēle jums”.'
			]
		},
		'win-back-email': {
			name: 'Atkal iesaistiet klientus, kas apklusuši',
			description:
				'Rakstiet abonentiem un klientiem, kas vairs nereaģē, lai uzzinātu, kā viņi jūtas, un piedāvātu palīdzību, nevis sūtītu viņiem vēl vairāk to pašu akciju.',
			steps: [
				'Segmentējiet sarakstu pēc uzvedības un atrodiet tos, kas reģistrējās vai pirka, bet kopš tā laika nav reaģējuši.',
				'Nosūtiet viņiem e-pastus, kuru teksts un aicinājums uz darbību jautā, kā viņi jūtas, un aicina sazināties ar klientu atbalstu.',
				'Turpiniet sūtīt iesaistītajiem abonentiem produktu demonstrācijas un padomus, lai viņi paliktu apmierināti un lojāli.'
			]
		},
		'retargeting-ads': {
			name: 'Atkārtotas mērķauditorijas atlases reklāmas',
			description:
				'Reklāmas, kas cilvēkiem rāda produktus, kurus viņi nesen skatījuši, pirkuši vai par kuriem izrādījuši interesi, darbojas labāk nekā vispārīgi baneri, kurus cilvēki iemācās ignorēt.',
			steps: [
				'Rādiet produktus, piedāvājumus vai pakalpojumus, kurus cilvēks nesen pārlūkojis, pircis vai par kuriem izrādījis interesi.',
				'Radiet steidzamības sajūtu — bailes kaut ko palaist garām.',
				'Iekļaujiet reklāmas tekstā pārliecinošus klientu veiksmes stāstus.',
				'Rādiet produktus, kas papildina klienta neseno pirkumu.',
				'Atgūstiet pasīvos klientus, atgādinot viņiem par iepriekšējiem pirkumiem.'
			]
		}
	},
	facts: {
		'acquisition-cost-5x': {
			claim: (p: { value: string }) =>
				`Jauna klienta piesaiste izmaksā ${p.value} reizes vairāk nekā esoša klienta noturēšana.`
		},
		'repeat-revenue-40': {
			claim: (p: { value: string }) =>
				`Regulāri ieņēmumi no pastāvīgajiem klientiem var palielināt interneta veikala vidējos kopējos ieņēmumus līdz pat ${p.value}.`
		},
		'service-premium-24': {
			claim: (p: { value: string }) =>
				`Klienti bieži ir gatavi maksāt līdz pat ${p.value} lielu piemaksu par labu klientu pieredzi.`
		},
		'service-loyalty-57': {
			claim: (p: { value: string }) =>
				`${p.value} patērētāju atzīst, ka laba klientu apkalpošana ir ļoti svarīga viņu lojalitātei zīmolam.`
		},
		'cross-sell-profit-30': {
			claim: (p: { value: string }) => `Pareizi veikta savstarpējā pārdošana palielina peļņu par ${p.value}.`
		},
		'cart-abandonment-76': {
			claim: (p: { value: string }) =>
				`Aptuveni ${p.value} interneta iepirkumu grozu visā pasaulē tiek pamesti pirms pasūtījuma noformēšanas.`
		},
		'reviews-trust-84': {
			claim: (p: { value: string }) => `${p.value} klientu uzticas atsauksmēm internetā.`,
			note: 'Krievu rakstā par segmentāciju rakstīts “Brighton Local”. BrightLocal ikgadējā aptauja Local Consumer Review Survey jautā, vai cilvēki uzticas atsauksmēm internetā tikpat lielā mērā kā personiskiem ieteikumiem; apstiprinošo atbilžu īpatsvars bija no 79% (2013) līdz 88% (2014), bet kurā izdevumā bija 84%, apstiprināt neizdevās.'
		},
		'email-overload-gen-z': {
			claim: (p: { value: string }) =>
				`${p.value} Z paaudzes pārstāvju uzskata, ka saņem no zīmoliem “pārāk daudz” e-pasta vēstuļu.`
		},
		'email-overload-millennials': {
			claim: (p: { value: string }) =>
				`${p.value} mileniāļu uzskata, ka saņem no zīmoliem “pārāk daudz” e-pasta vēstuļu.`
		}
	},
	factSource: (p: { source: string; seed: string }) => `${p.source}; citēts avotā: ${sourceName(p.seed)}`,
	factNoSource: (p: { seed: string }) => `Avots: ${sourceName(p.seed)}; tas nenorāda, no kurienes skaitlis ņemts`,
	levers: {
		retention: 'Noturēšana',
		frequency: 'Pirkumu biežums',
		orderValue: 'Pasūtījuma vērtība',
		winBack: 'Klientu atgūšana'
	},
	efforts: {
		low: 'Maza piepūle',
		medium: 'Vidēja piepūle',
		high: 'Liela piepūle'
	},
	segments: {
		champions: 'Čempioni',
		loyal: 'Lojālie klienti',
		'potential-loyalists': 'Potenciāli lojālie',
		new: 'Jaunie klienti',
		'at-risk': 'Riska grupā',
		'cant-lose': 'Nedrīkst zaudēt',
		hibernating: 'Snaudošie',
		lost: 'Zaudētie',
		'high-frequency': 'Biežie pircēji',
		'top-1-percent': 'Augšējais 1% pēc kopējiem tēriņiem',
		'top-10-percent': 'Augšējie 10% pēc kopējiem tēriņiem',
		'one-time': 'Vienreizējie pircēji',
		lapsed: 'Neaktīvie pircēji',
		all: 'Visi klienti'
	},
	leverLabel: 'Svira',
	effortLabel: 'Piepūle',
	segmentsLabel: 'Piemērota',
	metricLabel: 'Vērojamā metrika',
	seedsLabel: 'Minēta avotos',
	stepsLabel: 'Kā to izdarīt',
	factsLabel: 'Kāpēc tas ir svarīgi',
	seed: (p: { seed: string }) => sourceName(p.seed),
	idLabel: (p: { id: string }) => `Taktikas ID: ${p.id}`
};

export default tactics;
