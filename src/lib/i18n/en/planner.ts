/** Messages of the planner section. */
export default {
	title: 'Planner'
};
