// Settings → Team: how team sync fares while no Segue page is open (the background's alarm runs, recorded by
// src/background/team-sync.ts): when it last worked, or that it keeps failing and when it tries again.
import { useEffect, useState } from 'preact/hooks';
import type { TeamErrorKind } from '../../../domain/team/connection';
import { INITIAL_SYNC_STATE, type BackgroundSyncState } from '../../../domain/team/sync-schedule';
import { onSyncStateChanged, readSyncState } from '../../../platform/team/background-runner';
import { t } from '../../shared/i18n';

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function TeamBackgroundStatus({ errorText }: { errorText: (kind: TeamErrorKind) => string }) {
  const [state, setState] = useState<BackgroundSyncState>(INITIAL_SYNC_STATE);
  useEffect(() => {
    void readSyncState().then(setState);
    return onSyncStateChanged(setState);
  }, []);
  const failed = state.runs[0];
  const synced = state.runs.find((r) => r.outcome === 'synced');
  if (state.failures > 0 && failed?.error) {
    return (
      <div class="alert" role="note" data-testid="team-background-status" data-failures={state.failures}>
        <p>{t('teamRuntime_failing', state.failures, when(Math.max(state.notBefore, Date.now())))}</p>
        <p>{errorText(failed.error)}</p>
      </div>
    );
  }
  const text = synced ? t('teamRuntime_lastSynced', when(synced.finishedAt)) : t('teamRuntime_never');
  return <p class="muted" data-testid="team-background-status" data-failures="0">{text}</p>;
}
