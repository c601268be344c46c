// A running import's progress bar, then its result.
import type { ImportProgress } from '../../../messaging/protocol-dashboard';
import { t, tn } from '../../shared/i18n';
import { formatNumber } from '../shared/format';

export function ImportProgressView({ progress }: { progress: ImportProgress | null }) {
  if (!progress) return <p class="muted" role="status"><span class="spinner" aria-hidden="true" /> {t('opt_importStarting')}</p>;
  if (progress.phase === 'failed' && progress.interrupted) {
    return <p class="alert error" role="alert" data-testid="import-interrupted">{t(progress.kind === 'backup' ? 'opt_restoreInterrupted' : 'opt_importInterrupted')}</p>;
  }
  if (progress.phase === 'failed') {
    return <p class="alert error" role="alert" data-testid="import-failed">{t('opt_importFailed', progress.error ?? '')}</p>;
  }
  if (progress.phase === 'running') {
    return (
      <div class="stack" role="status" data-testid="import-running">
        <progress class="import-bar" max={Math.max(1, progress.total)} value={progress.done} aria-label={t('opt_importProgress')} />
        <p class="muted">{t('opt_importCounting', formatNumber(progress.done), tn('count_rows', progress.total))}</p>
      </div>
    );
  }
  return (
    <div class="alert ok stack" role="status" data-testid="import-done">
      <strong>{t('opt_importFinished')}</strong>
      {progress.kind === 'csv' ? (
        <p data-testid="import-summary">
          {t('opt_importSummary', formatNumber(progress.created), formatNumber(progress.merged), formatNumber(progress.unchanged), formatNumber(progress.skipped))}
        </p>
      ) : (
        <p data-testid="import-summary">
          {t('opt_restoreSummary', tn('count_prospects', progress.created), tn('count_segments', progress.segments ?? 0), tn('count_calls', progress.calls ?? 0))}
        </p>
      )}
      <p><a href="#/prospects">{t('opt_seeProspects')}</a></p>
    </div>
  );
}
