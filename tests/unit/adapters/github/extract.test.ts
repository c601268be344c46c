import { describe, expect, it } from 'vitest';
import { runFixture } from '../fixture-helpers';

describe('GitHub adapter', () => {
  it('user page: vcard fields, org mention as company, social links by network', () => {
    const { result } = runFixture('github', 'user-full');
    if (!result.ok) throw new Error(result.error);
    const d = result.people[0]!;
    expect(d.fields.fullName).toBe('Priya Raman-Okafor');
    expect(d.fields.company).toBe('northwind-analytics');
    expect(d.fields.headline).toBe('Data partnerships @northwind-analytics. Open data, privacy, and maps.');
    expect(d.fields.location).toEqual({ city: 'Lisbon', country: 'Portugal', raw: 'Lisbon, Portugal' });
    expect(d.fields.profiles.mastodon).toBe('https://fosstodon.example.social/@priyaro');
    expect(d.fieldSources.fullName).toBe('github');
    expect(d.source.site).toBe('github');
    // The og:title "priyaro - Overview" is not a name and must not override anything.
    expect(JSON.stringify(d.fields)).not.toContain('Overview');
  });

  it('sparse user: only name, company and avatar', () => {
    const { result } = runFixture('github', 'user-sparse');
    if (!result.ok) throw new Error(result.error);
    const f = result.people[0]!.fields;
    expect(f).toMatchObject({ fullName: 'Kwame Dartey', company: 'Fabrikam Robotics', emails: [], phones: [] });
    expect(f.location).toBeUndefined();
    expect(f.website).toBeUndefined();
  });

  it('organization page: no person — the organization is reported', () => {
    const { result } = runFixture('github', 'org-page');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe('No person found on this page: this is an organization page (Northwind Analytics), not a person.');
    expect(result.reports.find((r) => r.layer === 'github')?.organization).toEqual({
      name: 'Northwind Analytics',
      description: 'Open tooling for data partnerships.',
      location: 'Lisbon, Portugal',
      website: 'https://northwind.example.com/',
      email: 'oss@northwind.example.com',
      profileUrl: 'https://github.com/northwind-analytics',
    });
  });
});
