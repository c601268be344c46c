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

/**
 * Rows validated on demand, in order: read(0, 1000), then read(1000, 2000)… (a row is checked against the earlier
 * rows of the file for duplicates, so reads must come in order). An import validates each chunk while the
 * database writes the previous one, instead of the whole file before its first write.
 */
export interface RowSource {
  /** Data rows in the file (valid or not). */
  total: number;
  read(start: number, end: number): PreviewRow[];
}

/** The file parsed and its columns mapped; rows are validated as they are read. */
export interface ImportPlan extends Omit<ImportPreview, 'rows' | 'validCount' | 'errorCount' | 'duplicatesInFile'> {
  rows: RowSource;
}

const NO_ROWS: RowSource = { total: 0, read: () => [] };

/** Every row validated: what the dashboard shows before an import. */
export function previewImport(input: string | Uint8Array | ArrayBuffer, mappingOverride?: ColumnMapping): ImportPreview {
  const { rows: source, ...plan } = planImport(input, mappingOverride);
  const rows = source.read(0, source.total);
  const validCount = rows.filter((row) => row.fields).length;
  return { ...plan, rows, validCount, errorCount: rows.length - validCount, duplicatesInFile: rows.filter((row) => row.duplicateOf !== undefined).length };
}

/** Decodes, parses and maps the file (file-level errors in fileErrors); rows are validated when read. */
export function planImport(input: string | Uint8Array | ArrayBuffer, mappingOverride?: ColumnMapping): ImportPlan {
  let samples: string[][] = [];
  let recognised: Pick<ImportPreview, 'format' | 'formatName'> = {};
  const failed = (fileErrors: string[], headers: string[] = [], mapping: ColumnMapping = {}): ImportPlan =>
    ({ headers, mapping, rows: NO_ROWS, fileErrors, samples, trailer: [], skippedBefore: 0, ...recognised });

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
  /** The first valid row of the file with each identity key: later rows with that key are its duplicates. */
  const firstRowByKey = new Map<string, { index: number; fields: ProspectFields }>();
  let next = 0;

  const validate = (cells: string[], index: number): PreviewRow => {
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
    if (errors.length) return { index, errors };
    const result = validateRow(mapped);
    if (!result.fields) return { index, errors: result.errors };
    const row: PreviewRow = { index, fields: result.fields, errors: [] };
    if (result.stage) row.stage = result.stage;
    let duplicateOf: number | undefined;
    row.identityKeys = identityKeys(result.fields);
    for (const key of row.identityKeys) {
      const earlier = firstRowByKey.get(key);
      if (earlier === undefined) firstRowByKey.set(key, { index, fields: result.fields });
      else if (duplicateOf === undefined && keyMatchHolds(key, earlier.fields, result.fields)) duplicateOf = earlier.index;
    }
    if (duplicateOf !== undefined) row.duplicateOf = duplicateOf;
    return row;
  };

  const rows: RowSource = {
    total: dataRows.length,
    read(start, end) {
      if (start !== next) throw new Error(`Rows must be read in order: asked for ${start}, next is ${next}.`);
      const out: PreviewRow[] = [];
      for (; next < Math.min(end, dataRows.length); next++) out.push(validate(dataRows[next]!, next));
      return out;
    },
  };
  return { headers, mapping, rows, fileErrors: [], samples, trailer: table.trailer, skippedBefore: table.skippedBefore, ...recognised };
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

/**
 * For "Phone 2 - Value" (Google Contacts) or a bare "Phone 2" (Keap and many other exports), the index of
 * "Phone 2 - Type", "Phone 2 - Label" or "Phone 2 Type" beside it.
 */
function phoneTypeColumn(header: string, headers: readonly string[]): number | undefined {
  const group = /^(.+?\s*\d+)(?:\s*-\s*value)?$/i.exec(header);
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
