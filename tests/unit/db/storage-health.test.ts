import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changesSinceBackup } from '../../../src/db/backup-status';
import type { SegueDatabase } from '../../../src/db/database';
import { previewImport } from '../../../src/db/import/preview';
import { runImport } from '../../../src/db/import/run-import';
import { ProspectsRepo } from '../../../src/db/prospects-repo';
import { StorageFullError, backupReminderDue, isQuotaError, requestPersistence, usage, withQuotaGuard } from '../../../src/db/storage-health';
import { makeDraft } from '../../support/db/drafts';
import { generateProspects, toCsv } from '../../support/db/generate';
import { closeDatabases, freshDatabase } from '../../support/db/test-db';

let db: SegueDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(closeDatabases);

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('withQuotaGuard', () => {
  it('turns a quota failure during a save into StorageFullError, with nothing written', async () => {
    const repo = new ProspectsRepo(db);
    await repo.saveDraft(makeDraft({ fullName: 'Kept Person', emails: ['kept@x.example'] }));
    const spy = vi.spyOn(db.activities, 'add').mockImplementation((() => Promise.reject(quotaError())) as never);
    const attempt = withQuotaGuard(() => repo.saveDraft(makeDraft({ fullName: 'New Person', emails: ['new@x.example'] })));
    await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
    await expect(withQuotaGuard(() => repo.saveDraft(makeDraft({ fullName: 'New Person', emails: ['new@x.example'] }))))
      .rejects.toThrow(/Storage is full.*nothing was lost.*Export a backup/);
    spy.mockRestore();
    expect((await db.prospects.toArray()).map((p) => p.fullName)).toEqual(['Kept Person']);
  });

  it('aborts a whole import on quota failure', async () => {
    const rows = previewImport(toCsv(generateProspects(120, 2))).rows;
    // New prospects are written with bulkAdd: the second chunk's write hits the quota.
    const real = db.prospects.bulkAdd.bind(db.prospects);
    let n = 0;
    const spy = vi.spyOn(db.prospects, 'bulkAdd').mockImplementation(((items: never[]) => {
      if (++n === 2) return Promise.reject(new Dexie.AbortError('Transaction aborted', quotaError()));
      return real(items);
    }) as never);
    await expect(withQuotaGuard(() => runImport(db, rows, { chunkSize: 50 }))).rejects.toBeInstanceOf(StorageFullError);
    spy.mockRestore();
    expect(await db.prospects.count()).toBe(0);
  });

  it('passes other errors and results through unchanged', async () => {
    await expect(withQuotaGuard(async () => 7)).resolves.toBe(7);
    await expect(withQuotaGuard(() => Promise.reject(new TypeError('bug')))).rejects.toThrow(TypeError);
  });

  it('recognises quota errors directly, wrapped by Dexie, or as a cause', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', quotaError()))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'Error', cause: { name: 'QuotaExceededError' } } })).toBe(true);
    expect(isQuotaError(new Error('QuotaExceededError in the message only'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });
});

describe('persistence and usage', () => {
  it('asks for persistence unless already persisted, and survives missing APIs', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistence({ persist, persisted: async () => false })).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await requestPersistence({ persist, persisted: async () => true })).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await requestPersistence({ persist: async () => false })).toBe(false);
    expect(await requestPersistence({ persist: () => Promise.reject(new Error('denied')) })).toBe(false);
    expect(await requestPersistence({})).toBe(false);
  });

  it('reports usage as bytes and a fraction', async () => {
    expect(await usage({ estimate: async () => ({ usage: 25, quota: 100 }) })).toEqual({ usageBytes: 25, quotaBytes: 100, fraction: 0.25 });
    expect(await usage({ estimate: async () => ({}) })).toEqual({ usageBytes: 0, quotaBytes: 0, fraction: 0 });
    expect(await usage({})).toBeNull();
  });
});

describe('backup reminders', () => {
  const DAY = 86_400_000;
  const now = 100 * DAY;
  it('follows the documented rule', () => {
    expect(backupReminderDue(null, now, 0)).toBe(false);
    expect(backupReminderDue(null, now, 9)).toBe(false);
    expect(backupReminderDue(null, now, 10)).toBe(true);
    expect(backupReminderDue(now - 6 * DAY, now, 50)).toBe(false);
    expect(backupReminderDue(now - 7 * DAY, now, 1)).toBe(true);
    expect(backupReminderDue(now - 30 * DAY, now, 0)).toBe(false);
    expect(backupReminderDue(now - DAY, now, 200)).toBe(true);
  });

  it('counts prospects and calls changed since the last backup', async () => {
    let t = 1000;
    const repo = new ProspectsRepo(db, () => t);
    await repo.saveDraft(makeDraft({ fullName: 'A One', emails: ['a@x.example'] }));
    t = 5000;
    await repo.saveDraft(makeDraft({ fullName: 'B Two', emails: ['b@x.example'] }));
    expect(await changesSinceBackup(db, null)).toBe(2);
    expect(await changesSinceBackup(db, 2000)).toBe(1);
    expect(await changesSinceBackup(db, 9000)).toBe(0);
  });
});
