import { onMount } from 'svelte';
import { AnalysisClient } from '$lib/workers/analysis-client';

/**
 * The analysis worker of one sub-page: started once the page is mounted (workers exist in the
 * browser only) and stopped when it is left. Create it while the component initialises.
 */
export class SubpageClient {
	current = $state.raw<AnalysisClient | null>(null);

	constructor() {
		onMount(() => {
			const client = new AnalysisClient();
			this.current = client;
			return () => client.terminate();
		});
	}
}
