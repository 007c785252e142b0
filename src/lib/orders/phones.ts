/**
 * A customer key from a phone number, for orders with no customer id or e-mail (a Russian shop's
 * one-click order asks for a phone only): "tel:" and the digits, so that "+7 (916) 123-45-67" and
 * "8 916 123 45 67" are one customer. Empty where the cell holds no usable number: fewer than seven
 * digits, or a number ending in one digit seven times over (a placeholder such as "+7 (000) 000-00-00").
 */
export function phoneCustomerId(raw: string): string {
	let digits = raw.replace(/\D+/g, '');
	if (digits.length < 7 || /(\d)\1{6}$/.test(digits)) return '';
	// Russia and Kazakhstan write their country code 7 as a leading 8 at home (8 916 … = +7 916 …).
	if (digits.length === 11 && digits.charCodeAt(0) === 56 /* 8 */) digits = '7' + digits.slice(1);
	return 'tel:' + digits;
}
