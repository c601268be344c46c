// Import & export: CSV import with mapping and preview, JSON backup and restore, CSV exports.
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { errorMessage } from '../shared/format';
import { useToast } from '../shared/toast';
import { BackupImport } from './backup-import';
import { downloadBackup, downloadCallsCsv, downloadProspectsCsv } from './backup-download';
import { CsvImport } from './csv-import';

export function DataPage() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { notify } = useToast();
  const run = (key: string, work: () => Promise<void>) => async () => {
    setBusy(key);
    setError(null);
    try {
      await work();
      notify({ message: t('opt_downloadReady'), kind: 'ok' });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('opt_nav_data')}</h1>
        <p class="muted">{t('opt_dataIntro')}</p>
      </header>
      <div class="stack-lg">
        <CsvImport />
        <section class="card stack" aria-labelledby="export-heading">
          <h2 id="export-heading">{t('opt_export')}</h2>
          <p class="muted">{t('opt_exportHint')}</p>
          <div class="row wrap">
            <button type="button" class="btn primary" disabled={busy !== null} onClick={run('backup', () => downloadBackup())} data-testid="export-backup">{t('opt_exportBackup')}</button>
            <button type="button" class="btn" disabled={busy !== null} onClick={run('prospects', downloadProspectsCsv)} data-testid="export-prospects">{t('opt_exportProspectsCsv')}</button>
            <button type="button" class="btn" disabled={busy !== null} onClick={run('calls', downloadCallsCsv)} data-testid="export-calls">{t('opt_exportCallsCsv')}</button>
            {busy && <span class="muted" role="status"><span class="spinner" aria-hidden="true" /> {t('opt_preparingDownload')}</span>}
          </div>
          {error && <p class="alert error" role="alert">{error}</p>}
        </section>
        <BackupImport />
      </div>
    </div>
  );
}
