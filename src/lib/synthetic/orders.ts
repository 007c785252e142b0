/**
 * Synthetic orders drawn from a BG/NBD + Gamma-Gamma world with known parameters: a TypeScript port
 * of ../shared/bench/gen_orders.mjs that consumes the random stream in the same order, so a seed
 * gives byte-for-byte the same CSV as that script. Used to check that fitted models recover the
 * truth, and by the benchmark (250,000 customers ≈ 1.15 M orders).
 *
 * Time unit of the truth: days. Each customer's first purchase is on a uniformly drawn day of a
 * 3-year window from 2022-01-01; while alive they buy after gaps of ⌈Exp(λ)⌉ days (so never twice on
 * one day) and drop out with probability p after each repeat purchase; a purchase on or after day
 * 1095 of the window is not recorded. Each purchase's amount is Gamma(p, ν), rounded to cents.
 */
import type { OrderColumns } from '../orders/columns';
import { mulberry32 } from '../models/random';

/** The generator's true parameters (time unit: days). */
export const SYNTHETIC_TRUTH = { r: 0.9, alpha: 60, a: 0.8, b: 3, p: 6, q: 4, v: 150 } as const;

/** Days in the observation window; orders fall on window days 0 … WINDOW_DAYS − 1. */
export const SYNTHETIC_WINDOW_DAYS = 3 * 365;
/** 2022-01-01 as days since 1970-01-01. */
export const SYNTHETIC_START_DAY = Date.UTC(2022, 0, 1) / 86_400_000;
export const DEFAULT_SYNTHETIC_SEED = 7;

/** Receives one order: customer index, day within the window, unrounded amount. */
export type OrderSink = (customer: number, windowDay: number, amount: number) => void;

/** Draws customers one at a time, in the random-stream order of gen_orders.mjs. */
export class SyntheticCustomers {
	private readonly random: () => number;
	private next = 0;

	constructor(seed = DEFAULT_SYNTHETIC_SEED) {
		this.random = mulberry32(seed);
	}

	get drawn(): number {
		return this.next;
	}

	private normal(): number {
		// Evaluation order matters: the two uniforms are drawn left to right, as in the script.
		return Math.sqrt(-2 * Math.log(1 - this.random())) * Math.cos(2 * Math.PI * this.random());
	}

	/** Gamma(k, 1) by Marsaglia & Tsang (2000), with the boost for k < 1. */
	private gamma(k: number): number {
		if (k < 1) return this.gamma(k + 1) * Math.pow(this.random(), 1 / k);
		const d = k - 1 / 3;
		const c = 1 / Math.sqrt(9 * d);
		for (;;) {
			let x: number;
			let v: number;
			do {
				x = this.normal();
				v = 1 + c * x;
			} while (v <= 0);
			v = v * v * v;
			const u = this.random();
			if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
		}
	}

	private beta(a: number, b: number): number {
		const x = this.gamma(a);
		return x / (x + this.gamma(b));
	}

	/** Draws the next customer and emits their orders; returns how many. */
	drawCustomer(emit: OrderSink): number {
		const { r, alpha, a, b, p, q, v } = SYNTHETIC_TRUTH;
		const customer = this.next++;
		const rate = this.gamma(r) / alpha;
		const dropout = this.beta(a, b);
		const spendRate = this.gamma(q) / v;
		let day = Math.floor(this.random() * SYNTHETIC_WINDOW_DAYS);
		for (let k = 0; ; k++) {
			emit(customer, day, this.gamma(p) / spendRate);
			if (k > 0 && this.random() < dropout) return k + 1;
			day += Math.ceil(-Math.log(1 - this.random()) / rate);
			if (day >= SYNTHETIC_WINDOW_DAYS) return k + 1;
		}
	}
}

/** The customer id gen_orders.mjs writes for customer index i: C0000001, C0000002, … */
export function syntheticCustomerId(index: number): string {
	return 'C' + String(index + 1).padStart(7, '0');
}

export interface SyntheticOrders {
	orders: OrderColumns;
	customerCount: number;
	/** Last day of the window (days since 1970-01-01): the natural calibration end. */
	lastDay: number;
}

