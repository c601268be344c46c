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
