/** Messages of the clv section. */
export default {
	title: 'Predicted lifetime value'
};
