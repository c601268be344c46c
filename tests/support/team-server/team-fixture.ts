// One team on a fresh test server, as `segue team init` sets it up: the database, its rules, and the users the
// team tests sign in as (maria in marketing, rob a rep, plus any a test adds). Every team test starts here.
import { teamInit } from '../../../src/cli/commands/team';
import { startTeamServer, type TeamServer } from './team-server';
import { cookieFetch } from './cookie-fetch';

export interface TeamUser { name: string; password: string; role: 'marketing' | 'rep' }

export const MARIA: TeamUser = { name: 'maria', password: 'm-pass', role: 'marketing' };
export const ROB: TeamUser = { name: 'rob', password: 'r-pass', role: 'rep' };

export async function startTeam(db: string, users: TeamUser[] = [MARIA, ROB]): Promise<TeamServer> {
  const server = await startTeamServer();
  try {
    await teamInit({
      url: new URL(server.url), admin: { name: server.admin, password: server.password }, db, users,
      fetch: cookieFetch().fetch as typeof fetch,
    });
  } catch (err) {
    await server.stop();
    throw err;
  }
  return server;
}
