// Which CSV column goes to which prospect field: Segue's guess, changeable per column.
import { IMPORT_TARGETS, type ColumnMapping, type ImportTarget } from '../../../db/import/column-mapping';
import { t } from '../../shared/i18n';

export function targetLabel(target: ImportTarget): string {
  return t(`opt_target_${target}`) || target;
}

export function ColumnMappingStep(props: { headers: string[]; samples: string[][]; mapping: ColumnMapping; onChange: (mapping: ColumnMapping) => void }) {
  return (
    <div class="table-wrap" tabIndex={0}>
      <table class="data-table compact" data-testid="mapping-table">
        <caption class="sr-only">{t('opt_mappingCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('opt_csvColumn')}</th>
            <th scope="col">{t('opt_exampleValues')}</th>
            <th scope="col">{t('opt_importAs')}</th>
          </tr>
        </thead>
        <tbody>
          {props.headers.map((header, column) => (
            <tr key={header}>
              <th scope="row">{header}</th>
              <td class="muted truncate-cell">{props.samples.map((row) => row[column] ?? '').filter(Boolean).slice(0, 2).join(' · ')}</td>
              <td>
                <select
                  aria-label={t('opt_importAsFor', header)}
                  value={props.mapping[header] ?? ''}
                  onChange={(e) => {
                    const value = (e.currentTarget as HTMLSelectElement).value;
                    props.onChange({ ...props.mapping, [header]: value ? (value as ImportTarget) : null });
                  }}
                  data-testid={`map-${header}`}
                >
                  <option value="">{t('opt_ignoreColumn')}</option>
                  {IMPORT_TARGETS.map((target) => <option key={target} value={target}>{targetLabel(target)}</option>)}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
