// Inserting into a Gmail or Outlook compose fills the subject of that compose window too, never another draft's,
// and never overwrites a subject the rep already typed.
import { afterEach, describe, expect, it } from 'vitest';
import { insertIntoCompose } from '../../../src/background/compose';

const compose = (subjectAttrs: string, bodyLabel: string) => `
  <div class="compose">
    <input ${subjectAttrs}>
    <div aria-label="${bodyLabel}" contenteditable="true" role="textbox"></div>
  </div>`;

afterEach(() => { document.body.replaceChildren(); });

function page(html: string) {
  document.body.innerHTML = html;
  // happy-dom lays nothing out: make every element count as visible, as it is in a real mail page.
  for (const el of document.querySelectorAll<HTMLElement>('*')) Object.defineProperty(el, 'offsetParent', { configurable: true, get: () => document.body });
}

describe('insertIntoCompose', () => {
  it('fills an empty Gmail subject and the body', () => {
    page(compose('name="subjectbox"', 'Message Body'));
    expect(insertIntoCompose('Quick idea', 'Hi Amara')).toEqual({ inserted: true, subject: 'filled' });
    expect(document.querySelector<HTMLInputElement>('input')!.value).toBe('Quick idea');
    expect(document.querySelector('[contenteditable]')!.textContent).toBe('Hi Amara');
  });

  it("fills Outlook's subject field", () => {
    page(compose('aria-label="Add a subject"', 'Message body'));
    expect(insertIntoCompose('Quick idea', 'Hi')).toMatchObject({ subject: 'filled' });
    expect(document.querySelector<HTMLInputElement>('input')!.value).toBe('Quick idea');
  });

  it('keeps a subject the rep already wrote', () => {
    page(compose('name="subjectbox" value="Re: our call"', 'Message Body'));
    expect(insertIntoCompose('Quick idea', 'Hi')).toMatchObject({ inserted: true, subject: 'kept' });
    expect(document.querySelector<HTMLInputElement>('input')!.value).toBe('Re: our call');
  });

  it('fills the subject of the compose it writes into, when two drafts are open', () => {
    page(compose('name="subjectbox" id="first"', 'Message Body') + compose('name="subjectbox" id="second"', 'Message Body'));
    insertIntoCompose('Quick idea', 'Hi');
    expect(document.querySelector<HTMLInputElement>('#first')!.value).toBe('');
    expect(document.querySelector<HTMLInputElement>('#second')!.value).toBe('Quick idea');
  });

  it('inserts the body of a reply, which has no subject field', () => {
    page('<div aria-label="Message Body" contenteditable="true"></div>');
    expect(insertIntoCompose('Quick idea', 'Hi')).toEqual({ inserted: true, subject: 'none' });
  });

  it('says so when no compose is open', () => {
    page('<div>Inbox</div>');
    expect(insertIntoCompose('x', 'y')).toEqual({ inserted: false, subject: 'none' });
  });
});
