// `team init --url <server> --admin <name:password> [--db segue-team] [--marketing name:pw,…] [--reps name:pw,…]`:
// sets up a team database on CouchDB 3 or PouchDB Server. Creates the database if missing, the marketing and rep
// users that do not exist yet, the database's `_security` members and the design document with the server-side
// rules (src/domain/team/design-doc.ts). Safe to run again: it only adds what is missing and updates the rules.
import { CliError, parseArgs, printJson, type Command } from '../command';
import { teamDesignDoc, teamSecurity } from '../../domain/team/design-doc';
import { TEAM_ROLES, type TeamRole } from '../../domain/team/team-docs';

interface Account { name: string; password: string; role: TeamRole }

function credentials(value: string | true | undefined, flag: string): { name: string; password: string } {
  if (typeof value !== 'string' || !value.includes(':')) throw new CliError(`--${flag} needs name:password`, 2);
  const at = value.indexOf(':');
  const name = value.slice(0, at);
  const password = value.slice(at + 1);
  if (!name || !password) throw new CliError(`--${flag} needs name:password`, 2);
  return { name, password };
}

/** --admin name:password, or --admin name with the password in SEGUE_TEAM_ADMIN_PASSWORD (kept off the process list). */
function adminCredentials(value: string | true | undefined): { name: string; password: string } {
  const fromEnv = process.env.SEGUE_TEAM_ADMIN_PASSWORD;
  if (typeof value === 'string' && !value.includes(':') && fromEnv) return { name: value, password: fromEnv };
  return credentials(value, 'admin');
}

function accounts(value: string | true | undefined, flag: string, role: TeamRole): Account[] {
  if (value === undefined) return [];
  if (value === true) throw new CliError(`--${flag} needs name:password[,name:password…]`, 2);
  return value.split(',').filter(Boolean).map((item) => ({ ...credentials(item, flag), role }));
}

function serverUrl(value: string | true | undefined): URL {
  if (typeof value !== 'string') throw new CliError('Give the server with --url, e.g. --url https://couch.example.com', 2);
  let url: URL;
  try { url = new URL(value); } catch { throw new CliError(`--url is not an address: ${value}`, 2); }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CliError('--url must start with http:// or https://', 2);
  if (url.username || url.password) throw new CliError('Give the admin with --admin, not inside --url', 2);
  return url;
}

/** A database name CouchDB accepts: lower case letter first, then a-z 0-9 _$()+-/. */
function databaseName(value: string | true | undefined): string {
  const name = typeof value === 'string' ? value : 'segue-team';
  if (!/^[a-z][a-z0-9_$()+/-]*$/.test(name)) throw new CliError(`--db "${name}" is not a CouchDB database name (lower case letter first, then a-z 0-9 _$()+-/)`, 2);
  return name;
}

class Couch {
  private readonly auth: string;
  constructor(private readonly base: URL, admin: { name: string; password: string }, private readonly send: typeof fetch = fetch) {
    this.auth = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`;
  }

  async request(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
    const url = new URL(path, this.base.href.endsWith('/') ? this.base.href : `${this.base.href}/`);
    let res: Response;
    try {
      res = await this.send(url, {
        method,
        headers: { authorization: this.auth, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (err) {
      throw new CliError(`Cannot reach ${this.base.origin}: ${(err as Error).message}`);
    }
    const text = await res.text();
    let json: Record<string, unknown> = {};
    try { json = text ? JSON.parse(text) as Record<string, unknown> : {}; } catch { json = { body: text }; }
    if (res.status === 401) throw new CliError(`The server refused the admin name or password (${method} ${url.pathname})`);
    return { status: res.status, json };
  }

  async expect(method: string, path: string, body: unknown, ok: number[]): Promise<Record<string, unknown>> {
    const { status, json } = await this.request(method, path, body);
    if (!ok.includes(status)) throw new CliError(`${method} ${path} failed: ${status} ${JSON.stringify(json)}`);
    return json;
  }
}

export async function teamInit(options: { url: URL; admin: { name: string; password: string }; db: string; users: Account[]; fetch?: typeof fetch }) {
  const couch = new Couch(options.url, options.admin, options.fetch);
  const session = await couch.expect('GET', '_session', undefined, [200]);
  const roles = ((session.userCtx as { roles?: string[] } | undefined)?.roles) ?? [];
  if (!roles.includes('_admin')) throw new CliError(`"${options.admin.name}" is not a server admin`);

  const db = encodeURIComponent(options.db);
  const exists = (await couch.request('GET', db)).status === 200;
  if (!exists) await couch.expect('PUT', db, undefined, [201, 202]);

  const users: { name: string; role: TeamRole; created: boolean }[] = [];
  for (const account of options.users) {
    const id = `org.couchdb.user:${account.name}`;
    const existing = await couch.request('GET', `_users/${encodeURIComponent(id)}`);
    if (existing.status === 200) {
      const had = (existing.json.roles as string[] | undefined) ?? [];
      const role = TEAM_ROLES[account.role];
      if (!had.includes(role)) {
        await couch.expect('PUT', `_users/${encodeURIComponent(id)}`, { ...existing.json, roles: [...had, role] }, [201, 202]);
      }
      users.push({ name: account.name, role: account.role, created: false });
      continue;
    }
    await couch.expect('PUT', `_users/${encodeURIComponent(id)}`, {
      _id: id, name: account.name, password: account.password, roles: [TEAM_ROLES[account.role]], type: 'user',
    }, [201, 202]);
    users.push({ name: account.name, role: account.role, created: true });
  }

  await couch.expect('PUT', `${db}/_security`, teamSecurity(), [200]);

  const design = teamDesignDoc();
  const current = await couch.request('GET', `${db}/${design._id}`);
  const rev = current.status === 200 ? (current.json._rev as string) : undefined;
  const same = current.status === 200 && current.json.validate_doc_update === design.validate_doc_update;
  let designRev = rev;
  if (!same) {
    const saved = await couch.expect('PUT', `${db}/${design._id}`, rev ? { ...design, _rev: rev } : design, [201, 202]);
    designRev = saved.rev as string;
  }
  return {
    url: options.url.origin + options.url.pathname.replace(/\/$/, ''),
    database: options.db,
    databaseCreated: !exists,
    users,
    security: teamSecurity(),
    designDoc: { id: design._id, rev: designRev, updated: !same },
  };
}

export const teamCommand: Command = {
  name: 'team',
  usage: 'team init --url <server> --admin <name:password> [--db <name>] [--marketing n:pw,…] [--reps n:pw,…]',
  summary: 'Set up a team database on CouchDB 3 / PouchDB Server: database, users, _security, server-side rules',
  async run(args, io) {
    const { positionals, flags } = parseArgs(args);
    if (positionals[0] !== 'init' || positionals.length > 1) throw new CliError('Usage: team init --url <server> --admin <name:password>', 2);
    const known = ['url', 'admin', 'db', 'marketing', 'reps'];
    const unknownFlag = Object.keys(flags).find((f) => !known.includes(f));
    if (unknownFlag) throw new CliError(`Unknown option --${unknownFlag}`, 2);
    const result = await teamInit({
      url: serverUrl(flags.url),
      admin: adminCredentials(flags.admin),
      db: databaseName(flags.db),
      users: [...accounts(flags.marketing, 'marketing', 'marketing'), ...accounts(flags.reps, 'reps', 'rep')],
    });
    printJson(io, result);
    return 0;
  },
};
