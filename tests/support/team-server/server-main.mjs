// A CouchDB-compatible server for tests: express-pouchdb on PouchDB's memory adapter, on 127.0.0.1, port 0.
// Run as a child process (tests/support/team-server/team-server.ts starts it); prints one JSON line
// {"url": …, "admin": …, "password": …} on stdout once it listens, and runs until killed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import mapreduce from 'pouchdb-mapreduce';

PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication).plugin(mapreduce);

const admin = process.env.TEAM_SERVER_ADMIN ?? 'admin';
const password = process.env.TEAM_SERVER_PASSWORD ?? 'admin-secret';
const logDir = mkdtempSync(join(tmpdir(), 'segue-team-server-'));

const app = express();
let base = '';

/** Is the request made by a server admin? Asked of the server itself with the request's own credentials. */
async function isAdmin(req) {
  const headers = {};
  if (req.headers.authorization) headers.authorization = req.headers.authorization;
  if (req.headers.cookie) headers.cookie = req.headers.cookie;
  const res = await fetch(`${base}/_session`, { headers });
  if (!res.ok) return false;
  const body = await res.json();
  return Array.isArray(body?.userCtx?.roles) && body.userCtx.roles.includes('_admin');
}

// express-pouchdb crashes on a non-admin PUT /db (pouchdb-server issue 374) and after a refused non-admin
// DELETE /db: answer both here, as CouchDB would, before express-pouchdb sees them.
app.use(async (req, res, next) => {
  const isDbPath = /^\/[^/_][^/]*\/?$/.test(req.path);
  if (!isDbPath || (req.method !== 'PUT' && req.method !== 'DELETE')) return next();
  try {
    if (await isAdmin(req)) return next();
    res.status(401).json({ error: 'unauthorized', reason: 'You are not a server admin.' });
  } catch (err) {
    next(err);
  }
});

app.use(expressPouchDB(PouchDB.defaults({ adapter: 'memory' }), {
  inMemoryConfig: true,
  mode: 'fullCouchDB',
  logPath: join(logDir, 'log.txt'),
}));

const server = app.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  base = `http://127.0.0.1:${port}`;
  // Leave "admin party": one server admin, as on a real CouchDB 3 install.
  const res = await fetch(`${base}/_config/admins/${encodeURIComponent(admin)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(password),
  });
  if (!res.ok) {
    process.stderr.write(`could not set the server admin: ${res.status} ${await res.text()}\n`);
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify({ url: base, admin, password })}\n`);
});
