import type { Location, Phone } from '../prospect';

/** What the caller knows about the sender from the message header. */
export interface SenderHint {
  name?: string;
  email?: string;
}

export interface SignatureOptions {
  /** ISO country for phone numbers written without +country code; inferred from the message when absent. */
  defaultCountry?: string;
  /** The rep's own name(s): a signature with this name is theirs, never the prospect's. */
  ownNames?: string[];
}

export interface ParsedSignature {
  name?: string;
  title?: string;
  company?: string;
  phones: Phone[];
  emails: string[];
  website?: string;
  /** Network key (linkedin, x, github, xing, …) to profile URL. */
  profiles: Record<string, string>;
  location?: Location;
  /** Street address lines joined with ", ". */
  address?: string;
  /** The signature block as found (after quotes, disclaimers and "Sent from" lines were removed). */
  signatureText: string;
  /** 0..1: how sure the parser is that it found the sender's own signature. */
  confidence: number;
  /** Fields that were guessed rather than read: 'company' from the email domain, 'website' from a meeting link. */
  inferred: string[];
}
