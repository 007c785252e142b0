/** Messages of the data section. */
export default {
	title: 'Data'
};
