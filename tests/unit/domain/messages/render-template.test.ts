import { describe, expect, it } from 'vitest';
import { checkTemplate, parseTemplate, renderTemplate, renderText, tidyText, truncateText } from '../../../../src/domain/messages/render-template';
import type { TemplateContext } from '../../../../src/domain/messages/template-fields';
import { emptyFields, type ProspectFields } from '../../../../src/domain/prospect';

const dana: ProspectFields = {
  ...emptyFields(),
  fullName: 'Dana Whitfield',
  firstName: 'Dana',
  title: 'VP of Sales',
  company: 'Brightloop',
  industry: 'Computer Software',
  location: { city: 'Austin', region: 'TX', country: 'United States' },
};
const ctx = (prospect: Partial<ProspectFields>, extra: Partial<TemplateContext> = {}): TemplateContext => ({
  prospect: { ...emptyFields(), ...prospect },
  ...extra,
});

describe('renderText', () => {
  it('fills placeholders from the prospect, the sender and the segment', () => {
    const r = renderText('Hi {{firstName}}, {{title}} at {{company}} in {{location.city}}. — {{sender.name}} ({{segment.name}})', {
      prospect: dana,
      sender: { name: 'Sam Rivera' },
      segment: { id: 'sales', name: 'Sales leaders' },
    });
    expect(r).toEqual({ text: 'Hi Dana, VP of Sales at Brightloop in Austin. — Sam Rivera (Sales leaders)', missingFields: [], fallbacksUsed: [], unknownFields: [] });
  });

  it('uses fallbacks and reports them', () => {
    const r = renderText('Hi {{firstName|there}}, how is {{company|your team}}?', ctx({ fullName: 'Brightloop' }));
    expect(r.text).toBe('Hi there, how is your team?');
    expect(r.fallbacksUsed).toEqual(['firstName', 'company']);
    expect(r.missingFields).toEqual([]);
  });

  it('never leaves a dangling greeting when the first name is missing', () => {
    expect(renderText('Hi {{firstName}},\n\nQuick question.', ctx({})).text).toBe('Hi there,\n\nQuick question.');
    expect(renderText('Hi  {{firstName}} ,\nThanks', ctx({})).text).toBe('Hi there,\nThanks');
    expect(renderText('Dear {{firstName}},\nThanks', ctx({})).text).toBe('Hello,\nThanks');
    expect(renderText('Hi {{firstName}}, quick question.', ctx({})).text).toBe('Hi, quick question.');
    expect(renderText('Hi {{firstName}},', ctx({})).missingFields).toEqual(['firstName']);
  });

  it('takes the first name from a two-word full name, skipping a title', () => {
    expect(renderText('Hi {{firstName}},', ctx({ fullName: 'Dr. Jane Okafor' })).text).toBe('Hi Jane,');
    expect(renderText('Hi {{firstName}},', ctx({ fullName: 'Brightloop' })).text).toBe('Hi there,');
  });

  it('shows sections only when their field is present, and inverse sections only when absent', () => {
    const t = 'I saw your work{{#company}} at {{company}}{{/company}}{{^company}} on your team{{/company}}.';
    expect(renderText(t, { prospect: dana }).text).toBe('I saw your work at Brightloop.');
    const r = renderText(t, ctx({}));
    expect(r.text).toBe('I saw your work on your team.');
    expect(r.missingFields).toEqual([]);
    // Nested sections.
    const nested = '{{#company}}At {{company}}{{#location.city}} in {{location.city}}{{/location.city}}.{{/company}}';
    expect(renderText(nested, { prospect: dana }).text).toBe('At Brightloop in Austin.');
    expect(renderText(nested, ctx({ company: 'Acme' })).text).toBe('At Acme.');
  });

  it('removes doubled spaces, spaces before punctuation and empty-line piles left by missing values', () => {
    const t = 'Hi {{firstName}} ,\n\n\n\n{{title}}\n\nI noticed {{company}} is growing .  Congrats {{lastName}}!\n\n\n— {{sender.name}}';
    const r = renderText(t, ctx({ firstName: 'Ana' }));
    expect(r.text).toBe('Hi Ana,\n\nI noticed is growing. Congrats!\n\n—');
    expect(r.text).not.toMatch(/ {2}| [,.!?]|\n{3}/);
    expect(r.missingFields).toEqual(['title', 'company', 'lastName', 'sender.name']);
  });

  it('renders unknown placeholders as nothing and reports them', () => {
    const r = renderText('Hi {{firstName}}, love {{favouriteColour}}!', { prospect: dana });
    expect(r.text).toBe('Hi Dana, love!');
    expect(r.unknownFields).toEqual(['favouriteColour']);
  });

  it('never outputs raw braces, even from broken templates or values containing braces', () => {
    const r = renderText('Hi {{firstName}, {{#company}}at {{company}}', ctx({ company: '{{sender.name}} Corp', firstName: 'Al' }));
    expect(r.text).not.toMatch(/\{\{|\}\}/);
    expect(r.text).toBe('Hi at sender.name Corp');
    expect(renderText('{{ }} {{/company}} Hello {{!}}', { prospect: dana }).text).toBe('Hello');
  });

  it('keeps a multi-line signature and folds other values to one line', () => {
    const r = renderText('Thanks,\n{{sender.signature}}', ctx({}, { sender: { signature: 'Sam Rivera\nSegue' } }));
    expect(r.text).toBe('Thanks,\nSam Rivera\nSegue');
    expect(renderText('{{title}}!', ctx({ title: 'VP\n of   Sales' })).text).toBe('VP of Sales!');
  });
});

