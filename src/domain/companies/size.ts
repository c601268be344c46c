// Reading a company's head count as pages write it: "51-200 employees", "10,001+ employees", "1.2K", 250.

/** The employee count (the lower bound of a range), or undefined when the text holds no count. */
export function parseCompanySize(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? Math.floor(raw) : undefined;
  if (typeof raw !== 'string') return undefined;
  const match = /(\d[\d,.\s]*)\s*([kK])?/.exec(raw.replace(/\u2009|\u00a0/g, ' '));
  if (!match) return undefined;
  const digits = match[1]!.trim();
  // "1,001" and "10.001" are thousands; "1.2K" is a decimal.
  const value = match[2] ? Number(digits.replace(',', '.')) * 1000 : Number(digits.replace(/[,.\s]/g, ''));
  return Number.isFinite(value) ? Math.floor(value) : undefined;
}
