// The prospect timeline.
import Dexie from 'dexie';
import type { Activity, ActivityKind } from '../domain/activity';
import type { SegueDatabase } from './database';
import { activity } from './prospects-repo';

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
    return this.db.activities
      .where('[prospectId+at]')
      .between([prospectId, Dexie.minKey], [prospectId, upper], true, before === undefined)
      .reverse()
      .limit(Math.max(1, limit))
      .toArray();
  }
}
