// Layer 2b: schema.org Person written as RDFa Lite (vocab="https://schema.org/" typeof="Person" property=…).
// Same rules as microdata: top-level Person items only.
import type { LayerOutput, PartialPerson } from '../../domain/extraction';
import { closestWithin, queryAll } from '../shared/dom';
import { readItem, microdataValue, type ItemSyntax } from '../shared/item-tree';
import { LIMITS } from '../shared/limits';
import { filledFields } from '../shared/person-builder';
import { mapSchemaPerson } from '../shared/schema-person';

function vocabularyOf(el: Element): string {
  const holder = closestWithin(el, '[vocab]', 200);
  return holder?.getAttribute('vocab') ?? '';
}

export const RDFA_SYNTAX: ItemSyntax = {
  itemSelector: '[typeof]',
  propertyNames: (el) => (el.getAttribute('property') ?? '').split(/\s+/).filter(Boolean).map((n) => n.replace(/^.*[/#:]/, '')),
  types: (el) => (el.getAttribute('typeof') ?? '').split(/\s+/).filter(Boolean),
  literal: (el) => el.getAttribute('content') ?? el.getAttribute('resource') ?? microdataValue(el),
};

function isSchemaPerson(el: Element): boolean {
  return RDFA_SYNTAX.types(el).some((type) => {
    if (/^(schema:|https?:\/\/(www\.)?schema\.org\/)Person$/i.test(type)) return true;
    return type === 'Person' && /schema\.org/i.test(vocabularyOf(el));
  });
}

export function extract(doc: Document, url: URL): LayerOutput {
  const items = queryAll(doc, '[typeof]', 2_000).filter(isSchemaPerson);
  const topLevel = items.filter((el) => !el.hasAttribute('property'));
  const people: PartialPerson[] = [];
  for (const el of topLevel.slice(0, LIMITS.maxPeople)) {
    const person = mapSchemaPerson(readItem(el, RDFA_SYNTAX), url);
    if (Object.keys(person).length) people.push(person);
  }
  return {
    people,
    ...(people.length === 1 ? { mainIndex: 0 } : {}),
    report: {
      layer: 'rdfa',
      people: people.length,
      fields: filledFields(people),
      ...(people.length ? {} : { missed: ['[vocab="https://schema.org/"] [typeof="Person"]'] }),
    },
  };
}
