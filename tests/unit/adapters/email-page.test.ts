import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEmailPage } from '../../../src/adapters/email-page';

const fixtures = resolve(import.meta.dirname, '../../fixtures');
const load = (path: string) => new DOMParser().parseFromString(readFileSync(resolve(fixtures, path), 'utf8'), 'text/html');

describe('capture from web mail', () => {
  it('makes a Gmail message into a draft with header and signature sources', () => {
    const result = extractEmailPage(load('gmail/single-message.html'), new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxyz'));
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    const draft = result.people[0]!;
    expect(draft.fields).toMatchObject({ fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', title: 'VP Sales', company: 'Acme Corp' });
    expect(draft.source.site).toBe('gmail');
    expect(draft.fieldSources.emails).toBe('email-header');
    expect(draft.fieldSources.title).toBe('signature');
  });

  it('takes the sender before the user in an Outlook thread', () => {
    const result = extractEmailPage(load('outlook/thread-newest-from-user.html'), new URL('https://outlook.office.com/mail/inbox/id/AAQkAGI2'));
    expect(result?.ok).toBe(true);
    if (result?.ok) expect(result.people[0]!.source.site).toBe('outlook');
  });

  it('says what to do on a mail page with no open message', () => {
    const doc = new DOMParser().parseFromString('<html><body><div role="main">Inbox</div></body></html>', 'text/html');
    const result = extractEmailPage(doc, new URL('https://mail.google.com/mail/u/0/#inbox'));
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.error).toMatch(/Gmail page found but none of its selectors matched|open an email/);
  });

  it('leaves other sites to the page pipeline', () => {
    expect(extractEmailPage(load('gmail/single-message.html'), new URL('https://example.com/'))).toBeNull();
  });
});
