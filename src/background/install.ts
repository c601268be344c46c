// First run: seed marketing's starter segments (only once; the rep can reset them from the dashboard).
// Eviction needs no request here: Chrome never clears the storage of an extension holding unlimitedStorage,
// and navigator.storage.persist() does not exist in service workers anyway.
import { segmentsRepo } from '../db/default-database';
import { starterSegments } from '../domain/segments/starter-segments';

export async function onInstalled(reason: string): Promise<void> {
  if (reason === 'install' || reason === 'update') {
    await segmentsRepo().seedStarterSet(starterSegments());
  }
}
