// The team list (Settings → Team): who marketing can hand a prospect to, and which of them is the person using this
// browser; pure code.

export const TEAM_ROLES = ['marketing', 'rep'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export interface TeamMember {
  /** Stable id of the entry (a hand-off names people by name and email, not by this id: ids are per browser). */
  id: string;
  name: string;
  email?: string;
  role: TeamRole;
  /** The person using this install. At most one member has it. */
  isMe?: boolean;
  /** Their user name on the team server, when the list comes from team sync (domain/team/team-members.ts). */
  user?: string;
  /** False when marketing does not hand prospects to them (team sync's list); absent means they can receive. */
  receivesHandoffs?: boolean;
}

/**
 * How a hand-off names a person. Travels in files and (later) team sync, so it carries the name and email, which
 * mean the same on every machine, not a per-browser id.
 */
export interface PersonRef {
  name: string;
  email?: string;
}

const clean = (text: string | undefined) => (text ?? '').normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/** Two references name the same person: by email when both have one, else by name (case and spacing ignored). */
export function samePerson(a: PersonRef, b: PersonRef): boolean {
  const ea = clean(a.email);
  const eb = clean(b.email);
  if (ea && eb) return ea === eb;
  return clean(a.name) !== '' && clean(a.name) === clean(b.name);
}

export function personRef(member: Pick<TeamMember, 'name' | 'email'>): PersonRef {
  const email = member.email?.trim();
  return email ? { name: member.name.trim(), email } : { name: member.name.trim() };
}

/** The member marked "this is me", if any. */
export function me(team: readonly TeamMember[]): TeamMember | undefined {
  return team.find((m) => m.isMe);
}

export interface TeamIssue {
  /** `team[2].email` */
  path: string;
  message: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Problems with a team list, field by field: empty or repeated names, malformed emails, two people marked "me". */
export function teamProblems(team: readonly TeamMember[]): TeamIssue[] {
  const issues: TeamIssue[] = [];
  const names = new Map<string, number>();
  team.forEach((member, i) => {
    const name = clean(member.name);
    if (!name) issues.push({ path: `team[${i}].name`, message: 'Enter a name' });
    else if (names.has(name)) issues.push({ path: `team[${i}].name`, message: `"${member.name.trim()}" is already on the team` });
    else names.set(name, i);
    if (member.email?.trim() && !EMAIL.test(member.email.trim())) issues.push({ path: `team[${i}].email`, message: 'Enter an email address such as sam@example.com, or leave it empty' });
    if (!(TEAM_ROLES as readonly string[]).includes(member.role)) issues.push({ path: `team[${i}].role`, message: 'Pick marketing or rep' });
  });
  const mine = team.flatMap((m, i) => (m.isMe ? [i] : []));
  for (const i of mine.slice(1)) issues.push({ path: `team[${i}].isMe`, message: 'Only one person can be "this is me"' });
  return issues;
}

/** Marks `id` as "this is me" and clears the mark on everybody else (or on everybody, when id is undefined). */
export function markMe(team: readonly TeamMember[], id: string | undefined): TeamMember[] {
  return team.map((m) => {
    const { isMe: _old, ...rest } = m;
    return m.id === id ? { ...rest, isMe: true } : rest;
  });
}
