import type { TacticId } from '$lib/tactics/catalogue';
import type { FactId } from '$lib/tactics/facts';
import { names } from './sources';

/** A source article's readable name (the Sources page's), for citing it in running text. */
function sourceName(id: string): string {
	return Object.hasOwn(names, id) ? names[id as keyof typeof names] : `source ${id}`;
}

/** One tactic's text: steps are drawn from what the seed articles say to do. */
interface TacticText {
	name: string;
	description: string;
	steps: readonly string[];
}

/** A seed fact's claim; `value` arrives formatted for the current language ("40 %", "5"). */
interface FactText {
	claim: (p: { value: string }) => string;
	note?: string;
}

const items = {
	'measure-retention': {
		name: 'Measure retention and compare it with your industry',
		description:
			'Work out how many customers you keep, how many buy again and what a customer is worth, and set those numbers beside figures for your own industry, not someone else’s.',
		steps: [
			'Calculate the customer retention rate for a period: CRR = (E − N) / S × 100, with S customers at the start, E at the end and N new customers won in between.',
			'Track churn, the opposite of retention: the share of customers who leave in a period.',
			'Estimate customer lifetime value: CLV = average order value × purchase frequency × customer lifetime, where the lifetime is usually one to three years.',
			'Compare with your own industry’s benchmark: a beauty brand’s retention says nothing about a games shop’s.',
			'Set retention targets from your current rate and the industry average, and check them every period.'
		]
	},
	'churn-reasons': {
		name: 'Find out why customers leave',
		description:
			'List the reasons customers stop buying, establish which apply to the customers you lost, and work on that group specifically.',
		steps: [
			'Start from the usual reasons: the customer left the market, a competitor won them over, they were unhappy with your service, or they feel you do not care about them.',
			'Establish which reason applies to each group of customers who stopped buying.',
			'Work on that group specifically: once the reason is known, the fix is much easier to choose.'
		]
	},
	'customer-service': {
		name: 'Give excellent customer service',
		description:
			'Help customers before, during and after the sale, quickly and courteously. Poor service is one of the most common reasons customers do not buy again.',
		steps: [
			'Serve customers before, during and after the sale, and reach out before they have to ask.',
			'Be there when customers need you, around the clock if you can. A live chat (for example Facebook Messenger) answers questions quickly and keeps those sent while you are offline.',
			'Be courteous and respectful, and listen to what the customer says.',
			'Answer in real time and solve every question as early as possible.',
			'Make after-sales service the heart of your loyalty efforts, as Amazon does with the quality of its service.',
			'Use fast, competent help to turn an unhappy, angry customer into a happy one.'
		]
	},
	'priority-support': {
		name: 'Priority support for your best customers',
		description:
			'Sort customers by lifetime spend and give the top ones a higher tier of support: faster answers, faster delivery and a longer return window.',
		steps: [
			'Sort customers by lifetime revenue (total spend) and define support tiers by it.',
			'Move the top tiers’ requests up the queue in your help-desk (ticketing) system.',
			'Offer them fast delivery, an extended return policy and quick responses.'
		]
	},
	'easy-returns': {
		name: 'Make returns easy',
		description:
			'A simple, generous returns process makes buying again feel safe; your best customers can get an even longer return window.',
		steps: [
			'Make returning an item simple, the way Amazon wins customers with easy returns.',
			'Give your best customers an extended return policy.'
		]
	},
	'collect-feedback': {
		name: 'Ask for feedback',
		description:
			'Give customers a place to say what they think of buying from you and of what they bought, and use it to remove friction.',
		steps: [
			'After a purchase, email customers about their experience: “Did you find the checkout easy?” or “What would you change to make checkout easier?”',
			'Ask in the same way about the product they bought.',
			'Offer proactive live chat to collect feedback in real time and remove friction before the purchase.',
			'Run short surveys, for example a small slide-in survey that appears while a customer browses the site.',
			'Check regularly whether customers are happy with your products and service; ready-made survey templates help.',
			'Listen to what customers want before you design a loyalty programme.'
		]
	},
	'reviews-testimonials': {
		name: 'Ask for reviews and testimonials',
		description:
			'Reviews are social proof: they tell buyers your shop can be trusted, and the critical ones show you what to improve.',
		steps: [
			'Ask customers to comment on your products and service, good or bad: good reviews build trust, bad ones show what to improve.',
			'Add a star-rating widget to the thank-you page so customers can rate the shop when they finish a purchase, with an optional comment.',
			'Feature product experts (customers who often buy a product) in explainer videos.',
			'Embed reviews and video testimonials on product pages and across the website, use them in promotions and share them on social media.'
		]
	},
	'customer-accounts': {
		name: 'Offer customer accounts',
		description:
			'An account makes the next purchase quicker and brings customers back to a shop they found easy. Take the effort out of signing up.',
		steps: [
			'Let customers keep an account with their details, so buying again takes less effort.',
			'Because signing up feels like a commitment, create the account automatically for the email address used at checkout.',
			'Let customers sign in to their account at any time, with no separate registration.'
		]
	},
	'simplify-checkout': {
		name: 'Simplify the checkout',
		description:
			'Customers buy again more readily when paying is quick and easy: save their details, remove distractions and confirm clearly.',
		steps: [
			'Fill in the fields that stay the same (name, address, card details) automatically for returning customers.',
			'Update the page dynamically (AJAX) instead of reloading it.',
			'Remove distractions such as the main menu; keep only the essential fields, payment and delivery.',
			'When the customer makes a mistake, point to it in a clear message that says what to do next.',
			'After the order, state the delivery date and time clearly and send an order confirmation by email or message.',
			'Make sure checkout works smoothly on every device; consider a one-step checkout.',
			'Look for what makes shoppers give up: high fees, poor payment options, a slow site, having to type contact details again.'
		]
	},
	'personalised-email': {
		name: 'Send personalised emails',
		description:
			'Emails fitted to each customer’s name, place, interests and behaviour stand out in a crowded inbox and bring customers back more often.',
		steps: [
			'Use the recipient’s name in the subject line, the greeting and the body.',
			'Send location-specific content, such as nearby stores and local offers.',
			'Segment subscribers as precisely as you can and write for each segment: a pet shop should not send dog products to cat owners.',
			'Match the message to behaviour: engaged subscribers get product demos and tips, a customer who wanted a product gets a coupon for it, a visitor who browses one category gets recommendations from it.',
			'Use discount codes and promotions deliberately, and make each email stand out among everything else in the inbox.'
		]
	},
	'automated-email-flows': {
		name: 'Automate emails triggered by what customers do',
		description:
			'Emails that go out by themselves when a customer subscribes, buys for the first time, confirms an order or asks for a return reach the right person at the right moment.',
		steps: [
			'Connect your email tool to your shop and CRM so that emails are triggered by actions: subscribing, a first purchase, an abandoned cart, an order confirmation, a return request.',
			'Add emails for loyalty moments, such as a product added to favourites or a second order.',
			'Decide for each email whether it carries a discount coupon.',
			'Follow behaviour by segment rather than person by person, and time the emails to it.'
		]
	},
	'abandoned-cart-recovery': {
		name: 'Win back abandoned carts',
		description:
			'Most carts are left before the order is placed. Contact the shoppers who left theirs and bring them back, with an incentive if needed.',
		steps: [
			'Track abandoned carts with your shop platform or email-automation tool.',
			'Send a reminder automatically when a cart is abandoned.',
			'Invite the shopper back to finish the purchase, with a discount, coupon or gift if needed.',
			'Fix the causes you find: high fees, poor payment options, a slow site, re-entering contact details.'
		]
	},
	'sms-marketing': {
		name: 'Run an SMS campaign',
		description:
			'Text messages to customers who opted in are a direct, personal way to deliver coupons and discount codes.',
		steps: [
			'Let customers opt in to text messages.',
			'Use texts to deliver coupons and discount codes.',
			'Treat the channel with care: texts are how friends and family talk, valuable space for a brand.'
		]
	},
	'loyalty-program': {
		name: 'Start a loyalty programme',
		description: 'Reward customers for coming back: the more they buy or engage, the more they earn.',
		steps: [
			'Reward repeat customers: the more they buy from or engage with the brand, the bigger the reward.',
			'Choose perks that fit your shop: discounts, redeemable points, merchandise, special events.',
			'Give cashback or points after the first purchase, to be redeemed on the next one.',
			'Let customers collect points or discounts over time.',
			'Partner with other businesses for rewards at higher levels, for example spa treatments for customers who reach a certain level.',
			'Plan it as a permanent programme: it costs time and effort (CRM, content) more than money, and should rest on what customers say they want.'
		]
	},
	'loyal-customer-discounts': {
		name: 'Regular discounts for loyal customers',
		description:
			'Send loyal customers discount coupons now and then, and keep those discounts exclusive so they reward loyalty rather than just bring traffic.',
		steps: [
			'Send discount coupons to loyal customers regularly, using your shop platform’s coupon feature.',
			'Vary the offer: a percentage off the whole order (for example 10 %) or free shipping.',
			'Make discounts exclusive: available only after a purchase, after a certain shopping period or in a special season.',
			'Keep them apart from acquisition discounts, which bring visitors but do not build loyalty.'
		]
	},
	'birthday-rewards': {
		name: 'Birthday and anniversary rewards',
		description:
			'A personal message, gift or coupon on a customer’s birthday or anniversary shows that you remember them.',
		steps: [
			'Send personal messages or gifts on customers’ birthdays or anniversaries.',
			'Include a birthday discount or coupon.',
			'Automate it with a loyalty tool so nobody is forgotten.'
		]
	},
	'vip-early-access': {
		name: 'Private sales and VIP events',
		description:
			'Reward loyal customers with early or private access to new products and with invitations to company events.',
		steps: [
			'Give loyal customers early or private access to sales of new products.',
			'Invite loyal customers to company events.',
			'Plan it well ahead: it takes time more than budget.'
		]
	},
	'paid-membership': {
		name: 'Paid VIP membership',
		description:
			'Customers pay up front for a year of VIP benefits, as with Amazon Prime, whose yearly fee (99 dollars when the Dutch article on repeat sales was written) brings free shipping with no minimum order.',
		steps: [
			'Offer a membership paid in advance, for example yearly.',
			'Give members VIP benefits in return, such as free shipping with no minimum purchase.'
		]
	},
	'shipping-perks': {
		name: 'Better shipping for frequent buyers',
		description: 'Keep your most frequent buyers by upgrading their delivery or giving them lower shipping rates.',
		steps: [
			'Decide the orders or spend that make a frequent buyer, for example 10 items or 2,000 dollars a month.',
			'List the customers who fall in that range.',
			'Upgrade their delivery, or offer them lower shipping rates.'
		]
	},
	'referral-program': {
		name: 'Start a referral programme',
		description:
			'Reward existing customers who bring in new ones: customers who already praise you become ambassadors who open their communities to you.',
		steps: [
			'Reward existing customers for each new customer they bring; a well-chosen incentive makes them strong ambassadors.',
			'Find your promoters with a Net Promoter Score survey. (The Russian article on segmentation counts scores of 5 and above on a 1–10 scale; the standard NPS counts only 9 and 10 as promoters.)',
			'Reach out to the customers who praise you online and offline, and support them.',
			'Reward referrals with gift cards, coupons, discounts or gifts.'
		]
	},
	'social-media': {
		name: 'Stay in touch on social media',
		description:
			'Share content your audience finds interesting, answer them there, and keep your channels fresh so existing customers see you are still there for them.',
		steps: [
			'Post content your followers find genuinely interesting; it need not be about your brand, or made by you.',
			'Treat social networks as a service channel: be available for questions and concerns, and for good and bad reviews.',
			'Run contests to create activity around your products.',
			'Keep your social plan in step with trends and refresh your visual identity, so existing customers see you are still connected to them.'
		]
	},
	'long-term-relationship': {
		name: 'Open a relationship instead of closing a sale',
		description:
			'Aim at the long-term value of each customer rather than the next order: a happy customer is a loyal customer.',
		steps: [
			'Judge your efforts by their long-term benefit, not by whether a single sale closed.',
			'Keep the right attitude towards customers at every stage of their life cycle.',
			'Exceed customers’ expectations and stay available.'
		]
	},
	'cross-sell': {
		name: 'Cross-sell from purchase history',
		description:
			'Recommend products that go with what the customer bought: shaving cream to someone who bought a razor, not a child’s toy.',
		steps: [
			'Recommend products related to what the customer buys or has bought.',
			'Segment customers by product category and purchase history, cross-sell within the same category, and build campaigns around specific products.',
			'Automate cross-sell emails in your email-marketing platform.',
			'Add “people also bought” or “top picks for you” sections to thank-you emails.'
		]
	},
	'win-back-email': {
		name: 'Re-engage customers who have gone quiet',
		description:
			'Write to subscribers and customers who stopped responding to find out how they feel and to offer help, rather than sending them more of the same promotions.',
		steps: [
			'Segment your list by behaviour and find the people who signed up or bought but have not responded since.',
			'Send them emails whose copy and call to action ask how they feel and invite them to talk to customer support.',
			'Keep sending engaged subscribers product demos and tips, so they stay happy and loyal.'
		]
	},
	'retargeting-ads': {
		name: 'Retargeting ads',
		description:
			'Ads that show people the products they recently viewed, bought or showed interest in work better than generic banners, which people learn to ignore.',
		steps: [
			'Show the products, offers or services the person recently browsed, bought or showed interest in.',
			'Create urgency: the fear of missing out.',
			'Include convincing customer success stories in the ad copy.',
			'Show products that complement the customer’s recent purchase.',
			'Bring passive customers back by reminding them of their earlier purchases.'
		]
	}
} satisfies Record<TacticId, TacticText>;

