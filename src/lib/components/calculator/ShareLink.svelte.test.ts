import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ShareLink from './ShareLink.svelte';

const URL_TO_SHARE = 'https://example.org/calculators/crr?s=10000&e=10200&n=2000';

describe('ShareLink', () => {
	it('copies the link and says so', async () => {
		const user = userEvent.setup();
		const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
		render(ShareLink, { getUrl: () => URL_TO_SHARE });
		await user.click(screen.getByRole('button', { name: 'Copy link' }));
		expect(writeText).toHaveBeenCalledWith(URL_TO_SHARE);
		expect(screen.getByRole('status')).toHaveTextContent('Link copied.');
	});

	it('shows the link for copying by hand when the clipboard is refused', async () => {
		const user = userEvent.setup();
		vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
		render(ShareLink, { getUrl: () => URL_TO_SHARE });
		await user.click(screen.getByRole('button', { name: 'Copy link' }));
		expect(screen.getByRole('status')).toHaveTextContent('did not allow copying');
		expect(screen.getByLabelText('Link to this calculation')).toHaveValue(URL_TO_SHARE);
	});

	it('speaks with the texts it is given (the exercise set’s), also when the clipboard is refused', async () => {
		const user = userEvent.setup();
		vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
		const texts = { copy: 'Copy set', copied: 'Set copied.', failed: 'Copy it by hand.', label: 'Set link' };
		render(ShareLink, { getUrl: () => URL_TO_SHARE, texts, id: 'set-url' });
		await user.click(screen.getByRole('button', { name: 'Copy set' }));
		expect(screen.getByRole('status')).toHaveTextContent('Copy it by hand.');
		expect(screen.getByLabelText('Set link')).toHaveValue(URL_TO_SHARE);
		expect(screen.getByLabelText('Set link')).toHaveAttribute('id', 'set-url');
	});
});
