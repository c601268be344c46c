// The team list on the server (TeamListDoc: CouchDB user names, roles, who receives hand-offs) and the team list
// the hand-off code reads (domain/handoff TeamMember: names people by name and email). With team sync the server's
// list is the one list: the mirror turns it into TeamMembers with "this is me" on the signed-in user, and a hand-off
// names its owner by the member's PersonRef, so the owner's own Segue recognises it as theirs.
import { personRef, samePerson, type Handoff, type PersonRef, type TeamMember } from '../handoff';
import type { Prospect } from '../prospect';
import type { Segment } from '../segments/segment-schema';
import type { HandoffFileNote } from '../handoff';
import { handoffDocId, TEAM_LIST_ID, TEAM_ROLES, type HandoffDoc, type TeamListDoc, type TeamListMember, type TeamRole } from './team-docs';

/** A CouchDB user name as `team init` creates them: what the team list can name. */
const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function memberLabel(member: Pick<TeamListMember, 'name' | 'displayName'>): string {
  return member.displayName?.trim() || member.name;
}

export function receivesHandoffs(member: Pick<TeamListMember, 'role' | 'receivesHandoffs'>): boolean {
  return member.receivesHandoffs ?? member.role === 'rep';
}

/** The TeamMembers the hand-off code uses, "this is me" on `me` (the signed-in user). */
export function teamMembersFromList(list: Pick<TeamListDoc, 'members'>, me: string | undefined): TeamMember[] {
  return list.members.map((m) => ({
    id: `team:${m.name}`, name: memberLabel(m), role: m.role, user: m.name, receivesHandoffs: receivesHandoffs(m),
    ...(m.email?.trim() ? { email: m.email.trim() } : {}),
    ...(m.name === me ? { isMe: true } : {}),
  }));
}

/** The server user a PersonRef names on this team list (by user name, display name or email), if any. */
export function userFor(person: PersonRef, list: Pick<TeamListDoc, 'members'>): string | undefined {
  const found = list.members.find((m) => m.name === person.name || samePerson(personRef({ name: memberLabel(m), ...(m.email ? { email: m.email } : {}) }), person));
  return found?.name;
}

export interface TeamListIssue { path: string; message: string }

/** Problems with a team list marketing is about to save, field by field. */
export function teamListProblems(members: readonly TeamListMember[]): TeamListIssue[] {
  const issues: TeamListIssue[] = [];
  const seen = new Set<string>();
  members.forEach((m, i) => {
    const name = m.name.trim();
    if (!name) issues.push({ path: `members[${i}].name`, message: 'Enter their user name on the team server' });
    else if (!USER_NAME.test(name)) issues.push({ path: `members[${i}].name`, message: `"${name}" is not a user name (letters, digits, . _ @ + -)` });
    else if (seen.has(name)) issues.push({ path: `members[${i}].name`, message: `"${name}" is already on the team` });
    seen.add(name);
    if (!(Object.keys(TEAM_ROLES) as string[]).includes(m.role)) issues.push({ path: `members[${i}].role`, message: 'Pick marketing or rep' });
    if (m.email?.trim() && !EMAIL.test(m.email.trim())) issues.push({ path: `members[${i}].email`, message: 'Enter an email address such as sam@example.com, or leave it empty' });
  });
  if (!members.some((m) => m.role === 'marketing')) issues.push({ path: 'members', message: 'Keep at least one marketing member on the team' });
  return issues;
}

/** The team list document as marketing saves it: trimmed, empty optional fields dropped. */
export function teamListDoc(name: string, members: readonly TeamListMember[], rev?: string): TeamListDoc {
  return {
    _id: TEAM_LIST_ID, ...(rev ? { _rev: rev } : {}), type: 'team', name: name.trim(),
    members: members.map((m) => ({
      name: m.name.trim(), role: m.role as TeamRole,
      ...(m.displayName?.trim() ? { displayName: m.displayName.trim() } : {}),
      ...(m.email?.trim() ? { email: m.email.trim() } : {}),
      ...(m.receivesHandoffs !== undefined && m.receivesHandoffs !== (m.role === 'rep') ? { receivesHandoffs: m.receivesHandoffs } : {}),
    })),
  };
}

/** A hand-off as a team document: the server checks `from`, `owner` (user names) and `state`. */
export function handoffDocFor(input: {
  handoff: Handoff; from: string; owner: string; prospects: Prospect[]; notes: HandoffFileNote[]; segments: Segment[]; rev?: string;
}): HandoffDoc {
  const { handoff } = input;
  return {
    _id: handoffDocId(handoff.id), ...(input.rev ? { _rev: input.rev } : {}), type: 'handoff', handoffId: handoff.id, state: handoff.state,
    from: input.from, owner: input.owner, handoff, prospects: input.prospects, notes: input.notes, segments: input.segments,
  };
}
