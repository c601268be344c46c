// Counts shown in badges and headings are read up to a cap, so they cost the same at any table size.
export const COUNT_CAP = 99;

/** Reads at most this many keys: one more than the cap tells "99" from "99+". */
export const COUNT_READ = COUNT_CAP + 1;

/** "12", or "99+" for a count read as more than the cap. */
export function cappedLabel(count: number): string {
  return count > COUNT_CAP ? `${COUNT_CAP}+` : String(count);
}

/** How many more than `shown` a capped count says there are: "7", or "95+" when the count was capped. */
export function cappedRest(count: number, shown: number): string {
  return count > COUNT_CAP ? `${count - shown}+` : String(count - shown);
}
