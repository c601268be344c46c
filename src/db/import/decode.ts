// Turns an uploaded file (text or bytes) into text, refusing what is not text.

export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

/** Bytes are decoded as strict UTF-8 (a byte-order mark is dropped); NUL characters mean a binary file. */
export function decodeInput(input: string | Uint8Array | ArrayBuffer): DecodeResult {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, error: `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.` };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, error: 'The file is not UTF-8 text (is it a spreadsheet or another binary file?). Export it as CSV (UTF-8) and try again.' };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) {
    return { ok: false, error: 'The file contains binary data, not text. Export it as CSV (UTF-8) and try again.' };
  }
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
  return { ok: true, text };
}
