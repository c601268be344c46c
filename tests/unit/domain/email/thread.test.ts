import { describe, expect, it } from 'vitest';
import { quotedMessageBy } from '../../../../src/domain/signature/newest-part';
import { isOwnMessage, pickThreadSender } from '../../../../src/domain/email/thread';

const USER = 'tom@corvid.example.com';
const REPLY_QUOTING_MARCUS = [
  'Friday works.', '', 'Tom', '',
  'On Mon, Mar 2, 2026 at 9:14 AM Marcus Bell <marcus@brightloop.example.io> wrote:',
  '> Hey Tom,', '>', '> Cheers,', '> Marcus Bell', '> Head of Growth at Brightloop', '> (646) 555-0147', '>',
  '> On Fri, Feb 27, 2026 at 8:00 AM Tom <tom@corvid.example.com> wrote:', '>> Hi Marcus, intro below.',
].join('\n');

describe('pickThreadSender', () => {
  it('takes the newest message not sent by the user', () => {
    const pick = pickThreadSender([
      { sender: { name: 'Ann Lee', email: 'ann@x.example' }, body: 'First\n\nBest,\nAnn Lee\nCEO, X Corp' },
      { sender: { name: 'Ben Ode', email: 'ben@y.example' }, body: 'Second\n\nBest,\nBen Ode\nCTO, Y Labs' },
      { sender: { name: 'Tom', email: USER }, body: 'Mine' },
    ], USER);
    expect(pick).toMatchObject({ index: 1, bodyFrom: 'message', person: { fields: { fullName: 'Ben Ode', title: 'CTO', company: 'Y Labs' } } });
  });

  it('reads a collapsed message from its quote in the user\'s newer reply, stopping at older history', () => {
    const pick = pickThreadSender([
      { sender: { name: 'Marcus Bell', email: 'marcus@brightloop.example.io' } },
      { sender: { name: 'Tom', email: USER }, body: REPLY_QUOTING_MARCUS },
    ], USER)!;
    expect(pick.bodyFrom).toBe('quoted-in-newer');
    expect(pick.person.fields).toMatchObject({ fullName: 'Marcus Bell', title: 'Head of Growth', company: 'Brightloop' });
  });

  it('keeps only the header fields when no newer message quotes the collapsed one', () => {
    const pick = pickThreadSender([
      { sender: { name: 'Marcus Bell', email: 'marcus@brightloop.example.io' } },
      { sender: { name: 'Tom', email: USER }, body: 'No quote here.' },
    ], USER)!;
    expect(pick.bodyFrom).toBe('none');
    expect(pick.person.fields).toMatchObject({ fullName: 'Marcus Bell', emails: ['marcus@brightloop.example.io'], company: 'Brightloop' });
    expect(pick.person.fields.title).toBeUndefined();
  });

  it('returns undefined when the user wrote every message, and treats "me" as the user', () => {
    expect(pickThreadSender([{ sender: { name: 'Tom', email: USER }, body: 'x' }], USER)).toBeUndefined();
    expect(isOwnMessage({ name: 'me' }, undefined)).toBe(true);
    expect(isOwnMessage({ name: 'Tom', email: 'TOM@corvid.example.com' }, USER)).toBe(true);
    expect(isOwnMessage({ name: 'Meg', email: 'meg@x.example' }, USER)).toBe(false);
  });
});

describe('quotedMessageBy', () => {
  it('finds the message quoted under a reply header naming the address', () => {
    expect(quotedMessageBy(REPLY_QUOTING_MARCUS, 'Marcus@Brightloop.example.io')).toBe(
      'Hey Tom,\n\nCheers,\nMarcus Bell\nHead of Growth at Brightloop\n(646) 555-0147',
    );
  });

  it('finds the message under an Outlook header block naming the address', () => {
    const body = 'Thanks.\n\nFrom: Hannah Cole <hannah@keystone.example.com>\nSent: Monday\nTo: Tom\nSubject: Q\n\nHi Tom,\nHannah Cole\nIT Manager';
    expect(quotedMessageBy(body, 'hannah@keystone.example.com')).toBe('Hi Tom,\nHannah Cole\nIT Manager');
  });

  it('returns undefined when no header names the address', () => {
    expect(quotedMessageBy(REPLY_QUOTING_MARCUS, 'someone@else.example')).toBeUndefined();
    expect(quotedMessageBy(REPLY_QUOTING_MARCUS, 'not-an-address')).toBeUndefined();
  });
});
