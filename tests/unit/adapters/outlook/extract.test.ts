import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect as detectGmail, exampleUrls as gmailUrls } from '../../../../src/adapters/gmail/detect';
import { detect, exampleUrls } from '../../../../src/adapters/outlook/detect';
import { accountEmail, extract } from '../../../../src/adapters/outlook/extract';

const DIR = resolve(import.meta.dirname, '../../../fixtures/outlook');
const URL_OPEN = new URL('https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA%3D');

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve(DIR, name), 'utf8'), 'text/html');
}

describe('outlook detect', () => {
  it.each(exampleUrls.positive)('recognises %s', (url) => expect(detect(new URL(url))).toBe(true));
  it.each(exampleUrls.negative)('ignores %s', (url) => expect(detect(new URL(url))).toBe(false));

  it('never claims a URL the Gmail detector claims, and the other way round', () => {
    for (const url of gmailUrls.positive) expect(detect(new URL(url)), url).toBe(false);
    for (const url of exampleUrls.positive) expect(detectGmail(new URL(url)), url).toBe(false);
  });
});

describe('outlook extract', () => {
  it('reads the user address from the account manager', () => {
    expect(accountEmail(load('single-message.html'))).toBe('tom.whitaker@corvidsoft.example.com');
  });

  it('reads a single message with a table signature and drops the disclaimer', () => {
    const out = extract(load('single-message.html'), URL_OPEN);
    expect(out.people).toHaveLength(1);
    expect(out.people[0]).toMatchObject({
      fullName: 'Olivia Grant', title: 'Director of Procurement', company: 'Harborview Health Partners',
      emails: ['ogrant@harborview.example.com', 'olivia.grant@harborview.example.com'],
    });
    expect(out.people[0]!.phones).toEqual([
      { number: '+13125550188', raw: '312.555.0188', label: 'office' },
      { number: '+13125550119', raw: '312.555.0119', label: 'mobile' },
    ]);
    expect(JSON.stringify(out.people)).not.toContain('3125550100');
    expect(out.report).toMatchObject({ layer: 'outlook', people: 1 });
  });

  it('takes the previous sender when the newest message is from the user, reading the quoted copy of their message', () => {
    const out = extract(load('thread-newest-from-user.html'), URL_OPEN);
    expect(out.people[0]).toMatchObject({
      fullName: 'Hannah Cole', emails: ['hannah.cole@keystonebank.example.com'], title: 'IT Procurement Manager', company: 'Keystone Bank',
    });
    expect(out.people[0]!.phones).toEqual([{ number: '+17045550166', raw: '+1 704 555 0166', label: 'office' }]);
    expect(JSON.stringify(out.people)).not.toContain('Whitaker');
  });

  it('without the account manager, honours the userEmail option', () => {
    const doc = load('thread-newest-from-user.html');
    doc.getElementById('mectrl_main_body')!.remove();
    expect(extract(doc, URL_OPEN).people[0]?.fullName).toBe('Tom Whitaker');
    expect(extract(doc, URL_OPEN, { userEmail: 'tom.whitaker@corvidsoft.example.com' }).people[0]?.fullName).toBe('Hannah Cole');
  });

  it('never takes the quoted person of a reply, and ignores "Sent from Outlook for iOS"', () => {
    const out = extract(load('quoted-reply.html'), URL_OPEN);
    expect(out.people[0]).toMatchObject({
      fullName: 'Chris Young', title: 'Purchasing Director', company: 'Meridian Foods LLC', emails: ['cyoung@meridianfoods.example.com'],
    });
    expect(out.people[0]!.phones).toEqual([{ number: '+17735550142', raw: '773-555-0142', label: 'mobile' }]);
    expect(JSON.stringify(out.people)).not.toMatch(/Daniel|Vaultline|4155550144|iOS/);
  });

  it('reads a forward in message view (no conversation items) as the forwarder', () => {
    const out = extract(load('forwarded-message.html'), URL_OPEN);
    expect(out.people[0]).toMatchObject({
      fullName: 'Felix Braun', title: 'Geschäftsführer', company: 'Datenwerk Analytics GmbH', emails: ['felix.braun@datenwerk.example.de'],
    });
    expect(out.people[0]!.phones).toEqual([{ number: '+4915123456789', raw: '+49 151 23456789', label: 'mobile' }]);
    expect(JSON.stringify(out.people)).not.toMatch(/Victor|Gridmint/);
  });

  it('does not read a recipient as the sender when the From container is missing', () => {
    const doc = new DOMParser().parseFromString(
      '<div role="main"><div aria-label="Email message"><div aria-label="To: Tom"><span title="tom@x.example">Tom</span></div>'
      + '<span class="OZZZK" title="ana@y.example">Ana Ruiz</span><div aria-label="Message body">Hola</div></div></div>', 'text/html');
    expect(extract(doc, URL_OPEN).people[0]).toMatchObject({ fullName: 'Ana Ruiz', emails: ['ana@y.example'] });
  });

  it('reports missed selectors when no message is open', () => {
    const doc = new DOMParser().parseFromString('<div role="main"><div>Select an item to read</div></div>', 'text/html');
    const out = extract(doc, new URL('https://outlook.live.com/mail/0/'));
    expect(out.people).toEqual([]);
    expect(out.report.missed).toEqual(expect.arrayContaining(['div[aria-label="Email message"]', '[aria-label^="From:"] [title*="@"]']));
  });
});
