// Data & privacy: how much is stored, whether the browser keeps it, backups, and clearing everything.
import { useEffect, useState } from 'preact/hooks';
import { changesSinceBackup } from '../../../db/backup-status';
import { backupReminderDue, requestPersistence, usage, type StorageUsage } from '../../../db/storage-health';
import { send } from '../../../messaging/client';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { downloadBackup } from '../data/backup-download';
import { errorMessage, formatBytes, formatDateTime, formatNumber } from '../shared/format';
import { repos } from '../shared/repos';
import { useToast } from '../shared/toast';
import { browser } from '../../../platform/browser';

export function PrivacySection() {
  const [storage, setStorage] = useState<StorageUsage | null | undefined>(undefined);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [unlimited, setUnlimited] = useState(false);
  const [confirmText, setConfirmText] = useState('');
  const [clearing, setClearing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { notify } = useToast();
  const lastBackupAt = useLiveQuery(() => repos.settings().get('lastBackupAt'), [], null as number | null);
  const changes = useLiveQuery(() => changesSinceBackup(repos.db(), lastBackupAt), [lastBackupAt], 0);
  const reminder = backupReminderDue(lastBackupAt, Date.now(), changes);

  const refresh = async () => {
    setStorage(await usage());
    const persistent = typeof navigator !== 'undefined' && navigator.storage?.persisted ? await navigator.storage.persisted().catch(() => null) : null;
    // Chrome never evicts the storage of an extension holding unlimitedStorage, whatever persisted() says.
    const unlimited = await browser.permissions.contains({ permissions: ['unlimitedStorage'] }).catch(() => false);
    setUnlimited(unlimited);
    setPersisted(persistent || unlimited);
  };
  useEffect(() => void refresh(), []);

  const backup = async () => {
    setBusy(true);
    setError(null);
    try {
      await downloadBackup();
      notify({ message: t('opt_backupDone'), kind: 'ok' });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const persist = async () => {
    setPersisted((await requestPersistence()) || unlimited);
  };
  const clearAll = async (e: Event) => {
    e.preventDefault();
    if (confirmText !== 'DELETE') return;
    setBusy(true);
    setError(null);
    try {
      await send('data.clearAll', { confirm: 'DELETE' });
      setClearing(false);
      setConfirmText('');
      notify({ message: t('opt_clearedAll'), kind: 'ok' });
      void refresh();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card stack" aria-labelledby="privacy-heading" data-testid="privacy-section">
      <h2 id="privacy-heading">{t('opt_dataPrivacy')}</h2>
      <p class="muted">{t('opt_dataPrivacyHint')}</p>
      <dl class="facts">
        <dt>{t('opt_storageUsed')}</dt>
        <dd data-testid="storage-usage">
          {storage === undefined ? t('loading') : storage === null ? t('opt_unknown')
            : t('opt_storageOf', formatBytes(storage.usageBytes), formatBytes(storage.quotaBytes))}
          {storage && storage.quotaBytes > 0 && (
            <progress class="usage-bar" max={1} value={storage.fraction} aria-label={t('opt_storageUsed')} />
          )}
        </dd>
        <dt>{t('opt_persistence')}</dt>
        <dd>
          {persisted ? (unlimited ? t('opt_persistedUnlimited') : t('opt_persisted')) : t('opt_notPersisted')}
          {!persisted && <> <button type="button" class="btn small" onClick={() => void persist()}>{t('opt_askPersist')}</button></>}
        </dd>
        <dt>{t('opt_lastBackup')}</dt>
        <dd data-testid="last-backup">{lastBackupAt ? formatDateTime(lastBackupAt) : t('opt_never')}</dd>
      </dl>
      {reminder && <p class="alert warn" role="status" data-testid="backup-reminder">{t('opt_backupReminder', formatNumber(changes))}</p>}
      <div class="row wrap">
        <button type="button" class="btn primary" onClick={() => void backup()} disabled={busy} data-testid="backup-now">{t('opt_backupNow')}</button>
        {!clearing && <button type="button" class="btn danger" onClick={() => setClearing(true)} data-testid="clear-all">{t('opt_clearEverything')}</button>}
      </div>
      {clearing && (
        <form class="danger-zone stack" onSubmit={clearAll} aria-labelledby="clear-heading">
          <h3 id="clear-heading">{t('opt_clearEverything')}</h3>
          <p>{t('opt_clearWarning')}</p>
          <p><button type="button" class="btn small" onClick={() => void backup()} disabled={busy}>{t('opt_backupFirst')}</button></p>
          <label class="field">
            <span>{t('opt_typeDelete')}</span>
            <input value={confirmText} onInput={(e) => setConfirmText((e.currentTarget as HTMLInputElement).value)} autoComplete="off" data-testid="clear-confirm" />
          </label>
          <div class="row">
            <button type="submit" class="btn danger" disabled={confirmText !== 'DELETE' || busy} data-testid="clear-confirm-button">{t('opt_clearConfirm')}</button>
            <button type="button" class="btn ghost" onClick={() => { setClearing(false); setConfirmText(''); }}>{t('cancel')}</button>
          </div>
        </form>
      )}
      {error && <p class="alert error" role="alert">{error}</p>}
    </section>
  );
}
