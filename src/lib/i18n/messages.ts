import { en } from './en';

/**
 * A message is a string, a list of strings, or a function of named parameters (for counts,
 * names and numbers, which the caller formats first so each language only arranges words).
 */
export type Messages = typeof en;

/** Makes another language's catalogue check against the English shape, key for key. */
export type Catalogue<T> = {
	[K in keyof T]: T[K] extends string
		? string
		: T[K] extends readonly string[]
			? readonly string[]
			: T[K] extends (...args: infer A) => string
				? (...args: A) => string
				: Catalogue<T[K]>;
};

export type LocaleCatalogue = Catalogue<Messages>;

/**
 * Fills a message from data whose fields are, by construction, the message's parameters (an
 * import error's `params`, a model check's counts): the one place where parameters are not
 * checked by type, so the callers' tests render every code. Everywhere else a message is called
 * with exactly the parameters its English text names.
 */
export function fillMessage(message: string | ((p: never) => string), params: Record<string, string>): string {
	return typeof message === 'string' ? message : (message as (p: Record<string, string>) => string)(params);
}

/** Every key path of a catalogue, e.g. `common.nav.home`; used by the completeness test. */
export function keyPaths(catalogue: object, prefix = ''): string[] {
	const paths: string[] = [];
	for (const [key, value] of Object.entries(catalogue)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
			paths.push(...keyPaths(value, path));
		} else {
			paths.push(path);
		}
	}
	return paths.sort();
}

export { en };
