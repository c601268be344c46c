import { describe, expect, it } from 'vitest';
import { identityKeys } from '../../../src/domain/merge';
import { emptyFields } from '../../../src/domain/prospect';
import { isRoleAddress } from '../../../src/domain/role-addresses';

describe('role addresses never identify a person', () => {
  it('knows the shared mailboxes of a company', () => {
    for (const email of ['sales@acme.example', 'INFO@acme.example', 'hello@acme.example', 'support@acme.example', 'no-reply@acme.example',
      'noreply@acme.example', 'contact@acme.example', 'team@acme.example', 'office@acme.example', 'admin@acme.example', 'careers@acme.example',
      'mailto:billing@acme.example', ' press@acme.example ', 'sales+eu@acme.example']) expect(isRoleAddress(email), email).toBe(true);
    for (const email of ['jane.doe@acme.example', 'salesforce.admin.jane@acme.example', 'j.sales@acme.example', 'info.jane@x.example', 'ana@info.example'])
      expect(isRoleAddress(email), email).toBe(false);
  });

  it('identityKeys leaves role addresses out (the address is still kept on the prospect)', () => {
    const fields = { ...emptyFields(), fullName: 'Jane Doe', company: 'Acme', emails: ['sales@acme.example', 'jane@acme.example'] };
    expect(identityKeys(fields)).toEqual(['email:jane@acme.example', 'name:jane doe|acme']);
    expect(identityKeys({ ...emptyFields(), fullName: 'Bo Li', emails: ['info@acme.example'] })).toEqual([]);
  });
});
