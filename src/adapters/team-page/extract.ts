// A team / about / leadership page: several people, each on a card with a name and usually a title, sometimes a
// LinkedIn link, an email or a photo. Returns every person found (never a "main" one) so the rep picks.
//
// Cards are found by the known card selectors first; when those miss, structurally: headings that read like a
// person's name, each lifted to the ancestor that repeats under a common parent (the grid), and the largest such
// group taken. A page is a team page when it has at least 3 cards, or 2 when the URL looks like one.
import type { LayerOutput, PartialPerson } from '../../domain/extraction';
import { parseTitle } from '../../domain/titles/parse-title';
import { firstMatching, queryAll } from '../shared/dom';
import { inComments } from '../shared/comments';
import { LIMITS } from '../shared/limits';
import { PersonBuilder, filledFields } from '../shared/person-builder';
import { cleanText, emailsInText, isMultiClause, isSentence, looksLikeCjkName, looksLikePersonName, looksLikeSingleName, textOf, withoutDegree } from '../shared/text';
import { detect } from './detect';
import { cardShowsAPerson, groupShowsPeople } from './evidence';
import { namesARole, readsAsBio, readsAsRole, roleOfHeading, singularRole } from './roles';
import { TEAM_SELECTORS } from './selectors';

const STRUCTURE = 'repeated card structure';

