import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedBy, buttonSite, isWithdrawMessage, PAGE_BUTTON_WITHDRAW } from '../../../src/content/page-button-rules';

const fixture = (path: string) =>
  new DOMParser().parseFromString(readFileSync(resolve(import.meta.dirname, '../../fixtures', path), 'utf8'), 'text/html');
const empty = () => new DOMParser().parseFromString('<main><div role="main"><table><tr><td>Inbox row</td></tr></table></div></main>', 'text/html');

describe('where the button shows', () => {
  it('shows on LinkedIn person profiles and their sub-pages, not on the feed, search, jobs or company pages', () => {
    const doc = fixture('linkedin/signed-in-profile.html');
    expect(buttonSite(new URL('https://www.linkedin.com/in/jonas-van-der-berg-4b1a2c3d/'), doc)).toBe('linkedin');
    expect(buttonSite(new URL('https://www.linkedin.com/in/jonas-van-der-berg-4b1a2c3d/overlay/contact-info/'), doc)).toBe('linkedin');
    for (const url of [
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/search/results/people/?keywords=fabrikam',
      'https://www.linkedin.com/jobs/view/3812345678/',
      'https://www.linkedin.com/company/fabrikam-data/',
      'https://www.linkedin.com/in/',
    ]) expect(buttonSite(new URL(url), doc), url).toBeNull();
  });

  it('shows in Gmail only while a message with a sender is open', () => {
    const url = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDqkjbvTqcSfLzmQZwRnXkp');
    expect(buttonSite(url, fixture('gmail/single-message.html'))).toBe('gmail');
    expect(buttonSite(url, fixture('gmail/quoted-reply.html'))).toBe('gmail');
    expect(buttonSite(new URL('https://mail.google.com/mail/u/0/#inbox'), empty())).toBeNull();
    // Gmail's chat lives on the same host but is not mail.
    expect(buttonSite(new URL('https://mail.google.com/chat/u/0/#chat/home'), fixture('gmail/single-message.html'))).toBeNull();
  });

  it('shows in Outlook only while the reading pane shows a message body', () => {
    expect(buttonSite(new URL('https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA%3D'), fixture('outlook/single-message.html'))).toBe('outlook');
    expect(buttonSite(new URL('https://outlook.live.com/mail/0/'), empty())).toBeNull();
    expect(buttonSite(new URL('https://outlook.live.com/calendar/0/view/month'), fixture('outlook/single-message.html'))).toBeNull();
  });

  it('never shows anywhere else, whatever the page holds', () => {
    expect(buttonSite(new URL('https://events.example.com/speakers/amara-okafor'), fixture('gmail/single-message.html'))).toBeNull();
    expect(buttonSite(new URL('https://mail.google.com.evil.example/mail/u/0/#inbox/x'), fixture('gmail/single-message.html'))).toBeNull();
  });
});

describe('withdrawal after a permission is removed', () => {
  it('matches a page against the origin patterns that keep their button', () => {
    const kept = ['https://mail.google.com/*', 'https://outlook.office.com/*'];
    expect(allowedBy('https://mail.google.com/mail/u/0/#inbox', kept)).toBe(true);
    expect(allowedBy('https://outlook.office.com/mail/inbox', kept)).toBe(true);
    expect(allowedBy('https://www.linkedin.com/in/jonas/', kept)).toBe(false);
    expect(allowedBy('https://outlook.live.com/mail/0/', kept)).toBe(false);
    expect(allowedBy('http://mail.google.com/mail/', kept)).toBe(false);
    expect(allowedBy('https://mail.google.com.evil.example/', kept)).toBe(false);
    expect(allowedBy('not a url', kept)).toBe(false);
    expect(allowedBy('https://mail.google.com/', [])).toBe(false);
  });

  it('recognises only a well-formed withdrawal message', () => {
    expect(isWithdrawMessage({ segue: 1, name: PAGE_BUTTON_WITHDRAW, stillAllowed: [] })).toBe(true);
    expect(isWithdrawMessage({ segue: 1, name: PAGE_BUTTON_WITHDRAW })).toBe(false);
    expect(isWithdrawMessage({ segue: 1, name: 'capture.fromPage', stillAllowed: [] })).toBe(false);
    expect(isWithdrawMessage(null)).toBe(false);
    expect(isWithdrawMessage('pageButton.withdraw')).toBe(false);
  });
});
