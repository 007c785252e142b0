import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { download } from '$lib/components/download';
import type { AnalysisClient } from '$lib/workers/analysis-client';
import { overviewWith, renderCards } from './audience-cards.test-support';

// The files the cards save (jsdom has no downloads): which parts, under which name.
vi.mock('$lib/components/download', () => ({ download: vi.fn() }));

describe('the unsubscribe file of those who declined marketing e-mail', () => {
	const consent = {
		columns: ['Accepts Marketing'],
		sizes: {
			slipping: { yes: 1, no: 2, unknown: 0 },
			oneTime: { yes: 0, no: 5, unknown: 0 },
			champions: { yes: 0, no: 0, unknown: 0 }
		}
	};
	/** A worker that answers the unsubscribe request with `file` (and records what it was asked). */
	const answering = (file: { parts: string[]; count: number; leftOut: number; others?: number }) => {
		const asked: unknown[] = [];
		const client = {
			request: (message: unknown) => {
				asked.push(message);
				return Promise.resolve({ type: 'unsubscribeFile', requestId: 1, others: 0, ...file });
			}
		} as unknown as AnalysisClient;
		return { client, asked };
	};

	it('saves their addresses for the tool chosen, and says how many, and who could not be in it', async () => {
		vi.mocked(download).mockClear();
		const { client, asked } = answering({
			parts: ['Email Address\r\n', 'no@x.io\r\nb@x.io\r\n'],
			count: 2,
			leftOut: 1
		});
		renderCards(overviewWith({ consent }), client);
		expect(screen.getByTestId('unsubscribe')).toHaveTextContent(
			'import it in Mailchimp with the status “Unsubscribed”, or upload it in Klaviyo as suppressed profiles'
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Unsubscribe file for Mailchimp' }));
		expect(await screen.findByRole('status')).toHaveTextContent(
			'Saved the addresses of 2 customers who declined marketing e-mail. 1 more declined under an id that is not an e-mail address, and is not in the file.'
		);
		expect(asked).toEqual([expect.objectContaining({ type: 'unsubscribeCsv', datasetId: 1, format: 'mailchimp' })]);
		expect(download).toHaveBeenCalledWith(
			['Email Address\r\n', 'no@x.io\r\nb@x.io\r\n'],
			'shop-unsubscribe-mailchimp.csv'
		);
	});

	it.each([
		[
			2,
			1,
			'Saved the addresses of 1 customer who declined marketing e-mail. Also in the file: 1 address of a person with no order kept (each cancelled, unpaid, refunded in full or in a currency left out) who declined marketing e-mail.'
		],
		[
			2,
			2,
			'Saved 2 addresses of people with no order kept (each cancelled, unpaid, refunded in full or in a currency left out) who declined marketing e-mail; no customer declined.'
		]
	])('of %i addresses, %i of people with no order kept: says so', async (count, others, text) => {
		vi.mocked(download).mockClear();
		const { client } = answering({ parts: ['Email\r\n', 'no@x.io\r\ngone@x.io\r\n'], count, leftOut: 0, others });
		renderCards(overviewWith({ consent }), client);
		await fireEvent.click(screen.getByRole('button', { name: 'Unsubscribe file for Klaviyo' }));
		expect(await screen.findByRole('status')).toHaveTextContent(text);
		expect(download).toHaveBeenCalledTimes(1);
	});

	it('makes no file of a header alone where nobody declined', async () => {
		vi.mocked(download).mockClear();
		const { client } = answering({ parts: ['Email\r\n'], count: 0, leftOut: 0 });
		renderCards(overviewWith({ consent }), client);
		await fireEvent.click(screen.getByRole('button', { name: 'Unsubscribe file for Klaviyo' }));
		expect(await screen.findByRole('status')).toHaveTextContent(
			'No customer declined marketing e-mail in their latest order: no file was made.'
		);
		expect(download).not.toHaveBeenCalled();
	});

	it('says so when the file could not be made', async () => {
		renderCards(overviewWith({ consent }));
		await fireEvent.click(screen.getByRole('button', { name: 'Unsubscribe file for Klaviyo' }));
		expect(await screen.findByRole('status')).toHaveTextContent('The file could not be made.');
	});

	it('is not offered where the file does not say who agreed, nor without e-mail addresses', () => {
		renderCards(overviewWith({}));
		expect(screen.queryByTestId('unsubscribe')).toBeNull();
		renderCards(overviewWith({ consent, emails: 0 }));
		expect(screen.queryByTestId('unsubscribe')).toBeNull();
	});
});
