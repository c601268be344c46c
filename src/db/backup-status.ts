// Counts what changed since the last backup, from indexed timestamps (no counter to keep in sync).
import type { SegueDatabase } from './database';

export async function changesSinceBackup(db: SegueDatabase, lastBackupAt: number | null): Promise<number> {
  if (lastBackupAt === null) return (await db.prospects.count()) + (await db.calls.count());
  const [prospects, calls] = await Promise.all([
    db.prospects.where('updatedAt').above(lastBackupAt).count(),
    db.calls.where('startedAt').above(lastBackupAt).count(),
  ]);
  return prospects + calls;
}
