// A team connection as the rep enters it (Settings → Team) or enterprise policy sets it, and its checks.

/**
 * What the manifest lets Segue ask for at run time so it can reach a team server at an address only the rep knows:
 * Segue requests exactly one origin from it (originPermission) when the rep joins, and removes it when they leave.
 */
export const TEAM_SERVER_PERMISSIONS = ['https://*/*', 'http://*/*'] as const;

export interface TeamConnection {
  /** The server's address, e.g. https://couch.example.com (no path, no credentials). */
  server: string;
  database: string;
  user: string;
  password: string;
}

export type TeamErrorKind = 'wrong-password' | 'session-expired' | 'unreachable' | 'not-member' | 'forbidden' | 'server' | 'bad-address';

/** A team sync failure the rep can act on; `kind` picks the message shown (team.json: team_error_<kind>). */
export class TeamSyncError extends Error {
  constructor(public readonly kind: TeamErrorKind, detail = '') {
    super(detail ? `${kind}: ${detail}` : kind);
    this.name = 'TeamSyncError';
  }
}

/** The origin of the server (the one host permission Segue asks for), or an error kind. */
export function serverOrigin(server: string): string {
  let url: URL;
  try { url = new URL(server.trim()); } catch { throw new TeamSyncError('bad-address', server); }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TeamSyncError('bad-address', server);
  if (url.username || url.password) throw new TeamSyncError('bad-address', 'credentials belong in the user name and password fields');
  return url.origin;
}

/** The host permission pattern for that one origin, e.g. https://couch.example.com/* (ports are not part of a match pattern). */
export function originPermission(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

export function databaseUrl(connection: Pick<TeamConnection, 'server' | 'database'>): string {
  return `${serverOrigin(connection.server)}/${encodeURIComponent(connection.database)}`;
}
