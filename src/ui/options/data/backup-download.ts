// Downloads a full JSON backup (read here, page by page) and tells the background it was made.
import { exportBackupChunks, backupFileName } from '../../../db/export/backup-export';
import { exportCallsCsv, exportProspectsCsv } from '../../../db/export/csv-export';
import { send } from '../../../messaging/client';
import { datedFileName, downloadText } from '../shared/download';
import { repos } from '../shared/repos';

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const parts: string[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return parts;
}

export async function downloadBackup(now = Date.now()): Promise<void> {
  const parts = await collect(exportBackupChunks(repos.db(), { now }));
  downloadText(backupFileName(now), parts, 'application/json');
  await send('settings.markBackup', { at: now });
}

export async function downloadProspectsCsv(): Promise<void> {
  downloadText(datedFileName('segue-prospects', 'csv'), await collect(exportProspectsCsv(repos.db())), 'text/csv;charset=utf-8');
}

export async function downloadCallsCsv(): Promise<void> {
  const outcomes = await repos.settings().get('callOutcomes');
  downloadText(datedFileName('segue-calls', 'csv'), await collect(exportCallsCsv(repos.db(), { outcomes })), 'text/csv;charset=utf-8');
}
