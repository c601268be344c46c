// Keeping the data safe: persistent storage, usage, a clear error when the disk is full, and backup reminders.

export class StorageFullError extends Error {
  constructor(cause?: unknown) {
    super('Storage is full, so this change was not saved (nothing was lost). Export a backup, then free some disk space or delete old prospects, and try again.');
    this.name = 'StorageFullError';
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

/** The part of navigator.storage we use; passed in so tests and the service worker can provide it. */
export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

function defaultStorage(): StorageManagerLike | undefined {
  return typeof navigator !== 'undefined' ? (navigator.storage as StorageManagerLike | undefined) : undefined;
}

/** Asks the browser not to evict Segue's data under storage pressure. True when granted (or already persisted). */
export async function requestPersistence(storage = defaultStorage()): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    if (storage.persisted && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

export interface StorageUsage {
  usageBytes: number;
  quotaBytes: number;
  /** 0..1, 0 when the quota is unknown. */
  fraction: number;
}

export async function usage(storage = defaultStorage()): Promise<StorageUsage | null> {
  if (!storage?.estimate) return null;
  try {
    const { usage: used = 0, quota = 0 } = await storage.estimate();
    return { usageBytes: used, quotaBytes: quota, fraction: quota > 0 ? used / quota : 0 };
  } catch {
    return null;
  }
}

/** True for a quota error, directly or wrapped by Dexie (inner, or as the cause of an aborted transaction). */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const e = current as { name?: unknown; inner?: unknown; cause?: unknown; code?: unknown };
    if (e.name === 'QuotaExceededError' || e.code === 22) return true;
    current = e.inner ?? e.cause;
  }
  return false;
}

/**
 * Runs a write, turning a quota failure into StorageFullError. Run the whole write inside one Dexie transaction in
 * `fn`, so a failure aborts it and nothing is half-written.
 */
export async function withQuotaGuard<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Whether to remind the rep to export a backup. Never with nothing to lose; otherwise when there was never a
 * backup, when a week has passed since the last one, or when many changes piled up since it.
 * `changesSince`: prospects and calls created or changed since lastBackupAt (see changesSinceBackup).
 */
export function backupReminderDue(lastBackupAt: number | null, now: number, changesSince: number): boolean {
  if (changesSince <= 0) return false;
  if (lastBackupAt === null) return changesSince >= 10;
  if (changesSince >= 200) return true;
  return now - lastBackupAt >= 7 * DAY;
}