const facts = {
	'acquisition-cost-5x': {
		claim: (p: { value: string }) =>
			`Attracting a new customer costs ${p.value} times as much as keeping an existing one.`
	},
	'repeat-revenue-40': {
		claim: (p: { value: string }) =>
			`Regular revenue from repeat customers can raise an online shop’s average total revenue by up to ${p.value}.`
	},
	'service-premium-24': {
		claim: (p: { value: string }) =>
			`Customers are often willing to pay a premium of up to ${p.value} for a good customer experience.`
	},
	'service-loyalty-57': {
		claim: (p: { value: string }) =>
			`${p.value} of consumers say good customer service is vital to their loyalty to a brand.`
	},
	'cross-sell-profit-30': {
		claim: (p: { value: string }) => `Cross-selling done right raises profit by ${p.value}.`
	},
	'cart-abandonment-76': {
		claim: (p: { value: string }) =>
			`About ${p.value} of online shopping carts worldwide are abandoned before the order is placed.`
	},
	'reviews-trust-84': {
		claim: (p: { value: string }) => `${p.value} of customers trust online reviews.`,
		note: 'The Russian article on segmentation writes “Brighton Local”. BrightLocal’s yearly Local Consumer Review Survey asks whether people trust online reviews as much as personal recommendations; its answers ranged from 79 % (2013) to 88 % (2014), and which edition gave 84 % was not confirmed.'
	},
	'email-overload-gen-z': {
		claim: (p: { value: string }) => `${p.value} of Generation Z feel they get “too many” emails from brands.`
	},
	'email-overload-millennials': {
		claim: (p: { value: string }) => `${p.value} of millennials feel they get “too many” emails from brands.`
	}
} satisfies Record<FactId, FactText>;

