// Team sync while no Segue page is open (part of the one protocol map, see protocol.ts): Chrome's offscreen
// document asks the background for its job and reports the run; pages that sync live say when they mirrored
// team documents, so the background refreshes the hand-off badge.
import type { BackgroundSyncRun, TeamSyncJob } from '../domain/team/sync-schedule';

export interface TeamSyncProtocol {
  /** The job for the offscreen document (connection included), or null when no team is configured any more. */
  'teamSync.job': { request: Record<string, never>; response: { job: TeamSyncJob | null } };
  /** The offscreen document's run is over: record it, close the document, refresh the badge. */
  'teamSync.finished': { request: { run: BackgroundSyncRun }; response: { recorded: true } };
  /** A page's live sync mirrored team documents (hand-offs may have changed). */
  'teamSync.mirrored': { request: Record<string, never>; response: { refreshed: true } };
}
