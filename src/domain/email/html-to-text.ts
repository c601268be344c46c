// HTML mail to plain text without a DOM: block tags become line breaks, entities are decoded, and text inside
// <blockquote> is prefixed with "> " so the signature parser treats it as quoted history.

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'tr', 'li', 'ul', 'ol', 'table', 'tbody', 'thead', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
  'blockquote', 'pre', 'section', 'article', 'header', 'footer', 'address', 'td', 'th', 'dt', 'dd', 'center',
]);
const SKIPPED_TAGS = new Set(['style', 'script', 'head', 'title', 'template', 'noscript', 'xml']);
// Attribute runs are bounded so an unclosed "<a …" or quote costs a bounded scan, not one to the end of the message.
const TOKEN = /<!--[\s\S]{0,100000}?-->|<!\[CDATA\[[\s\S]{0,100000}?\]\]>|<!DOCTYPE[^>]{0,1000}>|<\?[^>]{0,1000}\?>|<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,64})\b((?:[^>"']|"[^"]{0,4000}"|'[^']{0,4000}'){0,4000})>|[^<]+|</g;
const MAX_HTML_CHARS = 2_000_000;

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

export function htmlToText(html: string): string {
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

  for (const match of html.slice(0, MAX_HTML_CHARS).matchAll(TOKEN)) {
    const [token, closing, rawName] = match;
    const name = rawName?.toLowerCase();
    if (skipping) {
      if (closing && name === skipping) skipping = undefined;
      continue;
    }
    if (!name) {
      if (token.startsWith('<!--') || token.startsWith('<!') || token.startsWith('<?')) continue;
      const text = decodeEntities(token);
      line += preDepth > 0 ? text : text.replace(/\s+/g, ' ');
      if (preDepth > 0 && line.includes('\n')) {
        const parts = line.split('\n');
        line = parts.pop()!;
        for (const part of parts) {
          line = part;
          breakLine();
        }
      }
      continue;
    }
    if (!closing && SKIPPED_TAGS.has(name) && !token.endsWith('/>')) {
      skipping = name;
      continue;
    }
    if (name === 'blockquote') {
      if (line.trim()) breakLine();
      quoteDepth = Math.max(0, quoteDepth + (closing ? -1 : 1));
      continue;
    }
    if (name === 'pre') preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
    if (name === 'br') {
      breakLine();
      continue;
    }
    if (BLOCK_TAGS.has(name)) {
      if (line.trim()) breakLine();
      if (name === 'p' && closing) lines.push('');
      continue;
    }
  }
  if (line.trim()) breakLine();
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
