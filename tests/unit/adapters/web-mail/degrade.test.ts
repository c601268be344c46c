// Web-mail adapters that degrade instead of failing when Gmail's or Outlook's markup is not the one they know.
import { describe, expect, it } from 'vitest';
import { extract as gmail } from '../../../../src/adapters/gmail/extract';
import { extract as outlook } from '../../../../src/adapters/outlook/extract';
import { parseHtml } from '../fixture-helpers';

const GMAIL = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDqkjbvTqcSfLzmQZwRnXkp');
const OUTLOOK = new URL('https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA%3D');
const SIGNATURE = 'Thanks for the call yesterday.<br><br>Best regards,<br>Jane Doe<br>VP Sales | Acme Corp<br>+1 (415) 555-0132';

describe('Gmail without its usual message containers', () => {
  it('takes the sender element with its email attribute anywhere in the view', () => {
    const doc = parseHtml(`<div role="main"><h2 class="hP">Pilot</h2>
      <section><span class="gD" email="jane.doe@acme.example.com" name="Jane Doe">Jane Doe</span>
      <span class="g2" email="tom@corvid.example.com" name="Tom">Tom</span>
      <div class="a3s">${SIGNATURE}</div></section></div>`);
    const out = gmail(doc, GMAIL);
    expect(out.people[0]).toMatchObject({ fullName: 'Jane Doe', emails: ['jane.doe@acme.example.com'], title: 'VP Sales', company: 'Acme Corp' });
  });

  it('never takes a sender element forged inside a message body', () => {
    const doc = parseHtml(`<div role="main"><section><div class="a3s"><span class="gD" email="forged@evil.example.com">Forged</span>Hi</div></section></div>`);
    expect(gmail(doc, GMAIL).people).toEqual([]);
  });

  it('never takes the senders of the message list (inbox rows)', () => {
    const doc = parseHtml(`<div role="main"><table><tbody><tr class="zA" role="row"><td><span class="yP" email="news@shop.example.com" name="Shop News">Shop News</span></td></tr>
      <tr class="zA" role="row"><td><span class="zF" email="jane.doe@acme.example.com" name="Jane Doe">Jane</span></td></tr></tbody></table></div>`);
    expect(gmail(doc, new URL('https://mail.google.com/mail/u/0/#inbox')).people).toEqual([]);
  });

  it('reads a sender written only as a "From:" line in the message', () => {
    const doc = parseHtml(`<div role="main"><h1>Pilot</h1><p>From: Jane Doe &lt;jane.doe@acme.example.com&gt;</p>
      <p>To: tom@corvid.example.com</p><p>Sent: today, 9:42 AM</p><div>${SIGNATURE}</div></div>`);
    const out = gmail(doc, GMAIL);
    expect(out.people[0]).toMatchObject({ fullName: 'Jane Doe', emails: ['jane.doe@acme.example.com'] });
    expect(out.people[0]?.emails).not.toContain('tom@corvid.example.com');
    expect(out.report.selectors).toMatchObject({ message: null, fromLine: 'text' });
  });
});

describe('Outlook reading panes of other generations', () => {
  it('reads a sender written only as a "Von:" line and a Word-generated body', () => {
    const doc = parseHtml(`<div role="main"><div class="x_WordSection1">
      <p class="x_MsoNormal"><b>Von:</b> Jonas Weber &lt;jonas.weber@fabrikam.example.de&gt;</p>
      <p class="x_MsoNormal"><b>An:</b> Tom &lt;tom@corvid.example.com&gt;</p>
      <p class="x_MsoNormal">Hallo Tom,</p><p class="x_MsoNormal">&nbsp;</p>
      <p class="x_MsoNormal">Mit freundlichen Grüßen</p><p class="x_MsoNormal">Jonas Weber</p>
      <p class="x_MsoNormal">Leiter Vertrieb | Fabrikam GmbH</p></div></div>`);
    const out = outlook(doc, OUTLOOK);
    expect(out.people[0]).toMatchObject({ fullName: 'Jonas Weber', emails: ['jonas.weber@fabrikam.example.de'] });
  });

  it('reads the 2016-generation reading pane (Item.MessageUniqueBody, persona span with the address in its title)', () => {
    const doc = parseHtml(`<div aria-label="Reading Pane" role="region"><div class="_rp_T4">
      <div class="_rp_U4"><span class="_pe_d _pe_62 allowTextSelection" title="olivia.grant@harborview.example.org">Olivia Grant</span></div>
      <div id="Item.MessageUniqueBody"><div class="rps_1d3a"><p>Hi,</p><p>Kind regards,<br>Olivia Grant<br>Director of Procurement<br>Harborview Health Partners</p></div></div>
    </div></div>`);
    const out = outlook(doc, OUTLOOK);
    expect(out.people[0]).toMatchObject({ fullName: 'Olivia Grant', emails: ['olivia.grant@harborview.example.org'], title: 'Director of Procurement' });
  });
});
