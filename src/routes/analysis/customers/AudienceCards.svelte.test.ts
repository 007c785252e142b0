import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AUDIENCE_RULES } from '$lib/analysis/audiences';
import type { AnalysisClient } from '$lib/workers/analysis-client';
import AudienceCards from './AudienceCards.svelte';
import { CustomersState } from './customers-state.svelte';
import { overviewWith, renderCards } from './audience-cards.test-support';

describe('AudienceCards', () => {
	it('says so when the file could not be made, instead of doing nothing', async () => {
		// No analysis worker running (the page's client is gone): the request cannot be made.
		renderCards(overviewWith({}));
		await fireEvent.click(screen.getByRole('button', { name: 'CSV for Klaviyo: High value, slipping' }));
		expect(await screen.findByRole('status')).toHaveTextContent(
			'The file could not be made. Nothing was saved: try again, or reload the page.'
		);
	});

	it('names why the file could not be made: a setting that is no number, or the worker’s failure', async () => {
		const failing = {
			request: () => Promise.resolve({ type: 'failed', requestId: 1, reason: 'notFound' })
		} as unknown as AnalysisClient;
		const view = new CustomersState(() => failing);
		// (N is empty until the data set's suggested day is heard.)
		view.daysText = '40';
		render(AudienceCards, { view, overview: overviewWith({}), datasetId: 1, datasetName: 'shop', currency: 'EUR' });
		const button = screen.getByRole('button', { name: 'CSV for Klaviyo: High value, slipping' });
		await fireEvent.click(button);
		expect(await screen.findByRole('status')).toHaveTextContent('The file could not be made (notFound).');
		view.daysText = 'soon';
		await fireEvent.click(button);
		expect(await screen.findByRole('status')).toHaveTextContent(
			'The file could not be made (a setting above is not a valid number).'
		);
	});

	it('keeps the audiences that need P(active) when only the spend model failed', () => {
		renderCards(
			overviewWith({
				readiness: {
					ok: false,
					problems: [{ code: 'parameter-at-limit', model: 'gamma-gamma', parameter: 'q', value: 64_012_086 }],
					warnings: []
				},
				params: { r: 0.3197, alpha: 4.0352, a: 1.1183, b: 7.63 },
				clvWithheld: true,
				sizes: { slipping: 65, oneTime: 5, champions: 2 }
			})
		);
		expect(screen.queryByText(/Needs the model/)).toBeNull();
		expect(screen.getByTestId('audience-slipping')).toHaveTextContent('65 customers');
		expect(screen.getByRole('button', { name: 'CSV for Klaviyo: High value, slipping' })).toBeEnabled();
		expect(screen.getByRole('button', { name: 'CSV for Klaviyo: High value, active' })).toBeEnabled();
	});

	it('offers Klaviyo and Mailchimp files when the ids are e-mail addresses, and says the file stays here', () => {
		renderCards(overviewWith({}));
		expect(screen.getByRole('button', { name: 'CSV for Klaviyo: High value, slipping' })).toBeEnabled();
		expect(
			screen.getByRole('button', { name: 'CSV for Mailchimp: One-time buyers, N or more days since their order' })
		).toBeEnabled();
		// an empty audience cannot be exported
		expect(screen.getByRole('button', { name: 'CSV for Klaviyo: High value, active' })).toBeDisabled();
		expect(screen.queryByRole('button', { name: /customer ids/ })).toBeNull();
		expect(screen.getByText(/nothing is uploaded/)).toBeInTheDocument();
		expect(screen.getByText(/first at least 40 days before the last day/)).toBeInTheDocument();
		expect(
			screen.getByText(/top 20% of customers \(€120\.00 or more\) and P\(active\) below 50%/)
		).toBeInTheDocument();
	});

	it('states each rule with its thresholds as typed, not rounded to another rule', () => {
		renderCards(
			overviewWith({
				rules: {
					...DEFAULT_AUDIENCE_RULES,
					topShare: 0.125,
					slippingBelow: 0.495,
					championAtLeast: 0.8,
					oneTimeDays: 40
				}
			})
		);
		// (Rounded, "top 13%" and "below 50%" would name rules that are not the ones applied.)
		expect(
			screen.getByText(/top 12\.5% of customers \(€120\.00 or more\) and P\(active\) below 49\.5%/)
		).toBeInTheDocument();
		expect(screen.getAllByText(/top 12\.5% of customers/)).toHaveLength(2);
	});

	it('says plainly when there is no e-mail column, and exports customer ids instead', () => {
		renderCards(overviewWith({ emails: 0 }));
		expect(screen.getByTestId('no-emails')).toHaveTextContent('This data set has no e-mail column');
		expect(
			screen.getByRole('button', {
				name: 'CSV of customer ids: One-time buyers, N or more days since their order'
			})
		).toBeEnabled();
		expect(screen.queryByRole('button', { name: /Klaviyo|Mailchimp/ })).toBeNull();
	});

	it('counts the ids that are not e-mail addresses when some are', () => {
		renderCards(overviewWith({ emails: 30 }));
		expect(
			screen.getByText('30 of 40 customer ids are e-mail addresses; the others are left out of the e-mail files.')
		).toBeInTheDocument();
	});

	it('says plainly when the file had no name column', () => {
		renderCards(overviewWith({ names: null }));
		expect(screen.getByTestId('no-names')).toHaveTextContent('The imported file had no name column');
		expect(screen.queryByTestId('names-note')).toBeNull();
	});

	it.each([
		[{ parts: true, full: false }, /“First Name” and “Last Name”/, /written whole under “Name”/],
		[{ parts: false, full: true }, /written whole under “Name”/, /“First Name” and “Last Name”/]
	])('names the columns the names go into (%j), with the count and where they stay', (columns, said, notSaid) => {
		renderCards(overviewWith({ names: { ...columns, known: 31 } }));
		const note = screen.getByTestId('names-note');
		expect(note).toHaveTextContent(said);
		expect(note).not.toHaveTextContent(notSaid);
		expect(note).toHaveTextContent('31 of 40 customers have a name.');
		expect(note).toHaveTextContent('stay in this browser');
		expect(screen.queryByTestId('no-names')).toBeNull();
	});

	it('says plainly when the file does not say who agreed to marketing e-mail, and on each count', () => {
		renderCards(overviewWith({ consent: null }));
		const note = screen.getByTestId('consent-note');
		expect(note).toHaveTextContent('The imported file does not say who agreed to marketing e-mail');
		expect(note).toHaveTextContent('Import into your e-mail tool only the contacts who agreed');
		expect(note).toHaveTextContent('Klaviyo: never subscribed; Mailchimp: non-subscribed');
		for (const audience of ['slipping', 'oneTime', 'champions'])
			expect(screen.getByTestId(`audience-${audience}`)).toHaveTextContent(
				'Consent: the file does not say for any of them.'
			);
		expect(screen.getByRole('button', { name: 'CSV for Klaviyo: High value, slipping' })).toBeEnabled();
	});

	it('names the consent column, counts each audience by consent, and offers no file when all declined', () => {
		renderCards(
			overviewWith({
				consent: {
					columns: ['Accepts Marketing'],
					sizes: {
						slipping: { yes: 1, no: 2, unknown: 0 },
						oneTime: { yes: 0, no: 5, unknown: 0 },
						champions: { yes: 0, no: 0, unknown: 0 }
					}
				}
			})
		);
		const note = screen.getByTestId('consent-note');
		expect(note).toHaveTextContent('Marketing consent is read from the file’s column “Accepts Marketing”');
		expect(note).toHaveTextContent('Customers whose latest answer is no are left out of every export.');
		expect(note).toHaveTextContent('“Email Marketing Consent”');
		expect(note).not.toHaveTextContent('does not say who agreed');
		const slipping = screen.getByTestId('audience-slipping');
		expect(slipping).toHaveTextContent('3 customers');
		expect(slipping).toHaveTextContent(
			'Consent (latest order): 1 agreed to marketing e-mail, 0 not stated in the file, 2 declined and left out of the exports.'
		);
		expect(screen.getByRole('button', { name: 'CSV for Klaviyo: High value, slipping' })).toBeEnabled();
		// five one-time buyers, all of whom declined: nothing to export
		expect(screen.getByTestId('audience-oneTime')).toHaveTextContent('5 declined and left out of the exports');
		expect(
			screen.getByRole('button', { name: 'CSV for Klaviyo: One-time buyers, N or more days since their order' })
		).toBeDisabled();
	});

	it('without the model, the audiences that need P(active) say so and offer no file', () => {
		renderCards(overviewWith({ params: null, sizes: { slipping: 0, oneTime: 5, champions: 0 } }));
		expect(screen.getByTestId('audience-slipping')).toHaveTextContent('not available');
		expect(screen.getByTestId('audience-champions')).toHaveTextContent('not available');
		expect(screen.queryByRole('button', { name: /High value, slipping/ })).toBeNull();
		expect(
			screen.getByRole('button', { name: 'CSV for Klaviyo: One-time buyers, N or more days since their order' })
		).toBeEnabled();
	});
});
