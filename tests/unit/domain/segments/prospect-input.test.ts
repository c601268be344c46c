import { describe, expect, it } from 'vitest';
import { prospectFromPartial } from '../../../../src/domain/segments/prospect-input';

describe('prospectFromPartial', () => {
  it('fills missing lists and keeps known fields', () => {
    expect(prospectFromPartial({ title: 'CTO', location: 'Berlin, Germany', phones: ['+49 30 1234567'] })).toEqual({
      ok: true,
      prospect: { fullName: '', title: 'CTO', location: { raw: 'Berlin, Germany' }, emails: [], phones: [{ number: '+49 30 1234567' }], profiles: {}, tags: [], notes: '' },
    });
  });
  it('names the field with the wrong type', () => {
    expect(prospectFromPartial({ companySize: '51-200' })).toEqual({ ok: false, error: 'Prospect field "companySize" must be a number' });
    expect(prospectFromPartial({ seniority: 'boss' })).toMatchObject({ ok: false, error: expect.stringMatching(/^Prospect field "seniority" must be one of: owner/) });
    expect(prospectFromPartial({ location: { city: 5 } })).toEqual({ ok: false, error: 'Prospect field "location.city" must be text' });
    expect(prospectFromPartial([1])).toEqual({ ok: false, error: 'A prospect must be a JSON object' });
    expect(prospectFromPartial({ profiles: { github: 1 } })).toEqual({ ok: false, error: 'Prospect field "profiles" must map network names to URLs' });
  });
});
