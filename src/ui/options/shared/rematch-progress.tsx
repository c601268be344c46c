// While the background matches prospects again after a segment change, a status line with a bar in the dashboard
// shell (any page): "Matching prospects to segments… 40,000 of 100,000".
import { useEffect, useState } from 'preact/hooks';
import { REMATCH_PROGRESS_KEY, type RematchProgress } from '../../../messaging/protocol-rematch';
import { browser } from '../../../platform/browser';
import { t } from '../../shared/i18n';
import { formatNumber } from './format';

export function useRematchProgress(): RematchProgress | null {
  const [progress, setProgress] = useState<RematchProgress | null>(null);
  useEffect(() => {
    let stopped = false;
    let changed = false;
    const accept = (value: unknown) => { if (!stopped) setProgress((value as RematchProgress | undefined) ?? null); };
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session' || !changes[REMATCH_PROGRESS_KEY]) return;
      changed = true;
      accept(changes[REMATCH_PROGRESS_KEY].newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    // The first read may answer after a newer change event: then the event wins.
    void browser.storage.session.get(REMATCH_PROGRESS_KEY).then((stored) => { if (!changed) accept(stored[REMATCH_PROGRESS_KEY]); }).catch(() => undefined);
    return () => {
      stopped = true;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return progress;
}

export function RematchProgressView() {
  const progress = useRematchProgress();
  if (!progress || progress.phase !== 'running') return null;
  return (
    <div class="rematch-progress" role="status" data-testid="rematch-running">
      <progress max={Math.max(1, progress.total)} value={progress.done} aria-label={t('rematch_label')} />
      <span class="muted">{t('rematch_counting', formatNumber(progress.done), formatNumber(progress.total))}</span>
    </div>
  );
}
