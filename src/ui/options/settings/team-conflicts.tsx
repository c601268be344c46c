// Settings → Team: conflicts no rule settles (two marketers changed the team list or the team settings while apart).
// Segue keeps using the version the server picked and says what to do; marketing's next save settles it.
import { TEAM_CONFLICTS_SETTING } from '../../../db/team-mirror';
import type { TeamConflict } from '../../../domain/team/conflicts';
import type { TeamRole } from '../../../domain/team/team-docs';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { repos } from '../shared/repos';
import { conflictKey } from './team-publish-keys';

export function TeamConflicts({ role }: { role: TeamRole | null }) {
  const conflicts = useLiveQuery(async () => ((await repos.db().settings.get(TEAM_CONFLICTS_SETTING))?.value as TeamConflict[] | undefined) ?? [], [], []);
  if (conflicts.length === 0) return null;
  return (
    <div class="alert warn stack" role="note" data-testid="team-conflicts">
      <strong>{t('teamPub_conflictsHeading', conflicts.length)}</strong>
      {conflicts.map((c) => (
        <div key={c.id} class="stack" data-testid="team-conflict" data-kind={c.kind}>
          <p>{t(conflictKey(c.kind))}</p>
          <ol class="conflict-versions">
            {c.revisions.map((r, i) => <li key={r.rev}>{i === 0 ? t('teamPub_conflictInUse', r.summary) : r.summary}</li>)}
          </ol>
          <p class="small"><strong>{t('teamPub_whatToDo')}</strong> {role === 'marketing' ? t('teamPub_conflictFixMarketing') : t('teamPub_conflictFixRep')}</p>
        </div>
      ))}
    </div>
  );
}
