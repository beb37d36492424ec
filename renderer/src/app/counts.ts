// Counts as the analyst reads them: "1,234", "1 entity", "2 entities".

export const count = (x: number): string => x.toLocaleString('en-US');

/** The count with the word that goes with it. */
export const plural = (x: number, one: string, many: string): string => `${count(x)} ${x === 1 ? one : many}`;
