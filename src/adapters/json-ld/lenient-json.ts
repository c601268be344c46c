// Parses the JSON-LD that real pages ship, which is not always JSON: HTML comment or CDATA wrappers, trailing
// commas, raw newlines inside strings, single quotes, unquoted keys, comments, missing commas, cut-off ends, and
// several objects one after another. The repairs are jsonrepair's; this file only unwraps the script text and cuts
// concatenated top-level values apart when the text cannot be read whole. Never throws.
import { jsonrepair } from 'jsonrepair';

export interface LenientParse {
  values: unknown[];
  /** Set when some or all of the text could not be read; `repaired` when it needed fixing to be read. */
  error?: string;
  repaired?: boolean;
}

const WRAPPERS = [/^\s*<!--/, /-->\s*$/, /^\s*(\/\/\s*)?<!\[CDATA\[/, /(\/\/\s*)?\]\]>\s*$/];

export function parseLenientJson(source: string): LenientParse {
  let text = source;
  for (const wrapper of WRAPPERS) text = text.replace(wrapper, '');
  text = text.trim().replace(/;+\s*$/, '');
  if (!text) return { values: [], error: 'empty script' };
  try {
    return { values: [JSON.parse(text)], repaired: text !== source.trim() };
  } catch {
    /* repair below */
  }
  const whole = repaired(text);
  if (whole.ok) {
    // "{…},{…}" comes back as an array jsonrepair wrapped around the values: they are separate values.
    const values = Array.isArray(whole.value) && !text.startsWith('[') ? whole.value : [whole.value];
    return { values, repaired: true };
  }
  const pieces = topLevelValues(text);
  const values: unknown[] = [];
  let failed = 0;
  for (const piece of pieces) {
    const one = repaired(piece);
    if (one.ok) values.push(one.value);
    else failed++;
  }
  if (!values.length) return { values, error: 'not valid JSON, even after repairs' };
  return failed ? { values, repaired: true, error: `${failed} of ${pieces.length} JSON values could not be read` } : { values, repaired: true };
}

function repaired(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(jsonrepair(text)) };
  } catch {
    return { ok: false };
  }
}

/** Cuts "{…}{…}" into its top-level values, minding strings; text between values is dropped. */
function topLevelValues(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
    } else if (ch === '"' && depth > 0) inString = true;
    else if (ch === '{' || ch === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if ((ch === '}' || ch === ']') && depth > 0) {
      depth--;
      if (depth === 0) pieces.push(text.slice(start, i + 1));
    }
  }
  if (depth > 0 && start >= 0) pieces.push(text.slice(start));
  return pieces;
}
