/** “1 day”, “2 days”, “1.5 days”: a count of days as shown, with its noun. */
export const dayCount = (n: string) => `${n} ${n === '1' ? 'day' : 'days'}`;
