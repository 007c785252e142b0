import { liveQuery } from 'dexie';

/**
 * A Dexie live query as runes: `current` holds the latest result and updates whenever the
 * tables it read change (in this tab or another). Create it during component initialisation;
 * the subscription ends with the component.
 */
export class LiveQuery<T> {
	current = $state.raw<T | undefined>(undefined);
	isLoading = $state(true);
	error = $state<Error | null>(null);

	constructor(query: () => Promise<T> | T) {
		$effect(() => {
			const subscription = liveQuery(query).subscribe({
				next: (value) => {
					this.current = value;
					this.isLoading = false;
					this.error = null;
				},
				error: (error: unknown) => {
					this.error = error instanceof Error ? error : new Error(String(error));
					this.isLoading = false;
				}
			});
			return () => subscription.unsubscribe();
		});
	}
}
