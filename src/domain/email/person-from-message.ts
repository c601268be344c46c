// The person behind an email: name and address from the header, the rest from their signature. Pure: no DOM.
import { parseName } from '../names/parse-name';
import { normalizeEmail, type FieldSource, type ProspectFields } from '../prospect';
import { isRoleAddress } from '../role-addresses';
import { isOwnName, parseSignature } from '../signature/parse-signature';
import { parseTitle } from '../titles/parse-title';
import type { ParsedSignature } from '../signature/types';

export interface MessageSender {
  name?: string;
  email?: string;
}

export interface PersonFromMessageOptions {
  /** ISO country for national phone numbers when the message itself does not say. */
  defaultCountry?: string;
  /** The rep's own name(s): their own message or signature is never the prospect. */
  ownNames?: string[];
}

export interface MessagePerson {
  fields: Partial<ProspectFields>;
  fieldSources: Partial<Record<keyof ProspectFields, FieldSource>>;
  signature: ParsedSignature;
}

/** Names that are a mailbox, not a person ("Sales Team", "noreply"): the signature's name is better. */
const ROLE_NAME = /^(?:no-?reply|do-?not-?reply|info|sales|support|team|admin|office|hello|contact|billing|notifications?)\b/i;

/**
 * Combines the sender from the header with the signature of the newest message. Returns undefined when there is
 * no person: no sender address and no name in a signature.
 */
export function personFromMessage(sender: MessageSender, bodyText: string, options: PersonFromMessageOptions = {}): MessagePerson | undefined {
  const headerName = cleanHeaderName(sender.name, sender.email);
  if (headerName && isOwnName(headerName, options.ownNames)) return undefined;
  const headerEmail = sender.email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(sender.email.trim()) ? normalizeEmail(sender.email) : undefined;
  const signature = parseSignature(bodyText, { ...(headerName ? { name: headerName } : {}), ...(headerEmail ? { email: headerEmail } : {}) }, options);

  const fields: Partial<ProspectFields> = {};
  const fieldSources: Partial<Record<keyof ProspectFields, FieldSource>> = {};
  const set = <K extends keyof ProspectFields>(key: K, value: ProspectFields[K] | undefined, source: FieldSource): void => {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return;
    fields[key] = value;
    fieldSources[key] = source;
  };

  const { name, source: nameSource } = chooseName(headerName, signature.name);
  if (name) {
    const parsed = parseName(name);
    set('fullName', parsed.fullName || name, nameSource);
    set('firstName', parsed.firstName, nameSource);
    set('lastName', parsed.lastName, nameSource);
    set('namePrefix', parsed.prefix, nameSource);
    set('nameSuffix', parsed.suffix, nameSource);
  }

  const emails = [...new Set([...(headerEmail ? [headerEmail] : []), ...signature.emails.map(normalizeEmail)])];
  set('emails', emails, headerEmail ? 'email-header' : 'signature');
  set('title', signature.title, 'signature');
  if (signature.title) {
    const { seniority, department } = parseTitle(signature.title);
    if (seniority !== 'unknown') set('seniority', seniority, 'derived');
    if (department !== 'other') set('department', department, 'derived');
  }
  set('company', signature.company, signature.inferred.includes('company') ? 'derived' : 'signature');
  set('phones', signature.phones, 'signature');
  set('website', signature.website, 'signature');
  set('location', signature.location, 'signature');
  if (Object.keys(signature.profiles).length > 0) set('profiles', { ...signature.profiles }, 'signature');

  if (!fields.fullName && emails.length === 0) return undefined;
  // A bare body whose only trace of a sender is a shared mailbox (info@, noreply@) names nobody.
  if (!fields.fullName && !headerEmail && emails.every(isRoleAddress)) return undefined;
  return { fields, fieldSources, signature };
}

/** The header's name when it is a full personal name; the signature's when it is fuller or the header has none. */
function chooseName(headerName: string | undefined, signatureName: string | undefined): { name?: string; source: FieldSource } {
  if (!headerName) return signatureName ? { name: signatureName, source: 'signature' } : { source: 'email-header' };
  if (signatureName && !headerName.includes(' ') && signatureName.toLowerCase().startsWith(headerName.toLowerCase())) {
    return { name: signatureName, source: 'signature' };
  }
  return { name: headerName, source: 'email-header' };
}

function cleanHeaderName(name: string | undefined, email: string | undefined): string | undefined {
  const cleaned = name?.replace(/^["'\s]+|["'\s]+$/g, '').replace(/\s+/g, ' ').trim();
  if (!cleaned || cleaned.includes('@') || ROLE_NAME.test(cleaned)) return undefined;
  if (email && cleaned.toLowerCase() === email.toLowerCase()) return undefined;
  return cleaned;
}
