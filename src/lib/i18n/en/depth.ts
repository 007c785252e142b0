/** Messages of the merchant-depth pages: repurchase timing and per-customer actions (issue 13). */

export default {
	repurchaseTitle: 'Time to second order'
};
