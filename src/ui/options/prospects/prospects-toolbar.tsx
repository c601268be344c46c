// Search and filters above the prospects table.
import type { Segment } from '../../../domain/segments/segment-schema';
import { SENIORITIES, STAGES, type Seniority, type Stage } from '../../../domain/prospect';
import type { ProspectSort } from '../../../db/prospects-repo';
import { t } from '../../shared/i18n';
import { seniorityLabel, stageLabel } from '../shared/format';
import type { ProspectQuery } from './prospect-query';

export function ProspectsToolbar(props: { query: ProspectQuery; segments: Segment[]; onChange: (patch: Partial<ProspectQuery>) => void }) {
  const { query, onChange } = props;
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    <div class="toolbar" role="search">
      <label class="field grow toolbar-search">
        <span>{t('opt_search')}</span>
        <input type="search" value={query.search} placeholder={t('opt_searchPlaceholder')} onInput={(e) => onChange({ search: value(e), offset: 0 })} data-testid="prospect-search" />
      </label>
      <label class="field">
        <span>{t('opt_filterSegment')}</span>
        <select value={query.segmentId} onChange={(e) => onChange({ segmentId: value(e), offset: 0 })} data-testid="filter-segment">
          <option value="">{t('opt_allSegments')}</option>
          {props.segments.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </label>
      <label class="field">
        <span>{t('opt_filterStage')}</span>
        <select value={query.stage} onChange={(e) => onChange({ stage: value(e) as Stage | '', offset: 0 })} data-testid="filter-stage">
          <option value="">{t('opt_allStages')}</option>
          {STAGES.map((s) => <option key={s} value={s}>{stageLabel(s)}</option>)}
        </select>
      </label>
      <label class="field">
        <span>{t('opt_filterSeniority')}</span>
        <select value={query.seniority} onChange={(e) => onChange({ seniority: value(e) as Seniority | '', offset: 0 })} data-testid="filter-seniority">
          <option value="">{t('opt_allSeniorities')}</option>
          {SENIORITIES.map((s) => <option key={s} value={s}>{seniorityLabel(s)}</option>)}
        </select>
      </label>
      <label class="field">
        <span>{t('opt_sortBy')}</span>
        <select value={query.sortBy} onChange={(e) => onChange({ sortBy: value(e) as ProspectSort, offset: 0 })} data-testid="sort">
          <option value="updatedAt">{t('opt_sortUpdated')}</option>
          <option value="name">{t('opt_sortName')}</option>
          <option value="company">{t('opt_sortCompany')}</option>
        </select>
      </label>
    </div>
  );
}
