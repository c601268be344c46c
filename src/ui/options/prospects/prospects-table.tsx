// The prospects of one page, with row selection.
import type { ProspectRecord } from '../../../db/database';
import type { Segment } from '../../../domain/segments/segment-schema';
import { Avatar } from '../../shared/avatar';
import { t } from '../../shared/i18n';
import { formatDateTime, stageLabel } from '../shared/format';
import { routeHref } from '../router';

export function ProspectsTable(props: {
  items: ProspectRecord[];
  segments: Segment[];
  selected: Set<string>;
  onToggle: (id: string) => void;
  onToggleAll: (select: boolean) => void;
}) {
  const names = new Map(props.segments.map((s) => [s.id, s.name]));
  const allSelected = props.items.length > 0 && props.items.every((p) => props.selected.has(p.id));
  const someSelected = props.items.some((p) => props.selected.has(p.id));
  return (
    <div class="table-wrap" tabIndex={0}>
      <table class="data-table" data-testid="prospects-table">
        <caption class="sr-only">{t('opt_prospectsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" class="check-col">
              <input
                type="checkbox"
                checked={allSelected}
                ref={(el) => { if (el) el.indeterminate = someSelected && !allSelected; }}
                onChange={(e) => props.onToggleAll((e.currentTarget as HTMLInputElement).checked)}
                aria-label={t('opt_selectPage')}
                data-testid="select-page"
              />
            </th>
            <th scope="col">{t('opt_colName')}</th>
            <th scope="col">{t('opt_colCompany')}</th>
            <th scope="col">{t('opt_colStage')}</th>
            <th scope="col">{t('opt_colSegments')}</th>
            <th scope="col">{t('opt_colUpdated')}</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((p) => (
            <tr key={p.id} class={props.selected.has(p.id) ? 'selected' : ''} data-testid="prospect-row">
              <td class="check-col">
                <input type="checkbox" checked={props.selected.has(p.id)} onChange={() => props.onToggle(p.id)} aria-label={t('opt_selectProspect', p.fullName)} />
              </td>
              <td>
                <div class="row">
                  <Avatar name={p.fullName} size={28} />
                  <div class="cell-stack">
                    <a href={routeHref({ name: 'prospect', id: p.id })} class="strong-link">{p.fullName}</a>
                    {p.title && <span class="muted small truncate">{p.title}</span>}
                  </div>
                </div>
              </td>
              <td>{p.company ?? ''}</td>
              <td><span class={`badge stage-${p.stage}`}>{stageLabel(p.stage)}</span></td>
              <td>
                <span class="badges">
                  {p.segmentIds.map((id) => names.get(id)).filter(Boolean).map((name) => <span key={name} class="badge accent">{name}</span>)}
                </span>
              </td>
              <td class="nowrap muted">{formatDateTime(p.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
