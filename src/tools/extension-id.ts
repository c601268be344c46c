// Chrome's extension id for a manifest `key`: the sha256 of the public key (DER, SPKI), its first 32 hex digits
// written with the letters a-p for 0-f. A fixed key gives Segue the same id everywhere, so a policy can name it.
import { createHash } from 'node:crypto';

export function extensionIdFromKey(base64Der: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Der, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** Segue's id in Chrome and Edge, from the `key` in manifest.json (a test checks the two agree). */
export const SEGUE_EXTENSION_ID = 'mbpednebfihempmlodonfhoeljhfgplh';
