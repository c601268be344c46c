// "Capture selection": reads whatever text the rep selected — a signature block, "Name, Title at Company",
// "Jane Doe <jane@acme.com>" — into the same shape as a parsed signature.
import { looksLikeName, stripNameNoise } from './classify';
import { companyFromEmail } from './email-domain';
import { newestPart } from './newest-part';
import { parseBlock } from './parse-block';
import { cleanLines, isOwnName, parseSignature } from './parse-signature';
import { isSignOff } from './sign-offs';
import type { ParsedSignature, SignatureOptions } from './types';

const NAMED_ADDRESS = /^\s*"?([^"<>@\n]{2,60}?)"?\s*<\s*(?:mailto:)?([^<>\s@]+@[^<>\s]+)\s*>\s*$/;

/** A line of message text rather than contact details: long, or a sentence. */
const PROSE = /^.{90,}$|[?!]\s*$|^(?:\S+\s+){5,}\S*[.:]\s*$/;

export function parseSelection(text: string, options: SignatureOptions = {}): ParsedSignature {
  const input = typeof text === 'string' ? text.slice(0, 5000) : '';
  // A selection with message text in it (a whole body, or a reply with its sign-off): the signature parser finds the
  // sender's block at the end, so a person only named in the text is never taken.
  const rawLines = newestPart(input).text.split('\n');
  if (rawLines.some((line) => PROSE.test(line.trim()) || isSignOff(line))) {
    const fromBody = parseSignature(input, {}, options);
    if (fromBody.name) return fromBody;
  }
  const parsed = parseBlockSelection(input, options);
  return parsed.name && isOwnName(parsed.name, options.ownNames) ? { phones: [], emails: [], profiles: {}, inferred: [], signatureText: '', confidence: 0 } : parsed;
}

function parseBlockSelection(input: string, options: SignatureOptions): ParsedSignature {
  const lines = cleanLines(newestPart(input).text.split('\n'))
    .filter((line) => !isSignOff(line));

  // "Jane Doe <jane@acme.com>" lines (copied from a header or a To: field) name their sender directly.
  let senderName: string | undefined;
  let senderEmail: string | undefined;
  for (const line of lines) {
    const named = NAMED_ADDRESS.exec(line);
    if (named && looksLikeName(stripNameNoise(named[1]!))) {
      senderName = stripNameNoise(named[1]!);
      senderEmail = named[2]!.toLowerCase();
      break;
    }
  }

  const fields = parseBlock(lines, {
    sender: { ...(senderName ? { name: senderName } : {}), ...(senderEmail ? { email: senderEmail } : {}) },
    ...(options.defaultCountry ? { defaultCountry: options.defaultCountry } : {}),
  });
  const { meetingLinks, ...result } = fields;
  const parsed: ParsedSignature = { ...result, signatureText: lines.join('\n').trim(), confidence: 0 };
  const firstEmail = senderEmail ?? parsed.emails[0];
  if (!parsed.company && firstEmail && (parsed.name || parsed.title)) {
    const guess = companyFromEmail(firstEmail);
    if (guess) {
      parsed.company = guess;
      parsed.inferred.push('company');
    }
  }
  if (!parsed.website && meetingLinks[0]) {
    parsed.website = meetingLinks[0];
    parsed.inferred.push('website');
  }
  let score = 0;
  if (parsed.name) score += 0.4;
  if (parsed.title) score += 0.2;
  if (parsed.company && !parsed.inferred.includes('company')) score += 0.15;
  if (parsed.emails.length > 0 || parsed.phones.length > 0) score += 0.25;
  parsed.confidence = Math.round(score * 100) / 100;
  return parsed;
}
