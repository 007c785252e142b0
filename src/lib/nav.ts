/** The sections of the product, in navigation order. Paths are route ids (resolved against the base path). */
export const SECTIONS = [
	{ id: 'calculators', path: '/calculators' },
	{ id: 'data', path: '/data' },
	{ id: 'analysis', path: '/analysis' },
	{ id: 'benchmarks', path: '/benchmarks' },
	{ id: 'planner', path: '/planner' }
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

/** The section a pathname (without the base path) belongs to, for marking the current link. */
export function sectionOf(pathname: string): SectionId | null {
	const first = pathname.split('/').filter(Boolean)[0];
	return SECTIONS.find((s) => s.id === first)?.id ?? null;
}
