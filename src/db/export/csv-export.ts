// CSV exports of prospects and calls, with header names HubSpot maps automatically (Salesforce's import wizard
// maps most of them too: First Name, Last Name, Email, Phone, Mobile, Title; map the rest once by hand).
import Papa from 'papaparse';
import { outcomeLabel, formatDuration, type Call, type CallOutcomeOption } from '../../domain/calls';
import type { Prospect, Stage } from '../../domain/prospect';
import { fromStored, type SegueDatabase } from '../database';
import { FORMULA_CELL } from './neutralize';
import { pageThrough } from './paging';
import { joinNotes } from '../../domain/notes';
import { NotesRepo } from '../notes-repo';

/** HubSpot lifecycle stage internal values for Segue stages (HubSpot has no "lost": it uses "other"). */
const LIFECYCLE: Record<Stage, string> = {
  new: 'lead', contacted: 'lead', qualified: 'salesqualifiedlead', handed_to_sales: 'opportunity', won: 'customer', lost: 'other',
};

/**
 * Prospect columns, in order, and where each value comes from:
 * First Name / Last Name ← firstName/lastName, else fullName split at the first space;
 * Email ← first email; Additional Emails ← the others, "; "-separated;
 * Phone Number ← first non-mobile phone; Mobile Phone Number ← first mobile; Job Title ← title;
 * Company Name, Company Domain Name, Website URL, Industry, Number of Employees ← company fields;
 * City, State/Region, Country/Region ← location (Country/Region falls back to the unsplit location);
 * LinkedIn URL ← profiles.linkedin; Lifecycle Stage ← stage as a HubSpot lifecycle value;
 * Segue Stage ← the exact stage (Segue's importer prefers it); Tags ← "; "-separated; Notes ← all notes, newest first.
 */
export const PROSPECT_CSV_HEADERS = [
  'First Name', 'Last Name', 'Email', 'Additional Emails', 'Phone Number', 'Mobile Phone Number', 'Job Title',
  'Company Name', 'Company Domain Name', 'Website URL', 'Industry', 'Number of Employees', 'City', 'State/Region',
  'Country/Region', 'LinkedIn URL', 'Lifecycle Stage', 'Segue Stage', 'Tags', 'Notes',
] as const;

/** `notes`: the prospect's notes joined newest first (see joinNotes); the record's own notes text otherwise. */
export function prospectCsvRow(p: Prospect, notes: string = p.notes): string[] {
  const [first, last] = splitName(p);
  const office = p.phones.find((ph) => ph.label !== 'mobile' && ph.label !== 'fax');
  const mobile = p.phones.find((ph) => ph.label === 'mobile');
  return [
    first, last, p.emails[0] ?? '', p.emails.slice(1).join('; '), office?.number ?? '', mobile?.number ?? '',
    p.title ?? '', p.company ?? '', p.companyDomain ?? '', p.website ?? '', p.industry ?? '',
    p.companySize === undefined ? '' : String(p.companySize), p.location?.city ?? '', p.location?.region ?? '',
    p.location?.country ?? (p.location?.city || p.location?.region ? '' : p.location?.raw ?? ''),
    p.profiles.linkedin ?? '', LIFECYCLE[p.stage], p.stage, p.tags.join('; '), notes,
  ];
}

export const CALL_CSV_HEADERS = [
  'Activity Date', 'First Name', 'Last Name', 'Email', 'Company Name', 'Phone Number', 'Call Outcome',
  'Call Duration (seconds)', 'Call Duration', 'Call Notes', 'Next Step', 'Follow-up Date',
] as const;

export function callCsvRow(call: Call, prospect: Prospect | undefined, outcomes?: readonly CallOutcomeOption[]): string[] {
  const [first, last] = prospect ? splitName(prospect) : ['', ''];
  return [
    new Date(call.startedAt).toISOString(), first, last, prospect?.emails[0] ?? '', prospect?.company ?? '',
    call.phone ?? '', outcomeLabel(call.outcome, outcomes), String(call.durationSec), formatDuration(call.durationSec),
    call.notes, call.nextStep ?? '', call.followUpAt === undefined ? '' : new Date(call.followUpAt).toISOString(),
  ];
}

/**
 * Rows to CSV text with every cell that could run as a formula neutralised (papaparse prefixes a quote to the cells
 * FORMULA_CELL matches; phone numbers and amounts stay as they are). Lines end with CRLF (RFC 4180).
 */
export function toCsvText(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  return Papa.unparse(rows.map((row) => [...row]), { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_CELL });
}

/** The prospect CSV in pieces (header, then one piece per page); joined they are the whole file. */
export async function* exportProspectsCsv(db: SegueDatabase, options: { pageSize?: number } = {}): AsyncGenerator<string> {
  yield toCsvText([[...PROSPECT_CSV_HEADERS]]);
  for await (const page of pageThrough(db.prospects, options.pageSize ?? 1000)) {
    const notes = await Promise.all(page.map(async (row) => joinNotes(await new NotesRepo(db).list(row.id))));
    yield `\r\n${toCsvText(page.map((row, i) => prospectCsvRow(fromStored(row), notes[i] || row.notes)))}`;
  }
  yield '\r\n';
}

export async function* exportCallsCsv(db: SegueDatabase, options: { pageSize?: number; outcomes?: readonly CallOutcomeOption[] } = {}): AsyncGenerator<string> {
  yield toCsvText([[...CALL_CSV_HEADERS]]);
  for await (const page of pageThrough(db.calls, options.pageSize ?? 1000)) {
    const ids = [...new Set(page.map((c) => c.prospectId))];
    const prospects = new Map((await db.prospects.bulkGet(ids)).filter(Boolean).map((p) => [p!.id, fromStored(p!)]));
    yield `\r\n${toCsvText(page.map((call) => callCsvRow(call, prospects.get(call.prospectId), options.outcomes)))}`;
  }
  yield '\r\n';
}

function splitName(p: Prospect): [string, string] {
  if (p.firstName || p.lastName) return [p.firstName ?? '', p.lastName ?? ''];
  const name = p.fullName.trim();
  const space = name.indexOf(' ');
  return space < 0 ? [name, ''] : [name.slice(0, space), name.slice(space + 1)];
}