/** Orders of `customers` synthetic customers as columns, amounts rounded to cents like the CSV. */
export function syntheticOrderColumns(customers: number, seed = DEFAULT_SYNTHETIC_SEED): SyntheticOrders {
	const source = new SyntheticCustomers(seed);
	let capacity = Math.max(16, Math.ceil(customers * 5));
	let customer = new Int32Array(capacity);
	let day = new Int32Array(capacity);
	let amount = new Float64Array(capacity);
	let count = 0;
	const emit: OrderSink = (c, windowDay, value) => {
		if (count === capacity) {
			capacity *= 2;
			const grownCustomer = new Int32Array(capacity);
			const grownDay = new Int32Array(capacity);
			const grownAmount = new Float64Array(capacity);
			grownCustomer.set(customer);
			grownDay.set(day);
			grownAmount.set(amount);
			[customer, day, amount] = [grownCustomer, grownDay, grownAmount];
		}
		customer[count] = c;
		day[count] = SYNTHETIC_START_DAY + windowDay;
		amount[count] = Number(value.toFixed(2));
		count++;
	};
	for (let c = 0; c < customers; c++) source.drawCustomer(emit);
	return {
		orders: { count, customer, day, amount },
		customerCount: customers,
		lastDay: SYNTHETIC_START_DAY + SYNTHETIC_WINDOW_DAYS - 1
	};
}

export const SYNTHETIC_CSV_HEADER = 'order_id,customer_id,order_date,total';

/** The extra columns a Shopify-like export has, written with `{ attributes: true }`. */
export const SYNTHETIC_ATTRIBUTE_HEADER = 'channel,country,product,discount_code';

export interface SyntheticCsvOptions {
	/**
	 * Also write channel, country, product and discount_code columns. They are drawn from a random
	 * stream of their own (seeded from `seed`), so the customers, dates and amounts — and every count
	 * and the truth — are those of the plain file.
	 */
	attributes?: boolean;
}

/** Sales channels and their shares of orders. */
const CHANNELS: readonly (readonly [string, number])[] = [
	['web', 0.62],
	['pos', 0.18],
	['instagram', 0.12],
	['marketplace', 0.08]
];
/** 30 ISO 3166-1 codes, most frequent first (Zipf-like weights). */
const COUNTRIES = 'US GB DE CA AU FR NL SE IT ES IE BE DK NO CH AT PL FI NZ PT LV LT EE CZ JP SG HK CN MX BR'.split(
	' '
);
const PRODUCT_ADJECTIVES =
	'Classic Organic Vintage Slim Deluxe Mini Large Soft Bold Bright Rustic Urban Coastal Alpine Velvet Linen Wool Cotton Cedar Amber Indigo Olive Coral Ivory Slate Sage Copper Golden Silver Midnight Sunny Misty Spiced Fresh Daily Weekend Travel Studio Garden Nordic'.split(
		' '
	);
const PRODUCT_NOUNS =
	'Mug|Candle|Tote|Scarf|Notebook|Teapot|Blanket|Pillow|Vase|Bowl|Plate|Apron|Soap|Serum|Lip Balm|Hand Cream|Socks|Beanie|Gloves|T-Shirt|Hoodie|Cap|Wallet|Keyring|Poster|Print|Frame|Planter|Coaster|Tray|Coffee Beans|Tea Blend|Granola|Honey|Chocolate|Hot Sauce|Olive Oil|Jam|Water Bottle|Lunch Box|Backpack|Sunglasses|Earrings|Necklace|Bracelet|Ring|Phone Case|Charger|Headphones|Lamp'.split(
		'|'
	);
/** 2,000 product names: every adjective with every noun. */
const PRODUCTS = PRODUCT_ADJECTIVES.flatMap((adjective) => PRODUCT_NOUNS.map((noun) => `${adjective} ${noun}`));
const DISCOUNT_CODES =
	'WELCOME10 SPRING15 SUMMER20 FALL10 WINTER25 BFCM30 CYBER25 VIP15 FRIEND10 NEWSLETTER5 FREESHIP COMEBACK20 BIRTHDAY15 INSTA10 TIKTOK15 STUDENT10 LOYALTY20 FLASH40 BUNDLE12 THANKYOU10'.split(
		' '
	);
/** Share of orders with a discount code. */
const DISCOUNTED_SHARE = 0.18;
/** Mixes the seed for the attributes' own random stream (any fixed odd constant). */
const ATTRIBUTE_SEED_MIX = 0x9e3779b9;

