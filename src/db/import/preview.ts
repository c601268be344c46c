// Parse and validate a CSV before anything is written, so the rep sees every problem per row first.
import Papa from 'papaparse';
import { identityKeys, keyMatchHolds } from '../../domain/merge';
import type { ProspectFields, Stage } from '../../domain/prospect';
import { applyOverride, type ColumnMapping } from './column-mapping';
import { decodeInput } from './decode';
import { restoreNeutralized } from '../export/neutralize';
import { validateRow, type MappedRow } from './row-schema';

/** The largest value one cell may hold; bigger cells are a row error (a pasted document, a broken export). */
export const MAX_CELL_CHARS = 64 * 1024;

export interface PreviewRow {
  /** 0-based position among the data rows (the header is not counted). */
  index: number;
  fields?: ProspectFields;
  stage?: Stage;
  errors: string[];
  /** Index of an earlier row of the same file that is the same person (they will be merged). */
  duplicateOf?: number;
}

export interface ImportPreview {
  headers: string[];
  mapping: ColumnMapping;
  rows: PreviewRow[];
  validCount: number;
  errorCount: number;
  duplicatesInFile: number;
  /** Problems with the file as a whole; when any, rows is empty and nothing can be imported. */
  fileErrors: string[];
}

export function previewImport(input: string | Uint8Array | ArrayBuffer, mappingOverride?: ColumnMapping): ImportPreview {
  const failed = (fileErrors: string[], headers: string[] = [], mapping: ColumnMapping = {}): ImportPreview =>
    ({ headers, mapping, rows: [], validCount: 0, errorCount: 0, duplicatesInFile: 0, fileErrors });

  const decoded = decodeInput(input);
  if (!decoded.ok) return failed([decoded.error]);

  const parsed = Papa.parse<string[]>(decoded.text, { header: false, skipEmptyLines: 'greedy' });
  const quoteErrors = parsed.errors.filter((e) => e.type === 'Quotes');
  if (quoteErrors.length) {
    return failed(quoteErrors.slice(0, 5).map((e) =>
      `Unbalanced quotes${e.row !== undefined ? ` near data row ${e.row}` : ''}: ${e.message}. Check the file was exported as CSV.`));
  }
  const [headerRow, ...dataRows] = parsed.data;
  if (!headerRow || headerRow.every((h) => !h.trim())) return failed(['The file has no header row.']);

  const headers = headerRow.map((h) => h.trim());
  const headerErrors: string[] = [];
  headers.forEach((h, i) => { if (!h) headerErrors.push(`Column ${i + 1} has no header name.`); });
  const seen = new Set<string>();
  for (const h of headers) {
    if (h && seen.has(h.toLowerCase())) headerErrors.push(`The header "${h}" appears more than once; rename one of the columns.`);
    seen.add(h.toLowerCase());
  }
  if (headerErrors.length) return failed(headerErrors, headers);

  const { mapping, errors: mappingErrors } = applyOverride(headers, mappingOverride);
  if (mappingErrors.length) return failed(mappingErrors, headers, mapping);
  const targets = new Set(Object.values(mapping));
  if (!['fullName', 'firstName', 'lastName', 'email', 'linkedin', 'twitter', 'github'].some((t) => targets.has(t as never))) {
    return failed(['No column looks like a name, an email or a profile URL. Map the columns by hand.'], headers, mapping);
  }
  if (dataRows.length === 0) return failed(['The file has a header but no rows.'], headers, mapping);

  const columnTargets = headers.map((h) => mapping[h] ?? null);
  const rows: PreviewRow[] = [];
  const firstRowByKey = new Map<string, number>();
  let validCount = 0;
  let duplicatesInFile = 0;

  dataRows.forEach((cells, index) => {
    const errors: string[] = [];
    if (cells.length > headers.length && cells.slice(headers.length).some((c) => c.trim())) {
      errors.push(`The row has ${cells.length} values but the header has ${headers.length} columns.`);
    }
    const mapped: MappedRow = {};
    cells.forEach((cell, column) => {
      if (cell.length > MAX_CELL_CHARS) {
        errors.push(`The value in column "${headers[column] ?? column + 1}" is larger than 64 KB (${Math.round(cell.length / 1024)} KB).`);
        return;
      }
      const target = columnTargets[column];
      const value = restoreNeutralized(cell.trim());
      if (!target || !value) return;
      (mapped[target] ??= []).push(value);
    });
    if (errors.length) {
      rows.push({ index, errors });
      return;
    }
    const result = validateRow(mapped);
    if (!result.fields) {
      rows.push({ index, errors: result.errors });
      return;
    }
    const row: PreviewRow = { index, fields: result.fields, errors: [] };
    if (result.stage) row.stage = result.stage;
    let duplicateOf: number | undefined;
    for (const key of identityKeys(result.fields)) {
      const earlier = firstRowByKey.get(key);
      if (earlier === undefined) firstRowByKey.set(key, index);
      else if (duplicateOf === undefined && keyMatchHolds(key, rows[earlier]!.fields!, result.fields)) duplicateOf = earlier;
    }
    if (duplicateOf !== undefined) {
      row.duplicateOf = duplicateOf;
      duplicatesInFile++;
    }
    validCount++;
    rows.push(row);
  });

  return { headers, mapping, rows, validCount, errorCount: rows.length - validCount, duplicatesInFile, fileErrors: [] };
}
