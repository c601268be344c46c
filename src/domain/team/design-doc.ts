// The team database's server-side rules: the design document `team init` installs, and the `_security` members.
// validate_doc_update is JavaScript source that CouchDB (or PouchDB Server) runs on the server for every write,
// replicated writes included; the extension never evaluates it. It is plain ES5 so that every CouchDB 3
// JavaScript engine (SpiderMonkey 1.8.5 to 91) runs it.
import { TEAM_ROLES } from './team-docs';

export const DESIGN_DOC_ID = '_design/segue-team';

/** The hand-off states and the moves the server allows (offered → accepted / returned; both are final). */
export const HANDOFF_TRANSITIONS: Readonly<Record<string, readonly string[]>> = {
  offered: ['accepted', 'returned'],
  accepted: [],
  returned: [],
};

const VALIDATE_SOURCE = `function (newDoc, oldDoc, userCtx, secObj) {
  var roles = userCtx.roles || [];
  function has(role) { return roles.indexOf(role) !== -1; }
  function refuse(reason) { throw({ forbidden: reason }); }
  if (has('_admin')) return;
  var isMarketing = has(${JSON.stringify(TEAM_ROLES.marketing)});
  var isRep = has(${JSON.stringify(TEAM_ROLES.rep)});
  if (!isMarketing && !isRep) refuse('Only team members (marketing or rep) may write to the team database.');
  var transitions = ${JSON.stringify(HANDOFF_TRANSITIONS)};
  var live = oldDoc && !oldDoc._deleted ? oldDoc : null;
  var type = newDoc._deleted ? (live ? live.type : null) : newDoc.type;
  var id = newDoc._id;

  if (type === 'pack' || type === 'team') {
    if (!isMarketing) refuse('Only marketing may change segment packs and the team list.');
    if (newDoc._deleted) return;
    if (type === 'team' && id !== 'team') refuse('The team list is the document "team".');
    if (type === 'pack') {
      if (id !== 'pack:' + newDoc.packId) refuse('A pack is stored as "pack:" followed by its packId.');
      if (typeof newDoc.version !== 'number' || newDoc.version < 1 || Math.floor(newDoc.version) !== newDoc.version) refuse('A pack needs a whole version number of 1 or more.');
      if (live && newDoc.version <= live.version) refuse('A published pack changes only with a higher version (was ' + live.version + ').');
    }
    return;
  }

  if (type === 'activity') {
    if (newDoc._deleted || oldDoc) refuse('Team activity is append-only: it is never changed or deleted.');
    if (!userCtx.name || newDoc.user !== userCtx.name) refuse('Activity must be signed with your own user name.');
    if (id.indexOf('activity:' + userCtx.name + ':') !== 0) refuse('Activity is stored as "activity:<your user name>:<id>".');
    return;
  }

  if (type === 'handoff') {
    if (newDoc._deleted) { if (!isMarketing) refuse('Only marketing may delete a hand-off.'); return; }
    if (id !== 'handoff:' + newDoc.handoffId) refuse('A hand-off is stored as "handoff:" followed by its handoffId.');
    if (!live) {
      if (newDoc.state !== 'offered') refuse('A hand-off starts as offered.');
      if (!userCtx.name || newDoc.from !== userCtx.name) refuse('A hand-off must be offered under your own user name.');
      if (typeof newDoc.owner !== 'string' || !newDoc.owner) refuse('A hand-off needs an owner.');
      return;
    }
    if (newDoc.owner !== live.owner || newDoc.from !== live.from) refuse('The owner and sender of a hand-off never change.');
    if (newDoc.state === live.state) refuse('A hand-off changes only by moving to its next state.');
    var next = transitions[live.state] || [];
    if (next.indexOf(newDoc.state) === -1) refuse('A hand-off cannot go from ' + live.state + ' to ' + newDoc.state + '.');
    if (userCtx.name !== live.owner) refuse('Only the owner of a hand-off can accept or return it.');
    return;
  }

  refuse('Unknown team document type: ' + type + '.');
}`;

export interface TeamDesignDoc {
  _id: string;
  _rev?: string;
  language: 'javascript';
  validate_doc_update: string;
}

export function teamDesignDoc(): TeamDesignDoc {
  return { _id: DESIGN_DOC_ID, language: 'javascript', validate_doc_update: VALIDATE_SOURCE };
}

/** Members are the two roles; only server admins administer the database. */
export function teamSecurity() {
  return {
    admins: { names: [] as string[], roles: [] as string[] },
    members: { names: [] as string[], roles: [TEAM_ROLES.marketing, TEAM_ROLES.rep] },
  };
}
