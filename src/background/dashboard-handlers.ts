// The background's answers to the dashboard's messages (protocol-dashboard.ts). Every write of the options page
// lands here, so segment matching, timelines and imports run in one place (the service worker).
import { CompaniesRepo } from '../db/companies-repo';
import { ALL_TABLES, newId, type SegueDatabase } from '../db/database';
import { database } from '../db/default-database';
import { runImport } from '../db/import/run-import';
import { importBackup, parseBackup } from '../db/import/backup-import';
import { planImport } from '../db/import/preview';
import type { ColumnMapping } from '../db/import/column-mapping';
import { ProspectsRepo } from '../db/prospects-repo';
import { SegmentsRepo } from '../db/segments-repo';
import { SettingsRepo, type SenderProfile } from '../db/settings-repo';
import { TasksRepo } from '../db/tasks-repo';
import { CallsRepo } from '../db/calls-repo';
import { loggedCallProblem } from '../domain/calls';
import { withQuotaGuard } from '../db/storage-health';
import type { ProspectFields } from '../domain/prospect';
import { compileSegments } from '../domain/segments/match';
import type { Segment } from '../domain/segments/segment-schema';
import { starterSegments } from '../domain/segments/starter-segments';
import { safeWebUrl } from '../domain/prospect';
import type { Handlers } from '../messaging/router';
import { IMPORT_PROGRESS_KEY, type DashboardProtocol, type ImportProgress, type ProspectPatch } from '../messaging/protocol-dashboard';
import { browser } from '../platform/browser';
import { REMATCH_PROGRESS_KEY, type RematchProgress } from '../messaging/protocol-rematch';
import { rearmAllReminders, snoozeTask, syncReminders } from './reminders';
import { matchedSegmentIds, rematchProspects } from './rematch-prospects';

export { REMATCH_PAGE_SIZE, matchedSegmentIds } from './rematch-prospects';

export interface DashboardDeps {
  db: () => SegueDatabase;
  now: () => number;
  /** Where import progress is published (browser.storage.session in the extension). */
  publishProgress: (progress: ImportProgress) => Promise<void>;
  readProgress: () => Promise<ImportProgress | undefined>;
  /** Where re-match progress is published (browser.storage.session in the extension). */
  publishRematch: (progress: RematchProgress) => Promise<void>;
  starterSegments: (playbook?: string) => readonly unknown[];
  /** The reminder scheduler, told after every write that touches follow-up tasks. */
  reminders: {
    sync: (taskIds: Iterable<string>) => Promise<void>;
    rearmAll: () => Promise<unknown>;
    snooze: typeof snoozeTask;
  };
}

const defaultDeps: DashboardDeps = {
  db: database,
  now: Date.now,
  publishProgress: (progress) => browser.storage.session.set({ [IMPORT_PROGRESS_KEY]: progress }),
  readProgress: async () => (await browser.storage.session.get(IMPORT_PROGRESS_KEY))[IMPORT_PROGRESS_KEY] as ImportProgress | undefined,
  publishRematch: (progress) => browser.storage.session.set({ [REMATCH_PROGRESS_KEY]: progress }),
  starterSegments,
  reminders: { sync: syncReminders, rearmAll: () => rearmAllReminders(), snooze: snoozeTask },
};

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

/** Matches every prospect against every current segment again (see rematchProspects). Returns how many changed. */
export async function rematchAllProspects(db: SegueDatabase, onProgress?: (progress: RematchProgress) => void): Promise<number> {
  return rematchProspects(db, onProgress ? { onProgress } : {});
}

/** null in a patch means "clear this field". */
function fromPatch(patch: ProspectPatch): Partial<ProspectFields> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) out[key] = value === null ? undefined : value;
  return out as Partial<ProspectFields>;
}

