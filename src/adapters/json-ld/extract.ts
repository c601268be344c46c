// Layer 1 (most trusted): schema.org Person in <script type="application/ld+json">.
//
// Which Person is the page's subject: a ProfilePage/AboutPage's mainEntity (or about/author), a WebPage's mainEntity
// or about, a Person whose mainEntityOfPage is this page, or else a lone top-level Person. A Person reached as the
// author/creator/publisher/reviewer of something (a blog post's author, LinkedIn's WebPage.reviewedBy, Yoast's
// @graph Person referenced by an Article) is NOT the page's subject and is ignored with a note: capturing a post
// would otherwise save its author as the prospect. An Organization's employees/founders/members are peers (a team).
import type { LayerOutput, PartialPerson } from '../../domain/extraction';
import { normalizeProfileUrl } from '../../domain/prospect';
import { queryAll } from '../shared/dom';
import { LIMITS } from '../shared/limits';
import { filledFields } from '../shared/person-builder';
import { asArray, firstText, hasType, isObject, mapSchemaPerson, prop, typesOf, urlsOf, type SchemaNode } from '../shared/schema-person';
import { parseLenientJson } from './lenient-json';

export const JSON_LD_SELECTOR = 'script[type="application/ld+json"], script[type="application/ld+json; charset=utf-8"]';

type Relation = 'main' | 'top' | 'peer' | 'author' | 'other';

const PAGE_MAIN_KEYS = new Set(['mainEntity', 'about']);
const PROFILE_PAGE_KEYS = new Set(['mainEntity', 'about', 'author', 'creator']);
const AUTHOR_KEYS = new Set([
  'author', 'creator', 'publisher', 'editor', 'contributor', 'reviewedBy', 'sdPublisher', 'copyrightHolder',
  'accountablePerson', 'funder', 'sponsor', 'translator', 'producer', 'provider', 'maintainer', 'actor', 'director',
]);
const PEER_KEYS = new Set(['employee', 'employees', 'founder', 'founders', 'member', 'members', 'alumni', 'contactPoint']);

interface Occurrence {
  parent: SchemaNode | null;
  key: string | null;
}

/** The <script> texts holding JSON-LD, read from the document given. */
export function jsonLdScripts(doc: Document): Element[] {
  return queryAll(doc, 'script[type]', 5_000).filter((s) => /^application\/ld\+json\b/i.test((s.getAttribute('type') ?? '').trim()));
}

export function extract(doc: Document, url: URL): LayerOutput {
  const notes: string[] = [];
  const errors: string[] = [];
  const roots: unknown[] = [];
  const scripts = jsonLdScripts(doc);
  scripts.slice(0, LIMITS.maxJsonLdScripts).forEach((script, i) => {
    const text = script.textContent ?? '';
    if (text.length > LIMITS.maxJsonLdChars) {
      notes.push(`JSON-LD script ${i + 1} skipped: ${text.length} characters is over the ${LIMITS.maxJsonLdChars} limit`);
      return;
    }
    const parsed = parseLenientJson(text);
    if (parsed.error) errors.push(`JSON-LD script ${i + 1}: ${parsed.error}`);
    else if (parsed.repaired) notes.push(`JSON-LD script ${i + 1} was malformed and read after repair`);
    roots.push(...parsed.values);
  });
  if (scripts.length > LIMITS.maxJsonLdScripts) notes.push(`only the first ${LIMITS.maxJsonLdScripts} of ${scripts.length} JSON-LD scripts were read`);

  const { persons, idMap, truncated } = collect(roots);
  if (truncated) notes.push('JSON-LD too large or too deep: only part of it was read');
  const resolve = (value: unknown): unknown => {
    if (isObject(value) && typeof value['@id'] === 'string' && !value['@type']) return idMap.get(value['@id']) ?? value;
    return value;
  };

  const byRelation: Record<Relation, SchemaNode[]> = { main: [], top: [], peer: [], author: [], other: [] };
  for (const [node, occurrences] of persons) {
    const relation = relationOf(node, occurrences, url);
    byRelation[relation].push(node);
  }
  for (const author of byRelation.author) {
    notes.push(`ignored Person "${firstText(prop(author, 'name')) || '?'}": an author/publisher of the page, not its subject`);
  }

  const ordered = [...byRelation.main.slice(0, 1), ...byRelation.top, ...byRelation.peer];
  const people: PartialPerson[] = [];
  for (const node of ordered.slice(0, LIMITS.maxPeople)) {
    const person = mapSchemaPerson(node, url, resolve);
    if (Object.keys(person).length) people.push(person);
  }

  let mainIndex: number | undefined;
  if (byRelation.main.length || (byRelation.top.length === 1 && people.length)) mainIndex = 0;
  else if (byRelation.top.length > 1) {
    const here = normalizeProfileUrl(url.href);
    const index = byRelation.top.findIndex((node) => urlsOf(prop(node, 'url')).some((u) => normalizeProfileUrl(u) === here));
    if (index >= 0) mainIndex = index;
  }

  return {
    people,
    ...(mainIndex !== undefined ? { mainIndex } : {}),
    report: {
      layer: 'json-ld',
      people: people.length,
      fields: filledFields(people),
      ...(people.length ? {} : { missed: [scripts.length ? 'JSON-LD Person' : JSON_LD_SELECTOR] }),
      ...(errors.length ? { error: errors.join('; ') } : {}),
      ...(notes.length ? { notes } : {}),
    },
  };
}

