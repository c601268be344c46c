// What a capture tells identity-by-page: a page about one person says so; a team page does not; a mail page names
// the open message's sender (its address alone cannot).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEmailPage } from '../../../src/adapters/email-page';
import { extractPage } from '../../../src/adapters/pipeline';

const fixtures = resolve(import.meta.dirname, '../../fixtures');
const load = (path: string) => new DOMParser().parseFromString(readFileSync(resolve(fixtures, path), 'utf8'), 'text/html');

describe('capture results and page identity', () => {
  it('marks the one person of a speaker page as the page\'s only person', () => {
    const result = extractPage(load('demo/speaker-profile.html'), new URL('https://events.example.com/speakers/amara-okafor'));
    expect(result.ok && result.people.map((p) => p.source.onlyPersonOnPage)).toEqual([true]);
  });

  it('never marks the people of a team page', () => {
    const result = extractPage(load('team-page/card-grid.html'), new URL('https://northwind.example.com/team'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.people.length).toBeGreaterThan(1);
    expect(result.people.some((p) => p.source.onlyPersonOnPage)).toBe(false);
  });

  it('does not mark a profile on a known site (its profile address identifies it)', () => {
    const result = extractPage(load('linkedin/public-profile.html'), new URL('https://www.linkedin.com/in/priya-raman-okafor/'));
    expect(result.ok && result.people[0]!.source.onlyPersonOnPage).toBeFalsy();
  });

  it('names the sender of the open Gmail message', () => {
    const result = extractEmailPage(load('gmail/single-message.html'), new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxyz'));
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    expect(result.sender).toBeTruthy();
    expect(result.sender).toBe(result.people[0]!.fields.emails[0]);
  });
});
