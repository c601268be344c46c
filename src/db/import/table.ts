// Finds the table in an export: its delimiter, its header row past any preamble (LinkedIn's "Notes:" block), and
// the rows, without trailers (Salesforce's copyright lines). vCard files become the same kind of table.
import Papa from 'papaparse';
import { guessTarget } from './column-mapping';
import { detectFormat, type ExportFormat } from './export-formats';
import { isVCard, vCardTable } from './vcard';

export interface ParsedTable {
  /** Header names, trimmed and made unique ("Email", "Email (2)"); empty ones named "Column 3". */
  headers: string[];
  rows: string[][];
  delimiter: string;
  /** Lines above the header row that were skipped (a preamble), counted in parsed rows. */
  skippedBefore: number;
  /** Single-value lines after the table (report footers), not imported. */
  trailer: string[];
  format?: ExportFormat;
  /** 'vcard' for .vcf files, else 'csv'. */
  kind: 'csv' | 'vcard';
  quoteErrors: Papa.ParseError[];
}

const DELIMITERS = [',', ';', '\t'] as const;
/** How far down a file the header row may be. */
const HEADER_SEARCH_ROWS = 30;

export function parseTable(text: string): ParsedTable {
  if (isVCard(text)) {
    const { headers, rows } = vCardTable(text);
    return { headers, rows, delimiter: ',', skippedBefore: 0, trailer: [], kind: 'vcard', quoteErrors: [], format: undefined };
  }
  const { delimiter, headerIndex } = locateHeader(text);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy', delimiter });
  const all = parsed.data;
  const headerRow = all[headerIndex] ?? [];
  let end = all.length;
  while (end > headerIndex + 1 && headerRow.length > 2 && all[end - 1]!.length <= 1) end--;
  const headers = uniqueHeaders(headerRow);
  return {
    headers, rows: all.slice(headerIndex + 1, end), delimiter, skippedBefore: headerIndex,
    trailer: all.slice(end).map((r) => r.join(' ').trim()).filter(Boolean),
    format: detectFormat(headers), kind: 'csv',
    quoteErrors: parsed.errors.filter((e) => e.type === 'Quotes'),
  };
}

/** The delimiter and row whose cells name the most known columns; ties go to the earlier row and to the comma. */
export function locateHeader(text: string): { delimiter: string; headerIndex: number } {
  let best = { delimiter: ',', headerIndex: 0, score: 0 };
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy', delimiter, preview: HEADER_SEARCH_ROWS }).data;
    rows.forEach((row, index) => {
      if (row.length < 2) return;
      const format = detectFormat(row);
      const known = row.filter((cell) => cell.trim().length <= 80 && guessTarget(cell, format)).length + (format ? 2 : 0);
      if (known > best.score) best = { delimiter, headerIndex: index, score: known };
    });
  }
  if (best.score === 0) {
    // Nothing recognisable: the first row is the header, with Papa Parse's own delimiter guess.
    const guessed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy', preview: 5 }).meta.delimiter;
    return { delimiter: guessed || ',', headerIndex: 0 };
  }
  return { delimiter: best.delimiter, headerIndex: best.headerIndex };
}

/** Trimmed, empty ones named by position, repeats numbered: HubSpot's all-properties export repeats labels. */
export function uniqueHeaders(row: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return row.map((raw, i) => {
    const name = raw.trim() || `Column ${i + 1}`;
    const key = name.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}
