import { describe, expect, it } from 'vitest';
import { selectionToDraft } from '../../../src/domain/selection-draft';
import { parseSelection } from '../../../src/domain/signature/parse-selection';

describe('capture selection', () => {
  it('turns a selected signature block into a draft for review, with its source', () => {
    const text = 'Best regards,\nDr. Lena Vogt\nLeiterin Vertrieb | Kiezkaffee GmbH\nMobil: +49 171 2345678\nlena.vogt@kiezkaffee.example.de';
    const draft = selectionToDraft(parseSelection(text), 'https://www.example.de/kontakt', 1_000);
    expect(draft).not.toBeNull();
    expect(draft!.fields).toMatchObject({ fullName: 'Lena Vogt', firstName: 'Lena', lastName: 'Vogt', namePrefix: 'Dr.', company: 'Kiezkaffee GmbH' });
    expect(draft!.fields.title).toMatch(/Leiterin Vertrieb/);
    expect(draft!.fields.emails).toEqual(['lena.vogt@kiezkaffee.example.de']);
    expect(draft!.fields.phones[0]).toMatchObject({ number: '+491712345678', label: 'mobile' });
    expect(draft!.fieldSources.fullName).toBe('selection');
    expect(draft!.source).toEqual({ url: 'https://www.example.de/kontakt', site: 'web', capturedAt: 1_000 });
  });

  it('reads "Name <address>" lines and names the site', () => {
    const draft = selectionToDraft(parseSelection('Marcus Bell <marcus@brightloop.example.io>'), 'https://mail.google.com/mail/u/0/#inbox', 5);
    expect(draft?.fields).toMatchObject({ fullName: 'Marcus Bell', emails: ['marcus@brightloop.example.io'] });
    expect(draft?.source.site).toBe('gmail');
  });

  it('never invents a person from text without a name', () => {
    expect(selectionToDraft(parseSelection('Call us at +1 415 555 0100 or write to info@acme.example'), 'https://acme.example/', 0)).toBeNull();
    expect(selectionToDraft(parseSelection(''), 'not a url', 0)).toBeNull();
  });
});
