// What an email address's domain says about the sender: the employer's name (weakly) and the country.
import { FREE_MAIL_DOMAINS, TLD_COUNTRY } from './vocabulary';

const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ltd', 'plc', 'gob']);

export function emailDomain(email: string | undefined): string | undefined {
  const at = email?.lastIndexOf('@') ?? -1;
  if (!email || at < 0) return undefined;
  const domain = email.slice(at + 1).trim().toLowerCase().replace(/[>.]+$/, '');
  return /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(domain) ? domain : undefined;
}

export function isFreeMail(email: string | undefined): boolean {
  const domain = emailDomain(email);
  return !domain || FREE_MAIL_DOMAINS.has(domain);
}

/** "acme-robotics.co.uk" → "acme-robotics"; the label a company name is compared with. */
export function domainLabel(email: string | undefined): string | undefined {
  const domain = emailDomain(email);
  if (!domain) return undefined;
  const parts = domain.split('.');
  let index = parts.length - 2;
  if (index > 0 && SECOND_LEVEL.has(parts[index]!) && parts[parts.length - 1]!.length === 2) index--;
  // Documentation domains (RFC 2606: acme.example.com, acme.example.de) name the company one label further left.
  if (index > 0 && parts[index] === 'example') index--;
  return parts[index];
}

/** A weak guess at the employer from a work address: "jane@acme-robotics.com" → "Acme Robotics". Never for free mail. */
export function companyFromEmail(email: string | undefined): string | undefined {
  if (isFreeMail(email)) return undefined;
  // RFC 2606 documentation domains themselves (jane@example.com) name no employer.
  if (/^example\.(?:com|net|org)$/.test(emailDomain(email) ?? '')) return undefined;
  const label = domainLabel(email);
  if (!label || label.length < 2) return undefined;
  const words = label.split(/[-_]+/).filter(Boolean);
  // A lone short label is usually an acronym (ibm → IBM); otherwise capitalise each word.
  if (words.length === 1 && words[0]!.length <= 3) return words[0]!.toUpperCase();
  return words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ');
}

/** The country a country-code TLD names (".de" → "DE"); generic TLDs say nothing. */
export function countryFromEmail(email: string | undefined): string | undefined {
  const domain = emailDomain(email);
  if (!domain) return undefined;
  return TLD_COUNTRY[domain.slice(domain.lastIndexOf('.') + 1)];
}

/** Does this text name the company the email domain belongs to ("Northwind Traders" for northwind.com)? */
export function matchesEmailDomain(text: string, email: string | undefined): boolean {
  if (isFreeMail(email)) return false;
  const label = domainLabel(email)?.replace(/[-_]/g, '');
  if (!label || label.length < 3) return false;
  const squashed = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  if (squashed.length < 3 || squashed.length > 40) return false;
  return squashed.startsWith(label) || (label.startsWith(squashed) && squashed.length >= 4);
}
