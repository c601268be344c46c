// The team database's server-side rules: the design document `team init` installs, and the `_security` members.
// validate_doc_update is JavaScript source that CouchDB (or PouchDB Server) runs on the server for every write,
// replicated writes included; the extension never evaluates it. It is plain ES5 so that every CouchDB 3
// JavaScript engine (SpiderMonkey 1.8.5 to 91) runs it.
import { HANDOFF_STATES, nextStates } from '../handoff';
import { PACK_VERSION_PATTERN } from '../packs/pack-ref';
import { ACTIVITY_DOC_KINDS, ACTIVITY_PRIVACY, TEAM_LIST_ID, TEAM_ROLES, TEAM_SETTINGS_ID } from './team-docs';

export const DESIGN_DOC_ID = '_design/segue-team';

/** The moves the server allows, from the hand-off state machine itself (domain/handoff). */
export const SERVER_HANDOFF_MOVES: Readonly<Record<string, readonly string[]>> =
  Object.fromEntries(HANDOFF_STATES.map((state) => [state, nextStates(state)]));

const VALIDATE_SOURCE = `function (newDoc, oldDoc, userCtx, secObj) {
  var roles = userCtx.roles || [];
  function has(role) { return roles.indexOf(role) !== -1; }
  function refuse(reason) { throw({ forbidden: reason }); }
  if (has('_admin')) return;
  var isMarketing = has(${JSON.stringify(TEAM_ROLES.marketing)});
  var isRep = has(${JSON.stringify(TEAM_ROLES.rep)});
  if (!isMarketing && !isRep) refuse('Only team members (marketing or rep) may write to the team database.');
  var transitions = ${JSON.stringify(SERVER_HANDOFF_MOVES)};
  var versionPattern = ${PACK_VERSION_PATTERN.toString()};
  function versionParts(v) { var p = String(v).split('.'); while (p.length < 3) p.push('0'); return [Number(p[0]), Number(p[1]), Number(p[2])]; }
  function newer(a, b) {
    var x = versionParts(a), y = versionParts(b);
    for (var i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i];
    return false;
  }
  var live = oldDoc && !oldDoc._deleted ? oldDoc : null;
  var type = newDoc._deleted ? (live ? live.type : null) : newDoc.type;
  var id = newDoc._id;

  if (type === 'settings') {
    if (!isMarketing) refuse('Only marketing may change the team settings.');
    if (newDoc._deleted) return;
    if (id !== ${JSON.stringify(TEAM_SETTINGS_ID)}) refuse('The team settings are the document "${TEAM_SETTINGS_ID}".');
    if (${JSON.stringify(ACTIVITY_PRIVACY)}.indexOf(newDoc.privacy) === -1) refuse('The privacy setting must be one of ${ACTIVITY_PRIVACY.join(', ')}.');
    if (newDoc.showPerRep !== undefined && typeof newDoc.showPerRep !== 'boolean') refuse('showPerRep must be true or false.');
    if (newDoc.updatedBy !== userCtx.name) refuse('Team settings must be saved under your own user name.');
    return;
  }

  if (type === 'pack' || type === 'team') {
    if (!isMarketing) refuse('Only marketing may change segment packs and the team list.');
    if (newDoc._deleted) return;
    if (type === 'team' && id !== ${JSON.stringify(TEAM_LIST_ID)}) refuse('The team list is the document "${TEAM_LIST_ID}".');
    if (type === 'pack') {
      if (id !== 'pack:' + newDoc.packId) refuse('A pack is stored as "pack:" followed by its packId.');
      if (!newDoc.pack || newDoc.pack.id !== newDoc.packId) refuse('The pack inside must have the id ' + newDoc.packId + '.');
      if (!versionPattern.test(String(newDoc.pack.version))) refuse('A pack needs a version such as "1.2.0".');
      if (newDoc.publishedBy !== userCtx.name) refuse('A pack must be published under your own user name.');
      if (live && live.pack && !newer(newDoc.pack.version, live.pack.version)) refuse('A published pack changes only with a higher version (was ' + live.pack.version + ').');
    }
    return;
  }

  if (type === 'activity') {
    if (newDoc._deleted || oldDoc) refuse('Team activity is append-only: it is never changed or deleted.');
    if (!userCtx.name || newDoc.user !== userCtx.name) refuse('Activity must be signed with your own user name.');
    if (id.indexOf('activity:' + userCtx.name + ':') !== 0) refuse('Activity is stored as "activity:<your user name>:<id>".');
    if (${JSON.stringify(ACTIVITY_DOC_KINDS)}.indexOf(newDoc.kind) === -1) refuse('Activity is one of ${ACTIVITY_DOC_KINDS.join(', ')}.');
    if (newDoc.kind === 'stage_change' && (typeof newDoc.toStage !== 'string' || !newDoc.toStage)) refuse('A stage change names the stage it moved to (toStage).');
    return;
  }

  if (type === 'handoff') {
    if (newDoc._deleted) { if (!isMarketing) refuse('Only marketing may delete a hand-off.'); return; }
    if (id !== 'handoff:' + newDoc.handoffId) refuse('A hand-off is stored as "handoff:" followed by its handoffId.');
    if (!newDoc.handoff || newDoc.handoff.id !== newDoc.handoffId || newDoc.handoff.state !== newDoc.state) refuse('The hand-off inside must have the same id and state.');
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
