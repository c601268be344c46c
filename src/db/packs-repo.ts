// Installed segment packs. Installing, updating, rolling back and removing a pack write its segments (marked with the
// pack) and its row in one transaction, or nothing. A pack set by the administrator's policy only changes by policy.
import { diffPack, type PackDiff } from '../domain/packs/pack-diff';
import { planInstall, planRollback, type InstalledPack, type PackPlan, type PackSource } from '../domain/packs/installed-pack';
import { validatePack, type SegmentPack } from '../domain/packs/pack';
import { packLabel } from '../domain/packs/pack-ref';
import type { SegueDatabase } from './database';
import { SettingsRepo } from './settings-repo';

export class PackError extends Error {}

export interface PackChange {
  pack: InstalledPack;
  diff: PackDiff;
}

export class PacksRepo {
  constructor(private readonly db: SegueDatabase, private readonly clock: () => number = Date.now) {}

  async list(): Promise<InstalledPack[]> {
    return this.db.packs.toArray();
  }

  async get(id: string): Promise<InstalledPack | undefined> {
    return this.db.packs.get(id);
  }

  /** What installing `pack` would add, change and remove, against what is installed now. */
  async preview(pack: SegmentPack): Promise<PackDiff> {
    const [installed, stored, outcomes] = await Promise.all([
      this.db.packs.get(pack.id), this.db.segments.toArray(), new SettingsRepo(this.db).get('callOutcomes'),
    ]);
    return diffPack(pack, { ...(installed ? { installed: installed.current } : {}), stored, outcomes });
  }

  /**
   * Installs a pack (first install, update, or an older version): validated again here, refused when another pack
   * owns one of its segment ids, or when the policy set this pack and the rep tries to replace it from a file.
   */
  async install(input: unknown, source: PackSource): Promise<PackChange> {
    const checked = validatePack(input);
    if (!checked.ok) throw new PackError(`The pack is not valid: ${checked.issues.slice(0, 3).map((i) => `${i.path || '(file)'}: ${i.message}`).join('; ')}`);
    const pack = checked.pack;
    return this.db.transaction('rw', [this.db.packs, this.db.segments, this.db.settings], async () => {
      const existing = await this.db.packs.get(pack.id);
      if (existing?.source === 'policy' && source === 'file') throw new PackError(`${existing.current.name} is set by your organization's policy; it cannot be replaced from a file.`);
      const diff = await this.preview(pack);
      const conflict = diff.conflicts[0];
      if (conflict) throw new PackError(`Segment "${conflict.segment.name}" (${conflict.segment.id}) belongs to the pack ${packLabel(conflict.pack)}; the two packs cannot be installed together.`);
      await this.apply(planInstall(existing, pack, source, this.clock()));
      return { pack: (await this.db.packs.get(pack.id))!, diff };
    });
  }

  /** Back to the version installed before; the newer one stays stored, so the rep can update to it again. */
  async rollback(id: string): Promise<PackChange> {
    return this.db.transaction('rw', [this.db.packs, this.db.segments, this.db.settings], async () => {
      const existing = await this.db.packs.get(id);
      if (!existing) throw new PackError(`No pack "${id}" is installed.`);
      let plan: PackPlan;
      try {
        plan = planRollback(existing, this.clock());
      } catch (error) {
        throw new PackError((error as Error).message);
      }
      const diff = await this.preview(plan.row.current);
      await this.apply(plan);
      return { pack: plan.row, diff };
    });
  }

  /** Removes a pack and its segments (calls keep the pack version they were logged with). */
  async remove(id: string, source: PackSource = 'file'): Promise<InstalledPack | undefined> {
    return this.db.transaction('rw', [this.db.packs, this.db.segments], async () => {
      const existing = await this.db.packs.get(id);
      if (!existing) return undefined;
      if (existing.source === 'policy' && source === 'file') throw new PackError(`${existing.current.name} is set by your organization's policy.`);
      await this.db.segments.bulkDelete(existing.current.segments.map((s) => s.id));
      await this.db.packs.delete(id);
      return existing;
    });
  }

  /**
   * Makes the installed packs follow the policy's list: each policy pack installed or moved to the policy's version,
   * and packs the policy installed but no longer lists removed. Returns what changed and what could not be applied.
   */
  async syncPolicy(packs: readonly SegmentPack[]): Promise<{ changed: string[]; removed: string[]; problems: string[] }> {
    const changed: string[] = [];
    const problems: string[] = [];
    const listed = new Set(packs.map((p) => p.id));
    for (const input of packs) {
      const checked = validatePack(input);
      if (!checked.ok) {
        problems.push(`${input.id}: ${checked.issues[0]?.path}: ${checked.issues[0]?.message}`);
        continue;
      }
      const pack = checked.pack;
      const existing = await this.db.packs.get(pack.id);
      if (existing?.source === 'policy' && JSON.stringify(existing.current) === JSON.stringify(pack)) continue;
      try {
        await this.install(pack, 'policy');
        changed.push(pack.id);
      } catch (error) {
        problems.push(`${pack.id}: ${(error as Error).message}`);
      }
    }
    const removed: string[] = [];
    for (const row of await this.db.packs.toArray()) {
      if (row.source === 'policy' && !listed.has(row.id)) {
        await this.remove(row.id, 'policy');
        removed.push(row.id);
      }
    }
    return { changed, removed, problems };
  }

  private async apply(plan: PackPlan): Promise<void> {
    await this.db.segments.bulkDelete(plan.remove);
    await this.db.segments.bulkPut(plan.put);
    await this.db.packs.put(plan.row);
    if (plan.row.current.callOutcomes) await new SettingsRepo(this.db).setCallOutcomes(plan.row.current.callOutcomes);
  }
}
