/** Messages of the calculators section. */
export default {
	title: 'Calculators'
};
