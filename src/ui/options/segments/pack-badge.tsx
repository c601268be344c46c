// The mark on a segment that came from a pack: the pack's name and version, or that the policy set it.
import { packLabel, type PackRef } from '../../../domain/packs/pack-ref';
import { t } from '../../shared/i18n';

export function PackBadge({ pack }: { pack: PackRef }) {
  return (
    <span class="badges">
      <span class="badge accent" data-testid="pack-badge">{packLabel(pack)}</span>
      {pack.managed && <span class="badge" data-testid="pack-policy-badge">{t('packs_policyBadge')}</span>}
    </span>
  );
}
