// CSV import: pick a file → check the column mapping → preview every row's errors → import with progress → result.
import { useMemo, useState } from 'preact/hooks';
import type { ColumnMapping } from '../../../db/import/column-mapping';
import { decodeInput } from '../../../db/import/decode';
import { previewImport } from '../../../db/import/preview';
import { send } from '../../../messaging/client';
import { t, tn } from '../../shared/i18n';
import { errorMessage } from '../shared/format';
import { ColumnMappingStep } from './column-mapping-step';
import { ImportPreviewTable } from './import-preview-table';
import { ImportProgressView } from './import-progress-view';
import { useImportProgress } from './use-import-progress';

interface LoadedFile {
  name: string;
  text: string;
}

export function CsvImport() {
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | undefined>(undefined);
  const [readError, setReadError] = useState<string | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const progress = useImportProgress(jobId);

  const preview = useMemo(() => (file ? previewImport(file.text, mapping) : null), [file, mapping]);

  const pick = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const chosen = input.files?.[0];
    setReadError(null);
    setStartError(null);
    setJobId(null);
    setMapping(undefined);
    if (!chosen) return setFile(null);
    try {
      // Decoded here, not with File.text(): that would turn a Windows-1252 or UTF-16 export into replacement characters.
      const decoded = decodeInput(new Uint8Array(await chosen.arrayBuffer()), { legacyEncodings: true });
      if (!decoded.ok) {
        setFile(null);
        setReadError(decoded.error);
        return;
      }
      setFile({ name: chosen.name, text: decoded.text });
    } catch (err) {
      setFile(null);
      setReadError(errorMessage(err));
    }
  };

  const start = async () => {
    if (!file || !preview) return;
    setStarting(true);
    setStartError(null);
    try {
      const { jobId: id } = await send('data.importCsv', { text: file.text, mapping: preview.mapping, fileName: file.name });
      setJobId(id);
    } catch (err) {
      setStartError(errorMessage(err));
    } finally {
      setStarting(false);
    }
  };

  const reset = () => {
    setFile(null);
    setMapping(undefined);
    setJobId(null);
  };

  const running = progress?.phase === 'running' || (jobId !== null && !progress);
  return (
    <section class="card stack" aria-labelledby="csv-import-heading" data-testid="csv-import">
      <h2 id="csv-import-heading">{t('opt_importCsv')}</h2>
      <p class="muted">{t('opt_importCsvHint')}</p>
      {!jobId && (
        <label class="field">
          <span>{t('opt_chooseCsv')}</span>
          <input type="file" accept=".csv,.tsv,.tab,.txt,.vcf,text/csv,text/tab-separated-values,text/vcard,text/x-vcard" onChange={(e) => void pick(e)} data-testid="csv-file" />
        </label>
      )}
      {readError && <p class="alert error" role="alert" data-testid="file-read-error">{readError}</p>}
      {file && preview && !jobId && (
        <>
          {preview.headers.length > 0 && (
            <div class="stack">
              <h3>{t('opt_stepMapping')}</h3>
              {preview.formatName && <p class="muted" data-testid="import-format">{t('opt_importFormat', preview.formatName)}</p>}
              {(preview.skippedBefore > 0 || preview.trailer.length > 0) && (
                <p class="muted" data-testid="import-skipped-lines">{t('opt_importSkippedLines', tn('count_lines', preview.skippedBefore), tn('count_lines', preview.trailer.length))}</p>
              )}
              <ColumnMappingStep headers={preview.headers} samples={preview.samples} mapping={preview.mapping} onChange={setMapping} />
            </div>
          )}
          {preview.fileErrors.length > 0 ? (
            <div class="alert error" role="alert" data-testid="file-errors">
              <ul>{preview.fileErrors.map((e, i) => <li key={i}>{e}</li>)}</ul>
            </div>
          ) : (
            <div class="stack">
              <h3>{t('opt_stepPreview')}</h3>
              <ImportPreviewTable preview={preview} />
              {startError && <p class="alert error" role="alert">{startError}</p>}
              <div class="row">
                <button type="button" class="btn primary" disabled={preview.validCount === 0 || starting} onClick={() => void start()} data-testid="start-import">
                  {tn('count_importProspects', preview.validCount)}
                </button>
                <button type="button" class="btn ghost" onClick={reset}>{t('cancel')}</button>
              </div>
            </div>
          )}
        </>
      )}
      {jobId && (
        <>
          <ImportProgressView progress={progress} />
          {!running && (
            <div class="row">
              {progress?.phase === 'failed' && file && <button type="button" class="btn primary" disabled={starting} onClick={() => void start()}>{t('opt_importTryAgain')}</button>}
              <button type="button" class="btn" onClick={reset}>{t('opt_importAnother')}</button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
