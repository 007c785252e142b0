import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import SourceLink from '$lib/components/SourceLink.svelte';
import { locale } from '$lib/i18n/i18n.svelte';
import { SOURCE_IDS, SOURCES, sourceAnchor, sourceFromAnchor } from '$lib/sources/sources';
import { calculatorById } from '../calculators/definitions';
import Page from './+page.svelte';

const SEED_WORDS = /seed|izejas rakst|исходн\S* стат|参考文章|种子|bronartikel/i;

function entry(id: string): HTMLElement {
	const section = document.getElementById(`source-${id}`);
	if (!section) throw new Error(`no entry for source ${id}`);
	return section;
}

/** The value beside a label in an entry's facts list. */
function field(id: string, label: string): HTMLElement {
	const term = [...entry(id).querySelectorAll('dt')].find((dt) => dt.textContent === label);
	if (!term?.nextElementSibling) throw new Error(`no ${label} in source ${id}`);
	return term.nextElementSibling as HTMLElement;
}

afterEach(async () => {
	await locale.set('en', false);
});

describe('the Sources page', () => {
	it('lists the five articles, each under its title in the UI language, with its own', () => {
		render(Page);
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sources');
		const headings = screen.getAllByRole('heading', { level: 2 });
		expect(headings.map((h) => h.textContent)).toEqual([
			'Tips for building a great e-commerce customer retention strategy',
			'5 ways to improve customer retention on an e-commerce website',
			'9 e-commerce segmentation techniques to increase customer loyalty',
			'Find out which loyalty programmes there are…',
			'How to encourage repeat e-commerce sales in 2017'
		]);
		for (const id of SOURCE_IDS) {
			const original = entry(id).querySelector('.original');
			expect(original).toHaveTextContent(SOURCES[id].originalTitle);
			expect(original).toHaveAttribute('lang', SOURCES[id].language);
		}
	});

	it('says what the text says about the publisher, and no more', () => {
		render(Page);
		for (const id of SOURCE_IDS) expect(field(id, 'Publisher')).toHaveTextContent(/^Not named in the text/);
		expect(field('000', 'Publisher')).toHaveTextContent('recommends features of Ecwid');
		expect(field('001', 'Publisher')).toHaveTextContent('Metrilo is not named as its publisher');
		expect(field('003', 'Publisher')).toHaveTextContent(/^Not named in the text$/);
		expect(SOURCE_IDS.map((id) => field(id, 'Language').textContent)).toEqual([
			'Latvian',
			'Chinese',
			'Russian',
			'Latvian',
			'Dutch'
		]);
	});

	it('links each formula to a calculator that exists', () => {
		render(Page);
		const links = [...document.querySelectorAll<HTMLAnchorElement>('.formulas a')].map((a) =>
			a.getAttribute('href')
		);
		expect(links.length).toBeGreaterThan(0);
		for (const href of links.filter((h) => h?.startsWith('/calculators/'))) {
			expect(calculatorById(href!.split('/')[2]), href!).toBeDefined();
		}
		const crr = within(entry('001')).getAllByRole('link', { name: 'CRR calculator' });
		expect(crr.map((a) => a.getAttribute('href'))).toEqual(['/calculators/crr', '/calculators/crr']);
		expect(within(entry('003')).getByText(/No formula, definition or worked example/)).toBeInTheDocument();
	});

	it('quotes each figure with who the article credits for it', () => {
		render(Page);
		const service = entry('002').querySelector('[data-fact="service-loyalty-57"]');
		expect(service).toHaveTextContent('57% of consumers say good customer service is vital');
		expect(service).toHaveTextContent('The article attributes it to Zendesk.');
		expect(entry('004').querySelector('[data-fact="acquisition-cost-5x"]')).toHaveTextContent(
			'The article names no source for it.'
		);
		const metrilo = entry('001').querySelector('[data-benchmark="metrilo-all-ecommerce"]');
		expect(metrilo).toHaveTextContent('Metrilo, Repeat-purchase rate, All online shops (average): 28%');
		expect(metrilo).toHaveTextContent('The article calls it a customer retention rate');
	});

	it('links its tactics to the planner and the other articles naming them to their entries', () => {
		render(Page);
		const loyalty = entry('003').querySelector('[data-tactic="loyalty-program"]') as HTMLElement;
		expect(within(loyalty).getAllByRole('link')[0]).toHaveAttribute('href', '/planner#tactic-loyalty-program');
		const citations = [...loyalty.querySelectorAll('a.source-link')];
		expect(citations.map((a) => sourceFromAnchor(a.getAttribute('href')!.split('#')[1]))).toEqual(['001', '004']);
		expect(citations[0]).toHaveTextContent('the article on five ways to improve e-commerce retention (Chinese)');
	});

	it('speaks the reader’s language, and never of seeds', async () => {
		await locale.set('ru', false);
		render(Page);
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Источники');
		expect(field('000', 'Издатель')).toHaveTextContent(/^В тексте не назван/);
		expect(entry('002').querySelector('h2')).toHaveTextContent(SOURCES['002'].originalTitle);
		expect(document.body.textContent).not.toMatch(SEED_WORDS);
	});
});

describe('SourceLink', () => {
	it('names the article in the current language and links to its entry', async () => {
		render(SourceLink, { id: '004' });
		const link = screen.getByRole('link', { name: 'the article on encouraging repeat e-commerce sales (Dutch)' });
		expect(link).toHaveAttribute('href', `/sources#${sourceAnchor('004')}`);
		await locale.set('lv', false);
		await expect
			.poll(() => link.textContent)
			.toBe('raksts par atkārtotas e-komercijas pārdošanas veicināšanu (nīderlandiešu valodā)');
	});
});
