// The background's answers to the packs messages (protocol-packs.ts), and the policy's packs kept installed.
import type { SegueDatabase } from '../db/database';
import { database } from '../db/default-database';
import { PacksRepo } from '../db/packs-repo';
import { SegmentsRepo } from '../db/segments-repo';
import { withQuotaGuard } from '../db/storage-health';
import type { ManagedPolicy } from '../domain/policy/managed-policy';
import type { Handlers } from '../messaging/router';
import type { PacksProtocol } from '../messaging/protocol-packs';
import { rematchAllProspects } from './dashboard-handlers';

export function packsHandlers(db: () => SegueDatabase = database, now: () => number = Date.now): Pick<Handlers, keyof PacksProtocol> {
  const packs = () => new PacksRepo(db(), now);
  return {
    'packs.install': async ({ pack }) => {
      const change = await withQuotaGuard(() => packs().install(pack, 'file'));
      return { ...change, rematched: await rematchAllProspects(db()) };
    },
    'packs.rollback': async ({ id }) => {
      const change = await packs().rollback(id);
      return { ...change, rematched: await rematchAllProspects(db()) };
    },
    'packs.remove': async ({ id }) => {
      const removed = (await packs().remove(id, 'file')) ?? null;
      return { removed, rematched: removed ? await rematchAllProspects(db()) : 0 };
    },
    'packs.copySegment': async ({ id }) => ({ segment: await new SegmentsRepo(db()).copy(id, now()) }),
  };
}

/** Installs, updates or removes the packs the administrator's policy lists; prospects are matched again on a change. */
export async function syncPolicyPacks(policy: ManagedPolicy, db: SegueDatabase = database(), now: () => number = Date.now): Promise<void> {
  const result = await new PacksRepo(db, now).syncPolicy(policy.packs);
  if (result.problems.length) console.warn(`Segue: packs from your organization's policy not installed: ${result.problems.join('; ')}`);
  if (result.changed.length || result.removed.length) await rematchAllProspects(db);
}
