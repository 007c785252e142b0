import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { checkFileMemory } from '$lib/capacity/file-memory';
import MemoryWarning from './MemoryWarning.svelte';

const MB = 2 ** 20;

// 400 MB: ≤ 12.3 M orders × 100 B + 400 MB ≈ 1.5 GB; 1600 MB: ≤ 49.3 M orders → ≈ 5.0 GB.
describe('MemoryWarning', () => {
	it.each([
		[400 * MB, 2, /The file is 400 MB\. .* up to 1\.5 GB of memory, more than this device \(2 GB of memory/],
		[1600 * MB, undefined, /The file is 1\.6 GB\. .* up to 5(\.0)? GB of memory, more than most computers/]
	])(
		'a %d-byte file with deviceMemory %s says its size, the memory it may need and the device',
		(bytes, device, text) => {
			render(MemoryWarning, { check: checkFileMemory(bytes, device), ongo: () => {}, oncancel: () => {} });
			expect(screen.getByRole('alert')).toHaveTextContent(text);
			expect(screen.getByRole('alert')).toHaveTextContent(
				/customer_id, frequency, recency, T and monetary_value/
			);
		}
	);

	it('lets the user go on anyway, or choose another file', async () => {
		const ongo = vi.fn();
		const oncancel = vi.fn();
		render(MemoryWarning, { check: checkFileMemory(400 * MB, 2), ongo, oncancel });
		await userEvent.click(screen.getByRole('button', { name: 'Import anyway' }));
		expect(ongo).toHaveBeenCalledOnce();
		await userEvent.click(screen.getByRole('button', { name: 'Choose another file' }));
		expect(oncancel).toHaveBeenCalledOnce();
	});
});
