// The packs installed here: version, publisher, release notes, and roll back / update again / remove. A pack set by
// the administrator's policy says so and offers nothing to change.
import type { InstalledPack } from '../../../domain/packs/installed-pack';
import { compareVersions } from '../../../domain/packs/pack-version';
import { send } from '../../../messaging/client';
import { t } from '../../shared/i18n';
import { ConfirmButton } from '../shared/confirm-button';
import { formatDate, formatNumber } from '../shared/format';
import { useAction, useToast } from '../shared/toast';

export function InstalledPacks({ packs }: { packs: readonly InstalledPack[] }) {
  const { notify } = useToast();
  const act = useAction();
  if (!packs.length) return null;

  const rollback = (id: string) => act(async () => {
    const { pack, rematched } = await send('packs.rollback', { id });
    notify({ message: t('packs_rolledBack', pack.current.name, pack.current.version, formatNumber(rematched)), kind: 'ok' });
  });
  const remove = (id: string) => act(async () => {
    const { removed } = await send('packs.remove', { id });
    if (removed) notify({ message: t('packs_removed', removed.current.name), kind: 'ok' });
  });

  return (
    <section class="card stack" aria-labelledby="installed-packs-heading" data-testid="installed-packs">
      <h2 id="installed-packs-heading">{t('packs_installedHeading')}</h2>
      <p class="muted">{t('packs_installedIntro')}</p>
      <ul class="stack plain-list">
        {packs.map(({ id, current, previous, source }) => (
          <li key={id} class="stack installed-pack" data-testid="installed-pack">
            <div class="row wrap">
              <strong class="grow">{current.name}</strong>
              {source === 'policy' && <span class="badge" data-testid="installed-pack-policy">{t('packs_policyBadge')}</span>}
            </div>
            <span class="muted small">{t('packs_installedMeta', current.version, current.publisher, formatDate(Date.parse(current.publishedAt)), formatNumber(current.segments.length))}</span>
            {current.releaseNotes && <p class="small pre-wrap">{current.releaseNotes}</p>}
            {source === 'file' && (
              <div class="row wrap">
                {previous && <span class="muted small grow">{t('packs_previousKept', previous.version)}</span>}
                {previous && (
                  <button type="button" class="btn" onClick={() => void rollback(id)} data-testid="pack-rollback">
                    {t(compareVersions(previous.version, current.version) < 0 ? 'packs_rollBack' : 'packs_updateTo', previous.version)}
                  </button>
                )}
                <ConfirmButton label={t('packs_remove')} question={t('packs_removeQuestion')} confirmLabel={t('packs_remove')} danger onConfirm={() => void remove(id)} testId="pack-remove" />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
