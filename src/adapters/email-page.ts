// Capture from web mail: Gmail and Outlook pages hold a conversation, not a profile, so they are read by their
// email adapters (the sender of the newest message not sent by the user, plus that message's signature)
// instead of the page pipeline.
import { NO_PERSON_FOUND, type ExtractionResult } from '../domain/extraction';
import { parseName } from '../domain/names/parse-name';
import type { ProspectDraft, ProspectFields } from '../domain/prospect';
import { emptyFields } from '../domain/prospect';
import { detectSite } from '../domain/site';
import { extract as gmail } from './gmail/extract';
import { extract as outlook } from './outlook/extract';
import { runLayer } from './pipeline';

export function extractEmailPage(doc: Document, url: URL): ExtractionResult | null {
  const site = detectSite(url);
  if (site !== 'gmail' && site !== 'outlook') return null;
  const run = runLayer({ source: site, kind: 'site', run: site === 'gmail' ? gmail : outlook }, doc, url);
  const reports = [run.output.report];
  const person = run.output.mainIndex !== undefined ? run.output.people[run.output.mainIndex] : undefined;
  if (!person?.fullName && !person?.emails?.length) {
    const label = site === 'gmail' ? 'Gmail' : 'Outlook';
    const missed = run.output.report.missed ?? [];
    const error = run.output.report.error
      ?? (missed.length
        ? `${label} page found but none of its selectors matched (${missed.slice(0, 6).join(', ')}): open a message, or the site may have changed.`
        : `${NO_PERSON_FOUND.replace(/\.$/, '')}: open an email from the person you want to capture.`);
    return { ok: false, url: url.href, error, reports };
  }
  const fields: ProspectFields = { ...emptyFields(), ...person } as ProspectFields;
  // A sender with only an address still gets a name to review: the part before the @, for the rep to correct.
  if (!fields.fullName) fields.fullName = '';
  const parsed = fields.fullName ? parseName(fields.fullName) : null;
  if (parsed) {
    fields.fullName = parsed.fullName || fields.fullName;
    if (!fields.firstName && parsed.firstName) fields.firstName = parsed.firstName;
    if (!fields.lastName && parsed.lastName) fields.lastName = parsed.lastName;
  }
  const fieldSources: ProspectDraft['fieldSources'] = { ...(run.output.fieldSources?.[run.output.mainIndex!] ?? {}) };
  for (const key of Object.keys(person) as Array<keyof ProspectFields>) fieldSources[key] ??= site;
  const sender = fieldSources.emails === 'email-header' ? fields.emails[0] : undefined;
  return {
    ok: true,
    url: url.href,
    people: [{ fields, fieldSources, source: { url: url.href, site, capturedAt: Date.now() } }],
    reports,
    ...(sender ? { sender } : {}),
  };
}
