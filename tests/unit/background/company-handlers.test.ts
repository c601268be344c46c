import { beforeEach, describe, expect, it } from 'vitest';
import { prospectsRepo, segmentsRepo, database } from '../../../src/db/default-database';
import { rematchAllProspects } from '../../../src/background/dashboard-handlers';
import { saveProspect } from '../../../src/background/prospect-service';
import type { CompanyDraft } from '../../../src/domain/companies';
import type { Segment } from '../../../src/domain/segments/segment-schema';
import { makeDraft } from '../../support/db/drafts';
import { clearDatabase, dispatch, seedProspects } from '../../support/dashboard/dashboard-harness';

/** A segment only a company's industry and size can satisfy: the prospects below have neither. */
const SOFTWARE_MIDMARKET: Segment = {
  id: 'software-midmarket', name: 'Mid-market software', description: '', priority: 1, threshold: 90,
  rules: { op: 'and', rules: [{ type: 'industry_in', values: ['software'], weight: 50 }, { type: 'company_size', min: 50, max: 1000, weight: 50 }] },
  talkingPoints: [], templates: [],
};

const acme: CompanyDraft = {
  fields: { name: 'Acme Robotics, Inc.', domain: 'acme.example', industry: 'Software Development', size: 120, profiles: {} },
  fieldSources: { name: 'linkedin' }, source: { url: 'https://www.linkedin.com/company/acme-robotics/', site: 'linkedin', capturedAt: 1 },
};

beforeEach(async () => {
  await clearDatabase();
  await segmentsRepo().save(SOFTWARE_MIDMARKET);
});

const segmentsOf = async (id: string) => (await prospectsRepo().get(id))!.segmentIds;

describe('segment rules read the company where the prospect lacks industry and size', () => {
  it('saving a company matches its people again; edits keep the match; deleting the company undoes it', async () => {
    const [person, own] = await seedProspects(2, (i) => (i === 1 ? { company: 'Acme Robotics', industry: 'Retail', emails: ['x@acme.example'] } : { company: 'Acme Robotics' }));
    expect(await segmentsOf(person!.id)).toEqual([]);

    await dispatch('companies.save', { draft: acme });
    expect(await segmentsOf(person!.id)).toEqual(['software-midmarket']);
    // A prospect's own industry wins over the company's.
    expect(await segmentsOf(own!.id)).toEqual([]);

    await dispatch('prospects.update', { id: person!.id, patch: { title: 'Head of Sales' } });
    expect(await segmentsOf(person!.id)).toEqual(['software-midmarket']);
    await database().prospects.update(person!.id, { segmentIds: [] });
    await rematchAllProspects(database());
    expect(await segmentsOf(person!.id)).toEqual(['software-midmarket']);

    const [company] = await database().companies.toArray();
    await dispatch('companies.delete', { id: company!.id });
    expect(await segmentsOf(person!.id)).toEqual([]);
  });

  it('a prospect captured after its company is matched with the company\'s industry and size', async () => {
    await dispatch('companies.save', { draft: acme });
    const saved = await saveProspect(makeDraft({ fullName: 'Jo Park', emails: ['jo@acme.example'] }));
    expect('prospect' in saved && saved.prospect.segmentIds).toEqual(['software-midmarket']);
  });

  it('refuses a company without a name with a clear error', async () => {
    await expect(dispatch('companies.save', { draft: { ...acme, fields: { ...acme.fields, name: ' ' } } })).rejects.toThrow('A company needs a name.');
    expect(await database().companies.count()).toBe(0);
  });
});
