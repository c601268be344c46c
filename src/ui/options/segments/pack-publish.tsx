// "Publish to team" beside "Download pack", for a member with the marketing role (from the team server's session):
// the pack goes to the team database through the replica, as a new pack or a higher version of the team's; every
// rep's Segue installs it as read-only segments. Reps never see the button (and the server refuses their writes).
import { useState } from 'preact/hooks';
import type { SegmentPack } from '../../../domain/packs/pack';
import { compareVersions } from '../../../domain/packs/pack-version';
import { publishPack } from '../../../platform/team/team-publish';
import { t } from '../../shared/i18n';
import { teamWriter } from '../../shared/team-runner';
import { useLiveQuery } from '../../shared/use-live-query';
import { useTeamRole } from '../../shared/use-team-role';
import { errorMessage } from '../shared/format';
import { repos } from '../shared/repos';
import { useToast } from '../shared/toast';

export function PublishToTeam({ pack, onInvalid, onPublished }: { pack: SegmentPack | null; onInvalid: () => void; onPublished: () => void }) {
  const role = useTeamRole();
  const onTeam = useLiveQuery(async () => (pack?.id ? await repos.db().teamPacks.get(pack.id) : undefined) ?? null, [pack?.id], null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { notify } = useToast();
  if (role !== 'marketing') return null;
  const stale = Boolean(pack && onTeam && compareVersions(pack.version, onTeam.version) <= 0);
  const publish = async () => {
    if (!pack) { onInvalid(); return; }
    setBusy(true);
    setError(null);
    try {
      const writer = teamWriter();
      await publishPack(writer, pack);
      await writer.mirror();
      notify({ message: t('teamPub_packPublished', `${pack.name} ${pack.version}`), kind: 'ok' });
      onPublished();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" class="btn" disabled={busy || stale} onClick={() => void publish()} data-testid="pack-publish-team">
        {onTeam ? t('teamPub_publishVersion') : t('teamPub_publishNew')}
      </button>
      {onTeam && <span class={`small ${stale ? 'warn-text' : 'muted'}`} data-testid="pack-team-version">{t(stale ? 'teamPub_teamHasHigher' : 'teamPub_teamHas', onTeam.version)}</span>}
      {error && <p class="alert error" role="alert" data-testid="pack-publish-error">{error}</p>}
    </>
  );
}
