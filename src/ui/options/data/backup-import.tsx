// Restore a JSON backup: the file is checked and summarised first; nothing changes until the rep confirms.
import { useEffect, useState } from 'preact/hooks';
import type { Backup } from '../../../db/export/backup-format';
import { BackupFormatError, parseBackup } from '../../../db/import/backup-import';
import type { ValidationIssue } from '../../../domain/validation';
import { send } from '../../../messaging/client';
import { t, tn } from '../../shared/i18n';
import { FieldIssues } from '../shared/field-issues';
import { errorMessage, formatDateTime, formatNumber } from '../shared/format';
import { ImportProgressView } from './import-progress-view';
import { useImportProgress } from './use-import-progress';

export function BackupImport() {
  const [text, setText] = useState<string | null>(null);
  const [backup, setBackup] = useState<Backup | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [mode, setMode] = useState<'replace' | 'upsert'>('replace');
  const [jobId, setJobId] = useState<string | null>(null);
  const progress = useImportProgress(jobId);
  const restoredFrom = backup?.exportedAt;

  // What is stored now is exactly what that backup file holds: count changes from its date, so Settings does not
  // ask for a backup of data the rep has just restored from one.
  useEffect(() => {
    const at = restoredFrom ? Date.parse(restoredFrom) : NaN;
    if (progress?.phase !== 'done' || progress.kind !== 'backup' || mode !== 'replace' || !Number.isFinite(at)) return;
    void send('settings.markBackup', { at }).catch(() => undefined);
  }, [progress?.phase]);

  const pick = async (e: Event) => {
    const chosen = (e.currentTarget as HTMLInputElement).files?.[0];
    setError(null);
    setIssues([]);
    setBackup(null);
    setJobId(null);
    if (!chosen) return;
    try {
      const content = await chosen.text();
      setBackup(parseBackup(content));
      setText(content);
    } catch (err) {
      if (err instanceof BackupFormatError && err.issues.length) setIssues(err.issues);
      else setError(errorMessage(err));
    }
  };

  const restore = async () => {
    if (!text) return;
    setError(null);
    try {
      setJobId((await send('data.importBackup', { text, mode })).jobId);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <section class="card stack" aria-labelledby="backup-import-heading" data-testid="backup-import">
      <h2 id="backup-import-heading">{t('opt_restoreBackup')}</h2>
      {!jobId && (
        <label class="field">
          <span>{t('opt_chooseBackup')}</span>
          <input type="file" accept=".json,application/json" onChange={(e) => void pick(e)} data-testid="backup-file" />
        </label>
      )}
      {error && <p class="alert error" role="alert" data-testid="backup-error">{error}</p>}
      {issues.length > 0 && <FieldIssues title={t('opt_backupInvalid', formatNumber(issues.length))} issues={issues} testId="backup-issues" />}
      {backup && !jobId && (
        <div class="stack">
          <p data-testid="backup-summary">
            {t('opt_backupContains', formatDateTime(Date.parse(backup.exportedAt)), tn('count_prospects', backup.prospects.length), tn('count_segments', backup.segments.length), tn('count_calls', backup.calls.length), tn('count_followUps', backup.tasks.length))}
          </p>
          <fieldset class="radio-group">
            <legend>{t('opt_restoreHow')}</legend>
            <label class="checkbox"><input type="radio" name="restore-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> <span>{t('opt_restoreReplace')}</span></label>
            <label class="checkbox"><input type="radio" name="restore-mode" checked={mode === 'upsert'} onChange={() => setMode('upsert')} /> <span>{t('opt_restoreMerge')}</span></label>
          </fieldset>
          {mode === 'replace' && <p class="alert warn">{t('opt_restoreReplaceWarning')}</p>}
          <div><button type="button" class="btn primary" onClick={() => void restore()} data-testid="restore-backup">{t('opt_restore')}</button></div>
        </div>
      )}
      {jobId && <ImportProgressView progress={progress} />}
      {jobId && progress?.phase === 'failed' && text && (
        <div class="row">
          <button type="button" class="btn primary" onClick={() => void restore()}>{t('opt_importTryAgain')}</button>
          <button type="button" class="btn" onClick={() => { setJobId(null); setBackup(null); setText(null); }}>{t('opt_importAnother')}</button>
        </div>
      )}
    </section>
  );
}