describe('parseTemplate and checkTemplate', () => {
  it('lists the fields used and flags syntax problems with offsets', () => {
    const parsed = parseTemplate('Hi {{firstName|there}} {{#company}}at {{company}}{{/company}}');
    expect(parsed.fields).toEqual(['firstName', 'company']);
    expect(parsed.issues).toEqual([]);
    expect(checkTemplate('{{/company}}{{#title}}x')).toEqual([
      { message: '"{{/company}}" closes a section that is not open', offset: 0 },
      { message: 'Section "{{#title}}" is never closed with "{{/title}}"', offset: 12 },
    ]);
    expect(checkTemplate('{{#company}}{{/title}}{{/company}}')[0]!.message).toBe('"{{/title}}" closes a section that is not open (open: "company")');
    expect(checkTemplate('Hi {{frstName}}')).toEqual([{ message: 'Unknown placeholder "frstName"', offset: 3 }]);
    expect(checkTemplate('nope {{nope}}')).toEqual([{ message: 'Unknown placeholder "nope"', offset: 5 }]);
  });
});

describe('renderTemplate: channel limits', () => {
  it('keeps a LinkedIn connection note within 300 characters, cut at a sentence end', () => {
    const body = `Hi {{firstName}}, ${'I enjoyed your talk on pipeline reviews. '.repeat(6)}{{headline}} Let's connect.`;
    const r = renderTemplate({ channel: 'linkedin_connect', body }, ctx({ firstName: 'Dana', headline: 'x'.repeat(100) }));
    expect(r.length).toBeLessThanOrEqual(300);
    expect(r.text.length).toBe(r.length);
    expect(r).toMatchObject({ limit: 300, overLimit: true, truncated: true });
    expect(r.text.endsWith('reviews.')).toBe(true);
  });

  it('cuts at a word boundary with an ellipsis when there is no sentence end', () => {
    const text = `Hi Dana ${'and more words '.repeat(30)}`;
    const cut = truncateText(text, 300);
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).toMatch(/ words…$|more…$|and…$/);
    expect(truncateText('short', 300)).toBe('short');
    // A surrogate pair is never split.
    const emoji = truncateText('😀'.repeat(200), 301);
    expect(emoji.length).toBeLessThanOrEqual(301);
    expect(/[\uD800-\uDBFF]…$/.test(emoji)).toBe(false);
  });

  it('trims an InMail subject to 200 and reports it; email subject limits are only reported', () => {
    const long = 'Quick question about {{company}} '.repeat(12);
    const inmail = renderTemplate({ channel: 'linkedin_inmail', subject: long, body: 'Hi {{firstName|there}}' }, { prospect: dana });
    expect(inmail.subject!.length).toBeLessThanOrEqual(200);
    expect(inmail).toMatchObject({ subjectLimit: 200, subjectOverLimit: true, subjectTruncated: true, limit: 1900, overLimit: false });
    const email = renderTemplate({ channel: 'email', subject: long, body: 'Hi' }, { prospect: dana });
    expect(email.subjectOverLimit).toBe(true);
    expect(email.subjectTruncated).toBeUndefined();
    expect(email.subject!.length).toBeGreaterThan(200);
    expect(email.limit).toBeNull();
  });

  it('reports a voicemail over its soft limit without cutting it', () => {
    const body = 'This is a long voicemail that goes on. '.repeat(15);
    const r = renderTemplate({ channel: 'voicemail', body }, { prospect: dana });
    expect(r).toMatchObject({ limit: 450, overLimit: true });
    expect(r.truncated).toBeUndefined();
    expect(r.length).toBe(body.trim().length);
  });

  it('merges missing fields of subject and body', () => {
    const r = renderTemplate({ channel: 'email', subject: '{{company}} and {{industry}}', body: 'Hi {{firstName}} from {{company}}' }, ctx({}));
    expect(r.missingFields).toEqual(['firstName', 'company', 'industry']);
    expect(r.subject).toBe('and');
  });
});

describe('tidyText', () => {
  it('keeps intentional punctuation and URLs intact', () => {
    expect(tidyText('See https://cal.example/sam?x=1, then reply: yes.')).toBe('See https://cal.example/sam?x=1, then reply: yes.');
    expect(tidyText('Costs (roughly) 5 € / month.')).toBe('Costs (roughly) 5 € / month.');
    expect(tidyText('A ( ) b , , c')).toBe('A b, c');
  });
});
