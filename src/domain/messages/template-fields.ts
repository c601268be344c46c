// The placeholders a template may use, and how each is read from the prospect, the sender and the segment.
import type { ProspectFields } from '../prospect';

/** What the rep sells, from the first-run setup: templates read it as {{offer.name}}, {{offer.problem}}, {{offer.proof}} … */
export interface Offer {
  /** The product or service, e.g. "Ledgerly". */
  name?: string;
  /** The problem it solves, as a phrase that completes "helps teams with …". */
  problem?: string;
  /** Two or three proof points (a customer result, a number, a reference). */
  proofs?: string[];
}

/** Who is writing: the rep's own details, from settings. Every field is optional; templates fall back without them. */
export interface Sender {
  offer?: Offer;
  name?: string;
  firstName?: string;
  company?: string;
  title?: string;
  email?: string;
  phone?: string;
  meetingLink?: string;
  signature?: string;
  website?: string;
}

export interface TemplateContext {
  prospect: ProspectFields;
  sender?: Sender;
  segment?: { id: string; name: string };
}

type Resolver = (ctx: TemplateContext) => string | number | undefined;

const NAME_PREFIXES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'sir', 'herr', 'frau']);

/** The plain first name: the captured one, else the first word of a two-word-or-longer full name (titles skipped). */
function firstNameOf(p: ProspectFields): string | undefined {
  if (p.firstName?.trim()) return p.firstName;
  const words = p.fullName?.trim().split(/\s+/).filter(Boolean) ?? [];
  while (words.length > 2 && NAME_PREFIXES.has(words[0]!.replace(/\.$/, '').toLowerCase())) words.shift();
  return words.length >= 2 ? words[0] : undefined;
}

function humanize(code: string | undefined): string | undefined {
  if (!code || code === 'unknown') return undefined;
  if (code === 'c_suite') return 'C-suite';
  if (code === 'vp') return 'VP';
  if (code === 'hr') return 'HR';
  if (code === 'it') return 'IT';
  return code.replace(/_/g, ' ');
}

function formatLocation(p: ProspectFields): string | undefined {
  const l = p.location;
  if (!l) return undefined;
  const parts = [l.city, l.region, l.country].filter((s): s is string => Boolean(s?.trim()));
  return parts.length ? parts.join(', ') : l.raw;
}

/** An offer phrase goes mid-sentence: the template brings its own full stop, so the rep's is dropped. */
function offerPhrase(text: string | undefined): string | undefined {
  return text?.trim().replace(/[\s.;,!]+$/, '') || undefined;
}

const RESOLVERS: Record<string, Resolver> = {
  firstName: (c) => firstNameOf(c.prospect),
  lastName: (c) => c.prospect.lastName,
  fullName: (c) => c.prospect.fullName,
  namePrefix: (c) => c.prospect.namePrefix,
  company: (c) => c.prospect.company,
  companyDomain: (c) => c.prospect.companyDomain,
  companySize: (c) => c.prospect.companySize,
  title: (c) => c.prospect.title,
  headline: (c) => c.prospect.headline,
  industry: (c) => c.prospect.industry,
  seniority: (c) => humanize(c.prospect.seniority),
  department: (c) => humanize(c.prospect.department),
  website: (c) => c.prospect.website,
  email: (c) => c.prospect.emails?.[0],
  phone: (c) => c.prospect.phones?.[0]?.number,
  location: (c) => formatLocation(c.prospect),
  'location.city': (c) => c.prospect.location?.city,
  'location.region': (c) => c.prospect.location?.region,
  'location.country': (c) => c.prospect.location?.country,
  'sender.name': (c) => c.sender?.name,
  'sender.firstName': (c) => c.sender?.firstName ?? c.sender?.name?.trim().split(/\s+/)[0],
  'sender.company': (c) => c.sender?.company,
  'sender.title': (c) => c.sender?.title,
  'sender.email': (c) => c.sender?.email,
  'sender.phone': (c) => c.sender?.phone,
  'sender.meetingLink': (c) => c.sender?.meetingLink,
  'sender.signature': (c) => c.sender?.signature,
  'sender.website': (c) => c.sender?.website,
  'offer.name': (c) => c.sender?.offer?.name,
  'offer.problem': (c) => offerPhrase(c.sender?.offer?.problem),
  'offer.proof': (c) => offerPhrase(c.sender?.offer?.proofs?.filter((p) => p.trim())[0]),
  'offer.proof2': (c) => offerPhrase(c.sender?.offer?.proofs?.filter((p) => p.trim())[1]),
  'offer.proof3': (c) => offerPhrase(c.sender?.offer?.proofs?.filter((p) => p.trim())[2]),
  'segment.name': (c) => c.segment?.name,
  'segment.id': (c) => c.segment?.id,
};

/** Every placeholder name a template may use, e.g. `firstName`, `location.city`, `sender.meetingLink`. */
export const TEMPLATE_FIELDS: readonly string[] = Object.keys(RESOLVERS);

export function isKnownTemplateField(name: string): boolean {
  return Object.hasOwn(RESOLVERS, name);
}

/**
 * The value a placeholder stands for, as single-line text, or undefined when absent or blank.
 * Braces are removed from values so prospect data can never smuggle a placeholder into a message.
 */
export function resolveTemplateField(ctx: TemplateContext, name: string): string | undefined {
  const resolver = Object.hasOwn(RESOLVERS, name) ? RESOLVERS[name] : undefined;
  if (!resolver) return undefined;
  const raw = resolver(ctx);
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : undefined;
  // The signature is the one multi-line value; everything else is folded onto one line.
  const text = name === 'sender.signature' ? raw.replace(/\r\n?/g, '\n') : raw.replace(/\s+/g, ' ');
  const clean = text.replace(/\{\{|\}\}/g, '').trim();
  return clean ? clean : undefined;
}
