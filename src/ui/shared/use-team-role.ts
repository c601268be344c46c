// The signed-in team member's role, from the team server's session (userCtx.roles): 'marketing' shows marketing's
// controls (publish a pack, edit the team list, the privacy setting). Null when no team is signed in.
import { useEffect, useState } from 'preact/hooks';
import { TEAM_ROLES, type TeamRole } from '../../domain/team/team-docs';
import { onTeamRoles } from './team-runner';

export function roleOf(roles: readonly string[] | null): TeamRole | null {
  if (!roles) return null;
  if (roles.includes(TEAM_ROLES.marketing)) return 'marketing';
  return roles.includes(TEAM_ROLES.rep) ? 'rep' : null;
}

export function useTeamRole(): TeamRole | null {
  const [role, setRole] = useState<TeamRole | null>(null);
  useEffect(() => onTeamRoles((roles) => setRole(roleOf(roles))), []);
  return role;
}
