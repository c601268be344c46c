import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect, exampleUrls } from '../../../../src/adapters/gmail/detect';
import { accountEmail, extract } from '../../../../src/adapters/gmail/extract';
import { messageText } from '../../../../src/adapters/gmail/message-text';

const DIR = resolve(import.meta.dirname, '../../../fixtures/gmail');
const URL_OPEN = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDqkjbvTqcSfLzmQZwRnXkp');

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve(DIR, name), 'utf8'), 'text/html');
}

describe('gmail detect', () => {
  it.each(exampleUrls.positive)('recognises %s', (url) => expect(detect(new URL(url))).toBe(true));
  it.each(exampleUrls.negative)('ignores %s', (url) => expect(detect(new URL(url))).toBe(false));
});

describe('gmail extract', () => {
  it('reads the user address from the account button', () => {
    expect(accountEmail(load('single-message.html'))).toBe('tom.whitaker@corvidsoft.example.com');
  });

  it('reads a single message: sender from the header, the rest from the signature', () => {
    const out = extract(load('single-message.html'), URL_OPEN);
    expect(out.people).toHaveLength(1);
    expect(out.mainIndex).toBe(0);
    expect(out.people[0]).toMatchObject({
      fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', title: 'VP Sales', company: 'Acme Corp',
      emails: ['jane.doe@acmecorp.example.com'], website: 'https://www.acmecorp.example.com',
      profiles: { linkedin: 'https://www.linkedin.com/in/janedoe-fictional' },
    });
    expect(out.people[0]!.phones).toEqual([{ number: '+14155550132', raw: '+1 (415) 555-0132', label: 'mobile' }]);
    expect(out.report).toMatchObject({ layer: 'gmail', people: 1 });
    expect(out.report.fields).toEqual(expect.arrayContaining(['fullName', 'title', 'company', 'phones', 'emails']));
  });

  it('takes the previous sender when the newest message is from the user, reading their quoted signature', () => {
    const out = extract(load('thread-newest-from-user.html'), URL_OPEN);
    expect(out.people[0]).toMatchObject({
      fullName: 'Marcus Bell', emails: ['marcus@brightloop.example.io'], title: 'Head of Growth', company: 'Brightloop',
    });
    expect(out.people[0]!.phones?.map((p) => p.number)).toEqual(['+16465550147']);
    expect(JSON.stringify(out.people)).not.toContain('Whitaker');
    expect(out.report.notes).toEqual(expect.arrayContaining([
      'newest message is from the signed-in user: captured the sender before it',
      'message collapsed: signature read from its quote in a newer message',
    ]));
  });

  it('falls back to the newest message when the user address is unknown, and honours an explicit one', () => {
    const doc = load('thread-newest-from-user.html');
    doc.querySelector('a[aria-label^="Google Account:"]')!.remove();
    Object.defineProperty(doc, 'title', { value: 'Following up' });
    const unknown = extract(doc, URL_OPEN);
    expect(unknown.people[0]?.fullName).toBe('Tom Whitaker');
    expect(unknown.report.notes?.[0]).toMatch(/signed-in address not found/);
    const given = extract(doc, URL_OPEN, { userEmail: 'Tom.Whitaker@corvidsoft.example.com' });
    expect(given.people[0]?.fullName).toBe('Marcus Bell');
  });

  it('never takes the quoted person of a reply', () => {
    const out = extract(load('quoted-reply.html'), URL_OPEN);
    expect(out.people[0]).toMatchObject({
      fullName: 'Nina Alvarez', title: 'Senior Account Executive', company: 'Fernhill Software', emails: ['nina@fernhill.example.com'],
    });
    expect(out.people[0]!.phones).toEqual([{ number: '+12065550175', raw: '+1 206 555 0175', label: 'direct' }]);
    expect(JSON.stringify(out.people)).not.toMatch(/Ben Carter|Orbitly|6175550123/);
  });

  it('takes the forwarder, not the forwarded sender', () => {
    const out = extract(load('forwarded-message.html'), URL_OPEN);
    expect(out.people[0]).toMatchObject({ fullName: 'Sofia Rossi', title: 'COO', company: 'Lumenpath' });
    expect(out.people[0]!.phones?.map((p) => p.number)).toEqual(['+15035550191']);
    expect(JSON.stringify(out.people)).not.toMatch(/Victor|Gridmint|4155550110/);
  });

  it('reports missed selectors on a page without an open message', () => {
    const doc = new DOMParser().parseFromString('<div role="main"><div class="ae4">Inbox is empty</div></div>', 'text/html');
    const out = extract(doc, new URL('https://mail.google.com/mail/u/0/#inbox'));
    expect(out.people).toEqual([]);
    expect(out.report.missed).toEqual(expect.arrayContaining(['div.adn, div.kv, div.kQ']));
  });
});

describe('messageText', () => {
  it('rebuilds line breaks from blocks and <br>, marks blockquotes and skips hidden parts, never reading markup', () => {
    const doc = new DOMParser().parseFromString(
      '<div id="b"><div>Hi <b>Tom</b>,</div><div><br></div>Line one<br>Line two<p>Para</p>'
      + '<span style="display:none">preheader</span><script>alert(1)</script>'
      + '<blockquote><div>old &lt;b&gt;text</div></blockquote><div>after</div></div>',
      'text/html',
    );
    expect(messageText(doc.getElementById('b'))).toBe('Hi Tom,\n\nLine one\nLine two\nPara\n> old <b>text\nafter');
  });

  it('stops at a stop selector and skips excluded subtrees', () => {
    const doc = new DOMParser().parseFromString(
      '<div id="b"><div>New</div><div class="skip">ignored</div><div id="appendonsend"></div><div>Quoted</div></div>', 'text/html');
    expect(messageText(doc.getElementById('b'), { exclude: ['.skip'], stopAt: ['#appendonsend'] })).toBe('New');
  });
});