/** The retention tactic catalogue's text, by tactic id, and the words around it. */
export default {
	title: 'Retention tactics',
	items,
	facts,
	factSource: (p: { source: string; seed: string }) => `${p.source}, as cited in ${sourceName(p.seed)}`,
	factNoSource: (p: { seed: string }) => `From ${sourceName(p.seed)}, which names no source for it`,
	levers: {
		retention: 'Retention',
		frequency: 'Purchase frequency',
		orderValue: 'Order value',
		winBack: 'Win-back'
	},
	efforts: {
		low: 'Low effort',
		medium: 'Medium effort',
		high: 'High effort'
	},
	segments: {
		champions: 'Champions',
		loyal: 'Loyal customers',
		'potential-loyalists': 'Potential loyalists',
		new: 'New customers',
		'at-risk': 'At risk',
		'cant-lose': 'Can’t lose them',
		hibernating: 'Hibernating',
		lost: 'Lost',
		'high-frequency': 'High-frequency buyers',
		'top-1-percent': 'Top 1 % by lifetime spend',
		'top-10-percent': 'Top 10 % by lifetime spend',
		'one-time': 'One-time buyers',
		lapsed: 'Lapsed buyers',
		all: 'All customers'
	},
	leverLabel: 'Lever',
	effortLabel: 'Effort',
	segmentsLabel: 'Suits',
	metricLabel: 'Metric to watch',
	seedsLabel: 'Named in',
	stepsLabel: 'How to do it',
	factsLabel: 'Why it matters',
	seed: (p: { seed: string }) => sourceName(p.seed),
	idLabel: (p: { id: string }) => `Tactic id: ${p.id}`
};
