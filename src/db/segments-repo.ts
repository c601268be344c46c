// Marketing segments. Every save goes through the segment schema's validation.
import { diffSegments } from '../domain/segments/segment-file';
import { validateSegment, validateSegments, type Segment } from '../domain/segments/segment-schema';
import { packLabel } from '../domain/packs/pack-ref';
import { copyOfPackSegment } from '../domain/packs/segment-copy';
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

  /**
   * Validates, then inserts or replaces by id. Nothing is written when validation fails. A segment from a pack is
   * read-only: only installing a pack writes it (see PacksRepo); the rep edits a copy instead.
   */
  async save(input: unknown): Promise<SaveSegmentResult> {
    const result = validateSegment(input);
    if (!result.ok) return { ok: false, issues: result.issues.map((i) => ({ path: String(i.path), message: i.message })) };
    return this.db.transaction('rw', this.db.segments, async () => {
      const stored = await this.db.segments.get(result.segment.id);
      const pack = stored?.pack ?? result.segment.pack;
      if (pack) return { ok: false as const, issues: [{ path: 'id', message: readOnlyMessage(pack) }] };
      await this.db.segments.put(result.segment);
      return { ok: true as const, segment: result.segment };
    });
  }

  /** "Edit a copy": a local segment with the pack segment's content, a new id and name; returns it. */
  async copy(id: string, now: number): Promise<Segment> {
    return this.db.transaction('rw', this.db.segments, async () => {
      const source = await this.db.segments.get(id);
      if (!source) throw new Error(`No segment with id ${id}.`);
      const ids = new Set((await this.db.segments.toCollection().primaryKeys()) as string[]);
      const copy = { ...copyOfPackSegment(source, ids), updatedAt: now };
      await this.db.segments.add(copy);
      return copy;
    });
  }

  /** Validates a whole list (issue paths under `segments`), then writes all of it in one transaction, or nothing. */
  async importAll(input: unknown, now: number): Promise<{ ok: true; added: number; changed: number } | { ok: false; issues: SegmentIssue[] }> {
    const result = validateSegments(input, ['segments']);
    if (!result.ok) return result;
    return this.db.transaction('rw', this.db.segments, async () => {
      const owned = (await this.db.segments.bulkGet(result.segments.map((s) => s.id))).flatMap((s, i) => (s?.pack ? [{ path: `segments[${i}].id`, message: readOnlyMessage(s.pack) }] : []));
      if (owned.length) return { ok: false as const, issues: owned };
      const diff = diffSegments(await this.db.segments.bulkGet(result.segments.map((s) => s.id)).then((rows) => rows.filter((s): s is Segment => Boolean(s))), result.segments);
      await this.db.segments.bulkPut([...diff.added, ...diff.changed.map((c) => c.after)].map((s) => ({ ...s, updatedAt: now })));
      return { ok: true as const, added: diff.added.length, changed: diff.changed.length };
    });
  }

  async delete(id: string): Promise<void> {
    const stored = await this.db.segments.get(id);
    if (stored?.pack) throw new Error(readOnlyMessage(stored.pack));
    await this.db.segments.delete(id);
  }

  /**
   * Writes the starter segments on first run only: once seeded, deleting them all does not bring them back.
   * Returns how many were written (0 when already seeded). Throws when a starter segment is invalid.
   */
  async seedStarterSet(segments: readonly unknown[]): Promise<number> {
    return this.db.transaction('rw', this.db.segments, this.db.settings, async () => {
      if (await this.settings.get('starterSegmentsSeeded')) return 0;
      // A pack the policy installed before the first run keeps its segments.
      const packOwned = new Set((await this.db.segments.filter((s) => Boolean(s.pack)).primaryKeys()) as string[]);
      const valid = validateAll(segments).filter((s) => !packOwned.has(s.id));
      await this.db.segments.bulkPut(valid);
      await this.settings.set('starterSegmentsSeeded', true);
      return valid.length;
    });
  }

  /** Replaces every local segment with the starter set (the rep asked for it explicitly); packs' segments stay. */
  async resetToStarterSet(segments: readonly unknown[]): Promise<Segment[]> {
    const valid = validateAll(segments);
    await this.db.transaction('rw', this.db.segments, this.db.settings, async () => {
      const packOwned = new Set((await this.db.segments.filter((s) => Boolean(s.pack)).primaryKeys()) as string[]);
      await this.db.segments.filter((s) => !s.pack).delete();
      await this.db.segments.bulkPut(valid.filter((s) => !packOwned.has(s.id)));
      await this.settings.set('starterSegmentsSeeded', true);
    });
    return valid;
  }
}

function readOnlyMessage(pack: NonNullable<Segment['pack']>): string {
  const who = pack.managed ? "Set by your organization's policy" : `From the pack ${packLabel(pack)}`;
  return `${who}: this segment is read-only. Use "Edit a copy" to make your own.`;
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
