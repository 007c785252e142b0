/**
 * A sentence that ends in a value which may end in a full stop of its own (a Russian date
 * "30 сент. 2026 г.", a Latvian one "2026. g. 30. sept."): its full stop, once.
 */
export function withStop(text: string): string {
	return text.endsWith('.') ? text : `${text}.`;
}
