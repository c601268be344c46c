// Full JSON backup, produced page by page as text chunks (write them to a Blob or a file stream).
import { companyFromStored, fromStored, taskFromStored, type SegueDatabase } from '../database';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type Backup } from './backup-format';
import { collectText, pageThrough } from './paging';

/** Yields the backup JSON in pieces; the pieces joined are one valid JSON document. */
export async function* exportBackupChunks(db: SegueDatabase, options: { pageSize?: number; now?: number } = {}): AsyncGenerator<string> {
  const pageSize = options.pageSize ?? 1000;
  const exportedAt = new Date(options.now ?? Date.now()).toISOString();
  yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(exportedAt)}`;
  for (const name of BACKUP_TABLES) {
    yield `,${JSON.stringify(name)}:[`;
    let first = true;
    for await (const page of pageThrough(db.table(name), pageSize)) {
      const rows = page.map((row) => (name === 'prospects' ? fromStored(row) : name === 'tasks' ? taskFromStored(row) : name === 'companies' ? companyFromStored(row) : row));
      yield (first ? '' : ',') + rows.map((row) => JSON.stringify(row)).join(',');
      first = false;
    }
    yield ']';
  }
  yield '}';
}

export async function exportBackupText(db: SegueDatabase, options: { pageSize?: number; now?: number } = {}): Promise<string> {
  return collectText(exportBackupChunks(db, options));
}

export async function exportBackup(db: SegueDatabase, options: { pageSize?: number; now?: number } = {}): Promise<Backup> {
  return JSON.parse(await exportBackupText(db, options)) as Backup;
}

/** Suggested file name: segue-backup-2026-11-26.json */
export function backupFileName(now = Date.now()): string {
  return `segue-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}
