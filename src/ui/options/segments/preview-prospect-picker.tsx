// Choose who the previews are rendered for: the fictional sample, or a real prospect found by search.
import { useState } from 'preact/hooks';
import type { ProspectRecord } from '../../../db/database';
import type { ProspectFields } from '../../../domain/prospect';
import { t } from '../../shared/i18n';
import { useLiveQuery } from '../../shared/use-live-query';
import { prospectFieldsOf } from '../shared/prospect-fields';
import { repos } from '../shared/repos';
import { SAMPLE_PROSPECT } from './sample-prospect';

export function PreviewProspectPicker(props: { current: ProspectFields; onPick: (p: ProspectFields) => void }) {
  const [query, setQuery] = useState('');
  const results = useLiveQuery((signal) => (query.trim() ? repos.prospects().search(query, { limit: 6, signal }) : Promise.resolve([])), [query], [] as ProspectRecord[]);
  const isSample = props.current === SAMPLE_PROSPECT;
  return (
    <div class="stack preview-picker">
      <p>
        {t('opt_previewingAs')} <strong data-testid="preview-prospect-name">{props.current.fullName}</strong>
        {isSample ? ` ${t('opt_sampleSuffix')}` : ''}
        {!isSample && <button type="button" class="btn small ghost" onClick={() => props.onPick(SAMPLE_PROSPECT)}>{t('opt_useSample')}</button>}
      </p>
      <label class="field">
        <span>{t('opt_previewSearch')}</span>
        <input type="search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} placeholder={t('opt_searchPlaceholder')} data-testid="preview-search" />
      </label>
      {results.length > 0 && (
        <ul class="list pick-list" aria-label={t('opt_previewResults')}>
          {results.map((p) => (
            <li key={p.id}>
              <button type="button" class="list-item" onClick={() => { props.onPick(prospectFieldsOf(p)); setQuery(''); }}>
                <strong>{p.fullName}</strong> <span class="muted">{[p.title, p.company].filter(Boolean).join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
