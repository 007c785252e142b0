import { screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { installResizeObserverStub } from '$lib/charts/test-support';
import { locale } from '$lib/i18n/i18n.svelte';
import { preferences } from '$lib/prefs/preferences.svelte';
import { renderCalculator } from './definitions/test-support';

/**
 * The real calculators in the shared view, as a reader meets them: what issue 11 (a typed number
 * never changes by itself, a ratio agrees with its verdict, a scenario keeps its currency) and
 * issue 16 (absurd numbers in links) found. The settings are the app's own (language, currency).
 */
// The view holds a chart (LayerCake), which needs a ResizeObserver.
beforeAll(installResizeObserverStub);
beforeEach(() => preferences.setCurrency('EUR'));
afterEach(() => locale.set('en'));

function setup(id: string) {
	const field = (key: string) => document.getElementById(`calc-${id}-${key}`) as HTMLInputElement;
	return { ...renderCalculator(id), field };
}

const headline = () => within(screen.getByTestId('result')).getByRole('status');
/** Text with every kind of space as a plain one: Intl groups and spaces with no-break spaces. */
const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

describe('a typed number keeps its value when the language changes', () => {
	it('AOV 1,250 × 2 × 3 typed in English stays €7,500 in Dutch and Russian', async () => {
		const { field, user } = setup('clv-simple');
		await user.type(field('a'), '1,250');
		await user.type(field('f'), '2');
		await user.type(field('t'), '3');
		expect(headline()).toHaveTextContent('€7,500.00');

		await locale.set('nl');
		await tick();
		expect(field('a')).toHaveValue('1.250');
		expect(field('f')).toHaveValue('2');
		expect(plain(headline().textContent)).toBe('€ 7.500,00');
		expect(screen.queryByText(/Gelezen als/)).not.toBeInTheDocument();

		await locale.set('ru');
		await tick();
		expect(plain(field('a').value)).toBe('1 250');
		expect(plain(headline().textContent)).toBe('7 500,00 €');

		await locale.set('en');
		await tick();
		expect(field('a')).toHaveValue('1,250');
		expect(headline()).toHaveTextContent('€7,500.00');
	});

	it('CRR 10,000 / 10,200 / 2,000 stays 82 % in Russian, and typing on reads Russian', async () => {
		const { field, user, model } = setup('crr');
		await user.type(field('s'), '10,000');
		await user.type(field('e'), '10,200');
		await user.type(field('n'), '2,000');
		expect(headline()).toHaveTextContent('82%');

		await locale.set('ru');
		await tick();
		expect(['s', 'e', 'n'].map((key) => plain(field(key).value))).toEqual(['10 000', '10 200', '2 000']);
		expect(plain(headline().textContent)).toBe('82 %');
		expect(model.params).toMatchObject({ s: '10000', e: '10200', n: '2000' });

		await user.clear(field('e'));
		await user.type(field('e'), '9,800');
		expect(field('e')).toHaveAccessibleDescription(/целое число/);
		await user.clear(field('e'));
		await user.type(field('e'), '9 800');
		expect(plain(headline().textContent)).toBe('78 %');
	});
});

describe('LTV:CAC shows the digits its verdict rests on', () => {
	it.each([
		['299', '2.99 : 1', 'Below the 3 : 1 rule of thumb.'],
		['299.9', '2.999 : 1', 'Below the 3 : 1 rule of thumb.'],
		['300', '3 : 1', 'At or above the 3 : 1 rule of thumb.']
	])('LTV %s over CAC 100 reads %j beside %j', async (ltv, ratio, verdict) => {
		const { field, user } = setup('ltv-cac');
		await user.type(field('l'), ltv);
		await user.type(field('c'), '100');
		expect(headline()).toHaveTextContent(ratio);
		expect(screen.getByTestId('result')).toHaveTextContent(verdict);
	});
});

describe('absurd numbers in a link', () => {
	it.each([
		['99999999999999999999999', '99999999999999999999999'],
		['1' + '0'.repeat(400), '1' + '0'.repeat(400)],
		['1' + '0'.repeat(400) + '.5', '1' + '0'.repeat(400) + '.5']
	])('case %#: keeps the digits, never an exponent, and says the number is too large', async (param, shown) => {
		const { field, model } = setup('crr');
		model.load(new URLSearchParams({ s: param, e: '10200', n: '2000' }));
		await tick();
		expect(field('s')).toHaveValue(shown);
		expect(field('s').value).not.toMatch(/e/i);
		expect(field('s')).toHaveAttribute('aria-invalid', 'true');
		expect(field('s')).toHaveAccessibleDescription(
			/This number is too large: the largest allowed here is 10,000,000,000\. Check the number\./
		);
	});

	it('repeats only the first 24 characters of a 100,000-character parameter', async () => {
		const { field, model } = setup('crr');
		model.load(new URLSearchParams({ s: 'x'.repeat(100_000) }));
		await tick();
		const message = document.getElementById('calc-crr-s-error')?.textContent ?? '';
		expect(message).toContain(`“${'x'.repeat(24)}…” is not a number.`);
		expect(message.length).toBeLessThan(200);
		expect(field('s')).toHaveAttribute('aria-invalid', 'true');
	});
});

describe('a scenario’s currency', () => {
	it('shows amounts in the loaded currency, says so, and returns to the setting on request', async () => {
		const { model, user, field } = setup('aov');
		model.load({ r: '125000', o: '2500' }, { currency: 'USD' });
		await tick();
		expect(headline()).toHaveTextContent('US$50.00');
		expect(field('r')).toHaveAccessibleDescription(/USD/);
		const note = screen.getByRole('note');
		expect(note).toHaveTextContent('Amounts are in USD, the currency of the scenario or link you opened.');

		await user.click(within(note).getByRole('button', { name: 'Use EUR instead' }));
		expect(headline()).toHaveTextContent('€50.00');
		expect(screen.queryByRole('note')).not.toBeInTheDocument();
	});
});
