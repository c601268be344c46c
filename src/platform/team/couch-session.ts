// A fetch for PouchDB that opens a CouchDB session (POST /_session, the AuthSession cookie) instead of sending the
// password with every request. The browser keeps the cookie (credentials: 'include'; the host permission makes the
// server's origin reachable without CORS). When the session has expired (401) it signs in again once with the
// stored password; a refused first sign-in is a wrong password, any refused sign-in after this session once signed
// in is "session expired" (the password changed meanwhile), a network failure an unreachable server. check() asks
// the server whether the cookie still holds: a live pull's long poll can stay open for hours without a new request.
import { serverOrigin, TeamSyncError, type TeamConnection } from '../../domain/team/connection';

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface CouchSession {
  fetch: FetchLike;
  /** Signs in afresh (a new session cookie). */
  signIn: () => Promise<{ name: string; roles: string[] }>;
  /** Signs in unless this session already has. */
  ensureSignedIn: () => Promise<{ name: string; roles: string[] }>;
  signOut: () => Promise<void>;
  /** The last failure this session saw (PouchDB wraps errors from fetch in its own). */
  lastError: () => TeamSyncError | null;
  /** Asks the server (GET /_session) whether the cookie still signs us in, and signs in again when it does not. */
  check: () => Promise<void>;
}

export function couchSession(connection: TeamConnection, baseFetch: FetchLike = (i, init) => fetch(i, init)): CouchSession {
  const origin = serverOrigin(connection.server);
  let signedIn: Promise<{ name: string; roles: string[] }> | null = null;
  let lastError: TeamSyncError | null = null;
  let everSignedIn = false;
  // A refused sign-in is not retried on PouchDB's behalf (its in-flight requests and retries would each try the
  // stale password again): only an explicit signIn(), the rep's, tries again.
  let refused: TeamSyncError | null = null;
  const failed = (err: TeamSyncError): never => { lastError = err; throw err; };

  async function send(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
    try {
      return await baseFetch(input, { ...init, credentials: 'include' });
    } catch (err) {
      return failed(new TeamSyncError('unreachable', (err as Error).message));
    }
  }

  async function signIn() {
    const res = await send(`${origin}/_session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ name: connection.user, password: connection.password }),
    });
    // Signed in before, refused now: the password changed (or the account went) since the session began.
    if (res.status === 401) failed(refused = new TeamSyncError(everSignedIn ? 'session-expired' : 'wrong-password'));
    if (!res.ok) failed(new TeamSyncError('server', `sign-in answered ${res.status}`));
    const body = (await res.json()) as { name?: string; roles?: string[] };
    everSignedIn = true;
    return { name: body.name ?? connection.user, roles: body.roles ?? [] };
  }

  const ensureSignedIn = () => {
    if (refused) { lastError = refused; return Promise.reject(refused); }
    return (signedIn ??= signIn().catch((err: unknown) => { signedIn = null; throw err; }));
  };

  /**
   * PouchDB's fetch. A refused sign-in is answered as the server's own 401 (lastError() says which kind): PouchDB
   * handles an HTTP error on every path, while an exception thrown from fetch escapes some of its internal promises.
   */
  async function pouchFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
    try {
      return await sessionFetch(input, init);
    } catch (err) {
      if (!(err instanceof TeamSyncError) || err.kind === 'unreachable') throw err;
      return new Response(JSON.stringify({ error: 'unauthorized', reason: err.kind }), { status: 401, headers: { 'content-type': 'application/json' } });
    }
  }

  async function sessionFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
    await ensureSignedIn();
    const first = await send(input, init);
    if (first.status !== 401) { lastError = null; return first; }
    // The session cookie expired (or the server restarted and forgot it): sign in again, once.
    signedIn = null;
    await ensureSignedIn();
    const again = await send(input, init);
    if (again.status === 401) failed(new TeamSyncError('not-member'));
    lastError = null;
    return again;
  }

  async function check(): Promise<void> {
    await ensureSignedIn();
    const res = await send(`${origin}/_session`, { headers: { accept: 'application/json' } });
    const body = res.ok ? (await res.json()) as { userCtx?: { name?: string | null } } : {};
    if (body.userCtx?.name) { lastError = null; return; }
    signedIn = null;
    await ensureSignedIn();
    lastError = null;
  }

  return {
    fetch: pouchFetch,
    lastError: () => lastError,
    check,
    signIn: () => { signedIn = null; refused = null; return ensureSignedIn(); },
    ensureSignedIn,
    signOut: async () => {
      signedIn = null;
      await send(`${origin}/_session`, { method: 'DELETE' }).catch(() => undefined);
    },
  };
}