export function checkSender(sender: SenderProfile): SenderProfile {
  const clean: SenderProfile = {
    name: String(sender?.name ?? '').trim(),
    title: String(sender?.title ?? '').trim(),
    company: String(sender?.company ?? '').trim(),
    email: String(sender?.email ?? '').trim(),
    phone: String(sender?.phone ?? '').trim(),
    signature: String(sender?.signature ?? '').replace(/\r\n?/g, '\n').trim(),
    meetingLink: String(sender?.meetingLink ?? '').trim(),
    country: String(sender?.country ?? '').trim().toUpperCase(),
  };
  if (clean.country && !/^[A-Z]{2}$/.test(clean.country)) throw new Error('The country must be a two-letter country code such as DE or US.');
  if (clean.meetingLink && !/^https:\/\/[^\s/$.?#].[^\s]*$/i.test(clean.meetingLink)) {
    throw new Error('The meeting link must be a full https:// address.');
  }
  if (clean.signature.length > 2000) throw new Error('The signature must be at most 2000 characters.');
  return clean;
}

export function dashboardHandlers(overrides: Partial<DashboardDeps> = {}): Pick<Handlers, keyof DashboardProtocol> {
  const deps: DashboardDeps = { ...defaultDeps, ...overrides };
  const db = () => deps.db();
  const prospects = () => new ProspectsRepo(db(), deps.now);
  const segments = () => new SegmentsRepo(db());
  const settings = () => new SettingsRepo(db());
  const tasks = () => new TasksRepo(db(), deps.now);
  const calls = () => new CallsRepo(db(), deps.now);
  /** Matches again after a segment change: only what the change can affect, publishing progress as it goes. */
  const rematchSince = (before: readonly Segment[]) =>
    rematchProspects(db(), { before, now: deps.now, onProgress: (p) => void deps.publishRematch(p).catch(() => undefined) });
  const checkCall = async (call: Parameters<typeof loggedCallProblem>[0]) => {
    const problem = loggedCallProblem(call, deps.now(), await settings().get('callOutcomes'));
    if (problem) throw new Error(problem);
  };

  /** Runs an import job after answering, publishing its progress; the page follows it through storage.session. */
  const startJob = (kind: ImportProgress['kind'], total: number, work: (report: (p: Partial<ImportProgress>) => void) => Promise<Partial<ImportProgress>>) => {
    const jobId = newId();
    let progress: ImportProgress = { jobId, kind, phase: 'running', done: 0, total, created: 0, merged: 0, unchanged: 0, skipped: 0, startedAt: deps.now() };
    const publish = (patch: Partial<ImportProgress>) => {
      progress = { ...progress, ...patch };
      void deps.publishProgress(progress).catch(() => undefined);
    };
    publish({});
    const done = (async () => {
      try {
        const result = await withQuotaGuard(() => work(publish));
        publish({ ...result, phase: 'done', finishedAt: deps.now() });
      } catch (err) {
        publish({ phase: 'failed', error: err instanceof Error ? err.message : String(err), finishedAt: deps.now() });
      }
    })();
    jobs.set(jobId, done);
    void done.finally(() => jobs.delete(jobId));
    return { jobId, total };
  };

  return {
    'prospects.update': async ({ id, patch, stage }) => {
      const repo = prospects();
      if (!(await repo.get(id))) throw new Error('This prospect no longer exists (it may have been deleted).');
      if (patch && 'fullName' in patch && !patch.fullName?.trim()) throw new Error('A prospect needs a name.');
      if (patch?.website && !safeWebUrl(patch.website)) throw new Error('The website must be a web address starting with https:// or http://.');
      for (const [network, url] of Object.entries(patch?.profiles ?? {})) {
        if (url && !safeWebUrl(url)) throw new Error(`The ${network} profile must be a web address starting with https:// or http://.`);
      }
      return withQuotaGuard(async () => {
        if (patch && Object.keys(patch).length) await repo.update(id, fromPatch(patch));
        if (stage) await repo.updateStage(id, stage);
        const record = (await repo.get(id))!;
        const ids = matchedSegmentIds(compileSegments(await segments().list()), record, await new CompaniesRepo(deps.db()).forProspect(record));
        if (!sameIds(ids, record.segmentIds)) await repo.setSegmentIds(id, ids);
        return { prospect: { ...record, segmentIds: ids } };
      });
    },
    'prospects.bulkUpdate': async ({ ids, change }) => withQuotaGuard(() => prospects().bulkUpdate(ids, change)),
    'prospects.bulkDelete': async ({ ids }) => {
      const { deleted, undo } = await prospects().bulkDelete(ids);
      await deps.reminders.sync(undo.tasks.map((task) => task.id));
      return { deleted: deleted.length, undo };
    },
    'prospects.undoMerge': async ({ activityId }) => withQuotaGuard(async () => {
      const repo = prospects();
      const result = await repo.undoMerge(activityId);
      const ids = matchedSegmentIds(compileSegments(await segments().list()), result.prospect, await new CompaniesRepo(deps.db()).forProspect(result.prospect));
      if (!sameIds(ids, result.prospect.segmentIds)) await repo.setSegmentIds(result.prospect.id, ids);
      return { ...result, prospect: { ...result.prospect, segmentIds: ids } };
    }),
    'prospects.restore': async ({ undo }) => {
      await withQuotaGuard(() => prospects().restore(undo));
      await deps.reminders.sync(undo.tasks.map((task) => task.id));
      return { restored: undo.prospects.length };
    },

    'segments.save': async ({ segment }) => {
      const input = segment && typeof segment === 'object' ? { ...(segment as Segment), updatedAt: deps.now() } : segment;
      const before = await segments().list();
      const result = await withQuotaGuard(() => segments().save(input));
      if (!result.ok) return result;
      return { ok: true, segment: result.segment, rematched: await rematchSince(before) };
    },
    'segments.delete': async ({ id }) => {
      const repo = segments();
      const before = await repo.list();
      const segment = (await repo.get(id)) ?? null;
      await repo.delete(id);
      return { segment, rematched: segment ? await rematchSince(before) : 0 };
    },
    'segments.import': async ({ segments: file }) => {
      const list = file && typeof file === 'object' && !Array.isArray(file) && 'segments' in file ? (file as { segments: unknown }).segments : file;
      const before = await segments().list();
      const result = await withQuotaGuard(() => segments().importAll(list, deps.now()));
      if (!result.ok) return result;
      return { ...result, rematched: await rematchSince(before) };
    },
    'segments.resetStarter': async () => {
      const before = await segments().list();
      // The playbook the rep chose in the first-run setup (the default one until they choose).
      const list = await segments().resetToStarterSet(deps.starterSegments((await settings().get('offer')).playbook || undefined));
      return { segments: list.length, rematched: await rematchSince(before) };
    },

    'settings.setSender': async ({ sender }) => {
      const clean = checkSender(sender);
      await settings().set('sender', clean);
      const onboarding = await settings().get('onboarding');
      if (!onboarding.sendersSet && clean.name) await settings().patch('onboarding', { sendersSet: true });
      return { sender: clean };
    },
    'settings.setCallOutcomes': async ({ outcomes }) => {
      const repo = settings();
      await repo.setCallOutcomes(outcomes);
      return { outcomes: await repo.get('callOutcomes') };
    },
    'settings.markBackup': async ({ at }) => {
      if (!Number.isFinite(at)) throw new Error('A backup time is needed.');
      await settings().set('lastBackupAt', at);
      return { lastBackupAt: at };
    },

    'data.importCsv': async ({ text, mapping, fileName }) => {
      // Parsed and mapped now; each chunk of rows is validated while the database writes the previous chunk.
      const plan = planImport(text, mapping as ColumnMapping);
      if (plan.fileErrors.length) throw new Error(plan.fileErrors.join(' '));
      return startJob('csv', plan.rows.total, async (report) => {
        // Every row the import writes is matched as it is written; rows it leaves alone keep their segments.
        const matcher = compileSegments(await segments().list());
        const summary = await runImport(db(), plan.rows, {
          fileName: fileName || 'file.csv',
          now: deps.now(),
          onProgress: (p) => report({ done: p.done, created: p.created, merged: p.merged }),
          segmentIdsOf: (record) => matchedSegmentIds(matcher, record),
        });
        if (summary.total === 0) throw new Error('No row of the file can be imported; fix the errors shown in the preview.');
        report({ done: plan.rows.total });
        return { created: summary.created, merged: summary.merged, unchanged: summary.unchanged, skipped: summary.skipped };
      });
    },
    'data.importBackup': async ({ text, mode }) => {
      const backup = parseBackup(text);
      return startJob('backup', backup.prospects.length, async () => {
        const summary = await importBackup(db(), text, { mode });
        // The file's segment ids may be stale (or from other segments, in upsert mode): match everyone again.
        await rematchAllProspects(db());
        await deps.reminders.rearmAll();
        return { done: summary.prospects, created: summary.prospects, segments: summary.segments, calls: summary.calls };
      });
    },
    'data.clearAll': async ({ confirm }) => {
      if (confirm !== 'DELETE') throw new Error('Type DELETE to confirm.');
      const database = db();
      await database.transaction('rw', ALL_TABLES.map((name) => database.table(name)), async () => {
        for (const name of ALL_TABLES) await database.table(name).clear();
      });
      await deps.reminders.rearmAll();
      return { cleared: true };
    },

    'calls.log': async ({ prospectId, startedAt, durationSec, outcome, notes, nextStep }) => {
      await checkCall({ startedAt, durationSec, outcome });
      const prospect = await prospects().get(prospectId);
      if (!prospect) throw new Error('This prospect no longer exists.');
      // Counted for the prospect's first matched segment, as a call from the popup counts for the one in view.
      const segmentId = prospect.segmentIds[0];
      const { call } = await withQuotaGuard(() => calls().log({
        prospectId, startedAt, durationSec, endedAt: startedAt + durationSec * 1000, outcome,
        notes: String(notes ?? '').trim(), ...(nextStep?.trim() ? { nextStep: nextStep.trim() } : {}), ...(segmentId ? { segmentId } : {}),
      }));
      return { call };
    },
    'calls.update': async ({ id, patch }) => {
      await checkCall(patch);
      if (!(await calls().get(id))) throw new Error('This call no longer exists (it may have been deleted).');
      return { call: await withQuotaGuard(() => calls().update(id, patch)) };
    },
    'calls.delete': async ({ id }) => {
      const undo = await calls().delete(id);
      if (!undo) throw new Error('This call no longer exists (it may have been deleted).');
      return { undo };
    },
    'calls.restore': async ({ undo }) => {
      await withQuotaGuard(() => calls().restore(undo));
      return { restored: true };
    },

    'tasks.create': async ({ prospectId, title, dueAt }) => {
      if (!(await prospects().get(prospectId))) throw new Error('This prospect no longer exists.');
      const task = await tasks().create({ prospectId, title, dueAt });
      await deps.reminders.sync([task.id]);
      return { task };
    },
    'tasks.setDone': async ({ id, done }) => {
      const task = done ? await tasks().markDone(id) : await tasks().undone(id);
      await deps.reminders.sync([id]);
      return { task };
    },
    'tasks.reschedule': async ({ id, dueAt }) => {
      if (!Number.isFinite(dueAt)) throw new Error('Pick a valid date and time.');
      const task = await tasks().reschedule(id, dueAt);
      await deps.reminders.sync([id]);
      return { task };
    },
    'tasks.snooze': async ({ id, until }) => {
      if (until !== 'hour' && until !== 'tomorrow') throw new Error('Snooze for an hour or until tomorrow morning.');
      return { task: await deps.reminders.snooze(id, until, deps.now()) };
    },
    'tasks.delete': async ({ id }) => {
      await tasks().delete(id);
      await deps.reminders.sync([id]);
      return { deleted: true };
    },
  };
}

/** Import jobs still running, by id (tests await them; the service worker stays alive while storage calls go on). */
const jobs = new Map<string, Promise<void>>();

export function importJob(jobId: string): Promise<void> | undefined {
  return jobs.get(jobId);
}

/**
 * Run when the service worker starts: an import still published as running belongs to a worker that was stopped
 * (jobs live in the worker's memory). Its one transaction rolled back, so it is marked failed and interrupted, and
 * the page stops showing a progress bar that would never move again.
 */
export async function failInterruptedImport(overrides: Partial<DashboardDeps> = {}): Promise<void> {
  const deps: DashboardDeps = { ...defaultDeps, ...overrides };
  const progress = await deps.readProgress();
  if (progress?.phase !== 'running' || jobs.has(progress.jobId)) return;
  await deps.publishProgress({
    ...progress, phase: 'failed', interrupted: true, finishedAt: deps.now(),
    error: 'Segue restarted before the import finished; its transaction was rolled back.',
  });
}
