// Turns an uploaded file (text or bytes) into text, refusing what is not text.
// Real exports come as UTF-8 (with or without a byte-order mark), UTF-16 (Google's old "Google CSV", Excel's
// "Unicode text") and Windows-1252 (Outlook's and Excel's "CSV" on Windows, Thunderbird on Windows).

export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; error: string };

const BINARY_ERROR = 'The file contains binary data, not text. Export it as CSV (UTF-8) and try again.';

/**
 * Strict UTF-8 (a byte-order mark is dropped) unless `legacyEncodings`: then also UTF-16 and Windows-1252, as
 * contact exports come. NUL characters mean a binary file.
 */
export function decodeInput(input: string | Uint8Array | ArrayBuffer, options: { legacyEncodings?: boolean } = {}): DecodeResult {
  let text: string;
  let encoding = 'utf-8';
  if (typeof input === 'string') {
    text = input;
  } else {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, error: `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.` };
    encoding = options.legacyEncodings ? detectEncoding(bytes) : 'utf-8';
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
      if (encoding === 'windows-1252') text = text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] || c);
    } catch {
      return { ok: false, error: encoding === 'utf-8'
        ? 'The file is not UTF-8 text (is it a spreadsheet or another binary file?). Export it as CSV (UTF-8) and try again.'
        : `The file is not valid ${encoding.toUpperCase()} text. Export it as CSV and try again.` };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) return { ok: false, error: BINARY_ERROR };
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
  return { ok: true, text, encoding };
}

/**
 * Windows-1252's characters at 0x80–0x9F (€, ‚, „, …, curly quotes, Š, Ž…). Some runtimes (Node without full ICU)
 * decode "windows-1252" as ISO-8859-1 and leave C1 control characters there instead.
 */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** By byte-order mark, then by the NUL pattern of BOM-less UTF-16, then strict UTF-8, else Windows-1252. */
export function detectEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, 4096);
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 ? oddNuls++ : evenNuls++);
  const pairs = sample.length / 2;
  // Text in UTF-16 has a NUL in nearly every other byte (ASCII letters); binary files have NULs all over.
  if (pairs >= 4 && oddNuls > pairs * 0.6 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (pairs >= 4 && evenNuls > pairs * 0.6 && oddNuls < pairs * 0.05) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}
