import { describe, expect, it } from 'vitest';
import { couchSession, type FetchLike } from '../../../../src/platform/team/couch-session';
import type { TeamConnection } from '../../../../src/domain/team/connection';

const connection = { server: 'http://127.0.0.1:5984', database: 'acme-team', user: 'rob', password: 'r-pass' } as TeamConnection;

/** A server whose password can change: the session cookie stops working at once, as on CouchDB. */
function fakeCouch() {
  let password = 'r-pass';
  let cookieValid = false;
  const log: string[] = [];
  const fetch: FetchLike = async (input, init = {}) => {
    const url = new URL(String(input));
    const method = init.method ?? 'GET';
    log.push(`${method} ${url.pathname}`);
    if (url.pathname === '/_session' && method === 'POST') {
      const body = JSON.parse(String(init.body)) as { password: string };
      cookieValid = body.password === password;
      return cookieValid ? Response.json({ ok: true, name: 'rob', roles: ['rep'] }) : Response.json({ error: 'unauthorized' }, { status: 401 });
    }
    return cookieValid ? Response.json({ ok: true }) : Response.json({ error: 'unauthorized' }, { status: 401 });
  };
  return { fetch, log, changePassword: (next: string) => { password = next; cookieValid = false; } };
}

describe('couch session', () => {
  it('signs in once and reuses the session cookie', async () => {
    const couch = fakeCouch();
    const session = couchSession(connection, couch.fetch);
    expect((await session.fetch(`${connection.server}/acme-team`)).status).toBe(200);
    expect((await session.fetch(`${connection.server}/acme-team/_changes`)).status).toBe(200);
    expect(couch.log.filter((l) => l === 'POST /_session')).toHaveLength(1);
  });

  it('says "wrong password" when the first sign-in is refused', async () => {
    const couch = fakeCouch();
    couch.changePassword('other');
    const session = couchSession(connection, couch.fetch);
    expect((await session.fetch(`${connection.server}/acme-team`)).status).toBe(401);
    expect(session.lastError()?.kind).toBe('wrong-password');
  });

  it('after the password changed, says "session expired" and stops signing in until asked to sign in again', async () => {
    const couch = fakeCouch();
    const session = couchSession(connection, couch.fetch);
    await session.fetch(`${connection.server}/acme-team`);
    couch.changePassword('r-pass-2');
    expect((await session.fetch(`${connection.server}/acme-team/_changes`)).status).toBe(401);
    expect(session.lastError()?.kind).toBe('session-expired');
    const signIns = () => couch.log.filter((l) => l === 'POST /_session').length;
    const before = signIns();
    // Requests PouchDB already had in flight, and its retries, are answered without another refused sign-in.
    expect((await session.fetch(`${connection.server}/acme-team/_changes`)).status).toBe(401);
    await expect(session.check()).rejects.toMatchObject({ kind: 'session-expired' });
    expect(signIns()).toBe(before);

    // The rep's explicit sign-in (Settings → Team) tries again.
    couch.changePassword('r-pass');
    await expect(session.signIn()).resolves.toMatchObject({ name: 'rob' });
    expect((await session.fetch(`${connection.server}/acme-team`)).status).toBe(200);
  });
});
