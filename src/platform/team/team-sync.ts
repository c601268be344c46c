// Team sync: a PouchDB replica of the team database, kept apart from Segue's own Dexie database, replicated with
// the server by PouchDB (checkpoints in _local documents on both sides, retries with backoff, local writes queued
// until the server is reachable), and mirrored into Dexie from the replica's changes feed (db/team-mirror.ts).
// Live sync runs in an open Segue page and holds the team-sync lock shared; the background's sync on an alarm runs
// only when no page holds it (sync-lock.ts), so two replications never write the same checkpoints at once.
import type { SegueDatabase } from '../../db/database';
import { mirrorTeamChanges, type MirroredChange } from '../../db/team-mirror';
import { CALLS_PUBLISHED_SETTING, callsToPublish, markCallsPublished, watchCalls } from '../../db/team-outbox';
import { activityFromCall, activityFromStageChange } from '../../domain/team/activity-from-call';
import { resolveConflict } from '../../domain/team/conflicts';
import { databaseUrl, TeamSyncError, type TeamConnection, type TeamErrorKind } from '../../domain/team/connection';
import type { TeamDoc } from '../../domain/team/team-docs';
import { couchSession, type CouchSession, type FetchLike } from './couch-session';
import { loadPouch, type PouchDatabase, type PouchDoc, type PouchStatic, type PouchSync } from './pouch';
import { holdTeamSyncShared } from './sync-lock';
import { publishHandoffs, pruneSettledConflict, type TeamWriter } from './team-publish';
import { watchHandoffs } from '../../db/team-outbox';

export const MIRROR_SEQ_SETTING = 'teamMirrorSeq';
const MIRROR_BATCH = 500;

export type TeamSyncState = 'idle' | 'syncing' | 'live' | 'waiting' | 'error';

export interface TeamSyncStatus {
  state: TeamSyncState;
  error?: TeamErrorKind;
  /** Writes the server refused (its rules), since this sync started. */
  denied: number;
  lastSyncAt?: number;
}

export interface TeamSyncOptions {
  connection: TeamConnection;
  database: SegueDatabase;
  fetch?: FetchLike;
  /** PouchDB's adapter for the replica: 'idb' in the extension. */
  adapter?: string;
  pouch?: PouchStatic;
  onStatus?: (status: TeamSyncStatus) => void;
  /** Called after team documents were mirrored into Dexie (the background refreshes the hand-off badge). */
  onMirrored?: (count: number) => void;
  now?: () => number;
  /**
   * How often live sync asks the server whether the session still holds. The live pull waits in one long poll
   * while nothing changes, so without this an expired session (or a changed password) would go unnoticed.
   */
  sessionCheckMs?: number;
}

/** Failures that retrying with the same stored password cannot mend: live sync stops and says so. */
const CREDENTIAL_ERRORS: ReadonlySet<TeamErrorKind> = new Set(['wrong-password', 'session-expired', 'not-member']);
const SESSION_CHECK_MS = 30_000;

/** Waits 1 s, then doubles up to one minute, between attempts to reach the server. */
export function backOff(previousMs: number): number {
  return previousMs <= 0 ? 1000 : Math.min(previousMs * 2, 60_000);
}

export function replicaName(connection: Pick<TeamConnection, 'server' | 'database' | 'user'>): string {
  return `segue-team:${new URL(connection.server).host}/${connection.database}:${connection.user}`;
}

export class TeamSync implements TeamWriter {
  private live: PouchSync | null = null;
  private mirroring: Promise<number> = Promise.resolve(0);
  private status: TeamSyncStatus = { state: 'idle', denied: 0 };
  /** Set by stop(): a change event that arrives late starts no new mirroring. */
  private stopped = false;
  private unwatchCalls: (() => void) | null = null;
  private sessionTimer: ReturnType<typeof setInterval> | null = null;
  private releaseLock: (() => void) | null = null;
  private unwatchHandoffs: (() => void) | null = null;
  private handoffsOut: Promise<number> = Promise.resolve(0);
  /** The signed-in user's CouchDB roles (from the session's userCtx). */
  roles: string[] = [];

  private constructor(
    readonly replica: PouchDatabase,
    private readonly remote: PouchDatabase,
    readonly session: CouchSession,
    private readonly options: TeamSyncOptions,
  ) {}

