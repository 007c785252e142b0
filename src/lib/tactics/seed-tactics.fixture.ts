import type { TacticId } from './catalogue';
import type { SeedId } from './vocabulary';

/**
 * Every tactic each seed article names, in English, with the article's own words as a comment,
 * mapped to the catalogue id that covers it. The coverage test checks this against the catalogue
 * in both directions, so a tactic cannot lose its seed and a seed cannot lose its tactic.
 *
 * Left out on purpose: the "further reading" link list at the end of seed 000 (titles of other
 * articles, not advice given in this one), and seed 001's lines of injected gambling spam.
 * Seed 002 numbers its sections 1, 2, 4, 5, 6, 7: there is no section 3 in the text.
 */
export interface SeedTactic {
	/** What the seed says to do, in English. */
	phrase: string;
	tactic: TacticId;
}

export const SEED_TACTICS: Record<SeedId, readonly SeedTactic[]> = {
	// Latvian: an e-commerce customer retention strategy (Ecwid).
	'000': [
		// "salīdziniet savu CRR ar savu nozares etaloni"
		{ phrase: 'Compare your CRR with your industry’s benchmark', tactic: 'measure-retention' },
		// "Sūtiet klientiem personalizētus e-pastus"
		{ phrase: 'Send customers personalised emails', tactic: 'personalised-email' },
		// "Tēmas rindiņā, sveicienā un pamattekstā iekļaujiet adresāta vārdu"
		{ phrase: 'Put the recipient’s name in the subject line, greeting and body', tactic: 'personalised-email' },
		// "sūtīt vietai specifiskas saturs (ieteikt tuvumā esošos veikalus, vietējos piedāvājumus utt.)"
		{ phrase: 'Send location-specific content (nearby stores, local offers)', tactic: 'personalised-email' },
		// "Segmentējiet savus abonentus pēc iespējas precīzāk un pēc tam izveidojiet mērķtiecīgus ziņojumus katram segmentam"
		{
			phrase: 'Segment subscribers precisely and write targeted messages for each segment',
			tactic: 'personalised-email'
		},
		// "Abonenti, kuri ir reģistrējušies Groove informatīvajam izdevumam, bet kopš tā laika nav atbildējuši, saņem šādus e-pasta ziņojumus"
		{
			phrase: 'Email subscribers who have stopped responding to gauge how they feel (Groove)',
			tactic: 'win-back-email'
		},
		// "varat izveidot automatizētas e-pasta darbplūsmas … kad lietotājs veic noteiktu darbību"
		{ phrase: 'Build automated email workflows triggered by what customers do', tactic: 'automated-email-flows' },
		// "(abonē, pabeidz pirmo darījumu, pamet grozu, …)"
		{ phrase: 'Send an email automatically when a customer abandons a cart', tactic: 'abandoned-cart-recovery' },
		// "Nodrošiniet iespēju izveidot klientu kontus"
		{ phrase: 'Let customers create accounts', tactic: 'customer-accounts' },
		// "automātiski izveidot klienta kontu"
		{ phrase: 'Create the customer account automatically after the order', tactic: 'customer-accounts' },
		// "Nodrošiniet Zvaigžņu klientu atbalstu"
		{ phrase: 'Provide stellar customer support', tactic: 'customer-service' },
		// "Facebook Messenger tiešraides tērzēšana savā veikalā"
		{ phrase: 'Answer shoppers quickly with a Facebook Messenger live chat', tactic: 'customer-service' },
		// "prioritāra klientu atbalsta piešķiršana … pakalpojumu pieprasījumu virzīšana augstāk rindā"
		{
			phrase: 'Give long-standing customers priority support, higher in the ticket queue',
			tactic: 'priority-support'
		},
		// "Izmantojiet atkārtotas mērķauditorijas atlases reklāmu spēku"
		{ phrase: 'Use retargeting ads', tactic: 'retargeting-ads' },
		// "Nodrošiniet pasīvos klientus, atgādinot viņiem par viņu iepriekšējiem pirkumiem"
		{ phrase: 'Bring back passive customers by reminding them of earlier purchases', tactic: 'retargeting-ads' }
	],
	// Chinese: how to raise an online shop's customer retention rate.
	'001': [
		// "您需要三个不同的变量来计算留存率 … (S) … (E) … (N)"
		{ phrase: 'Measure the retention rate from S, E and N', tactic: 'measure-retention' },
		// "客户保留策略的关键绩效指标(KPI) … 行业平均留存率和公司当前留存率"
		{
			phrase: 'Set retention KPIs against the industry average and your current rate',
			tactic: 'measure-retention'
		},
		// "启动客户推荐计划"
		{ phrase: 'Launch a customer referral programme', tactic: 'referral-program' },
		// "利用电子邮件营销"
		{ phrase: 'Use email marketing to raise purchase frequency', tactic: 'personalised-email' },
		// "启动一个客户忠诚度计划"
		{ phrase: 'Launch a customer loyalty programme', tactic: 'loyalty-program' },
		// "创建一个短信营销活动"
		{ phrase: 'Create an SMS marketing campaign', tactic: 'sms-marketing' },
		// "迭代你的营销策略" (调整你的社交媒体计划 … 重塑你的视觉形象)
		{ phrase: 'Iterate your marketing: social media plan, visual identity', tactic: 'social-media' },
		// "收集客户反馈"
		{ phrase: 'Collect customer feedback', tactic: 'collect-feedback' }
	],
	// Russian: e-commerce segmentation tricks to raise customer loyalty.
	'002': [
		// "1. Обновление поставки для высокочастотных покупателей"
		{ phrase: 'Upgrade shipping for high-frequency buyers', tactic: 'shipping-perks' },
		// "2. Предлагайте высокоуровневую поддержку клиентам с высоким доходом"
		{ phrase: 'Offer high-level support to high-revenue customers', tactic: 'priority-support' },
		// "расширенной политикой возврата"
		{ phrase: 'Give your best customers an extended return policy', tactic: 'easy-returns' },
		// "4. Перекрестные продажи клиентам на основе их истории покупок"
		{ phrase: 'Cross-sell to customers based on their purchase history', tactic: 'cross-sell' },
		// "5. Поощряйте защитников бренда" (Создайте реферальную программу)
		{ phrase: 'Encourage brand advocates with a referral programme', tactic: 'referral-program' },
		// "6. Предоставляйте скидки покупателям, которые бросают тележки"
		{ phrase: 'Offer discounts to shoppers who abandon their carts', tactic: 'abandoned-cart-recovery' },
		// "Упростите процесс оплаты"
		{ phrase: 'Simplify the payment process', tactic: 'simplify-checkout' },
		// "7. Обращайтесь к клиентам за отзывами и рекомендациями"
		{ phrase: 'Ask customers for reviews and testimonials', tactic: 'reviews-testimonials' }
	],
	// Latvian: loyalty programmes for an online shop.
	'003': [
		// "Klientu serviss, uzņēmuma seja"
		{ phrase: 'Customer service, the face of the company', tactic: 'customer-service' },
		// "atvieglojumiem, ja klienti atgriež preci"
		{ phrase: 'Make it easy for customers to return goods (Amazon)', tactic: 'easy-returns' },
		// "Personalizējiet mijiedarbību"
		{ phrase: 'Personalise interactions', tactic: 'personalised-email' },
		// "Izmantojiet sociālos medijus un komunicējiet ar savu auditoriju"
		{ phrase: 'Use social media and talk with your audience', tactic: 'social-media' },
		// "Konkursi ir vēl viens veids kā komunicēt ar savu auditoriju"
		{ phrase: 'Run contests', tactic: 'social-media' },
		// "Atlaides un kuponi lojalitātes programmā"
		{ phrase: 'Exclusive discounts and coupons in the loyalty programme', tactic: 'loyal-customer-discounts' },
		// "vai klientu dzimšanas dienās"
		{ phrase: 'Coupons on customers’ birthdays', tactic: 'birthday-rewards' },
		// "lojalitātes programmas, kas aicina uzkrāt punktus vai atlaides"
		{ phrase: 'Let customers collect points or discounts', tactic: 'loyalty-program' },
		// "Privātās vai ekskluzīvās pārdošanas"
		{ phrase: 'Private or exclusive sales for loyal customers', tactic: 'vip-early-access' },
		// "mums būs jāieklausās mūsu klientos un jānoskaidro viņu vēlmes"
		{ phrase: 'Listen to customers and find out what they want', tactic: 'collect-feedback' }
	],
	// Dutch: how to boost repeat e-commerce sales in 2017.
	'004': [
		// "Identificeer de redenen waarom klanten vertrekken"
		{ phrase: 'Identify the reasons customers leave', tactic: 'churn-reasons' },
		// "CLV berekenen (levenslange klantwaarde)"
		{ phrase: 'Calculate customer lifetime value', tactic: 'measure-retention' },
		// "1. Vereenvoudig het afrekenproces"
		{ phrase: 'Simplify the checkout', tactic: 'simplify-checkout' },
		// "2. Beloon uw klanten"
		{ phrase: 'Reward your customers', tactic: 'loyalty-program' },
		// "Nodig uw trouwe klanten uit voor bedrijfsevenementen"
		{ phrase: 'Invite loyal customers to company events', tactic: 'vip-early-access' },
		// "aangepaste berichten of geschenken op hun verjaardagen of jubilea"
		{ phrase: 'Send personal messages or gifts on birthdays and anniversaries', tactic: 'birthday-rewards' },
		// "Geven cashback of loyaliteitspunten … na hun eerste aankoop"
		{ phrase: 'Give cashback or loyalty points after the first purchase', tactic: 'loyalty-program' },
		// "Kosten vooraf betalen en VIP-voordelen bieden" (Amazon Prime)
		{ phrase: 'Charge up front and offer VIP benefits (Amazon Prime)', tactic: 'paid-membership' },
		// "Partner met andere bedrijven om bieden de klanten all-inclusive aanbiedingen"
		{ phrase: 'Partner with other businesses for rewards at higher levels', tactic: 'loyalty-program' },
		// "3. Vraag om constructieve feedback"
		{ phrase: 'Ask for constructive feedback', tactic: 'collect-feedback' },
		// "pro-actieve live chat-ondersteuning om realtime feedback te verzamelen"
		{ phrase: 'Offer proactive live chat to gather real-time feedback', tactic: 'collect-feedback' },
		// "4. Regelmatige kortingen aanbieden"
		{ phrase: 'Offer regular discounts to loyal customers', tactic: 'loyal-customer-discounts' },
		// "5. Zorg voor een efficiënte klantenservice"
		{ phrase: 'Provide efficient customer service', tactic: 'customer-service' },
		// "6. “Open een relatie” in plaats van “Een uitverkoop sluiten”"
		{ phrase: 'Open a relationship instead of closing a sale', tactic: 'long-term-relationship' }
	]
};
