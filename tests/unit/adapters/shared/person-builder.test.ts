import { describe, expect, it } from 'vitest';
import { PersonBuilder } from '../../../../src/adapters/shared/person-builder';
import { isSentence } from '../../../../src/adapters/shared/text';

describe('a layer never returns a whole sentence as a title', () => {
  it.each([
    'I help B2B SaaS companies grow their pipeline with outbound that actually works.',
    'Passionate about building teams, shipping products and helping customers succeed every day',
    'We are hiring! Join our team of engineers and designers in Berlin.',
    'Ich unterstütze mittelständische Unternehmen bei der Digitalisierung ihrer Vertriebsprozesse.',
  ])('%s', (sentence) => {
    expect(isSentence(sentence)).toBe(true);
    expect(new PersonBuilder().text('title', sentence).person.title).toBeUndefined();
  });
  it.each([
    'VP of Sales, EMEA',
    'Head of Data Partnerships',
    'Senior Software Engineer – Platform & Infrastructure',
    'Leiterin Vertrieb und Marketing DACH',
    'Director, Strategic Partnerships & Business Development (Americas)',
  ])('keeps %s', (title) => {
    expect(isSentence(title)).toBe(false);
    expect(new PersonBuilder().text('title', title).person.title).toBe(title);
  });
});

describe('a name is never a web address or an email address', () => {
  // A blog's author schema often names the author by the site ("ashgrove.example.net") or a login.
  it.each(['ashgrove.example.net', 'www.ashgrove-labs.example.com', 'https://ashgrove.example.net/about', 'ada@ashgrove.example.net',
    // a forum's member link written where the name goes, and a page template's unfilled placeholder
    '/members/ada-ashgrove.81656/', '${v.formattedName.value}', '{{ author.name }}'])('%s', (address) => {
    const person = new PersonBuilder().text('fullName', address).text('firstName', address).person;
    expect(person.fullName).toBeUndefined();
    expect(person.firstName).toBeUndefined();
  });
  it.each(['Ada Ashgrove', 'J. R. Ashgrove', 'Dr. Ada Ashgrove-Reyes', 'St. John Ashgrove'])('keeps %s', (name) => {
    expect(new PersonBuilder().text('fullName', name).person.fullName).toBe(name);
  });
});

describe('emails written as plain text in a bio', () => {
  it.each([
    ['Data partnerships. Reach me at priya@northwind.example.com for speaking.', ['priya@northwind.example.com']],
    ['Say hi: jonas [at] fabrikam [dot] example [dot] nl', ['jonas@fabrikam.example.nl']],
    ['contact: lena(at)fischer-design.example.de', ['lena@fischer-design.example.de']],
    ['Engineer @acme, maps and bikes', []],
    ['No mail here, just @handles and example.com', []],
  ] as const)('%s', async (bio, emails) => {
    const { emailsInText } = await import('../../../../src/adapters/shared/text');
    expect(emailsInText(bio)).toEqual(emails);
  });

  it('the GitHub and X adapters keep an address written in the bio', async () => {
    const { extract: github } = await import('../../../../src/adapters/github/extract');
    const { extract: x } = await import('../../../../src/adapters/x/extract');
    const { parseHtml } = await import('../fixture-helpers');
    const gh = github(parseHtml(`<div class="h-card"><h1 class="vcard-names"><span class="vcard-fullname">Lena Fischer</span><span class="vcard-username">lenaf</span></h1>
      <div class="user-profile-bio"><div>Maps @ Fabrikam. Mail: lena [at] fabrikam.example.de</div></div></div>`), new URL('https://github.com/lenaf'));
    expect(gh.people[0]?.emails).toEqual(['lena@fabrikam.example.de']);
    const tw = x(parseHtml(`<div data-testid="UserName"><span>Lena Fischer</span><span>@lenaf</span></div>
      <div data-testid="UserDescription">Maps. lena@fabrikam.example.de</div>`), new URL('https://x.com/lenaf'));
    expect(tw.people[0]?.emails).toEqual(['lena@fabrikam.example.de']);
  });
});

describe('a captured location', () => {
  it('is split into city, region and country, keeping the text as written', () => {
    expect(new PersonBuilder().location('Lyon, Auvergne-Rhône-Alpes, France').person.location)
      .toEqual({ city: 'Lyon', region: 'Auvergne-Rhône-Alpes', country: 'France', raw: 'Lyon, Auvergne-Rhône-Alpes, France' });
    expect(new PersonBuilder().location({ country: 'Milano, Lombardia, Italia' }).person.location)
      .toEqual({ city: 'Milano', region: 'Lombardia', country: 'Italia', raw: 'Milano, Lombardia, Italia' });
    expect(new PersonBuilder().location('Remote').person.location).toEqual({ raw: 'Remote' });
  });
});
