// One replication of the team replica at a time per browser profile, through the Web Locks API (shared by every
// page, offscreen document, worker and the background of the extension's origin): live sync in an open page holds
// the lock shared (several pages may sync live), the background's sync on an alarm asks for it exclusively and only
// if it is free, so it skips a tick while a page syncs live rather than writing the same checkpoints at once.
const LOCK = 'segue-team-sync';

type Locks = {
  query(): Promise<{ held?: { name?: string }[] }>;
  request<T>(name: string, options: { mode?: 'shared' | 'exclusive'; ifAvailable?: boolean }, run: (lock: unknown) => Promise<T> | T): Promise<T>;
};

const locks = (): Locks | undefined => (globalThis.navigator as { locks?: Locks } | undefined)?.locks;

/** Holds the lock shared until the returned function is called. Without Web Locks, nothing is held. */
export function holdTeamSyncShared(): () => void {
  let release: () => void = () => undefined;
  const held = new Promise<void>((done) => { release = done; });
  void locks()?.request(LOCK, { mode: 'shared' }, () => held).catch(() => undefined);
  return release;
}

/** Runs `run` holding the lock exclusively, or answers 'busy' at once when a page syncs live. */
export async function whenTeamSyncFree<T>(run: () => Promise<T>): Promise<T | 'busy'> {
  const api = locks();
  if (!api) return run();
  return api.request<T | 'busy'>(LOCK, { mode: 'exclusive', ifAvailable: true }, (lock) => (lock ? run() : 'busy'));
}

/** Is a page syncing live (or a background run going) right now? Lets the background skip a tick without starting one. */
export async function isTeamSyncHeld(): Promise<boolean> {
  const api = locks();
  if (!api) return false;
  const { held = [] } = await api.query();
  return held.some((lock) => lock.name === LOCK);
}
