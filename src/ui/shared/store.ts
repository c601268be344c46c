// What the extension pages read from IndexedDB. Extension pages may read Dexie directly; writes that need
// segment matching or timelines go through the background.
import type { ProspectRecord } from '../../db/database';
import { database, prospectsRepo, segmentsRepo, settingsRepo } from '../../db/default-database';
import { TasksRepo } from '../../db/tasks-repo';
import { CallsRepo } from '../../db/calls-repo';
import { NotesRepo } from '../../db/notes-repo';
import { HandoffsRepo } from '../../db/handoffs-repo';
import { currentHandoff, isOpen, type Handoff } from '../../domain/handoff/handoff';
import type { Activity } from '../../domain/activity';
import type { Segment } from '../../domain/segments/segment-schema';
import type { FollowUpTask } from '../../domain/tasks';
import type { Call, CallOutcomeOption } from '../../domain/calls';
import { openMessageSender } from '../../platform/open-message';

export const store = {
  getProspect: async (id: string): Promise<ProspectRecord | null> => (await prospectsRepo().get(id)) ?? null,
  /** The prospect the page in this tab identifies (a mail page: the open message's sender, once captured). */
  prospectForTab: async (tab: { id: number; url: string }): Promise<ProspectRecord | null> => {
    const sender = await openMessageSender(tab.id, tab.url);
    return (await prospectsRepo().findByUrl(tab.url, sender ? { sender } : {})) ?? null;
  },
  /** `signal`: type-ahead aborts the search of a keystroke a newer one replaced. */
  searchProspects: (query: string, limit: number, signal?: AbortSignal): Promise<ProspectRecord[]> =>
    prospectsRepo().search(query, { limit, ...(signal ? { signal } : {}) }),
  recentProspects: (limit: number): Promise<ProspectRecord[]> => prospectsRepo().recent(limit),
  segments: (): Promise<Segment[]> => segmentsRepo().list(),
  callOutcomes: (): Promise<CallOutcomeOption[]> => settingsRepo().get('callOutcomes'),
  /** The earliest `limit` open follow-ups due today or overdue. */
  followUpsDueToday: (limit: number): Promise<FollowUpTask[]> => new TasksRepo(database()).dueToday(undefined, { limit }),
  /** Counted up to `upTo` (the popup shows "99+" beyond), so the count costs the same at any table size. */
  countFollowUpsDueToday: (upTo: number): Promise<number> => new TasksRepo(database()).countDueToday(undefined, { upTo }),
  /** Full names by prospect id, in one read of just these rows. */
  prospectNames: async (ids: string[]): Promise<Record<string, string>> => {
    const rows = await database().prospects.bulkGet(ids);
    return Object.fromEntries(rows.flatMap((row) => (row ? [[row.id, row.fullName] as const] : [])));
  },
  callsForProspect: (id: string, limit = 5): Promise<Call[]> => new CallsRepo(database()).forProspect(id, limit),
  /** Hand-offs waiting for me (Settings → Team, "this is me") to accept or return, oldest first. */
  handoffsForMe: (): Promise<Handoff[]> => new HandoffsRepo(database()).offeredToMe(),
  /** The segment marketing asked to use with this prospect, while its hand-off is open (null when none). */
  handoffSegmentId: async (prospectId: string): Promise<string | null> => {
    const current = currentHandoff(await new HandoffsRepo(database()).forProspect(prospectId));
    return current && isOpen(current) ? current.segmentId ?? null : null;
  },
  /** The prospect's notes, newest first. */
  notesOf: (id: string): Promise<Activity[]> => new NotesRepo(database()).list(id),
};
