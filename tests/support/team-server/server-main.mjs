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

const couch = expressPouchDB(PouchDB.defaults({ adapter: 'memory' }), {
  inMemoryConfig: true,
  mode: 'fullCouchDB',
  logPath: join(logDir, 'log.txt'),
});
// pouchdb-validation 4.2.0 overwrites a document's `_revisions` with the stored winner's before validating. A
// replicated revision (`_bulk_docs` with new_edits=false) names its own history there, so the overwrite turns
// every replicated update of an existing document into a silent no-op, and no conflict can ever form. CouchDB keeps
// the incoming history. Registered after express-pouchdb's own wrappers, this one runs first: it pins each
// incoming `_revisions`, so validation reads it and cannot replace it.
couch.dbWrapper.registerWrapper((name, db, next) => {
  const inner = db.bulkDocs.bind(db);
  db.bulkDocs = function (docs, options, callback) {
    const list = Array.isArray(docs) ? docs : docs?.docs;
    for (const doc of list ?? []) {
      if (!doc || typeof doc !== 'object' || !doc._revisions) continue;
      const own = doc._revisions;
      Object.defineProperty(doc, '_revisions', { get: () => own, set: () => {}, enumerable: true, configurable: true });
    }
    return inner(docs, options, callback);
  };
  next();
});
app.use(couch);

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
