/** “1 dag”, “2 dagen”, “1,5 dagen”: een aantal dagen zoals getoond, met zijn zelfstandig naamwoord. */
export const dayCount = (n: string) => `${n} ${n === '1' ? 'dag' : 'dagen'}`;
