// GitHub's profile markup before the vcard-names era (about 2012): the name is only a schema.org Person's
// itemprop="name" beside the login. The adapter must take the name, not fall back to the login.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/adapters/github/extract';
import { parseHtml } from '../fixture-helpers';

describe('GitHub adapter, older profile layouts', () => {
  it('reads the name from the schema.org Person microdata when no vcard-fullname exists', () => {
    const doc = parseHtml(`<!doctype html><html><head><title>kdartey (Kwame Dartey)</title></head><body>
      <div itemscope itemtype="http://schema.org/Person"><h1><span itemprop="additionalName" class="username">kdartey</span>
      <em>(<span itemprop="name">Kwame Dartey</span>)</em></h1></div></body></html>`);
    const out = extract(doc, new URL('https://github.com/kdartey'));
    expect(out.people[0]?.fullName).toBe('Kwame Dartey');
    expect(out.people[0]?.profiles?.github).toBe('https://github.com/kdartey');
  });
});