/** Cumulative weights (ending at 1) of a Zipf law with exponent `s` over `n` ranks. */
function zipfCumulative(n: number, s: number): Float64Array {
	const cumulative = new Float64Array(n);
	let sum = 0;
	for (let k = 0; k < n; k++) cumulative[k] = sum += 1 / (k + 1) ** s;
	for (let k = 0; k < n; k++) cumulative[k] /= sum;
	return cumulative;
}

/** The first index whose cumulative weight exceeds u (u in [0, 1)). */
function pick(cumulative: Float64Array, u: number): number {
	let low = 0;
	let high = cumulative.length - 1;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (cumulative[middle] > u) high = middle;
		else low = middle + 1;
	}
	return low;
}

/**
 * Draws order attributes from a random stream of its own: a country per customer (drawn when the
 * customer starts), and per order a channel, one product (so one line item per order) and, for
 * about one order in six, a discount code.
 */
export class SyntheticAttributes {
	private readonly random: () => number;
	private readonly channels: Float64Array;
	private readonly countries = zipfCumulative(COUNTRIES.length, 1.1);
	private readonly products = zipfCumulative(PRODUCTS.length, 1);
	private readonly codes = zipfCumulative(DISCOUNT_CODES.length, 0.8);
	private country = '';

	constructor(seed = DEFAULT_SYNTHETIC_SEED) {
		this.random = mulberry32((seed ^ ATTRIBUTE_SEED_MIX) >>> 0);
		let sum = 0;
		this.channels = Float64Array.from(CHANNELS, ([, share]) => (sum += share));
		this.channels[this.channels.length - 1] = 1;
	}

	/** Starts the next customer: draws their country. */
	nextCustomer(): void {
		this.country = COUNTRIES[pick(this.countries, this.random())];
	}

	/** The attribute columns of the current customer's next order, comma-separated. */
	nextOrder(): string {
		const channel = CHANNELS[pick(this.channels, this.random())][0];
		const product = PRODUCTS[pick(this.products, this.random())];
		const code = this.random() < DISCOUNTED_SHARE ? DISCOUNT_CODES[pick(this.codes, this.random())] : '';
		return `${channel},${this.country},${product},${code}`;
	}
}

/**
 * The CSV text of gen_orders.mjs (`order_id,customer_id,order_date,total`, LF line ends), in chunks
 * of about `rowsPerChunk` lines, so that large files can be streamed without building one string.
 * With `{ attributes: true }` each row also has the SYNTHETIC_ATTRIBUTE_HEADER columns; the first
 * four columns stay byte for byte those of the plain file.
 */
export function* syntheticOrderCsv(
	customers: number,
	seed = DEFAULT_SYNTHETIC_SEED,
	rowsPerChunk = 20_000,
	options: SyntheticCsvOptions = {}
): Generator<string, void, undefined> {
	const source = new SyntheticCustomers(seed);
	const attributes = options.attributes ? new SyntheticAttributes(seed) : null;
	const dates = Array.from({ length: SYNTHETIC_WINDOW_DAYS }, (_, d) =>
		new Date((SYNTHETIC_START_DAY + d) * 86_400_000).toISOString().slice(0, 10)
	);
	let lines: string[] = [attributes ? `${SYNTHETIC_CSV_HEADER},${SYNTHETIC_ATTRIBUTE_HEADER}` : SYNTHETIC_CSV_HEADER];
	let orderId = 1;
	let id = '';
	const emit: OrderSink = attributes
		? (_c, windowDay, value) => {
				lines.push(`${orderId++},${id},${dates[windowDay]},${value.toFixed(2)},${attributes.nextOrder()}`);
			}
		: (_c, windowDay, value) => {
				lines.push(`${orderId++},${id},${dates[windowDay]},${value.toFixed(2)}`);
			};
	for (let c = 0; c < customers; c++) {
		id = syntheticCustomerId(c);
		attributes?.nextCustomer();
		source.drawCustomer(emit);
		if (lines.length >= rowsPerChunk) {
			yield lines.join('\n') + '\n';
			lines = [];
		}
	}
	if (lines.length > 0) yield lines.join('\n') + '\n';
}
