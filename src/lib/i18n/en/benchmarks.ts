/** Messages of the benchmarks section. */
export default {
	title: 'Benchmarks'
};
