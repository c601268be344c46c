// Marketing segments. Every save goes through the segment schema's validation.
import { diffSegments } from '../domain/segments/segment-file';
import { validateSegment, validateSegments, type Segment } from '../domain/segments/segment-schema';
import type { SegueDatabase } from './database';
import { SettingsRepo } from './settings-repo';

export interface SegmentIssue {
  path: string;
  message: string;
}

export type SaveSegmentResult = { ok: true; segment: Segment } | { ok: false; issues: SegmentIssue[] };

export class SegmentsRepo {
  private readonly settings: SettingsRepo;

  constructor(private readonly db: SegueDatabase) {
    this.settings = new SettingsRepo(db);
  }

  /** Highest priority first (the order segment matching breaks ties in). */
  async list(): Promise<Segment[]> {
    return this.db.segments.orderBy('priority').reverse().toArray();
  }

  async get(id: string): Promise<Segment | undefined> {
    return this.db.segments.get(id);
  }

  /** Validates, then inserts or replaces by id. Nothing is written when validation fails. */
  async save(input: unknown): Promise<SaveSegmentResult> {
    const result = validateSegment(input);
    if (!result.ok) return { ok: false, issues: result.issues.map((i) => ({ path: String(i.path), message: i.message })) };
    await this.db.segments.put(result.segment);
    return { ok: true, segment: result.segment };
  }

  /** Validates a whole list (issue paths under `segments`), then writes all of it in one transaction, or nothing. */
  async importAll(input: unknown, now: number): Promise<{ ok: true; added: number; changed: number } | { ok: false; issues: SegmentIssue[] }> {
    const result = validateSegments(input, ['segments']);
    if (!result.ok) return result;
    return this.db.transaction('rw', this.db.segments, async () => {
      const diff = diffSegments(await this.db.segments.bulkGet(result.segments.map((s) => s.id)).then((rows) => rows.filter((s): s is Segment => Boolean(s))), result.segments);
      await this.db.segments.bulkPut([...diff.added, ...diff.changed.map((c) => c.after)].map((s) => ({ ...s, updatedAt: now })));
      return { ok: true as const, added: diff.added.length, changed: diff.changed.length };
    });
  }

  async delete(id: string): Promise<void> {
    await this.db.segments.delete(id);
  }

  /**
   * Writes the starter segments on first run only: once seeded, deleting them all does not bring them back.
   * Returns how many were written (0 when already seeded). Throws when a starter segment is invalid.
   */
  async seedStarterSet(segments: readonly unknown[]): Promise<number> {
    return this.db.transaction('rw', this.db.segments, this.db.settings, async () => {
      if (await this.settings.get('starterSegmentsSeeded')) return 0;
      const valid = validateAll(segments);
      await this.db.segments.bulkPut(valid);
      await this.settings.set('starterSegmentsSeeded', true);
      return valid.length;
    });
  }

  /** Replaces every segment with the starter set (the rep asked for it explicitly). */
  async resetToStarterSet(segments: readonly unknown[]): Promise<Segment[]> {
    const valid = validateAll(segments);
    await this.db.transaction('rw', this.db.segments, this.db.settings, async () => {
      await this.db.segments.clear();
      await this.db.segments.bulkPut(valid);
      await this.settings.set('starterSegmentsSeeded', true);
    });
    return valid;
  }
}

function validateAll(segments: readonly unknown[]): Segment[] {
  return segments.map((input, index) => {
    const result = validateSegment(input);
    if (!result.ok) {
      const first = result.issues[0];
      throw new Error(`Starter segment ${index + 1} is invalid: ${first ? `${String(first.path)}: ${first.message}` : 'unknown issue'}`);
    }
    return result.segment;
  });
}
