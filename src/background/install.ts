// First run: seed marketing's starter segments (only once; the rep can reset them from the dashboard),
// and ask the browser to keep Segue's data when disk space runs low.
import { segmentsRepo } from '../db/default-database';
import { requestPersistence } from '../db/storage-health';
import { starterSegments } from '../domain/segments/starter-segments';

export async function onInstalled(reason: string): Promise<void> {
  if (reason === 'install' || reason === 'update') {
    await segmentsRepo().seedStarterSet(starterSegments());
  }
  await requestPersistence().catch(() => false);
}
