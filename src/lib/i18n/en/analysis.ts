/** Messages of the analysis section. */
export default {
	title: 'Analysis'
};
