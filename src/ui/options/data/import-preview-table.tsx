// The rows as they will be imported, with each row's problems, before anything is written.
import { useState } from 'preact/hooks';
import type { ImportPreview } from '../../../db/import/preview';
import { companyNotInFile } from '../../../db/import/column-mapping';
import { t, tn } from '../../shared/i18n';

const SHOWN = 100;

export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const [errorsOnly, setErrorsOnly] = useState(preview.errorCount > 0);
  const rows = errorsOnly ? preview.rows.filter((r) => r.errors.length) : preview.rows;
  const noCompany = companyNotInFile(preview.headers, preview.mapping);
  return (
    <div class="stack" data-testid="import-preview">
      <p class="row wrap">
        <span class="badge ok" data-testid="preview-valid">{tn('count_rowsReady', preview.validCount)}</span>
        <span class={`badge ${preview.errorCount ? 'warn' : ''}`} data-testid="preview-errors">{tn('count_rowsWithErrors', preview.errorCount)}</span>
        {preview.duplicatesInFile > 0 && <span class="badge accent">{tn('count_rowsRepeat', preview.duplicatesInFile)}</span>}
        <label class="checkbox">
          <input type="checkbox" checked={errorsOnly} onChange={(e) => setErrorsOnly((e.currentTarget as HTMLInputElement).checked)} />
          <span>{t('opt_onlyErrors')}</span>
        </label>
      </p>
      {noCompany && (
        <p class="alert warn" data-testid="preview-no-company">
          {noCompany.accountIdColumn ? t('imp_noCompanyAccountId', noCompany.accountIdColumn) : t('imp_noCompany')}
        </p>
      )}
      <div class="table-wrap" tabIndex={0}>
        <table class="data-table compact">
          <caption class="sr-only">{t('opt_previewCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" class="num">{t('opt_colRow')}</th>
              <th scope="col">{t('opt_colName')}</th>
              <th scope="col">{t('opt_colEmail')}</th>
              <th scope="col">{t('opt_colCompany')}</th>
              <th scope="col">{t('opt_colStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN).map((row) => (
              <tr key={row.index} class={row.errors.length ? 'row-error' : ''} data-testid="preview-row">
                {/* Row numbers as a spreadsheet shows them: the header is row 1. */}
                <td class="num">{row.index + 2 + preview.skippedBefore}</td>
                <td>{row.fields?.fullName || row.fields?.profiles.linkedin || ''}</td>
                <td>{row.fields?.emails[0] ?? ''}</td>
                <td>{row.fields?.company ?? (noCompany && row.fields ? <span class="muted">{t('imp_companyUnknown')}</span> : '')}</td>
                <td>
                  {row.errors.length ? (
                    <ul class="row-errors" data-testid="row-errors">{row.errors.map((e, i) => <li key={i}>{e}</li>)}</ul>
                  ) : row.duplicateOf !== undefined ? (
                    <span class="badge accent">{t('opt_sameAsRow', String(row.duplicateOf + 2 + preview.skippedBefore))}</span>
                  ) : (
                    <span class="badge ok">{t('opt_rowOk')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN && <p class="muted">{tn('count_moreRows', rows.length - SHOWN)}</p>}
    </div>
  );
}
