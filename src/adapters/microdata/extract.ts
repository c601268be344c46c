// Layer 2: schema.org Person written as microdata (itemscope itemtype="https://schema.org/Person" itemprop=…),
// nested worksFor / address items included. Only top-level Person items (not a Person inside another item, such
// as an article's author) are taken; one is the page's subject, several are peers.
import type { LayerOutput, PartialPerson } from '../../domain/extraction';
import { queryAll } from '../shared/dom';
import { readItem, microdataValue, type ItemSyntax } from '../shared/item-tree';
import { LIMITS } from '../shared/limits';
import { filledFields } from '../shared/person-builder';
import { mapSchemaPerson } from '../shared/schema-person';

export const MICRODATA_SYNTAX: ItemSyntax = {
  itemSelector: '[itemscope]',
  propertyNames: (el) => (el.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean).map((n) => n.replace(/^.*[/#]/, '')),
  types: (el) => (el.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean),
  literal: microdataValue,
};

const PERSON_TYPE = /^https?:\/\/(www\.)?schema\.org\/Person\/?$/i;

export function extract(doc: Document, url: URL): LayerOutput {
  const items = queryAll(doc, '[itemscope][itemtype]', 2_000).filter((el) => MICRODATA_SYNTAX.types(el).some((t) => PERSON_TYPE.test(t)));
  // A Person that is some other item's property (an author, a reviewer) is not a page subject.
  const topLevel = items.filter((el) => !el.hasAttribute('itemprop'));
  const people: PartialPerson[] = [];
  for (const el of topLevel.slice(0, LIMITS.maxPeople)) {
    const person = mapSchemaPerson(readItem(el, MICRODATA_SYNTAX), url);
    if (Object.keys(person).length) people.push(person);
  }
  const skipped = items.length - topLevel.length;
  return {
    people,
    ...(people.length === 1 ? { mainIndex: 0 } : {}),
    report: {
      layer: 'microdata',
      people: people.length,
      fields: filledFields(people),
      ...(people.length ? {} : { missed: ['[itemscope][itemtype="https://schema.org/Person"]'] }),
      ...(skipped ? { notes: [`${skipped} Person item(s) nested as a property of another item (an author, a reviewer) were ignored`] } : {}),
    },
  };
}
