import { afterNavigate, beforeNavigate, replaceState } from '$app/navigation';
import { page } from '$app/state';

/** Writing the address on every keystroke or slider step would trip the browser's history rate limit. */
const ADDRESS_DELAY_MS = 250;

/**
 * A page's state mirrored in its address (shallow routing: `replaceState`, so reload, Back and a
 * copied link reopen it without filling the history), for a page prerendered without a query: the
 * address is read in the browser, on arrival (also from a link to the same page with another
 * query, and on Back), where it wins over the state; the state is written into the address a
 * moment after it changes. Create it while the page's component is created.
 *
 * The address is read from `location`, not `page.url`: the state is written into it by shallow
 * routing, and on Back SvelteKit hands the page the address it first had, without it.
 */
export class AddressMirror {
	/** The address has been read (the page is live). */
	read = $state(false);
	/** The query waiting to be written, if any, and the timer that writes it. */
	#pending: string | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/**
	 * The path of the address the page read. The state is written only into an address with this
	 * path: on a slow device two quick Backs can move the address on to another page while this
	 * one, being left, is still on screen, and its state would overwrite that page's address.
	 */
	#ownPath: string | null = null;

	/** `query`: the state as a query string; `load`: reads the state from the address's parameters. */
	constructor(query: () => string, load: (params: URLSearchParams) => void) {
		afterNavigate(() => {
			this.#ownPath = location.pathname;
			load(new URL(location.href).searchParams);
			this.read = true;
		});
		// Leaving right after a change: write the address first, so Back and reload find it. Not on
		// Back or Forward themselves: the browser has already moved to the other entry by then.
		// Either way nothing more is written to the address this navigation leaves.
		beforeNavigate(({ type }) => {
			if (this.#pending !== null && type !== 'popstate') this.#write(this.#pending);
			this.#pending = null;
			clearTimeout(this.#timer);
		});
		// Mirroring into the browser's address bar is a side effect on the outside world: an $effect.
		$effect(() => {
			const next = query();
			if (!this.read) return;
			this.#pending = next;
			const timer = (this.#timer = setTimeout(() => {
				this.#pending = null;
				this.#write(next);
			}, ADDRESS_DELAY_MS));
			return () => clearTimeout(timer);
		});
	}

	/** The page's address with `query`. */
	addressFor(query: string): URL {
		const url = new URL(location.href);
		url.search = query;
		return url;
	}

	#write(query: string): void {
		if (location.pathname !== this.#ownPath) return;
		const url = this.addressFor(query);
		if (url.href !== location.href) replaceState(url, page.state);
	}
}
