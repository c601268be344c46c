// Spreadsheet formula injection: a cell starting with = + - @ (or tab/CR) is run as a formula by Excel and Sheets.

const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a single quote to cells a spreadsheet would read as a formula. Phone numbers "+1…" are affected too. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes neutralizeCell on import: "'+14155550100" → "+14155550100". Other leading quotes are kept. */
export function restoreNeutralized(value: string): string {
  return value.length > 1 && value[0] === "'" && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
