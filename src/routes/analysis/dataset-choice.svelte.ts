import { replaceState } from '$app/navigation';
import { listDatasets } from '$lib/db/datasets';
import { LiveQuery } from '$lib/db/live-query.svelte';

/**
 * The data set a depth page shows (repurchase timing, per-customer actions): the one named in the
 * address (`?dataset=`), else the newest stored; the choice is written back to the address so a
 * link reopens it. Call `start()` once the router is live (`afterNavigate`; the address is read in the browser only).
 */
export class DatasetChoice {
	readonly datasets = new LiveQuery(listDatasets);
	id = $state<number | null>(null);
	/** A data set named in the address that is not stored here. */
	missing = $state<string | null>(null);
	ready = $state(false);
	dataset = $derived(this.datasets.current?.find((d) => d.id === this.id));

	start(): void {
		const requested = new URL(location.href).searchParams.get('dataset');
		if (requested !== null && /^[1-9]\d{0,14}$/.test(requested)) this.id = Number(requested);
		else if (requested !== null) this.missing = requested;
		this.ready = true;
	}

	/** Settles the choice once the list is read; called from an effect. */
	settle(): void {
		const list = this.datasets.current;
		if (!this.ready || !list) return;
		if (this.id !== null && !list.some((d) => d.id === this.id)) {
			this.missing = String(this.id);
			this.id = null;
		}
		if (this.id === null && this.missing === null && list.length) this.id = list[0].id!;
	}

	/** Writes the choice into the address; called from an effect. */
	remember(): void {
		if (!this.ready || this.id === null) return;
		const url = new URL(location.href);
		if (url.searchParams.get('dataset') !== String(this.id)) {
			url.searchParams.set('dataset', String(this.id));
			replaceState(url, {});
		}
	}
}
