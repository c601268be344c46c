// The prospect timeline.
import Dexie from 'dexie';
import type { Activity, ActivityKind } from '../domain/activity';
import type { SegueDatabase } from './database';
import { activity } from './prospects-repo';

const IMPORT_PREFIX = 'import:';

export class ActivitiesRepo {
  constructor(private readonly db: SegueDatabase, private readonly clock: () => number = Date.now) {}

  async add(prospectId: string, kind: ActivityKind, summary: string, data?: Record<string, unknown>): Promise<Activity> {
    const entry = activity(prospectId, this.clock(), kind, summary, data);
    await this.db.activities.add(entry);
    return entry;
  }

  /** Newest first. `before` pages further back (entries strictly older than it). */
  async timeline(prospectId: string, limit = 50, before?: number): Promise<Activity[]> {
    const upper = before === undefined ? Dexie.maxKey : before;
    const size = Math.max(1, limit);
    const entries = await this.db.activities
      .where('[prospectId+at]')
      .between([prospectId, Dexie.minKey], [prospectId, upper], true, before === undefined)
      .reverse()
      .limit(size)
      .toArray();
    if (entries.length >= size) return entries;
    // The start of the history was reached: a prospect an import created has its "Imported from" entry here.
    const created = await this.importEntry(prospectId);
    const wanted = created && (before === undefined || created.at < before)
      && !entries.some((e) => e.kind === 'import' && e.at === created.at && !e.data);
    return wanted ? [...entries, created] : entries;
  }

  /**
   * The entry of the import that created a prospect, read from its first source: imports write no timeline row per
   * new prospect (older versions did; then that stored row is shown instead).
   */
  private async importEntry(prospectId: string): Promise<Activity | undefined> {
    const row = await this.db.prospects.get(prospectId);
    const first = row?.sources?.[0] ?? row?.source;
    if (!first || first.site !== 'import' || !first.url.startsWith(IMPORT_PREFIX)) return undefined;
    const fileName = first.url.slice(IMPORT_PREFIX.length);
    return { id: `import-${prospectId}`, prospectId, at: first.capturedAt, kind: 'import', summary: `Imported from ${fileName}` };
  }
}
