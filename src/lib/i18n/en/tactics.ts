/** The retention tactic catalogue's text, by tactic id. */
export default {
	title: 'Retention tactics'
};
