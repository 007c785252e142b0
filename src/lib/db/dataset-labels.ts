import { msg } from '$lib/i18n/i18n.svelte';

/**
 * What a data set is called wherever one is chosen (the Analysis, Compare, Benchmarks, Planner and
 * What-if selectors, the Data page's list): its name, and when another data set has the same name
 * (the same file imported twice, say), a number that tells them apart, counted in the order they
 * were imported: "Orders", "Orders (2)", "Orders (3)". A number that would give another data set's
 * name is skipped. Data sets, not their names, are what is compared: renaming one renumbers the rest.
 */
export interface LabelledDataset {
	id?: number;
	name: string;
	createdAt: number;
}

/** The label of each data set, by id; `numbered` writes a name with its number (`msg.common.sameName`). */
export function datasetLabels(
	datasets: readonly LabelledDataset[],
	numbered: (name: string, n: number) => string
): Map<number, string> {
	const labels = new Map<number, string>();
	const groups = new Map<string, LabelledDataset[]>();
	for (const d of datasets) groups.set(d.name, [...(groups.get(d.name) ?? []), d]);
	const taken = new Set(groups.keys());
	for (const [name, group] of groups) {
		group.sort((a, b) => a.createdAt - b.createdAt || (a.id ?? 0) - (b.id ?? 0));
		let n = 1;
		for (const [i, d] of group.entries()) {
			let label = name;
			if (i > 0) {
				do label = numbered(name, ++n);
				while (taken.has(label));
				taken.add(label);
			}
			if (d.id !== undefined) labels.set(d.id, label);
		}
	}
	return labels;
}

/** The label of data set `id` (see `datasetLabels`), or `name` when it has none. */
export function labelOf(labels: ReadonlyMap<number, string>, id: number | undefined, name: string): string {
	return (id !== undefined ? labels.get(id) : undefined) ?? name;
}

/** `datasetLabels` in the language shown (read in a `$derived`, they follow a change of language). */
export function shownLabels(datasets: readonly LabelledDataset[]): Map<number, string> {
	return datasetLabels(datasets, (name, n) => msg.common.sameName({ name, n: String(n) }));
}
