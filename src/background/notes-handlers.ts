// The background's answers to the notes messages (protocol-notes.ts): the notes repository does the work; after
// each change the prospect's segments are matched again (segment rules can read notes).
import type { SegueDatabase } from '../db/database';
import { database } from '../db/default-database';
import { NotesRepo } from '../db/notes-repo';
import { CompaniesRepo } from '../db/companies-repo';
import { ProspectsRepo } from '../db/prospects-repo';
import { SegmentsRepo } from '../db/segments-repo';
import { withQuotaGuard } from '../db/storage-health';
import { compileSegments } from '../domain/segments/match';
import type { Handlers } from '../messaging/router';
import type { NotesProtocol } from '../messaging/protocol-notes';
import { matchedSegmentIds } from './dashboard-handlers';

async function rematch(db: SegueDatabase, prospectId: string): Promise<void> {
  const prospects = new ProspectsRepo(db);
  const record = await prospects.get(prospectId);
  if (!record) return;
  const ids = matchedSegmentIds(compileSegments(await new SegmentsRepo(db).list()), record, await new CompaniesRepo(db).forProspect(record));
  if (ids.join('\n') !== record.segmentIds.join('\n')) await prospects.setSegmentIds(prospectId, ids);
}

export function notesHandlers(db: () => SegueDatabase = database, now: () => number = Date.now): Pick<Handlers, keyof NotesProtocol> {
  const notes = () => new NotesRepo(db(), now);
  return {
    'notes.add': ({ prospectId, text }) => withQuotaGuard(async () => {
      const note = await notes().add(prospectId, text);
      await rematch(db(), prospectId);
      return { note };
    }),
    'notes.edit': ({ id, text }) => withQuotaGuard(async () => {
      const note = await notes().edit(id, text);
      await rematch(db(), note.prospectId);
      return { note };
    }),
    'notes.delete': async ({ id }) => {
      const note = await notes().remove(id);
      await rematch(db(), note.prospectId);
      return { note };
    },
    'notes.restore': ({ note }) => withQuotaGuard(async () => {
      await notes().restore(note);
      await rematch(db(), note.prospectId);
      return { ok: true as const };
    }),
  };
}
