import { describe, expect, it } from 'vitest';
import { parseManagedPolicy, withManagedSender } from '../../../../src/domain/policy/managed-policy';
import type { SenderProfile } from '../../../../src/db/settings-repo';
import { buildPack } from '../../../../src/domain/packs/pack';

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
    for (const raw of [undefined, null, {}]) expect(parseManagedPolicy(raw)).toEqual({ policy: { sender: {}, packs: [] }, issues: [] });
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

describe('packs pushed by the policy', () => {
  const pack = (id: string, threshold = 50) => buildPack({ id, name: 'Acme playbook', version: '2.0.0', publisher: 'Acme marketing', releaseNotes: '' }, [{
    id: 'sales-leaders', name: 'Sales leaders', description: '', priority: 1, threshold,
    rules: { op: 'and', rules: [{ type: 'seniority_in', values: ['vp'], weight: 60 }] }, talkingPoints: [], templates: [],
  }], Date.UTC(2026, 11, 7));

  it('reads each pack from the text of its file (Chrome) or as an object (Firefox)', () => {
    const { policy, issues } = parseManagedPolicy({ packs: [JSON.stringify(pack('acme')), pack('beta')] });
    expect(issues).toEqual([]);
    expect(policy.packs.map((p) => [p.id, p.version, p.segments[0]!.id])).toEqual([['acme', '2.0.0', 'sales-leaders'], ['beta', '2.0.0', 'sales-leaders']]);
  });

  it('leaves out a bad pack with an issue naming its field, and keeps the good ones', () => {
    const { policy, issues } = parseManagedPolicy({ packs: ['{not json', JSON.stringify(pack('acme', 400)), JSON.stringify(pack('good')), JSON.stringify(pack('good'))] });
    expect(policy.packs.map((p) => p.id)).toEqual(['good']);
    expect(issues).toEqual([
      'packs[0]: is not the text of a pack file (not valid JSON)',
      'packs[1].segments[0].threshold: Threshold must be from 0 to 100',
      'packs[3].id: pack "good" is listed twice',
    ]);
    expect(parseManagedPolicy({ packs: 'acme' }).issues).toEqual(['packs: must be a list of pack files']);
  });
});

describe('the managed storage schema Chrome validates the policy with', () => {
  it('lists exactly the fields the policy reader takes', async () => {
    const { default: schema } = await import('../../../../public/managed-schema.json', { with: { type: 'json' } });
    const { MANAGED_SENDER_FIELDS } = await import('../../../../src/domain/policy/managed-policy');
    expect(Object.keys(schema.properties).sort()).toEqual(['defaultCountry', 'packs', 'sender', 'teamServer']);
    expect(schema.properties.packs).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(Object.keys(schema.properties.sender.properties).sort()).toEqual([...MANAGED_SENDER_FIELDS].sort());
    expect(Object.keys(schema.properties.teamServer.properties).sort()).toEqual(['database', 'url']);
  });
});
