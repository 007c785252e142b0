import { describe, expect, it } from 'vitest';
import tacticsText from '$lib/i18n/en/tactics';
import { isMetricId } from '$lib/benchmarks/metrics';
import {
	isTacticId,
	tacticById,
	TACTIC_IDS,
	TACTICS,
	tacticsForLever,
	tacticsForSegment,
	tacticsFromSeed
} from './catalogue';
import { FACT_IDS, FACTS } from './facts';
import { SEED_TACTICS } from './seed-tactics.fixture';
import { EFFORTS, LEVERS, SEED_IDS, SEGMENT_IDS } from './vocabulary';

describe('the catalogue covers the seeds', () => {
	it('has about 20–25 tactics, as the seeds merge into', () => {
		expect(TACTICS.length).toBeGreaterThanOrEqual(20);
		expect(TACTICS.length).toBeLessThanOrEqual(26);
	});

	it('has unique ids in kebab-case', () => {
		expect(new Set(TACTIC_IDS).size).toBe(TACTIC_IDS.length);
		for (const id of TACTIC_IDS) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it.each(TACTICS.map((t) => [t.id, t] as const))('%s cites at least one seed, each once', (_id, tactic) => {
		expect(tactic.seeds.length).toBeGreaterThan(0);
		expect(new Set(tactic.seeds).size).toBe(tactic.seeds.length);
	});

	const fixtureRows = SEED_IDS.flatMap((seed) =>
		SEED_TACTICS[seed].map((row) => [seed, row.phrase, row.tactic] as const)
	);

	it.each(fixtureRows)('seed %s: “%s” is in the catalogue as %s, citing that seed', (seed, _phrase, id) => {
		expect(isTacticId(id)).toBe(true);
		expect(tacticById(id).seeds).toContain(seed);
	});

	it.each(TACTICS.map((t) => [t.id, t] as const))('%s claims only seeds whose fixture names it', (id, tactic) => {
		const namedBy = SEED_IDS.filter((seed) => SEED_TACTICS[seed].some((row) => row.tactic === id));
		expect([...tactic.seeds].sort()).toEqual(namedBy);
	});

	it('lists at least one tactic for every seed', () => {
		for (const seed of SEED_IDS) expect(SEED_TACTICS[seed].length, seed).toBeGreaterThan(0);
	});

	it('merges tactics that several seeds name', () => {
		// e.g. loyalty programmes appear in 001, 003 and 004; service in 000, 003 and 004
		expect(tacticById('loyalty-program').seeds).toEqual(['001', '003', '004']);
		expect(tacticById('customer-service').seeds).toEqual(['000', '003', '004']);
		expect(tacticById('referral-program').seeds).toEqual(['001', '002']);
	});
});

describe('every tactic is fully described', () => {
	it.each(TACTICS.map((t) => [t.id, t] as const))('%s', (id, tactic) => {
		expect(LEVERS).toContain(tactic.lever);
		expect(EFFORTS).toContain(tactic.effort);
		expect(isMetricId(tactic.metric)).toBe(true);
		expect(tactic.segments.length).toBeGreaterThan(0);
		for (const segment of tactic.segments) expect(SEGMENT_IDS).toContain(segment);
		// `all` stands alone: listing it beside named segments would say the same thing twice
		if (tactic.segments.includes('all')) expect(tactic.segments).toEqual(['all']);
		for (const fact of tactic.facts) expect(FACT_IDS).toContain(fact);

		const text = tacticsText.items[id];
		expect(text.name.trim()).not.toBe('');
		expect(text.description.trim()).not.toBe('');
		expect(text.steps.length).toBeGreaterThan(0);
		for (const step of text.steps) expect(step.trim()).not.toBe('');
	});

	it('has text only for tactics that exist', () => {
		expect(Object.keys(tacticsText.items).sort()).toEqual([...TACTIC_IDS].sort());
	});

	it('has a label for every lever, effort and segment', () => {
		for (const lever of LEVERS) expect(tacticsText.levers[lever]).toBeTruthy();
		for (const effort of EFFORTS) expect(tacticsText.efforts[effort]).toBeTruthy();
		for (const segment of SEGMENT_IDS) expect(tacticsText.segments[segment]).toBeTruthy();
	});
});

describe('seed facts', () => {
	// The figures as SPEC §5 lists them from the seeds, with who said them and where.
	it.each([
		['acquisition-cost-5x', 5, null, '004'],
		['repeat-revenue-40', 0.4, null, '000'],
		['service-premium-24', 0.24, null, '000'],
		['service-loyalty-57', 0.57, 'Zendesk', '002'],
		['cross-sell-profit-30', 0.3, 'McKinsey', '002'],
		['cart-abandonment-76', 0.76, null, '002'],
		['reviews-trust-84', 0.84, 'BrightLocal', '002']
	] as const)('%s = %f, said by %s, cited in seed %s', (id, value, source, seed) => {
		expect(FACTS[id].value).toBe(value);
		expect(FACTS[id].attributedTo).toBe(source);
		expect(FACTS[id].citedIn).toBe(seed);
	});

	it.each(FACT_IDS)('%s has a claim that shows its value', (id) => {
		expect(tacticsText.facts[id].claim({ value: '⟨v⟩' })).toContain('⟨v⟩');
	});

	it('uses every fact to motivate at least one tactic', () => {
		const used = new Set(TACTICS.flatMap((tactic) => tactic.facts));
		expect([...used].sort()).toEqual([...FACT_IDS].sort());
	});

	it.each([
		['cross-sell', 'cross-sell-profit-30'],
		['abandoned-cart-recovery', 'cart-abandonment-76'],
		['reviews-testimonials', 'reviews-trust-84'],
		['priority-support', 'service-loyalty-57']
	] as const)('%s is motivated by %s', (tactic, fact) => {
		expect(tacticById(tactic).facts).toContain(fact);
	});
});

describe('finding tactics', () => {
	it('lists the tactics written for a segment first, then the general ones', () => {
		const ids = tacticsForSegment('lapsed').map((t) => t.id);
		expect(ids.slice(0, 3)).toEqual(['churn-reasons', 'win-back-email', 'retargeting-ads']);
		expect(ids).toContain('customer-service');
		expect(ids.indexOf('customer-service')).toBeGreaterThan(ids.indexOf('retargeting-ads'));
	});

	it('can leave the general tactics out', () => {
		expect(tacticsForSegment('high-frequency', { includeGeneral: false }).map((t) => t.id)).toEqual([
			'paid-membership',
			'shipping-perks'
		]);
	});

	it('gives every segment at least one tactic of its own', () => {
		for (const segment of SEGMENT_IDS) {
			if (segment === 'all') continue;
			expect(tacticsForSegment(segment, { includeGeneral: false }).length, segment).toBeGreaterThan(0);
		}
	});

	it('groups by lever and by seed', () => {
		expect(tacticsForLever('orderValue').map((t) => t.id)).toEqual(['cross-sell']);
		expect(tacticsForLever('winBack').map((t) => t.id)).toEqual(['win-back-email', 'retargeting-ads']);
		expect(tacticsFromSeed('001').map((t) => t.id)).toEqual([
			'measure-retention',
			'collect-feedback',
			'personalised-email',
			'sms-marketing',
			'loyalty-program',
			'referral-program',
			'social-media'
		]);
	});

	it('rejects unknown ids', () => {
		expect(isTacticId('win-back-email')).toBe(true);
		expect(isTacticId('toString')).toBe(false);
		expect(isTacticId('bundles')).toBe(false);
	});
});
