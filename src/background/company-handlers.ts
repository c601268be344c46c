// The background's answers to the company messages (protocol-companies.ts). After a company changes, the segments of
// the people who work there are matched again: rules on industry and size read the company where a prospect has none.
import { CompaniesRepo } from '../db/companies-repo';
import type { SegueDatabase } from '../db/database';
import { database } from '../db/default-database';
import { ProspectsRepo } from '../db/prospects-repo';
import { SegmentsRepo } from '../db/segments-repo';
import { withQuotaGuard } from '../db/storage-health';
import type { Company } from '../domain/companies/company';
import { compileSegments } from '../domain/segments/match';
import type { CompaniesProtocol } from '../messaging/protocol-companies';
import type { Handlers } from '../messaging/router';
import { matchedSegmentIds } from './dashboard-handlers';

/** Matches the people of a company again; returns how many changed. */
export async function rematchPeopleOf(db: SegueDatabase, company: Company): Promise<number> {
  const people = await new CompaniesRepo(db).people(company);
  if (!people.length) return 0;
  const matcher = compileSegments(await new SegmentsRepo(db).list());
  const prospects = new ProspectsRepo(db);
  let changed = 0;
  for (const person of people) {
    const ids = matchedSegmentIds(matcher, person, company);
    if (ids.join('\n') === person.segmentIds.join('\n')) continue;
    await prospects.setSegmentIds(person.id, ids);
    changed++;
  }
  return changed;
}

export function companyHandlers(db: () => SegueDatabase = database, now: () => number = Date.now): Pick<Handlers, keyof CompaniesProtocol> {
  return {
    'companies.save': ({ draft }) => withQuotaGuard(async () => {
      const result = await new CompaniesRepo(db(), now).save(draft);
      await rematchPeopleOf(db(), result.company);
      return result;
    }),
    'companies.delete': async ({ id }) => {
      const repo = new CompaniesRepo(db(), now);
      const company = await repo.get(id);
      await repo.delete(id);
      if (company) {
        // Without the company, its people's segments read only their own fields again.
        const matcher = compileSegments(await new SegmentsRepo(db()).list());
        const prospects = new ProspectsRepo(db());
        for (const person of await new CompaniesRepo(db()).peopleByFields(company)) {
          const ids = matchedSegmentIds(matcher, person, await repo.forProspect(person));
          if (ids.join('\n') !== person.segmentIds.join('\n')) await prospects.setSegmentIds(person.id, ids);
        }
      }
      return { deleted: true };
    },
  };
}
