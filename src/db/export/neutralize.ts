// Spreadsheet formula injection (OWASP "CSV Injection", ASVS 1.2.10): a cell starting with = + - @, a tab, a
// carriage return or a NUL, even after spaces, is run as a formula by Excel, LibreOffice and Sheets; a leading
// apostrophe makes it text. Values that are plainly a phone number or an amount can run nothing (no letters, no
// function, no reference), and a CRM would store the apostrophe with them, so they stay as they are.

const DIGITS_OF_A_PHONE = '(?=(?:\\D*\\d){6})';
/** "+1 (415) 555-0100", "+44 20 7946 0958", "+1 415 555 0100 x123" / "ext. 45". */
const PHONE = `\\+${DIGITS_OF_A_PHONE}[\\d][\\d ()./-]*\\d(?:\\s*(?:x|ext\\.?|#)\\s*\\d{1,6})?`;
/** "-42", "-1,200.00", "+3", "-$1,200.50", "-€99". */
const AMOUNT = '[+-][$€£¥]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';

/** A cell a spreadsheet would run as a formula: papaparse's `escapeFormulae` quotes every cell it matches. */
export const FORMULA_CELL = new RegExp(`^(?!(?:${PHONE}|${AMOUNT})$)[ ]*[=+\\-@\\t\\r\\0]`);

/** Prefixes a single quote to a cell a spreadsheet would run as a formula (see FORMULA_CELL). */
export function neutralizeCell(value: string): string {
  return FORMULA_CELL.test(value) ? `'${value}` : value;
}

const QUOTED_FORMULA = /^'[ ]*[=+\-@\t\r\0]/;

/** Undoes neutralizeCell on import: "'=1+1" → "=1+1" (and "'+1415…" from older exports). Other leading quotes stay. */
export function restoreNeutralized(value: string): string {
  return QUOTED_FORMULA.test(value) ? value.slice(1) : value;
}
