// The team connection, credentials included, in storage.local only: never in Dexie (so never in a backup), never
// logged. Removed by "Leave team".
import { browser } from '../browser';
import type { TeamConnection } from '../../domain/team/connection';

const KEY = 'teamConnection';

export async function readTeamConnection(): Promise<TeamConnection | null> {
  const got = (await browser.storage.local.get(KEY)) as { [KEY]?: TeamConnection };
  return got[KEY] ?? null;
}

export async function saveTeamConnection(connection: TeamConnection): Promise<void> {
  await browser.storage.local.set({ [KEY]: connection });
}

export async function forgetTeamConnection(): Promise<void> {
  await browser.storage.local.remove(KEY);
}
