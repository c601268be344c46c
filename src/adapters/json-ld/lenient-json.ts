// Parses the JSON-LD that real pages ship, which is not always JSON: HTML comment or CDATA wrappers, trailing
// commas, raw newlines inside strings, several objects one after another. Never throws.

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
  const pieces = repairAndSplit(text);
  const values: unknown[] = [];
  let failed = 0;
  for (const piece of pieces) {
    try {
      values.push(JSON.parse(piece));
    } catch {
      failed++;
    }
  }
  if (!values.length) return { values, error: 'not valid JSON, even after repairs (trailing commas, raw newlines, concatenated objects)' };
  return failed ? { values, repaired: true, error: `${failed} of ${pieces.length} JSON values could not be read` } : { values, repaired: true };
}

/**
 * One pass over the text: escapes raw control characters inside strings, drops commas that close an object or an
 * array, and cuts the text into its top-level values ({…}{…} or {…},{…} without a surrounding array).
 */
function repairAndSplit(text: string): string[] {
  const pieces: string[] = [];
  let out = '';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let pendingComma = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      else if (ch === '\n') { out += '\\n'; continue; }
      else if (ch === '\r') { out += '\\r'; continue; }
      else if (ch === '\t') { out += '\\t'; continue; }
      else if (ch < ' ') continue;
      out += ch;
      continue;
    }
    if (ch === ',') {
      pendingComma = ',';
      continue;
    }
    if (/\s/.test(ch)) {
      if (pendingComma) pendingComma += ch;
      else out += ch;
      continue;
    }
    if (ch === '}' || ch === ']') {
      pendingComma = ''; // a trailing comma before a closing bracket is dropped
      if (depth === 0) continue;
      depth--;
      out += ch;
      if (depth === 0) {
        pieces.push(out.trim());
        out = '';
      }
      continue;
    }
    if (pendingComma) {
      if (depth > 0) out += pendingComma;
      pendingComma = '';
    }
    if (depth === 0 && ch !== '{' && ch !== '[') continue; // stray text between top-level values
    if (ch === '{' || ch === '[') depth++;
    else if (ch === '"') inString = true;
    out += ch;
  }
  if (out.trim()) pieces.push(out.trim());
  return pieces;
}