export function extract(doc: Document, url: URL): LayerOutput {
  const teamAddress = detect(url);
  const minimum = teamAddress ? 2 : 3;
  let cards: Array<{ card: Element; name: Element | null }> = cardsBySelector(doc);
  let how = 'card selectors';
  if (cards.length < minimum) {
    cards = structuralCards(doc, minimum);
    how = STRUCTURE;
  } else {
    // A card of the same grid without the marker the others carry (one person not marked up as a schema.org Person).
    const grid = commonAncestor(cards.map((c) => c.card));
    for (const extra of structuralCards(doc, minimum)) {
      if (grid?.contains(extra.card) && !cards.some(({ card }) => card.contains(extra.card) || extra.card.contains(card))) cards.push(extra);
    }
    cards.sort((a, b) => (a.card.compareDocumentPosition(b.card) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }
  let people: PartialPerson[] = [];
  const seen = new Set<string>();
  /** Per card found by structure alone: whether it shows a sign of a person (evidence.ts). */
  const shown: boolean[] = [];
  for (const { card, name } of cards.slice(0, LIMITS.maxPeople)) {
    if (inComments(card)) continue;
    const person = readCard(card, url, name);
    if (!person?.fullName || seen.has(person.fullName.toLowerCase())) continue;
    // A plural role heading over a section ("General Chairs", "PhD Candidates") reads like a name but is never a person.
    if (singularRole(person.fullName)) continue;
    // Under a role heading ("Track Chairs"), someone whose card shows no role (only an affiliation) holds that role.
    if (!person.title || !readsAsRole(person.title)) {
      const role = roleAbove(card);
      if (role) person.title = role;
    }
    seen.add(person.fullName.toLowerCase());
    people.push(person);
    if (how === STRUCTURE) shown.push(cardShowsAPerson(card, person, readsAsRole));
  }
  if (how === STRUCTURE && !groupShowsPeople(shown, teamAddress)) {
    people = [];
    seen.clear();
  }
  // Committee and board pages: a role heading over "Name, Organisation" lines, beside the cards or instead of them.
  for (const person of peopleUnderRoleHeadings(doc, url, cards.map(({ card }) => card))) {
    if (people.length >= LIMITS.maxPeople || seen.has(person.fullName!.toLowerCase())) continue;
    seen.add(person.fullName!.toLowerCase());
    people.push(person);
    how = cards.length ? `${how} and role headings` : 'names under role headings';
  }
  if (people.length < minimum) {
    const prose = peopleInProse(doc, url);
    if (prose.length >= minimum) {
      people = prose;
      how = 'people named with their role in the text';
    }
  }
  const isTeam = people.length >= minimum;
  const kept = isTeam ? people : [];
  return {
    people: kept,
    report: {
      layer: 'team-page',
      people: kept.length,
      fields: filledFields(kept),
      ...(isTeam ? { notes: [`${kept.length} people found by ${how}`] } : { missed: TEAM_SELECTORS.card }),
    },
  };
}

/** Name headings first; plain text blocks as names only when headings give no team (they are noisier). */
function structuralCards(doc: Document, minimum: number): Array<{ card: Element; name: Element }> {
  let structural = cardsByStructure(doc, false);
  if (structural.length < minimum) structural = cardsByStructure(doc, true);
  return structural.map(({ card, heading }) => ({ card, name: heading }));
}

function commonAncestor(els: Element[]): Element | null {
  let common: Element | null = els[0]?.parentElement ?? null;
  while (common && !els.every((el) => common!.contains(el))) common = common.parentElement;
  return common;
}

function cardsBySelector(doc: Document): Array<{ card: Element; name: Element }> {
  for (const selector of TEAM_SELECTORS.card) {
    const teamCard = selector !== TEAM_SELECTORS.personMicrodata;
    const cards = queryAll(doc, selector, LIMITS.maxPeople * 2)
      .map((card) => ({ card, name: nameElement(card, teamCard) }))
      .filter((c): c is { card: Element; name: Element } => c.name !== null);
    // A selector matching cards and also their inner parts (".team-member" and ".team-member__photo"): keep outer ones.
    const outer = cards.filter(({ card }) => !cards.some((other) => other.card !== card && other.card.contains(card)));
    if (outer.length >= 2) return outer;
  }
  return [];
}

/** `onTeamCard`: the card matched a team-card selector, so its name heading may be a first name alone ("Mattia"). */
function nameElement(card: Element, onTeamCard = false): Element | null {
  for (const selector of TEAM_SELECTORS.name) {
    const marked = TEAM_SELECTORS.markedName.includes(selector);
    for (const el of queryAll(card, selector, 5)) {
      const text = textOf(el, 120);
      if (looksLikePersonName(withoutDegree(text)) || splitNameTitle(text) || (marked && looksLikeCjkName(text))) return el;
    }
  }
  if (onTeamCard) {
    const single = queryAll(card, [...TEAM_SELECTORS.markedName, TEAM_SELECTORS.heading[0]!].join(', '), 5).find((el) => looksLikeSingleName(textOf(el, 40)) && plainName(textOf(el, 40), true));
    if (single) return single;
  }
  // An item of a names-only list is itself the name.
  if (card.children.length === 0 && looksLikePersonName(withoutDegree(textOf(card, 120)))) return card;
  return null;
}

const DATE_WORDS = /\b(?:present|now|today|current|spring|summer|fall|autumn|winter|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b\.?/gi;
/** "2022 Summer - Present", "Sept 2019 – Jan 2022": when someone was in the team, not their role. */
function onlyDates(text: string): boolean {
  return /\d{4}/.test(text) && !/\p{L}/u.test(text.replace(DATE_WORDS, ''));
}

/** The text of an element up to its first line break: a bio that opens with the role ("DIRECTOR<br><br>Jonas…"). */
function firstLineOf(el: Element): string {
  const parts: string[] = [];
  for (const node of Array.from(el.childNodes).slice(0, 20)) {
    if (node.nodeType === 1 && ['BR', 'P', 'DIV'].includes((node as Element).tagName.toUpperCase())) break;
    parts.push(node.nodeType === 3 ? node.nodeValue ?? '' : textOf(node as Element, 200));
  }
  return cleanText(parts.join(''), 200);
}


/** "Priya Raman-Okafor – Chief Executive Officer" (also "—", "|", " - ", ","): the name and the title in one line. */
export function splitNameTitle(text: string): { name: string; title: string } | null {
  // "Directrice : Mme Laure Petit", "Head of Sales: Jonas Berg": the role first, then a colon.
  const roleFirst = /^([^:]{2,60}?)\s*:\s+([^:]{3,80})$/u.exec(text.trim());
  if (roleFirst && looksLikePersonName(roleFirst[2]!.trim()) && readsAsRole(roleFirst[1]!.trim())) return { name: roleFirst[2]!.trim(), title: roleFirst[1]!.trim() };
  // "Lena Fischer (Chair)", "Lena Fischer (Ordförande) - Example Street 1": the office in brackets after the name.
  const bracketed = BRACKETED.exec(text.trim());
  if (bracketed && looksLikePersonName(withoutDegree(bracketed[1]!)) && namesARole(bracketed[2]!.trim()) && (!bracketed[3] || shortDetail(bracketed[3]))) {
    return { name: withoutDegree(bracketed[1]!), title: bracketed[2]!.trim() };
  }
  const match = /^(.{3,80}?)\s*(?:\s[–—|-]\s|,\s)\s*(.{2,120})$/u.exec(text.trim());
  if (!match) return null;
  const name = match[1]!.trim();
  const title = match[2]!.trim();
  return looksLikePersonName(name) && readsAsRole(title) ? { name, title } : null;
}

/** A name, then something in brackets, then maybe a dash and a detail: "Lena Fischer (Chair) – Example Street 1". */
const BRACKETED = /^([^()]{3,80}?)\s*\(([^()]{2,60})\)\s*(?:[–—-]\s*(.{1,80}))?$/u;

/** A short detail after a name (a street, an organisation), not a sentence: at most six words. */
function shortDetail(text: string): boolean {
  const words = text.trim().split(/\s+/).length;
  return words >= 1 && words <= 6 && !isSentence(text) && !/[.!?]$/.test(text.trim());
}

/**
 * The name a one-line entry opens with when a short detail follows it: "Jonas Berg – Example Street 1", "Lena
 * Fischer (Contoso)". Undefined for anything else (a sentence with a dash in it does not open with a name).
 */
function leadingName(text: string): string | undefined {
  const bracketed = BRACKETED.exec(text.trim());
  if (bracketed && looksLikePersonName(withoutDegree(bracketed[1]!)) && shortDetail(bracketed[2]!) && (!bracketed[3] || shortDetail(bracketed[3]))) return withoutDegree(bracketed[1]!);
  const dashed = /^(.{3,60}?)\s+[–—-]\s+(.{1,60})$/u.exec(text.trim());
  if (dashed && looksLikePersonName(withoutDegree(dashed[1]!)) && shortDetail(dashed[2]!)) return withoutDegree(dashed[1]!);
  return undefined;
}

/** An entry whose text is a person: a name alone, a name and a role on one line, or a name and a short detail. */
function nameEntry(text: string): boolean {
  return looksLikePersonName(withoutDegree(text)) || splitNameTitle(text) !== null || leadingName(text) !== undefined;
}

const PARTICLE = '(?:van|von|de|der|den|da|di|du|del|la|le|ter|ten|dos|das)';
const NAME = `[\\p{Lu}][\\p{L}'’-]+(?:\\s+(?:${PARTICLE}\\s+)*[\\p{Lu}][\\p{L}'’-]+){1,3}`;
/** "Priya Raman-Okafor, our Chief Executive Officer," and "Jonas van der Berg is our Head of Partnerships". */
const PROSE_ROLE = [
  new RegExp(`(${NAME}),\\s+(?:(?:our|the|his|her)\\s+)?([^,.;:()]{2,80}?)\\s*[,.;]`, 'gu'),
  new RegExp(`(${NAME})\\s+(?:is|serves as|joined as|works as)\\s+(?:our|the|a|an)?\\s*([^,.;:()]{2,80}?)(?:\\s+(?:and|who|at|since|in|for)\\b|\\s*[,.;]|$)`, 'gu'),
];

/** People named with their role in paragraphs, when the page has no cards at all. */
function peopleInProse(doc: Document, url: URL): PartialPerson[] {
  const found = new Map<string, PartialPerson>();
  for (const el of queryAll(doc, 'p, li, dd, blockquote', 400)) {
    const text = textOf(el, 2_000);
    const here: string[] = [];
    for (const pattern of PROSE_ROLE) {
      for (const match of text.matchAll(pattern)) {
        const name = match[1]!;
        const role = match[2]!.trim();
        if (!looksLikePersonName(name) || !readsAsRole(role)) continue;
        here.push(name);
        if (found.has(name.toLowerCase()) || found.size >= LIMITS.maxPeople) continue;
        found.set(name.toLowerCase(), new PersonBuilder(url).text('fullName', name).text('title', role).person);
      }
    }
    // An address in a paragraph about one person is that person's.
    const people = [...new Set(here)];
    if (people.length === 1) {
      const person = found.get(people[0]!.toLowerCase())!;
      const b = new PersonBuilder(url);
      Object.assign(b.person, person);
      for (const email of emailsInText(text)) b.email(email);
      found.set(people[0]!.toLowerCase(), b.person);
    }
  }
  return [...found.values()];
}

/** The lines of a block: split at <br>, one per list item. */
function linesOf(el: Element): string[] {
  if (el.tagName.toUpperCase() === 'UL' || el.tagName.toUpperCase() === 'OL') return queryAll(el, 'li', 40).map((li) => textOf(li, 200));
  const lines: string[] = [''];
  for (const node of Array.from(el.childNodes).slice(0, 80)) {
    if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'BR') lines.push('');
    else lines[lines.length - 1] += node.nodeType === 3 ? node.nodeValue ?? '' : textOf(node as Element, 200);
  }
  return lines.map((line) => cleanText(line, 200)).filter(Boolean);
}

/** "Lena Fischer, University of Northwind" or "Lena Fischer": a name, then at most a short organisation. */
function nameLine(line: string): string | null {
  const [head, ...rest] = line.split(',');
  const name = withoutDegree(head!.trim());
  if (!looksLikePersonName(name)) return null;
  const tail = rest.join(',').trim();
  return !tail || (tail.split(/\s+/).length <= 8 && !isSentence(tail)) ? name : null;
}

/**
 * People under role headings ("<h2>Track Chair</h2><p>Lena Fischer, University of Northwind<br>Jonas Berg, …</p>"):
 * a heading that reads as a role, then blocks up to the next heading whose every line is a name. The heading is
 * their title; someone under two headings keeps the first.
 */
function peopleUnderRoleHeadings(doc: Document, url: URL, cards: Element[]): PartialPerson[] {
  const found = new Map<string, PartialPerson>();
  const headings = TEAM_SELECTORS.headingLevels.join(', ').toLowerCase();
  for (const heading of queryAll(doc, headings, 400)) {
    const text = textOf(heading, 120);
    // "Track Chairs", "Board of Directors": each person under it holds the singular role.
    const role = singularRole(text) ?? (readsAsRole(text) ? text : undefined);
    if (!role || heading.closest(TEAM_SELECTORS.notName[0]!)) continue;
    // A heading on a person's card is that person's name ("Facundo Medica" reads as a role too), never a section.
    if (cards.some((card) => card.contains(heading))) continue;
    for (let block = heading.nextElementSibling; block && !block.matches(headings); block = block.nextElementSibling) {
      if (!TEAM_SELECTORS.roleSectionBody.includes(block.tagName.toUpperCase())) break;
      const lines = linesOf(block);
      const names = lines.map(nameLine);
      if (!lines.length || names.some((name) => name === null)) break;
      for (const name of names as string[]) {
        if (found.has(name.toLowerCase()) || found.size >= LIMITS.maxPeople) continue;
        found.set(name.toLowerCase(), new PersonBuilder(url).text('fullName', name).text('title', role).person);
      }
    }
  }
  return [...found.values()];
}

/** Plain text (no heading to vouch for it) read as a name: name-like, not a role ("PhD Candidate"), not a place ("Berlin, DE"). */
function plainName(raw: string, single = false): boolean {
  const text = withoutDegree(raw);
  if (!(single ? looksLikeSingleName(text) : looksLikePersonName(text)) || text.includes(',')) return false;
  const asTitle = parseTitle(text);
  return asTitle.seniority === 'unknown' && asTitle.department === 'other';
}

/** Elements whose whole text is a person's name: name-like headings, and plain text blocks holding only inline markup. */
function nameCandidates(doc: Document, withBlocks: boolean): Element[] {
  const markedName = TEAM_SELECTORS.markedName.join(', ');
  const headings = queryAll(doc, TEAM_SELECTORS.heading[0]!, 2_000).filter((h) => {
    const text = textOf(h, 120);
    // A CJK name has no spaces to tell it from a word: only when the page marks the element as a name.
    return looksLikePersonName(withoutDegree(text)) || splitNameTitle(text) !== null || (h.matches(markedName) && looksLikeCjkName(text));
  });
  const inline = new Set(TEAM_SELECTORS.inlineInName);
  const nameOnly = (el: Element) => Array.from(el.children).every((child) => inline.has(child.tagName.toUpperCase()));
  // A table row per person ("<td>Name</td><td>Role</td>") is as clear as a heading.
  // The name may link to the person's page ("<td><a href=…>Name</a></td>").
  const linkOnly = (td: Element) => td.children.length === 1 && td.children[0]!.tagName.toUpperCase() === 'A' && nameOnly(td.children[0]!);
  const cells = queryAll(doc, TEAM_SELECTORS.nameCell[0]!, 2_000).filter((td) => (nameOnly(td) || linkOnly(td)) && (plainName(textOf(td, 120)) || splitNameTitle(textOf(td, 120)) !== null));
  if (!withBlocks) return [...headings, ...cells];
  const nearHeading = (el: Element) => [el.parentElement, el.parentElement?.parentElement].some((up) => up && headings.some((h) => up.contains(h)));
  const blocks = queryAll(doc, TEAM_SELECTORS.nameText[0]!, 6_000).filter((el) => {
    // The name may link to the person's page here too ("<p><a href=…>Name</a></p>").
    if (!nameOnly(el) && !linkOnly(el)) return false;
    if (el.closest(TEAM_SELECTORS.notName[0]!) || el.closest(TEAM_SELECTORS.heading[0]!)) return false;
    const link = el.closest('a');
    if (link && !link.querySelector(TEAM_SELECTORS.portraitLink[0]!)) return false;
    // Not beside a name heading: on a card with a heading, the heading is the name.
    return plainName(textOf(el, 120)) && !nearHeading(el);
  });
  // "<div><span>Ana Lima</span></div>", "<div><span>Ana Lima</span><span>Strategy</span></div>": a block holding a
  // name block is not itself the name; keep the innermost.
  const all = [...new Set([...headings, ...cells, ...blocks])];
  return all.filter((el) => !all.some((other) => other !== el && el.contains(other)));
}

function cardsByStructure(doc: Document, withBlocks: boolean): Array<{ card: Element; heading: Element }> {
  const headings = nameCandidates(doc, withBlocks);
  // Which names each near ancestor holds: a card is the largest ancestor holding exactly one (a name shown twice on
  // one card, in its caption and its pop-up, is still one).
  const names = new Map<Element, Set<string>>();
  for (const heading of headings) {
    const name = textOf(heading, 120).toLowerCase();
    let el = heading.parentElement;
    for (let up = 0; up < MAX_CARD_DEPTH && el; up++, el = el.parentElement) {
      const set = names.get(el) ?? new Set<string>();
      set.add(name);
      names.set(el, set);
    }
  }
  const counts = new Map<Element, number>([...names].map(([el, set]) => [el, set.size]));
  const groups = new Map<Element, Array<{ card: Element; heading: Element }>>();
  const lifted = new Set<Element>();
  for (const heading of headings) {
    let card: Element = heading;
    for (let up = 0; up < MAX_CARD_DEPTH && card.parentElement && counts.get(card.parentElement) === 1; up++) card = card.parentElement;
    if (card === heading) continue; // bare headings side by side: no card to read a title from
    if (lifted.has(card)) continue; // the same name again on the same card
    lifted.add(card);
    const parent = card.parentElement;
    if (!parent) continue;
    const list = groups.get(parent) ?? [];
    list.push({ card, heading });
    groups.set(parent, list);
  }
  // Cards each wrapped alone (one grid cell per card) but built alike, three or more, are one repeated group too.
  const alike = new Map<string, Array<{ parent: Element; item: { card: Element; heading: Element } }>>();
  for (const [parent, list] of groups) {
    if (list.length !== 1 || !distinctive(list[0]!.card)) continue;
    const key = cardShape(list[0]!.card);
    alike.set(key, [...(alike.get(key) ?? []), { parent, item: list[0]! }]);
  }
  for (const members of alike.values()) {
    if (members.length < 3) continue;
    for (const { parent } of members) groups.delete(parent);
    groups.set(members[0]!.parent, members.map((m) => m.item));
  }
  for (const [parent, list] of groups) groups.set(parent, withoutSectionHeadings(list));
  for (const [parent, items] of nameLists(doc)) if (!groups.has(parent)) groups.set(parent, items.map((item) => ({ card: item, heading: item })));
  let best: Array<{ card: Element; heading: Element }> = [];
  for (const list of groups.values()) if (list.length > best.length) best = list;
  if (!best.length) return [];
  // Pages with one grid per section (leaders, students, alumni) or a grid split into rows: every other repeated group
  // of name cards belongs to the team, and so does a lone card built like the largest grid's cards (same tag and
  // classes, found between its name and the card lifted for it).
  const grids = [...groups.values()].filter((list) => list.length >= 2).sort((a, b) => (a[0]!.card.compareDocumentPosition(b[0]!.card) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const shape = cardShape(best[0]!.card);
  const shapeSays = distinctive(best[0]!.card);
  const cards = [...best];
  for (const list of groups.values()) {
    if (list === best) continue;
    if (list.length >= 2) {
      cards.push(...list);
      continue;
    }
    for (const { card, heading } of list) {
      let el: Element | null = heading.parentElement;
      while (shapeSays && el && el !== card && cardShape(el) !== shape) el = el.parentElement;
      if (shapeSays && el && cardShape(el) === shape) cards.push({ card: el, heading });
      else {
        // The grid right after it: the largest may be a names-only alumni list further down.
        const next = grids.find((grid) => heading.compareDocumentPosition(grid[0]!.card) & DOCUMENT_POSITION_FOLLOWING);
        const lead = next && leaderCard(card, heading, next);
        if (lead) cards.push({ card: lead, heading });
      }
    }
  }
  return cards.sort((a, b) => (a.card.compareDocumentPosition(b.card) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/**
 * A leader shown on their own before the grid (a board's president, a lab's principal investigator): a lone card whose
 * name heading is more prominent than the grid's names (<h2> over <h3>s), placed just before the grid in the same
 * part of the page. Returns the leader's own card.
 */
function leaderCard(lifted: Element, heading: Element, grid: Array<{ card: Element; heading: Element }>): Element | null {
  const level = headingLevel(heading);
  const gridLevel = headingLevel(grid[0]!.heading);
  if (!level || !gridLevel || level >= gridLevel || lifted === heading) return null;
  // The card lifted for a lone name may reach past the grid's own (names are counted a few levels up only).
  let card = lifted;
  if (card.contains(grid[0]!.card)) {
    let inner: Element = heading;
    while (inner.parentElement && inner.parentElement !== lifted && !inner.parentElement.contains(grid[0]!.card)) inner = inner.parentElement;
    card = inner;
  }
  if (card === heading || !(card.compareDocumentPosition(grid[0]!.card) & DOCUMENT_POSITION_FOLLOWING)) return null;
  if (card.closest(TEAM_SELECTORS.notName[0]!) || card.closest('header, [role="banner"]')) return null;
  // A person's card, not a title block: a portrait, a role beside the name, or a role heading over it.
  const leaves = queryAll(card, 'span, small, p, div, strong, b, h1, h2, h3, h4, h5, h6', 40).filter((el) => el.children.length === 0 && !heading.contains(el));
  if (!card.querySelector('img') && !leaves.some((el) => namesARole(textOf(el, 120))) && !roleAbove(card)) return null;
  // Near the grid: their nearest common block is at most a few levels above the card.
  let up: Element | null = card;
  for (let depth = 0; up && depth < MAX_CARD_DEPTH; depth++, up = up.parentElement) if (up.contains(grid[0]!.card)) return card;
  return null;
}

/**
 * A heading standing in the grid between the cards ("<div class="col-12"><h2>Steering Council</h2></div>"): when most
 * cards of a group are built alike, a member built otherwise that holds nothing but its heading is a section title.
 */
function withoutSectionHeadings(list: Array<{ card: Element; heading: Element }>): Array<{ card: Element; heading: Element }> {
  if (list.length < 3) return list;
  const shapes = new Map<string, number>();
  for (const { card } of list) shapes.set(cardShape(card), (shapes.get(cardShape(card)) ?? 0) + 1);
  const [common, count] = [...shapes].sort((a, b) => b[1] - a[1])[0]!;
  if (count < 2 || count < list.length / 2) return list;
  return list.filter(({ card, heading }) => cardShape(card) === common || textOf(card, 200) !== textOf(heading, 200) || card.querySelector('img, a[href]') !== null);
}

/**
 * Names-only lists: a parent with at least three paragraphs or list items that are each just a person's name, and
 * whose items are nearly all names (a services list mixes "Trucking" with "Rail Freight"); never in navigation.
 */
function nameLists(doc: Document): Map<Element, Element[]> {
  const lists = new Map<Element, Element[]>();
  for (const item of queryAll(doc, TEAM_SELECTORS.listItem.join(', '), 3_000)) {
    const parent = item.parentElement;
    if (!parent || item.children.length > 0 || !nameEntry(textOf(item, 120))) continue;
    const list = lists.get(parent) ?? [];
    list.push(item);
    lists.set(parent, list);
  }
  for (const [parent, items] of lists) {
    const siblings = Array.from(parent.children).filter((el) => el.tagName === items[0]!.tagName).length;
    if (items.length < 3 || items.length < 0.8 * siblings || parent.closest('nav, footer, [role="navigation"], [role="contentinfo"]')) lists.delete(parent);
  }
  return lists;
}

/** Whether a card's look says "card": it has a class or is not a bare <div> (which looks like any section's box). */
function distinctive(card: Element): boolean {
  return card.classList.length > 0 || card.tagName.toUpperCase() !== 'DIV';
}

/** What a card is built as: its tag and classes. */
function cardShape(card: Element): string {
  return `${card.tagName}.${[...card.classList].sort().join('.')}`;
}

const MAX_CARD_DEPTH = 4;
/** Node.DOCUMENT_POSITION_FOLLOWING, spelt out: the CLI's DOM has no global Node. */
const DOCUMENT_POSITION_FOLLOWING = 4;

/** A quotation ("“Be the person you needed…” – Author"): a motto under the name, never a role. */
function isQuotation(text: string): boolean {
  return /^["“”„«»‘’'‹›「『]/u.test(text) || /["“”»’]\s*[-–—]\s*\p{L}/u.test(text);
}

/** A link's arrow ("View profile →"), a label ("info:", "Email:"), theme placeholder text ("Lorem ipsum…"). */
function notATitle(text: string): boolean {
  return /[→←›»]/u.test(text) || /:$/.test(text) || /\blorem ipsum\b/i.test(text);
}

/** "Batch of 2023", "Class of 2024": a line with a year that the title parser cannot read as a role. */
function yearWithoutRole(text: string): boolean {
  return /\b(?:19|20)\d{2}\b/.test(text) && parseTitle(text).seniority === 'unknown';
}

/**
 * Text of a link or button on the card ("View profile →"): never the title. A link around the whole card (holding the
 * name too) does not count.
 */
function insideLinkOf(card: Element, el: Element, nameEl: Element): boolean {
  const link = el.closest('a, button');
  return link !== null && card.contains(link) && !link.contains(nameEl);
}

/** The level of the heading an element is or sits in (1 for <h1>), or 0. */
function headingLevel(el: Element): number {
  const heading = el.closest(TEAM_SELECTORS.headingLevels.join(', ').toLowerCase());
  return heading ? TEAM_SELECTORS.headingLevels.indexOf(heading.tagName.toUpperCase()) + 1 : 0;
}

/** A heading as large as the name's or larger is another name or a section, never the name's title. */
function notSmallerHeading(el: Element, nameEl: Element): boolean {
  const level = TEAM_SELECTORS.headingLevels.indexOf(el.tagName.toUpperCase()) + 1;
  const nameLevel = headingLevel(nameEl);
  return level > 0 && nameLevel > 0 && level <= nameLevel;
}

/** Candidates for the title: those after the name first (the caption under it), then those above it. */
function afterNameFirst(els: Element[], nameEl: Element): Element[] {
  const after = els.filter((el) => nameEl.compareDocumentPosition(el) & DOCUMENT_POSITION_FOLLOWING);
  return [...after, ...els.filter((el) => !after.includes(el))];
}

/** A short role elsewhere on the card ("Principal Scientist" in the caption), the one under the name first. */
function shortRoleOn(card: Element, nameEl: Element, not: string): string | undefined {
  const els = afterNameFirst(queryAll(card, 'span, small, p, div, td', 40), nameEl);
  for (const el of els) {
    if (el.contains(nameEl) || nameEl.contains(el) || el.children.length > 0 || insideLinkOf(card, el, nameEl)) continue;
    const text = textOf(el, 120);
    if (text !== not && !isMultiClause(text) && readsAsRole(text)) return text;
  }
  return undefined;
}

/** A heading, or a block holding nothing but one heading ("<div class="section-head"><h2>PhD Candidates</h2></div>"). */
function asHeading(el: Element): Element | null {
  const selector = TEAM_SELECTORS.headingLevels.join(', ').toLowerCase();
  if (el.matches(selector)) return el;
  const inner = queryAll(el, selector, 2);
  return inner.length === 1 && textOf(inner[0]!, 200) === textOf(el, 200) ? inner[0]! : null;
}

/**
 * The role named by the nearest heading before a card (its own earlier siblings', then its ancestors'): "Track
 * Chairs" over a list of members. Undefined when that heading names no role (a section, a body, another person).
 */
function roleAbove(card: Element): string | undefined {
  let node: Element | null = card;
  for (let depth = 0; node && depth < MAX_CARD_DEPTH + 1; depth++, node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      const heading = asHeading(sib);
      if (!heading) continue;
      return roleOfHeading(textOf(heading, 120));
    }
  }
  return undefined;
}

function readCard(card: Element, url: URL, knownName: Element | null = null): PartialPerson | null {
  const nameEl = knownName ?? nameElement(card);
  if (!nameEl) return null;
  const b = new PersonBuilder(url);
  const line = textOf(nameEl, LIMITS.nameChars);
  const split = looksLikePersonName(line) ? null : splitNameTitle(line);
  const name = withoutDegree(split?.name ?? (looksLikePersonName(withoutDegree(line)) ? line : leadingName(line) ?? line));
  b.text('fullName', name);
  if (split) b.text('title', split.title);
  for (const selector of TEAM_SELECTORS.title) {
    let title: string | undefined;
    for (const el of afterNameFirst(queryAll(card, selector, 10), nameEl)) {
      if (el === nameEl || el.contains(nameEl) || nameEl.contains(el) || insideLinkOf(card, el, nameEl)) continue;
      if (notSmallerHeading(el, nameEl)) continue;
      const text = textOf(el, 200);
      if (onlyDates(text) || isQuotation(text) || yearWithoutRole(text) || notATitle(text)) continue;
      if (text.length >= 2 && text.length <= 120 && text !== name && !/^https?:|[^\s@]+@[^\s@]+\.[^\s@]+/.test(text) && !isSentence(text)) title = text;
      else if (text.length > 20) {
        // A long bio may open with the role on its own line.
        const first = firstLineOf(el);
        if (first.length >= 2 && first.length <= 80 && readsAsRole(first)) title = first;
      }
      if (title) break;
    }
    if (title) {
      // A bio in the caption's place is never the title; a headline of several clauses gives way to a short role.
      const chosen = isMultiClause(title) ? shortRoleOn(card, nameEl, title) ?? (readsAsBio(title) ? undefined : title) : title;
      if (chosen) b.text('title', chosen);
      break;
    }
  }
  // No title where cards usually put one: the nearest short text on the card that names a role, in whatever element
  // holds it ("<li><b>Treasurer</b></li>", "<strong>Secretary</strong><br>Name"), the one after the name first.
  if (!b.person.title) {
    for (const el of afterNameFirst(queryAll(card, TEAM_SELECTORS.anyText[0]!, 80), nameEl)) {
      if (el.children.length > 0 || el === nameEl || nameEl.contains(el) || el.contains(nameEl) || insideLinkOf(card, el, nameEl)) continue;
      const text = textOf(el, 120);
      if (text === name || notATitle(text) || onlyDates(text) || isQuotation(text) || !namesARole(text)) continue;
      b.text('title', text);
      break;
    }
  }
  for (const a of queryAll(card, 'a[href]', 20)) {
    const href = a.getAttribute('href') ?? '';
    if (/^mailto:/i.test(href)) b.email(href);
    else if (/^tel:/i.test(href)) b.phone(href);
    else b.profile(href);
  }
  // An address written as plain text on the card (in the bio) is the person's too.
  for (const email of emailsInText(textOf(card, 2_000))) b.email(email);
  const img = firstMatching(card, ['img[src]'], 1)?.elements[0];
  if (img) b.photo(img.getAttribute('src'));
  return b.person;
}
