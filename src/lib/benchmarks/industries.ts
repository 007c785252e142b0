/**
 * Industries as the publishers name them, grouped into broader sectors so a user who picks
 * "apparel" sees Metrilo's apparel, Bluecore's apparel and Windsor Circle's apparel & footwear.
 * Labels live in the message catalogue (`msg.benchmarks.industries`, `msg.benchmarks.sectors`).
 */
export const SECTORS = [
	'all',
	'apparel',
	'beauty',
	'food-drink',
	'health',
	'pet',
	'sports',
	'jewelry-luxury',
	'subscription'
] as const;
export type Sector = (typeof SECTORS)[number];

export interface Industry {
	sectors: readonly Sector[];
	/** An average over many industries (the figure to fall back on when no closer one exists). */
	crossIndustry: boolean;
}

export const INDUSTRIES = {
	'all-ecommerce': { sectors: ['all'], crossIndustry: true },
	tea: { sectors: ['food-drink'], crossIndustry: false },
	'own-food-products': { sectors: ['food-drink'], crossIndustry: false },
	beauty: { sectors: ['beauty'], crossIndustry: false },
	apparel: { sectors: ['apparel'], crossIndustry: false },
	'meal-delivery': { sectors: ['food-drink'], crossIndustry: false },
	supplements: { sectors: ['health'], crossIndustry: false },
	coffee: { sectors: ['food-drink'], crossIndustry: false },
	'pet-products': { sectors: ['pet'], crossIndustry: false },
	'performance-sportswear': { sectors: ['sports', 'apparel'], crossIndustry: false },
	cbd: { sectors: ['health'], crossIndustry: false },
	'jewelry-luxury': { sectors: ['jewelry-luxury'], crossIndustry: false },
	'health-beauty': { sectors: ['beauty', 'health'], crossIndustry: false },
	'sporting-goods-outdoor': { sectors: ['sports'], crossIndustry: false },
	'apparel-footwear': { sectors: ['apparel'], crossIndustry: false },
	'subscription-all': { sectors: ['subscription'], crossIndustry: true },
	'subscription-b2c': { sectors: ['subscription'], crossIndustry: false }
} as const satisfies Record<string, Industry>;

export type IndustryId = keyof typeof INDUSTRIES;
export const INDUSTRY_IDS = Object.keys(INDUSTRIES) as IndustryId[];
