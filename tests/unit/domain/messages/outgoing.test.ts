import { describe, expect, it } from 'vitest';
import { MAILTO_MAX_LENGTH, clipboardText, describeMessageUse, mailtoLink } from '../../../../src/domain/messages/outgoing';

describe('clipboardText', () => {
  it('gives an email its subject line above the body, so nothing is lost when pasted', () => {
    expect(clipboardText('email', 'Quick idea for Brightwave', 'Hi Amara,\n\nShort note.')).toBe('Subject: Quick idea for Brightwave\n\nHi Amara,\n\nShort note.');
    expect(clipboardText('follow_up_email', 'Following up', 'Hi')).toBe('Subject: Following up\n\nHi');
    expect(clipboardText('linkedin_inmail', 'Hello', 'Body')).toBe('Subject: Hello\n\nBody');
  });

  it('gives the body alone where there is no subject', () => {
    expect(clipboardText('email', '', 'Hi Amara')).toBe('Hi Amara');
    expect(clipboardText('email', '   ', 'Hi Amara')).toBe('Hi Amara');
    expect(clipboardText('email', undefined, 'Hi Amara')).toBe('Hi Amara');
    expect(clipboardText('linkedin_connect', 'ignored', 'Note')).toBe('Note');
    expect(clipboardText('call_opener', undefined, 'Hi, this is Sam')).toBe('Hi, this is Sam');
  });
});

describe('mailtoLink', () => {
  const params = (href: string) => new URLSearchParams(href.slice(href.indexOf('?') + 1));

  it('fills the address, subject and body, each encoded so that & # + ? and accents survive', () => {
    const subject = 'Q&A: 50% off? #1 + more — Zoë';
    const body = 'Hi Zoë,\nA & B = C? #yes +1\n\nBest';
    const link = mailtoLink('zoe.o+sales@example.com', subject, body);
    expect(link.complete).toBe(true);
    expect(link.href.startsWith('mailto:zoe.o%2Bsales@example.com?subject=')).toBe(true);
    expect(link.href).not.toMatch(/[ \n#]/);
    const p = params(link.href);
    expect(p.get('subject')).toBe(subject);
    // RFC 6068: a line break in the body is %0D%0A.
    expect(p.get('body')).toBe(body.replace(/\n/g, '\r\n'));
    expect(link.href).toContain('%0D%0A');
    expect(link.href).not.toMatch(/%0A(?<!%0D%0A)/);
  });

  it('leaves out what is empty and works without an address', () => {
    expect(mailtoLink(undefined, '', 'Hi')).toEqual({ href: 'mailto:?body=Hi', complete: true });
    expect(mailtoLink('a@example.com', 'Hello', '')).toEqual({ href: 'mailto:a@example.com?subject=Hello', complete: true });
  });

  it('does not turn CRLF into doubled breaks', () => {
    expect(params(mailtoLink(undefined, '', 'a\r\nb').href).get('body')).toBe('a\r\nb');
  });

  it('keeps a long body out of the link (mail apps cut long links) and says so; the subject stays', () => {
    const body = 'Hi Amara, ' + 'this is a long paragraph about your outbound team. '.repeat(80);
    const link = mailtoLink('amara@example.com', 'Quick idea', body);
    expect(link.complete).toBe(false);
    expect(link.href).toBe('mailto:amara@example.com?subject=Quick%20idea');
    expect(link.href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
  });

  it('measures the encoded length: a body of accented text fits later than its characters suggest', () => {
    const body = 'é'.repeat(700); // 700 characters, 4,200 once encoded
    expect(mailtoLink(undefined, 'x', body).complete).toBe(false);
    expect(mailtoLink(undefined, 'x', 'e'.repeat(700)).complete).toBe(true);
  });
});

describe('describeMessageUse', () => {
  it('says what the rep did with which template', () => {
    expect(describeMessageUse('copied', 'email', 'Intro')).toBe('Copied the email "Intro"');
    expect(describeMessageUse('opened', 'follow_up_email', 'Nudge')).toBe('Opened the follow-up email "Nudge" in the mail app');
    expect(describeMessageUse('inserted', 'email', 'Intro')).toBe('Inserted the email "Intro" into the open compose box');
    expect(describeMessageUse('copied', 'linkedin_connect', '')).toBe('Copied the LinkedIn connection note');
  });
});
