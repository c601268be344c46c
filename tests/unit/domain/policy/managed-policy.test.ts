import { describe, expect, it } from 'vitest';
import { parseManagedPolicy, withManagedOffer, withManagedSender } from '../../../../src/domain/policy/managed-policy';
import type { SenderProfile } from '../../../../src/db/settings-repo';

const local: SenderProfile = {
  name: 'Local Rep', title: 'AE', company: 'Local Co', email: 'me@example.com', phone: '', signature: 'Cheers', meetingLink: '', country: 'FR',
};

describe('the managed policy an administrator pushes', () => {
  it('reads the sender, the default country and the team server, trimmed', () => {
    const { policy, issues } = parseManagedPolicy({
      sender: { name: ' Ada Admin ', title: 'Account Executive', company: 'Acme', email: 'ada@example.com', phone: '+1 202-555-0101', signature: 'Ada\nAcme', meetingLink: 'https://example.com/ada' },
      defaultCountry: 'de',
      teamServer: { url: 'https://couch.example.com', database: 'segue' },
    });
    expect(issues).toEqual([]);
    expect(policy.sender).toEqual({ name: 'Ada Admin', title: 'Account Executive', company: 'Acme', email: 'ada@example.com', phone: '+1 202-555-0101', signature: 'Ada\nAcme', meetingLink: 'https://example.com/ada', country: 'DE' });
    expect(policy.teamServer).toEqual({ url: 'https://couch.example.com', database: 'segue' });
  });

  it('is empty when nothing is managed (no policy, Firefox without a native manifest)', () => {
    for (const raw of [undefined, null, {}]) expect(parseManagedPolicy(raw)).toEqual({ policy: { sender: {} }, issues: [] });
  });

  it('drops a bad value with an issue naming it and keeps the good ones', () => {
    const { policy, issues } = parseManagedPolicy({
      sender: { name: 'Ada', meetingLink: 'javascript:alert(1)', email: 42 },
      defaultCountry: 'Germany',
      teamServer: { url: 'ftp://x', database: 'segue' },
    });
    expect(policy.sender).toEqual({ name: 'Ada' });
    expect(policy.teamServer).toBeUndefined();
    expect(issues.map((i) => i.split(':')[0])).toEqual(['sender.email', 'sender.meetingLink', 'defaultCountry', 'teamServer.url']);
  });

  it('ignores empty managed strings, so an empty field in a policy does not blank the rep\'s own', () => {
    expect(parseManagedPolicy({ sender: { name: '  ', company: 'Acme' } }).policy.sender).toEqual({ company: 'Acme' });
  });

  it('overrides the local sender field by field and says which fields it set', () => {
    const { policy } = parseManagedPolicy({ sender: { name: 'Ada Admin', company: 'Acme' }, defaultCountry: 'DE' });
    const { sender, managed } = withManagedSender(local, policy);
    expect(sender).toEqual({ ...local, name: 'Ada Admin', company: 'Acme', country: 'DE' });
    expect([...managed].sort()).toEqual(['company', 'country', 'name']);
  });
});

describe('the offer a policy sets', () => {
  it('reads name, problem and up to three proof points, and drops bad values with an issue', () => {
    const { policy, issues } = parseManagedPolicy({ offer: { name: ' Ledgerly ', problem: 'slow month-end close', proofPoints: ['Acme closes in 3 days', ' ', 'SOC 2'] } });
    expect(policy.offer).toEqual({ name: 'Ledgerly', problem: 'slow month-end close', proofs: ['Acme closes in 3 days', 'SOC 2'] });
    expect(issues).toEqual([]);
    const bad = parseManagedPolicy({ offer: { name: 7, proofPoints: ['a', 'b', 'c', 'd'] } });
    expect(bad.policy.offer).toBeUndefined();
    expect(bad.issues).toEqual([expect.stringMatching(/^offer\.name: /), expect.stringMatching(/^offer\.proofPoints: .*at most 3/)]);
    expect(parseManagedPolicy({ offer: 'x' }).issues).toEqual(['offer: must be an object']);
  });

  it('overrides the rep\'s own offer field by field, keeping the playbook', () => {
    const { policy } = parseManagedPolicy({ offer: { name: 'Ledgerly' } });
    const { offer, managed } = withManagedOffer({ name: 'Mine', problem: 'my problem', proofs: ['p'], playbook: 'agency-recruiting' }, policy);
    expect(offer).toEqual({ name: 'Ledgerly', problem: 'my problem', proofs: ['p'], playbook: 'agency-recruiting' });
    expect([...managed]).toEqual(['name']);
  });
});

describe('the managed storage schema Chrome validates the policy with', () => {
  it('lists exactly the fields the policy reader takes', async () => {
    const { default: schema } = await import('../../../../public/managed-schema.json', { with: { type: 'json' } });
    const { MANAGED_SENDER_FIELDS } = await import('../../../../src/domain/policy/managed-policy');
    expect(Object.keys(schema.properties).sort()).toEqual(['defaultCountry', 'offer', 'sender', 'teamServer']);
    expect(Object.keys(schema.properties.offer.properties).sort()).toEqual(['name', 'problem', 'proofPoints']);
    expect(Object.keys(schema.properties.sender.properties).sort()).toEqual([...MANAGED_SENDER_FIELDS].sort());
    expect(Object.keys(schema.properties.teamServer.properties).sort()).toEqual(['database', 'url']);
  });
});