/** Walks every parsed value without recursion; finds Person nodes and where each occurs, and the @id index. */
function collect(roots: unknown[]): { persons: Map<SchemaNode, Occurrence[]>; idMap: Map<string, SchemaNode>; truncated: boolean } {
  const persons = new Map<SchemaNode, Occurrence[]>();
  const idMap = new Map<string, SchemaNode>();
  const references: Array<{ id: string } & Occurrence> = [];
  const stack: Array<{ value: unknown; parent: SchemaNode | null; key: string | null; depth: number }> = [];
  const pushTop = (value: unknown) => {
    for (const item of asArray(value)) {
      if (isObject(item) && Array.isArray(item['@graph']) && !item['@type']) {
        for (const inner of item['@graph']) stack.push({ value: inner, parent: null, key: null, depth: 1 });
      } else stack.push({ value: item, parent: null, key: null, depth: 1 });
    }
  };
  for (const root of roots) pushTop(root);
  stack.reverse();

  let visited = 0;
  let truncated = false;
  while (stack.length) {
    const { value, parent, key, depth } = stack.pop()!;
    if (++visited > LIMITS.maxJsonNodes || depth > LIMITS.maxDepth) {
      truncated = true;
      if (visited > LIMITS.maxJsonNodes) break;
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], parent, key, depth: depth + 1 });
      continue;
    }
    if (!isObject(value)) continue;
    const id = typeof value['@id'] === 'string' ? value['@id'] : undefined;
    // {"@id": …} alone, or with a name but no type (Yoast writes author: {"name", "@id"}), points at a node.
    if (id && (Object.keys(value).length === 1 || (!value['@type'] && Object.keys(value).every((k) => k === '@id' || k === 'name')))) {
      references.push({ id, parent, key });
      continue;
    }
    if (id && !idMap.has(id)) idMap.set(id, value);
    if (hasType(value, 'Person')) {
      const list = persons.get(value) ?? [];
      list.push({ parent, key });
      persons.set(value, list);
    }
    const entries = Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [childKey, child] = entries[i]!;
      if (childKey.startsWith('@') && childKey !== '@graph') continue;
      if (typeof child === 'object' && child !== null) {
        stack.push({ value: child, parent: value, key: childKey === '@graph' ? null : childKey.replace(/^.*[/#:]/, ''), depth: depth + 1 });
      }
    }
  }
  for (const ref of references) {
    const target = idMap.get(ref.id);
    if (target && persons.has(target)) persons.get(target)!.push({ parent: ref.parent, key: ref.key });
  }
  // The same Person written twice with one @id counts once.
  const seen = new Set<string>();
  for (const node of [...persons.keys()]) {
    const id = typeof node['@id'] === 'string' ? node['@id'] : undefined;
    if (!id) continue;
    if (seen.has(id) && idMap.get(id) !== node) persons.delete(node);
    seen.add(id);
  }
  return { persons, idMap, truncated };
}

function relationOf(node: SchemaNode, occurrences: Occurrence[], url: URL): Relation {
  const relations = new Set<Relation>();
  for (const { parent, key } of occurrences) {
    if (!parent || !key) {
      relations.add('top');
      continue;
    }
    const parentTypes = typesOf(parent);
    if (parentTypes.some((t) => t === 'ProfilePage' || t === 'AboutPage') && PROFILE_PAGE_KEYS.has(key)) relations.add('main');
    else if (parentTypes.some((t) => /Page$/.test(t)) && PAGE_MAIN_KEYS.has(key)) relations.add('main');
    else if (AUTHOR_KEYS.has(key)) relations.add('author');
    else if (PEER_KEYS.has(key) && !hasType(parent, 'Person')) relations.add('peer');
    else relations.add('other');
  }
  const ofPage = asArray(prop(node, 'mainEntityOfPage'));
  if (ofPage.some((p) => (isObject(p) && hasType(p, 'ProfilePage', 'AboutPage')) || urlsOf(p).some((u) => sameUrl(u, url)))) relations.add('main');
  if (relations.has('main')) return 'main';
  if (relations.has('top') && !relations.has('author')) return 'top';
  if (relations.has('peer')) return 'peer';
  if (relations.has('author')) return 'author';
  return 'other';
}

function sameUrl(a: string, url: URL): boolean {
  try {
    return normalizeProfileUrl(new URL(a, url).href) === normalizeProfileUrl(url.href);
  } catch {
    return false;
  }
}
