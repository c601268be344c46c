// HTML mail to plain text without a DOM: block tags become line breaks, entities are decoded, and text inside
// <blockquote> is prefixed with "> " so the signature parser treats it as quoted history.

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'tr', 'li', 'ul', 'ol', 'table', 'tbody', 'thead', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
  'blockquote', 'pre', 'section', 'article', 'header', 'footer', 'address', 'td', 'th', 'dt', 'dd', 'center',
]);
const SKIPPED_TAGS = new Set(['style', 'script', 'head', 'title', 'template', 'noscript', 'xml']);
const MAX_HTML_CHARS = 2_000_000;
const TAG_NAME = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/y;

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", copy: '©', reg: '®', trade: '™', ndash: '–', mdash: '—',
  hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', bull: '•', middot: '·', euro: '€',
  pound: '£', yen: '¥', cent: '¢', sect: '§', deg: '°', times: '×', shy: '', zwnj: '', zwj: '', ensp: ' ', emsp: ' ',
  thinsp: ' ', iexcl: '¡', iquest: '¿', ordf: 'ª', ordm: 'º', szlig: 'ß', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä',
  Ouml: 'Ö', Uuml: 'Ü', aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', Aacute: 'Á', Eacute: 'É',
  Iacute: 'Í', Oacute: 'Ó', Uacute: 'Ú', agrave: 'à', egrave: 'è', igrave: 'ì', ograve: 'ò', ugrave: 'ù', Agrave: 'À',
  Egrave: 'È', acirc: 'â', ecirc: 'ê', icirc: 'î', ocirc: 'ô', ucirc: 'û', euml: 'ë', iuml: 'ï', ccedil: 'ç', Ccedil: 'Ç',
  ntilde: 'ñ', Ntilde: 'Ñ', oslash: 'ø', Oslash: 'Ø', aring: 'å', Aring: 'Å', aelig: 'æ', AElig: 'Æ', oelig: 'œ',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});?/gi, (match, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? match;
  });
}

export function htmlToText(input: string): string {
  const html = input.slice(0, MAX_HTML_CHARS);
  const lines: string[] = [];
  let line = '';
  let quoteDepth = 0;
  let preDepth = 0;
  let skipping: string | undefined;

  const breakLine = (): void => {
    const text = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    lines.push(quoteDepth > 0 ? `${'> '.repeat(quoteDepth)}${text}`.trimEnd() : text);
    line = '';
  };
  const addText = (raw: string): void => {
    if (skipping) return;
    const text = decodeEntities(raw);
    if (preDepth === 0) {
      line += text.replace(/\s+/g, ' ');
      return;
    }
    const parts = text.split('\n');
    line += parts[0];
    for (const part of parts.slice(1)) {
      breakLine();
      line = part;
    }
  };
  const handleTag = (closing: boolean, name: string, selfClosing: boolean): void => {
    if (skipping) {
      if (closing && name === skipping) skipping = undefined;
      return;
    }
    if (!closing && SKIPPED_TAGS.has(name) && !selfClosing) {
      skipping = name;
      return;
    }
    if (name === 'blockquote') {
      if (line.trim()) breakLine();
      quoteDepth = Math.max(0, quoteDepth + (closing ? -1 : 1));
      return;
    }
    if (name === 'pre') preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
    if (name === 'br') {
      breakLine();
      return;
    }
    if (BLOCK_TAGS.has(name)) {
      if (line.trim()) breakLine();
      if (name === 'p' && closing) lines.push('');
    }
  };

  // A hand-written scanner rather than one big regex: every construct is found with indexOf, so unclosed tags,
  // quotes or comments in hostile mail cost one scan, never a rescan per "<".
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      addText(html.slice(i));
      break;
    }
    if (lt > i) addText(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    TAG_NAME.lastIndex = lt;
    const tag = TAG_NAME.exec(html);
    if (!tag) {
      addText('<');
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt + tag[0].length);
    if (end < 0) break; // an unclosed tag swallows the rest, as in a browser
    handleTag(tag[1] === '/', tag[2]!.toLowerCase(), html[end - 1] === '/');
    i = end + 1;
  }
  if (line.trim()) breakLine();
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Index of the ">" closing a tag, skipping quoted attribute values; -1 when the tag never closes. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let j = from; j < html.length; j++) {
    const char = html[j]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if ((char === '"' || char === "'") && /=\s*$/.test(html.slice(Math.max(from, j - 8), j))) {
      quote = char;
    } else if (char === '>') {
      return j;
    }
  }
  return -1;
}
