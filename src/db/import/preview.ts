// Parse and validate a CSV before anything is written, so the rep sees every problem per row first.
import { identityKeys, keyMatchHolds } from '../../domain/merge';
import type { ProspectFields, Stage } from '../../domain/prospect';
import { applyOverride, normalizeHeader, type ColumnMapping, type ImportTarget } from './column-mapping';
import { decodeInput } from './decode';
import { restoreNeutralized } from '../export/neutralize';
import { validateRow, type MappedRow } from './row-schema';
import { parseTable } from './table';

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
  /** The row's identity keys, computed once for the duplicate check; the import reuses them. */
  identityKeys?: string[];
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
  /** The first data rows as written (for the mapping step's example values). */
  samples: string[][];
  /** The export format recognised from the header row ("linkedin-connections", "vcard"), if any. */
  format?: string;
  formatName?: string;
  /** Lines above the header row that were skipped (a preamble such as LinkedIn's "Notes:"). */
  skippedBefore: number;
  /** Single-value lines after the table (a report footer), not imported. */
  trailer: string[];
}

export function previewImport(input: string | Uint8Array | ArrayBuffer, mappingOverride?: ColumnMapping): ImportPreview {
  let samples: string[][] = [];
  let recognised: Pick<ImportPreview, 'format' | 'formatName'> = {};
  const failed = (fileErrors: string[], headers: string[] = [], mapping: ColumnMapping = {}): ImportPreview =>
    ({ headers, mapping, rows: [], validCount: 0, errorCount: 0, duplicatesInFile: 0, fileErrors, samples, trailer: [], skippedBefore: 0, ...recognised });

  const decoded = decodeInput(input, { legacyEncodings: true });
  if (!decoded.ok) return failed([decoded.error]);

  const table = parseTable(decoded.text);
  if (table.quoteErrors.length) {
    return failed(table.quoteErrors.slice(0, 5).map((e) =>
      `Unbalanced quotes${e.row !== undefined ? ` near data row ${e.row}` : ''}: ${e.message}. Check the file was exported as CSV.`));
  }
  const { headers, rows: dataRows } = table;
  samples = dataRows.slice(0, 3);
  if (table.format) recognised = { format: table.format.id, formatName: table.format.name };
  else if (table.kind === 'vcard') recognised = { format: 'vcard', formatName: 'vCard' };
  if (headers.length === 0 || (table.kind === 'csv' && headers.every((h) => /^Column \d+$/.test(h)))) return failed(['The file has no header row.']);

  const { mapping, errors: mappingErrors } = applyOverride(headers, mappingOverride, table.format);
  if (mappingErrors.length) return failed(mappingErrors, headers, mapping);
  const targets = new Set(Object.values(mapping));
  if (!['fullName', 'firstName', 'lastName', 'email', 'linkedin', 'twitter', 'github'].some((t) => targets.has(t as never))) {
    return failed(['No column looks like a name, an email or a profile URL. Map the columns by hand.'], headers, mapping);
  }
  if (dataRows.length === 0) return failed(['The file has a header but no rows.'], headers, mapping);

  const columnTargets = headers.map((h) => mapping[h] ?? null);
  const typeColumns = headers.map((h) => phoneTypeColumn(h, headers));
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
      let target = columnTargets[column];
      const value = stripSpreadsheetQuote(cell.trim());
      if (!target || !value) return;
      const typeColumn = typeColumns[column];
      if (typeColumn !== undefined && PHONE_TARGETS.has(target)) {
        const kind = phoneKind(cells[typeColumn] ?? '');
        if (kind === 'skip') return;
        if (kind) target = kind;
      }
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
    row.identityKeys = identityKeys(result.fields);
    for (const key of row.identityKeys) {
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

  return {
    headers, mapping, rows, validCount, errorCount: rows.length - validCount, duplicatesInFile, fileErrors: [],
    samples, trailer: table.trailer, skippedBefore: table.skippedBefore, ...recognised,
  };
}

/**
 * Excel and exports meant for it write numbers as text with a leading apostrophe ("'+49 170…", "'0123"); Segue's
 * own export does the same against formula injection. Other leading quotes ("'t Hooft") are kept.
 */
export function stripSpreadsheetQuote(value: string): string {
  const restored = restoreNeutralized(value);
  return restored === value && /^'[\d(]/.test(value) ? value.slice(1) : restored;
}

const PHONE_TARGETS: ReadonlySet<ImportTarget> = new Set(['phone', 'mobile', 'directPhone', 'homePhone', 'companyPhone']);

/** For "Phone 2 - Value", the index of "Phone 2 - Type" or "Phone 2 - Label" (Google Contacts). */
function phoneTypeColumn(header: string, headers: readonly string[]): number | undefined {
  const group = /^(.+?\s*\d+)\s*-\s*value$/i.exec(header);
  if (!group || !/phone/i.test(group[1]!)) return undefined;
  const base = normalizeHeader(group[1]!);
  const index = headers.findIndex((h) => normalizeHeader(h) === `${base}type` || normalizeHeader(h) === `${base}label`);
  return index >= 0 ? index : undefined;
}

/** The phone a type label names; 'skip' for fax and pager numbers, which nobody calls. */
function phoneKind(label: string): ImportTarget | 'skip' | undefined {
  if (/fax|pager/i.test(label)) return 'skip';
  if (/mobile|cell|handy/i.test(label)) return 'mobile';
  if (/home/i.test(label)) return 'homePhone';
  if (/work|business|office|main/i.test(label)) return 'phone';
  return undefined;
}