  static async open(options: TeamSyncOptions): Promise<TeamSync> {
    const Pouch = options.pouch ?? await loadPouch();
    const session = couchSession(options.connection, options.fetch);
    const replica = new Pouch(replicaName(options.connection), { adapter: options.adapter ?? 'idb', auto_compaction: true });
    const remote = new Pouch(databaseUrl(options.connection), { fetch: session.fetch, skip_setup: true });
    return new TeamSync(replica, remote, session, options);
  }

  get user(): string {
    return this.options.connection.user;
  }

  get database(): SegueDatabase {
    return this.options.database;
  }

  private async signedIn(): Promise<void> {
    this.roles = (await this.session.ensureSignedIn()).roles;
  }

  /** This machine's hand-offs the team has not seen in their state (offers by marketing, answers by the owner). */
  publishHandoffs(): Promise<number> {
    this.handoffsOut = this.handoffsOut.catch(() => 0).then(() => publishHandoffs(this, this.now()));
    return this.handoffsOut;
  }

  current(): TeamSyncStatus {
    return this.status;
  }

  private report(patch: Partial<TeamSyncStatus>): void {
    this.status = { ...this.status, ...patch };
    if (patch.state && patch.state !== 'error') delete this.status.error;
    this.options.onStatus?.(this.status);
  }

  private failure(err: unknown): TeamSyncError {
    if (err instanceof TeamSyncError) return err;
    const fromSession = this.session.lastError();
    if (fromSession) return fromSession;
    const status = (err as { status?: number }).status;
    if (status === 403 || status === 401) return new TeamSyncError('not-member');
    return new TeamSyncError('unreachable', (err as Error)?.message ?? String(err));
  }

  /** One round trip: signs in, pulls and pushes everything pending, mirrors. For the alarm when nothing is live. */
  async syncOnce(): Promise<{ pulled: number; pushed: number; denied: number; mirrored: number }> {
    this.stopped = false;
    this.report({ state: 'syncing' });
    try {
      await this.signedIn();
      await this.publishCalls();
      await this.publishHandoffs();
      const result = await this.replica.sync(this.remote, { batch_size: 500 });
      const denied = (result.push?.doc_write_failures ?? 0);
      const mirrored = await this.mirror();
      this.report({ state: 'idle', denied: this.status.denied + denied, lastSyncAt: this.now() });
      return { pulled: result.pull?.docs_written ?? 0, pushed: result.push?.docs_written ?? 0, denied, mirrored };
    } catch (err) {
      const failure = this.failure(err);
      this.report({ state: 'error', error: failure.kind });
      throw failure;
    }
  }

  /** Live replication while Segue is awake: changes arrive as they happen, and failed attempts are retried with backoff. */
  async startLive(): Promise<void> {
    if (this.live) return;
    this.stopped = false;
    try {
      await this.signedIn();
    } catch (err) {
      const failure = this.failure(err);
      this.report({ state: 'error', error: failure.kind });
      throw failure;
    }
    this.releaseLock ??= holdTeamSyncShared();
    const live = this.replica.sync(this.remote, { live: true, retry: true, batch_size: 500, back_off_function: backOff });
    this.live = live;
    // Failures arrive as events below; the promise also rejects when a cancelled sync ends mid-request.
    live.catch(() => undefined);
    await this.publishCalls();
    this.unwatchCalls = watchCalls(this.options.database, () => void this.publishCalls());
    await this.publishHandoffs().catch(() => 0);
    this.unwatchHandoffs = watchHandoffs(this.options.database, () => void this.publishHandoffs().catch(() => 0));
    live.on('change', (info) => {
      if (info.direction === 'pull') void this.mirror();
      const denied = info.change.doc_write_failures ?? 0;
      if (denied) this.report({ denied: this.status.denied + denied });
    });
    // PouchDB's two-way sync drops the error from its 'paused' event: the session remembers the last failure.
    live.on('paused', (err) => {
      const failure = err ? this.failure(err) : this.session.lastError();
      if (failure) this.failed(failure);
      else this.report({ state: 'live', lastSyncAt: this.now() });
    });
    live.on('active', () => {
      if (!(this.status.error && CREDENTIAL_ERRORS.has(this.status.error))) this.report({ state: 'live' });
    });
    live.on('denied', () => this.report({ denied: this.status.denied + 1 }));
    live.on('error', (err) => {
      this.live = null;
      this.report({ state: 'error', error: this.failure(err).kind });
    });
    this.sessionTimer = setInterval(() => {
      this.session.check().catch((err: unknown) => this.failed(this.failure(err)));
    }, this.options.sessionCheckMs ?? SESSION_CHECK_MS);
  }

