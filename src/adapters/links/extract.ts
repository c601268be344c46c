// Layer 6 (least trusted): visible mailto:, tel: and vCard links.
//
// These are contact details, not a person: the pipeline attaches them to the person other layers found. A page
// whose only clue is a mailto link has no person, with one exception: when the link text reads like a person's
// name (<a href="mailto:priya@…">Priya Raman-Okafor</a>) and all such links name the same person, that name is
// taken. A data:text/vcard link is decoded and read (FN, N, TITLE, ORG, EMAIL, TEL, URL); a .vcf file link cannot
// be fetched from here and is only reported. A personal site's owner: when the page (not on LinkedIn) links to one
// LinkedIn member profile whose slug spells a name written in the page <title>, that name and profile are taken.
import type { LayerOutput } from '../../domain/extraction';
import type { PhoneLabel } from '../../domain/prospect';
import { normalizeKey } from '../../domain/prospect';
import { closestWithin, queryAll } from '../shared/dom';
import { PersonBuilder, filledFields } from '../shared/person-builder';
import { looksLikePersonName, textOf } from '../shared/text';

const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"], [style*="visibility:hidden"], template';

export function extract(doc: Document, url: URL): LayerOutput {
  const b = new PersonBuilder(url);
  const notes: string[] = [];
  const names = new Map<string, string>();
  for (const a of queryAll(doc, 'a[href]', 3_000)) {
    const href = (a.getAttribute('href') ?? '').trim();
    const scheme = href.slice(0, 16).toLowerCase();
    if (!scheme.startsWith('mailto:') && !scheme.startsWith('tel:') && !scheme.startsWith('data:text/vcard') && !/\.vcf(\?|#|$)/i.test(href)) continue;
    if (closestWithin(a, HIDDEN, 30)) continue;
    const label = textOf(a, 120);
    if (scheme.startsWith('mailto:')) {
      const before = b.person.emails?.length ?? 0;
      b.email(href);
      if ((b.person.emails?.length ?? 0) > before && looksLikePersonName(label)) names.set(normalizeKey(label), label);
    } else if (scheme.startsWith('tel:')) {
      b.phone(href, phoneLabel(label));
    } else if (scheme.startsWith('data:text/vcard')) {
      readVCard(b, decodeDataUrl(href));
    } else {
      notes.push(`vCard file linked (${href.slice(0, 200)}); not fetched`);
    }
  }
  if (names.size === 1) b.text('fullName', [...names.values()][0]);
  else if (names.size > 1) notes.push(`${names.size} different names in mailto links: none taken`);
  if (!names.size) {
    const owner = ownerFromProfileLink(doc, url);
    if (owner) b.text('fullName', owner.name).link(owner.href);
  }
  const people = b.isEmpty() ? [] : [b.person];
  return {
    people,
    ...(people.length ? { mainIndex: 0 } : {}),
    report: {
      layer: 'links',
      people: people.length,
      fields: filledFields(people),
      ...(people.length ? {} : { missed: ['a[href^="mailto:"]', 'a[href^="tel:"]', 'a[href$=".vcf"]'] }),
      ...(notes.length ? { notes: notes.slice(0, 10) } : {}),
    },
  };
}

function phoneLabel(text: string): PhoneLabel | undefined {
  const t = text.toLowerCase();
  if (/mobile|cell|\bm:/.test(t)) return 'mobile';
  if (/fax/.test(t)) return 'fax';
  if (/direct/.test(t)) return 'direct';
  if (/office|main|\bo:/.test(t)) return 'office';
  return undefined;
}

function decodeDataUrl(href: string): string {
  const comma = href.indexOf(',');
  if (comma < 0) return '';
  const meta = href.slice(0, comma);
  const body = href.slice(comma + 1, comma + 1 + 20_000);
  try {
    return /;base64/i.test(meta) ? atob(decodeURIComponent(body)) : decodeURIComponent(body);
  } catch {
    return '';
  }
}

/** Reads the common vCard 3/4 properties; unfolds continuation lines first. */
export function readVCard(b: PersonBuilder, text: string): void {
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/).slice(0, 200);
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const head = line.slice(0, colon).toUpperCase();
    const value = line.slice(colon + 1).replace(/\\,/g, ',').replace(/\\;/g, ';').replace(/\\n/gi, ' ');
    const name = head.split(';')[0]!.replace(/^ITEM\d+\./, '');
    const params = head.split(';').slice(1).join(';');
    if (name === 'FN') b.text('fullName', value);
    else if (name === 'N') {
      const [family, given, , prefix, suffix] = value.split(';');
      b.text('lastName', family).text('firstName', given).text('namePrefix', prefix).text('nameSuffix', suffix);
    } else if (name === 'TITLE') b.text('title', value);
    else if (name === 'ORG') b.text('company', value.split(';')[0]);
    else if (name === 'EMAIL') b.email(value);
    else if (name === 'TEL') b.phone(value, /CELL/.test(params) ? 'mobile' : /FAX/.test(params) ? 'fax' : /HOME/.test(params) ? 'home' : /WORK/.test(params) ? 'office' : undefined);
    else if (name === 'URL') b.link(value);
    else if (name === 'NOTE') b.text('headline', value);
  }
}

const MEMBER_PROFILE = /^https?:\/\/([a-z]{2,3}\.|www\.)?linkedin\.com\/(in|pub)\/([^/?#]+)/i;

const fold = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The one name in the <title> that a linked LinkedIn member profile's slug spells (trailing ids ignored). */
function ownerFromProfileLink(doc: Document, url: URL): { name: string; href: string } | undefined {
  if (/(^|\.)linkedin\.com$/i.test(url.hostname)) return undefined;
  const titleWords = (doc.title ?? '').split(/[\s|·–—:,()]+/).filter(Boolean).slice(0, 30);
  if (titleWords.length < 2) return undefined;
  const found = new Map<string, { name: string; href: string }>();
  for (const a of queryAll(doc, 'a[href*="linkedin.com/"]', 500)) {
    const href = (a.getAttribute('href') ?? '').trim();
    const slug = MEMBER_PROFILE.exec(href)?.[3];
    if (!slug) continue;
    let tokens: string[];
    try {
      tokens = decodeURIComponent(slug).split('-').map(fold);
    } catch {
      continue;
    }
    while (tokens.length && /\d/.test(tokens[tokens.length - 1]!)) tokens.pop();
    if (tokens.length < 2 || tokens.some((t) => !t)) continue;
    for (let i = 0; i + tokens.length <= titleWords.length; i++) {
      const words = titleWords.slice(i, i + tokens.length);
      if (words.every((w, k) => fold(w) === tokens[k])) {
        const name = words.join(' ');
        if (looksLikePersonName(name)) found.set(normalizeKey(name), { name, href });
        break;
      }
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}
