import { names } from './sources';

/**
 * Messages of the calculators section. Functions receive numbers already formatted for the reader;
 * `count` parameters are the raw number, for choosing a plural form.
 */
export default {
	title: 'Calculators',
	intro: 'Each calculator shows its result as you type, the formula with your own numbers substituted, and notes for teaching. A copied link reopens the same calculation; named scenarios are kept in this browser.',
	groups: {
		retention: 'Retention and churn',
		orders: 'Orders and customers',
		value: 'Customer lifetime value',
		acquisition: 'Acquisition and loyalty'
	},
	allCalculators: 'All calculators',
	inputsHeading: 'Your numbers',
	numberHint:
		'Type numbers with or without grouping (10000, 10 000, 10,000) and decimals with a point or a comma (10.5, 10,5).',
	resultHeading: 'Result',
	showMath: 'Show the math',
	mathUnavailable: 'The formula with your numbers appears here once the result can be calculated.',
	notesHeading: 'Notes',
	optional: 'optional',
	copyLink: 'Copy link',
	linkCopied: 'Link copied. Opening it shows this calculation.',
	copyFailed: 'The browser did not allow copying. Select the link below and copy it:',
	shareLinkLabel: 'Link to this calculation',
	embedHeading: 'Embed this calculator',
	embedIntro:
		'Paste this code into a web page to show this calculator there, opened with the numbers above. Nothing typed into it leaves the reader’s browser.',
	embedCodeLabel: 'Embed code (HTML)',
	copyEmbed: 'Copy embed code',
	embedCopied: 'Embed code copied.',
	embedCopyFailed: 'The browser did not allow copying. Select the code above and copy it.',
	embedFrameTitle: (p: { title: string }) => `${p.title} — Retention Lab calculator`,
	openInApp: 'Open in Retention Lab',
	opensNewTab: '(opens in a new tab)',
	projectorView: 'Projector view',
	printHandout: 'Print handout',
	handoutLink: 'This calculation online:',
	handoutQr: 'QR code of the link to this calculation',
	incomplete: (p: { fields: string }) => `Enter ${p.fields} to see the result.`,
	listSeparator: ', ',
	/** A difference of two rates, in percentage points (4 % − 3 % is 1 percentage point, not 1 %). */
	percentagePoints: (p: { n: string; count: number }) =>
		`${p.n} ${p.count === 1 ? 'percentage point' : 'percentage points'}`,
	invalid: 'Correct the highlighted entries to see the result.',
	readAs: (p: { value: string }) => `Read as ${p.value}`,
	currencyFixed: (p: { currency: string }) =>
		`Amounts are in ${p.currency}, the currency of the scenario or link you opened.`,
	useSettingCurrency: (p: { currency: string }) => `Use ${p.currency} instead`,
	unknownPeriod: (p: { period: string; used: string }) =>
		`The link asked for a period “${p.period}”, which this calculator does not know: the figures are ${p.used}; choose another above.`,
	forPeriod: {
		month: 'for the month',
		quarter: 'for the quarter',
		year: 'for the year'
	},
	perPeriod: {
		month: 'per month',
		quarter: 'per quarter',
		year: 'per year'
	},
	periodChurn: {
		month: 'Monthly churn',
		quarter: 'Quarterly churn',
		year: 'Yearly churn'
	},
	duration: {
		month: (p: { n: string; count: number }) => `${p.n} ${p.count === 1 ? 'month' : 'months'}`,
		quarter: (p: { n: string; count: number }) => `${p.n} ${p.count === 1 ? 'quarter' : 'quarters'}`,
		year: (p: { n: string; count: number }) => `${p.n} ${p.count === 1 ? 'year' : 'years'}`
	},
	fieldProblems: {
		empty: 'Required: enter a number.',
		notNumber: (p: { text: string; decimalExample: string }) =>
			`“${p.text}” is not a number. Type digits only, for example 10000 or ${p.decimalExample} (no letters or currency signs).`,
		badSeparators: (p: { text: string }) =>
			`The separators in “${p.text}” do not fit a number: group thousands in threes (10,000 or 10 000) or leave the grouping out.`,
		negative: 'This cannot be negative: enter 0 or more.',
		thousandsOrDecimal: (p: { text: string; whole: string; mark: string; asDecimal: string; digits: string }) =>
			`${p.text}: did you mean ${p.whole}? Counts are whole numbers, and in this language “${p.mark}” marks decimals, so ${p.text} reads as ${p.asDecimal}. Type the number without “${p.mark}”, e.g. ${p.digits}.`,
		notInteger: 'Enter a whole number: this counts customers, orders or answers.',
		tooLarge: (p: { max: string }) =>
			`This number is too large: the largest allowed here is ${p.max}. Check the number.`,
		percentAbove100: (p: { value: string }) => `${p.value}% is more than 100%: enter a percentage from 0 to 100.`
	},
	/** Formula problems that any calculator can meet when a value is not usable; the form prevents them. */
	genericProblem: 'These values cannot be used in the formula: check the highlighted entries.',
	/** Two scenarios side by side (issue 15, part 3). */
	compare: {
		toggle: 'Compare with scenario B',
		toggleHint: 'Scenario B starts as a copy of your numbers (A). Change B to see how the result differs.',
		scenarioA: 'Scenario A',
		scenarioB: 'Scenario B',
		fieldLabel: (p: { scenario: string; label: string }) => `${p.scenario} — ${p.label}`,
		heading: 'Result: A and B',
		difference: 'B − A',
		relative: 'Relative change (B − A) / |A|',
		noRelative: 'none: A is 0',
		waiting: 'The difference appears once both scenarios have a result.',
		notOneNumber: 'This result is several figures: compare them in the math of each scenario.',
		warningOf: (p: { scenario: string; warning: string }) => `${p.scenario}: ${p.warning}`,
		mathOf: 'Show the math of'
	},
	scenarios: {
		heading: 'Saved scenarios',
		intro: 'Save these inputs under a name to come back to them later. They stay in this browser.',
		nameLabel: 'Scenario name',
		save: 'Save scenario',
		saved: (p: { name: string }) => `Saved “${p.name}”.`,
		replaces: (p: { name: string }) => `A scenario called “${p.name}” exists: saving replaces its inputs.`,
		none: 'No scenarios saved for this calculator yet.',
		load: (p: { name: string }) => `Load “${p.name}”`,
		delete: (p: { name: string }) => `Delete “${p.name}”`,
		loaded: (p: { name: string }) => `Loaded “${p.name}”.`,
		deleted: (p: { name: string }) => `Deleted “${p.name}”.`,
		savedOn: (p: { date: string }) => `saved ${p.date}`,
		currency: (p: { currency: string }) => `amounts in ${p.currency}`,
		nameEmpty: 'Give the scenario a name.',
		nameTooLong: (p: { max: string }) => `Keep the name to ${p.max} characters or fewer.`,
		saveFailed: (p: { reason: string }) => `The scenario could not be saved: ${p.reason}`
	},
	/** The chart of how a result responds to its inputs (issue 15, part 2). */
	response: {
		heading: 'How the result responds',
		intro: 'Each point is this calculator’s own result with one input changed and your other inputs as entered. Your calculation is the marked point.',
		vary: 'Input to vary',
		title: (p: { result: string; input: string }) => `${p.result} against ${p.input}`,
		description: (p: { input: string }) => `The result for other values of ${p.input}.`,
		compounding: 'Churn compounded month by month',
		compoundingDescription:
			'The share of the starting customers lost after each month at this churn rate. Survival multiplies, so the share grows more slowly than the monthly rate times the number of months.',
		months: 'Months since the start',
		lostSoFar: 'Customers lost since the start',
		yours: 'Your calculation',
		waiting: 'The chart comes back once the result can be calculated.'
	},
	/** "What lifts it most": one input changed at a time. */
	lifts: {
		heading: 'What lifts it most',
		intro: 'Each line changes one input and keeps the others as entered, computed with the same formula as the result. The largest gain comes first.',
		change: 'Change',
		result: 'New result',
		difference: 'Difference',
		capped: (p: { by: string; max: string }) => `${p.by}, held at ${p.max}, the most it can be`,
		line: (p: { field: string; by: string }) => `${p.field}: ${p.by}`,
		differenceWithShare: (p: { difference: string; relative: string }) => `${p.difference} (${p.relative})`
	},

	crr: {
		title: 'Customer retention rate (CRR)',
		description: 'The share of the customers you had at the start of a period who are still customers at its end.',
		fields: {
			s: {
				label: 'Customers at the start (S)',
				hint: 'Everyone who was a customer on the first day of the period.'
			},
			e: {
				label: 'Customers at the end (E)',
				hint: 'Everyone who is a customer on the last day, new customers included.'
			},
			n: {
				label: 'New customers won in the period (N)',
				hint: 'Customers whose first purchase fell within the period.'
			}
		},
		period: 'Length of the period',
		examples: { textbook: 'Load textbook example', seedVariant: 'Load the E = 9,800 variant' },
		result: (p: { period: string }) => `Customer retention rate ${p.period}`,
		retained: 'Customers kept from the start (E − N)',
		lost: 'Customers lost (S − (E − N))',
		churn: (p: { period: string }) => `Churn ${p.period} (100% − CRR)`,
		formula: 'CRR = (E − N) / S × 100',
		churnFormula: 'churn = 100% − CRR',
		startNotPositive:
			'S must be more than 0: with no customers at the start there is nobody to retain, and the formula would divide by zero.',
		endBelowAcquired: (p: { e: string; n: string; wouldBe: string }) =>
			`E (${p.e}) is smaller than N (${p.n}), so the result would be ${p.wouldBe}, which is impossible. E counts every customer at the end of the period, the ${p.n} new ones included, so it cannot be smaller than N. Check that E includes the new customers.`,
		retainedExceedsStart: (p: { retained: string; s: string }) =>
			`The result is above 100%: E − N = ${p.retained} returning customers is more than the ${p.s} you started with. Consistent counts cannot give this. Perhaps N misses some new customers, or E counts customers who came back after leaving before the period began. The figure is shown so you can see the inconsistency; it is not a real retention rate.`,
		notes: [
			`The textbook example (S = 10,000, N = 2,000, E = 10,200 in one quarter) in ${names['001']} says the rate is “about 78%”. The formula gives (10,200 − 2,000) / 10,000 × 100 = 82%. 78% is what E = 9,800 would give: (9,800 − 2,000) / 10,000 × 100 = 78%. Load both examples to compare.`,
			'N is subtracted because new customers are in E but were not in S: without it, winning customers would look like keeping them.',
			'CRR counts customers, not what they buy: read it together with purchase frequency and the repeat-purchase rate.',
			'Counted the same way, CRR and churn for the same period add up to 100%.'
		]
	},

	churn: {
		title: 'Churn rate',
		description: 'The share of customers lost in a period, converted between months, quarters and years.',
		fields: {
			s: {
				label: 'Customers at the start (S)',
				hint: 'Everyone who was a customer on the first day of the period.'
			},
			l: { label: 'Customers lost in the period (L)', hint: 'Customers from S who left during the period.' }
		},
		period: 'Period the counts cover',
		examples: { textbook: 'Load textbook example' },
		result: (p: { period: string }) => `Churn ${p.period}`,
		retention: (p: { period: string }) => `Retention ${p.period} (100% − churn)`,
		formula: 'churn = L / S × 100',
		startNotPositive:
			'S must be more than 0: with no customers at the start nobody can be lost, and the formula would divide by zero.',
		lostExceedsStart: (p: { l: string; s: string }) =>
			`More customers lost (${p.l}) than there were at the start (${p.s}). L counts only customers from S who left; customers won and lost within the same period belong to neither count.`,
		notes: [
			'Churn converts between periods by compounding, not by multiplying: with 5% churn a month, 95% stay each month, so 0.95¹² = 54% stay for a year and yearly churn is 46%, not 12 × 5% = 60%.',
			'The conversion assumes the same churn in every month. Real churn is usually higher in a customer’s first months.',
			`Counted the same way, churn = 100% − CRR: the textbook quarter from ${names['001']}, with a CRR of 82%, has 18% quarterly churn.`,
			'Without subscriptions, “lost” needs a definition: usually a customer with no purchase within an activity window, for example 12 months.'
		]
	},

	churnConvert: {
		title: 'Churn rate conversion',
		description: 'Convert a churn rate between monthly, quarterly and yearly: 1 − (1 − c)^k.',
		fields: {
			c: { label: 'Churn rate (%)', hint: 'Share of customers lost per period; 5 means 5%.' }
		},
		period: 'The rate is per',
		examples: { textbook: 'Load textbook example' },
		equivalent: (p: { period: string }) => `Equivalent churn ${p.period}`,
		retention: (p: { period: string }) => `Retention ${p.period}`,
		notes: [
			'Survival multiplies: if 95% stay each month, 0.95 × 0.95 × 0.95 = 85.7% stay for a quarter, so quarterly churn is 14.3%, not 15%.',
			'The other way round uses a fractional power: yearly churn of 50% means (1 − 0.5)^(1/12) = 94.4% stay each month, a monthly churn of 5.6%.',
			'The conversion assumes the same churn in every month of the longer period.'
		]
	},

	lifetime: {
		title: 'Expected customer lifetime',
		description: 'A rough estimate of how long a customer stays: t = 1 / churn.',
		fields: {
			c: { label: 'Churn rate (%)', hint: 'Share of customers lost per period; 5 means 5%.' }
		},
		period: 'The churn is per',
		examples: { textbook: 'Load textbook example' },
		result: 'Expected lifetime (rough estimate)',
		inMonths: 'In months',
		inYears: 'In years',
		formula: 't = 1 / churn',
		lifetimeImplausible: (p: { lifetime: string; churn: string; period: string }) =>
			`A lifetime of ${p.lifetime} is beyond any real customer (more than 100 years): check the churn rate of ${p.churn}. Is it ${p.period}, and typed in % (5 means 5%)?`,
		zeroChurn:
			'With 0% churn nobody ever leaves, so the lifetime would be 1 / 0: infinite. No real customer base behaves like that. Measure churn over a longer period, or enter a small estimate such as 1%.',
		notes: [
			'A rough estimate: it assumes every customer faces the same churn in every period, for ever. In practice churn falls the longer a customer stays, so 1 / churn understates loyal customers and overstates new ones.',
			'The lifetime comes out in the periods of the churn rate: 5% a month gives 20 months, 5% a year gives 20 years.',
			`It can serve as t in the simple CLV formula (CLV = AOV × f × t); ${names['004']} calls 1 to 3 years usual.`
		]
	},

	aov: {
		title: 'Average order value (AOV)',
		description: 'Revenue per order.',
		fields: {
			r: { label: 'Revenue', hint: 'Revenue from the orders counted, in your currency.' },
			o: { label: 'Number of orders', hint: 'Orders over the same time span.' }
		},
		examples: { textbook: 'Load textbook example' },
		result: 'Average order value',
		formula: 'AOV = revenue / orders',
		noOrders:
			'With 0 orders there is no average order value: the formula would divide by zero. Enter at least one order.',
		notes: [
			'Count revenue and orders over the same time span, and treat cancellations, refunds, tax and shipping the same way in both.',
			'AOV is the first factor of the simple CLV formula: CLV = AOV × f × t.'
		]
	},

	frequency: {
		title: 'Purchase frequency',
		description: 'Orders per customer in a period.',
		fields: {
			o: { label: 'Number of orders', hint: 'All orders placed in the period.' },
			c: { label: 'Unique customers', hint: 'Different customers who ordered in the period.' }
		},
		period: 'Period the counts cover',
		examples: { textbook: 'Load textbook example' },
		result: (p: { period: string }) => `Purchase frequency ${p.period}`,
		unit: (p: { n: string; period: string }) => `${p.n} orders per customer ${p.period}`,
		formula: 'f = orders / unique customers',
		noCustomers:
			'With 0 customers there is no frequency: the formula would divide by zero. Enter at least one customer.',
		fewerOrdersThanCustomers: (p: { orders: string; customers: string }) =>
			`There are fewer orders (${p.orders}) than customers (${p.customers}). Every customer who ordered in the period placed at least one order, so this only fits if the customers include people who did not order (for example your whole customer list). The usual definition counts only customers who ordered.`,
		notes: [
			'A measured frequency belongs to its period: over a year it is not twelve times the figure over a month, because more different customers order in a year.',
			'f is the second factor of the simple CLV formula (CLV = AOV × f × t); use f and t over the same period there.'
		]
	},

	repeat: {
		title: 'Repeat-purchase rate',
		description: 'The share of customers who ordered more than once (what Metrilo calls “retention rate”).',
		fields: {
			r: {
				label: 'Customers with 2 or more orders',
				hint: 'Customers who ordered at least twice in the time span.'
			},
			c: { label: 'All customers', hint: 'Every customer who ordered in the same time span.' }
		},
		examples: { textbook: 'Load textbook example' },
		result: 'Repeat-purchase rate',
		oneTime: 'One-time buyers',
		formula: 'repeat-purchase rate = customers with 2+ orders / customers × 100',
		noCustomers:
			'With 0 customers there is no rate: the formula would divide by zero. Enter at least one customer.',
		repeatersExceedCustomers: (p: { repeaters: string; customers: string }) =>
			`More repeat customers (${p.repeaters}) than customers (${p.customers}): repeat customers are part of all customers. Check that both counts cover the same customers and time span.`,
		notes: [
			`This is the figure Metrilo publishes as “retention rate”. The e-commerce average of 28% that ${names['001']} cites from Metrilo is a repeat-purchase rate, not a CRR: compare like with like.`,
			'It grows with the time span: the longer it is, the more customers have had time for a second order.'
		]
	},

	clvSimple: {
		title: 'Customer lifetime value (AOV × frequency × lifetime)',
		description: 'CLV = AOV × purchase frequency × lifetime, with an optional gross margin.',
		fields: {
			a: { label: 'Average order value (AOV)', hint: 'Revenue per order.' },
			f: { label: 'Purchase frequency (f)', hint: 'Orders per customer per period.' },
			t: {
				label: 'Customer lifetime (t)',
				hint: `How many periods a customer stays; usually 1 to 3 years, according to ${names['004']}.`
			},
			g: { label: 'Gross margin (%)', hint: 'Turns the revenue into gross profit.' }
		},
		period: 'f and t are per',
		examples: { textbook: 'Load textbook example' },
		result: 'Customer lifetime value (revenue)',
		customerValue: (p: { period: string }) => `Customer value (CV) ${p.period}`,
		grossProfit: 'Customer lifetime value (gross profit)',
		formulaCv: 'CV = AOV × f',
		formulaClv: 'CLV = CV × t',
		formulaProfit: 'CLV in gross profit = CLV × gross margin',
		lifetimeAboveUsual: (p: { lifetime: string }) =>
			`A lifetime of ${p.lifetime} is longer than the 1 to 3 years that ${names['004']} calls usual. Check it, for example with the expected-lifetime calculator (t = 1 / churn).`,
		notes: [
			`The formula from ${names['004']}: CLV = CV × t with CV = AOV × f. f and t must share a period: orders per year with years, orders per month with months.`,
			'No discounting and no churn pattern: a quick revenue figure. The retention-and-margin calculator discounts future margin.',
			'With a gross margin, the CLV is in profit rather than revenue: that is the figure to compare with the cost of winning a customer (LTV:CAC).'
		]
	},

	clvRetention: {
		title: 'Customer lifetime value (retention and margin)',
		description: 'CLV = m × r / (1 + d − r) from margin, retention and a discount rate, optionally minus CAC.',
		fields: {
			m: {
				label: 'Margin per customer per period (m)',
				hint: 'Gross profit a retained customer brings each period.'
			},
			r: {
				label: 'Retention rate per period (r, %)',
				hint: 'Share of customers who stay from one period to the next.'
			},
			d: { label: 'Discount rate per year (%)', hint: 'Your cost of capital, e.g. 10; converted to the period.' },
			k: { label: 'Acquisition cost (CAC)', hint: 'Subtracted once, to see what a new customer is worth.' }
		},
		period: 'm and r are per',
		examples: { textbook: 'Load textbook example' },
		result: 'Customer lifetime value (retention and margin)',
		afterCac: 'Lifetime value after acquisition cost (CLV − CAC)',
		multiple: 'Margin multiple r / (1 + d − r)',
		discountPerPeriod: (p: { period: string }) => `Discount rate ${p.period}`,
		discountLead: (p: { period: string }) => `Convert the yearly discount rate to one ${p.period}:`,
		discountYearly: 'The discount rate is already per year:',
		formulaDiscount: (p: { k: string }) => `d = (1 + d per year)^(1/${p.k}) − 1`,
		formula: 'CLV = m × r / (1 + d − r)',
		formulaAfterCac: 'CLV − CAC',
		diverges:
			'With 100% retention and a 0% discount rate the formula divides by zero (1 + d − r = 0): a customer who never leaves, and whose future money counts in full, would be worth an unlimited amount. Enter a retention below 100% or a discount rate above 0.',
		retentionAsFraction: (p: { typed: string; meant: string }) =>
			`A retention of ${p.typed} keeps almost no customer from one period to the next: did you mean ${p.meant}? Type the percentage itself (80 for 80%), not the fraction (0.8).`,
		costsMoreThanWorth: (p: { clv: string; cac: string }) =>
			`The acquisition cost (${p.cac}) is more than the customer’s lifetime value (${p.clv}): each customer won at this cost loses money.`,
		notes: [
			'The formula (Gupta & Lehmann, 2003) adds up the margin of every future period, weighted by the chance the customer is still there (r, r², r³, …) and discounted (by 1 + d, (1 + d)², …): CLV = Σ m × rᵗ / (1 + d)ᵗ for t = 1, 2, … It assumes constant margin and retention and no end date.',
			'The margin of the current period is not included (the sum starts at t = 1): add m for a customer who has just bought.',
			'm, r and d must share a period. The discount rate is stated per year and converted by compounding: 10% a year is (1.1)^(1/12) − 1 = 0.797% a month, not 10% / 12.',
			'r / (1 + d − r) is the margin multiple: how many periods of margin a customer is worth today.'
		]
	},

	ltvCac: {
		title: 'LTV:CAC ratio and CAC payback',
		description:
			'How many times a customer’s value covers the cost of winning them, and the months to earn that cost back.',
		fields: {
			l: { label: 'Customer lifetime value (LTV)', hint: 'Best in gross profit, e.g. from a CLV calculator.' },
			c: { label: 'Customer acquisition cost (CAC)', hint: 'Marketing and sales spend per new customer.' },
			m: { label: 'Monthly revenue per customer', hint: 'For the payback period.' },
			g: { label: 'Gross margin (%)', hint: 'For the payback period.' }
		},
		examples: { textbook: 'Load textbook example' },
		result: 'LTV:CAC',
		payback: 'CAC payback',
		formula: 'LTV:CAC = LTV / CAC',
		formulaPayback: 'payback = CAC / (monthly revenue × gross margin)',
		paybackNeedsBoth: 'Enter both the monthly revenue per customer and the gross margin to see the payback period.',
		loss: 'Below 1 : 1: each customer costs more to win than they are worth.',
		below: 'Below the 3 : 1 rule of thumb.',
		meets: 'At or above the 3 : 1 rule of thumb.',
		cacZero:
			'A CAC of 0 makes the ratio infinite: every customer would come free. Enter what you spend to win one customer (advertising, discounts, sales time), however small.',
		noMonthlyMargin:
			'With no monthly gross profit per customer (revenue × margin = 0) the acquisition cost is never earned back.',
		notes: [
			'3 : 1 is a rule of thumb from subscription businesses, not a law: the right ratio depends on your margins, cash and growth plans, and a very high ratio can mean you spend too little on winning customers.',
			'Use LTV in gross profit, not revenue, so that the ratio compares money earned with money spent.',
			'Payback counts the months of gross profit needed to earn back the acquisition cost, ignoring churn in the meantime.'
		]
	},

	nps: {
		title: 'Net Promoter Score (NPS)',
		description: '% promoters (9–10) − % detractors (0–6), from survey answers.',
		fields: {
			pro: { label: 'Promoters (scored 9–10)', hint: 'Number of answers of 9 or 10.' },
			pas: { label: 'Passives (scored 7–8)', hint: 'Number of answers of 7 or 8.' },
			det: { label: 'Detractors (scored 0–6)', hint: 'Number of answers from 0 to 6.' }
		},
		examples: { textbook: 'Load textbook example' },
		result: 'Net Promoter Score',
		responses: 'Answers',
		promoters: 'Promoters',
		passives: 'Passives',
		detractors: 'Detractors',
		formula: 'NPS = % promoters − % detractors',
		noResponses: 'There are no answers: all three counts are 0. Enter the survey results.',
		notes: [
			'The standard NPS (Reichheld, 2003) asks “How likely are you to recommend us to a friend or colleague?” on a scale from 0 to 10: 9–10 are promoters, 7–8 passives, 0–6 detractors. It runs from −100 to +100 and is a score, not a percentage.',
			`The scale in ${names['002']} runs from 1 to 10, and customers scoring “5 and above” count as promoters. That is not how NPS is defined and would count many passives and detractors as promoters; this calculator uses the standard definition.`,
			'Passives count in the total but in neither group, so turning a passive into a promoter raises the score.'
		]
	}
};