  /** A failure during live sync: the server being away is waited out; refused credentials stop live sync. */
  private failed(failure: TeamSyncError): void {
    if (!CREDENTIAL_ERRORS.has(failure.kind)) {
      this.report({ state: failure.kind === 'unreachable' ? 'waiting' : 'error', error: failure.kind });
      return;
    }
    this.stopLive();
    this.report({ state: 'error', error: failure.kind });
  }

  private stopLive(): void {
    if (this.sessionTimer) clearInterval(this.sessionTimer);
    this.sessionTimer = null;
    this.unwatchCalls?.();
    this.unwatchCalls = null;
    this.unwatchHandoffs?.();
    this.unwatchHandoffs = null;
    this.live?.cancel();
    this.live = null;
    this.releaseLock?.();
    this.releaseLock = null;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopLive();
    await this.mirroring;
    this.report({ state: 'idle' });
  }

  /** Stops and closes both databases (a sync that ran once in the background and is done). */
  async close(): Promise<void> {
    await this.stop();
    await this.replica.close();
    await this.remote.close();
  }

  /**
   * The rep's calls logged and stage moves made since joining, as team activity in the replica (queued there while offline; sent by the
   * live or the next sync). Ids come from the calls, so a call published twice stays one document.
   */
  async publishCalls(): Promise<number> {
    const { calls, stageChanges, privacy, upTo } = await callsToPublish(this.options.database, this.now());
    const user = this.options.connection.user;
    const docs = [
      ...calls.map(({ call, ...context }) => activityFromCall(call, user, privacy, context)),
      ...stageChanges.flatMap(({ entry, ...context }) => activityFromStageChange(entry, user, privacy, context) ?? []),
    ];
    let added = 0;
    for (const doc of docs) {
      try {
        await this.replica.put(doc as unknown as PouchDoc);
        added++;
      } catch (err) {
        if ((err as { status?: number }).status !== 409) throw err;
      }
    }
    await markCallsPublished(this.options.database, upTo);
    return added;
  }

  /** Queues a document in the replica; it reaches the server on the next (or the live) sync. */
  async write(doc: TeamDoc): Promise<string> {
    const saved = await this.replica.put(doc as unknown as PouchDoc);
    return saved.rev;
  }

  /** Mirrors the replica's changes since the last mirrored sequence into Dexie, one batch at a time, serially. */
  mirror(): Promise<number> {
    if (this.stopped && !this.live) return this.mirroring;
    this.mirroring = this.mirroring.catch(() => 0).then(() => this.mirrorPending());
    return this.mirroring;
  }

  private async mirrorPending(): Promise<number> {
    const db = this.options.database;
    let total = 0;
    for (;;) {
      if (this.stopped) return total;
      const since = ((await db.settings.get(MIRROR_SEQ_SETTING))?.value as number | string | undefined) ?? 0;
      const { results, last_seq: lastSeq } = await this.replica.changes({ since, include_docs: true, conflicts: true, limit: MIRROR_BATCH });
      if (results.length === 0) return total;
      const changes: MirroredChange[] = [];
      for (const change of results) {
        if (change.id.startsWith('_design/')) continue;
        if (change.deleted || !change.doc) { changes.push({ id: change.id, deleted: true, resolution: null }); continue; }
        const revisions = await this.revisions(change.doc);
        const resolution = resolveConflict(revisions);
        changes.push({ id: change.id, deleted: false, resolution });
        if (resolution.kind === 'winner' && revisions.length > 1 && this.roles.includes('marketing')) {
          await pruneSettledConflict(this.replica, revisions, resolution.doc);
        }
      }
      const mirrored = await mirrorTeamChanges(db, changes, { user: this.options.connection.user, ...(this.options.now ? { now: this.options.now } : {}) });
      total += mirrored;
      await db.settings.put({ key: MIRROR_SEQ_SETTING, value: lastSeq });
      if (mirrored) this.options.onMirrored?.(mirrored);
    }
  }

  private async revisions(doc: PouchDoc): Promise<TeamDoc[]> {
    const { _conflicts: conflicts = [], ...winner } = doc;
    const losers = await Promise.all(conflicts.map((rev) => this.replica.get(doc._id, { rev })));
    return [winner, ...losers] as unknown as TeamDoc[];
  }

  /** "Leave team": stops syncing, signs out and deletes the replica. */
  async destroy(): Promise<void> {
    await this.stop();
    await this.session.signOut();
    await this.replica.destroy();
    await this.options.database.settings.bulkDelete([MIRROR_SEQ_SETTING, CALLS_PUBLISHED_SETTING]);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
